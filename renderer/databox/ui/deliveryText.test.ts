import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../journal/testI18n';
import { acceptedBy, daysUntil, deliveryLines } from './deliveryText';
import { testRecord } from './testRecord';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

const sent = (overrides: Parameters<typeof testRecord>[0] = {}) =>
  testRecord({ id: 'sent:1000001', direction: 'sent', ...overrides });
const now = new Date('2026-03-05T10:00:00Z');
const texts = (message: ReturnType<typeof sent>) =>
  deliveryLines(t, message, now).map((line) => line.text);

describe('deliveryLines', () => {
  it('says a queued message waits for the connection, and nothing more', () => {
    const message = sent({
      dmID: null,
      state: 0,
      deliveryTime: null,
      fictionAt: null,
      dispatch: { state: 'queued', outboxId: 'o1', failure: null },
    });
    expect(texts(message)).toEqual(['Čeká na odeslání — odešle se po připojení']);
  });

  it('gives the reason of a failed send', () => {
    const message = sent({
      dmID: null,
      state: 0,
      dispatch: {
        state: 'failed',
        outboxId: 'o1',
        failure: {
          code: 'errors.nothing.known',
          message: 'Schránka adresáta je znepřístupněna.',
          at: '2026-03-05T09:00:00Z',
        },
      },
    });
    expect(texts(message)).toEqual(['Odeslání selhalo: Schránka adresáta je znepřístupněna.']);
  });

  it('counts the fiction date ahead while the recipient has not logged in', () => {
    const lines = deliveryLines(t, sent({ state: 4 }), now);
    expect(lines.map((line) => line.key)).toEqual(['sent', 'deliveredToBox', 'fictionAhead']);
    expect(lines[2]?.text).toBe(
      'Doručení fikcí nastane 12. 3. 2026 (za 7 dní), pokud se adresát dříve nepřihlásí',
    );
    expect(lines[1]?.text).toBe('Dodána do schránky adresáta 2. 3. 2026 10:00:00');
  });

  it('tells delivery by login from delivery by fiction, with the time', () => {
    expect(texts(sent({ state: 6, acceptanceTime: '2026-03-03T08:30:00Z' })).at(-1)).toBe(
      'Doručena přihlášením 3. 3. 2026 09:30:00',
    );
    expect(texts(sent({ state: 5, acceptanceTime: '2026-03-12T09:00:00Z' })).at(-1)).toBe(
      'Doručena fikcí 12. 3. 2026 10:00:00',
    );
  });

  it('reads how a message that was read since had been accepted from its events', () => {
    const events = [
      { dmEventTime: '2026-03-02T09:00:00Z', dmEventDescr: 'EV5: Zpráva byla dodána.' },
      { dmEventTime: '2026-03-12T09:00:00Z', dmEventDescr: 'EV2: Zpráva byla doručena fikcí.' },
    ];
    expect(acceptedBy({ state: 7, events })).toBe('fiction');
    expect(
      acceptedBy({ state: 7, events: [{ dmEventTime: null, dmEventDescr: 'EV4: přihlášením' }] }),
    ).toBe('login');
    expect(acceptedBy({ state: 4, events })).toBeNull();
  });

  it('does not promise a fiction date that has passed or is unknown', () => {
    expect(texts(sent({ state: 4, fictionAt: '2026-03-01T00:00:00Z' })).at(-1)).toBe(
      'Adresát se zatím nepřihlásil',
    );
    expect(texts(sent({ state: 4, fictionAt: null })).at(-1)).toBe('Adresát se zatím nepřihlásil');
  });

  it('marks an undeliverable message as an error', () => {
    const lines = deliveryLines(t, sent({ state: 8, deliveryTime: null }), now);
    expect(lines.find((line) => line.key === 'undeliverable')?.tone).toBe('error');
  });
});

describe('daysUntil', () => {
  it('rounds a part of a day up', () => {
    expect(daysUntil(Date.parse('2026-03-07T11:00:00Z'), now)).toBe(3);
    expect(daysUntil(Date.parse('2026-03-01T11:00:00Z'), now)).toBe(0);
  });
});
