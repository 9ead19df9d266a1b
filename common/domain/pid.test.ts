import { describe, expect, it } from 'vitest';
import { PID_ALPHABET, isValidPid, makePid } from './pid';

const bytes = (...values: number[]) => Uint8Array.from(values);

/** Deterministic bytes so that failures are reproducible. */
function* pseudoRandomPids(count: number): Generator<string> {
  let state = 0x2545f491;
  for (let n = 0; n < count; n++) {
    const random = new Uint8Array(7);
    for (let i = 0; i < random.length; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      random[i] = state >>> 24;
    }
    yield makePid('OUHL', random);
  }
}

describe('makePid', () => {
  it('is the prefix, seven code characters and a check character from the alphabet', () => {
    const pid = makePid('OUHL', bytes(0, 1, 2, 3, 4, 5, 6));
    expect(pid).toMatch(new RegExp(`^OUHL[${PID_ALPHABET}]{8}$`));
    expect(pid.slice(4, 10)).toBe('234567');
  });

  it('leaves out characters that are easily confused', () => {
    for (const ch of '01OILU') expect(PID_ALPHABET).not.toContain(ch);
  });

  it('depends only on the random bytes', () => {
    expect(makePid('OUHL', bytes(9, 8, 7, 6, 5, 4, 3))).toBe(
      makePid('OUHL', bytes(9, 8, 7, 6, 5, 4, 3)),
    );
    expect(makePid('OUHL', bytes(9, 8, 7, 6, 5, 4, 3))).not.toBe(
      makePid('OUHL', bytes(9, 8, 7, 6, 5, 4, 2)),
    );
  });

  it('refuses fewer than 7 random bytes', () => {
    expect(() => makePid('OUHL', bytes(1, 2, 3))).toThrow();
  });

  it('makes valid PIDs for every value of the last code character', () => {
    for (let last = 0; last < 256; last++) {
      expect(isValidPid(makePid('X', bytes(3, 1, 4, 1, 5, 9, last)), 'X')).toBe(true);
    }
  });
});

describe('isValidPid', () => {
  const pids = [...pseudoRandomPids(300)];

  it('accepts what makePid makes', () => {
    for (const pid of pids) expect(isValidPid(pid, 'OUHL')).toBe(true);
  });

  it('detects any one changed character, check character included', () => {
    const undetected: string[] = [];
    for (const pid of pids) {
      for (let i = 4; i < pid.length; i++) {
        for (const ch of PID_ALPHABET) {
          if (ch === pid[i]) continue;
          const typo = pid.slice(0, i) + ch + pid.slice(i + 1);
          if (isValidPid(typo, 'OUHL')) undetected.push(`${pid} → ${typo}`);
        }
      }
    }
    expect(undetected).toEqual([]);
  });

  it('detects a swap of neighbouring characters, check character included', () => {
    const undetected: string[] = [];
    let swaps = 0;
    for (const pid of pids) {
      for (let i = 4; i < pid.length - 1; i++) {
        if (pid[i] === pid[i + 1]) continue;
        swaps += 1;
        const swapped = pid.slice(0, i) + pid[i + 1] + pid[i] + pid.slice(i + 2);
        if (isValidPid(swapped, 'OUHL')) undetected.push(`${pid} → ${swapped}`);
      }
    }
    expect(swaps).toBeGreaterThan(1500);
    expect(undetected).toEqual([]);
  });

  it('refuses another prefix, a wrong length and foreign characters', () => {
    const [pid = ''] = pids;
    expect(isValidPid(pid, 'OUZH')).toBe(false);
    expect(isValidPid(`OUZH${pid.slice(4)}`, 'OUHL')).toBe(false);
    expect(isValidPid(pid.slice(0, -1), 'OUHL')).toBe(false);
    expect(isValidPid(`${pid}2`, 'OUHL')).toBe(false);
    expect(isValidPid(pid.toLowerCase(), 'OUHL')).toBe(false);
    expect(isValidPid(`${pid.slice(0, 5)}0${pid.slice(6)}`, 'OUHL')).toBe(false);
  });
});
