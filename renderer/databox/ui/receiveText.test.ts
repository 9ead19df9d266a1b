import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../journal/testI18n';
import type { DataboxError } from '../port';
import type { BoxReceiveResult, ReceiveReport } from '../receive/receiveMessages';
import { boxErrorTexts, progressText, resultText } from './receiveText';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

const labels: Record<string, string> = { obec: 'Obec Horní Lhota', skola: 'ZŠ Horní Lhota' };
const labelOf = (key: string) => labels[key] ?? key;

const error = (message: string): DataboxError => ({
  code: 'errors.test.unknownKey',
  message,
  kind: 'status',
  retryable: false,
  statusCode: '1234',
  description: null,
  params: {},
});

function box(overrides: Partial<BoxReceiveResult>): BoxReceiveResult {
  return {
    boxKey: 'obec',
    listed: 0,
    stored: 0,
    skipped: 0,
    failed: [],
    error: null,
    pids: [],
    ...overrides,
  };
}

function report(boxes: BoxReceiveResult[]): ReceiveReport {
  return {
    boxes,
    stored: boxes.reduce((sum, item) => sum + item.stored, 0),
    skipped: 0,
    failed: boxes.reduce((sum, item) => sum + item.failed.length, 0),
    aborted: false,
  };
}

describe('resultText', () => {
  it('says how many came and which failed, in one sentence', () => {
    const result = resultText(
      t,
      report([
        box({
          stored: 3,
          failed: [
            {
              dmID: '555',
              annotation: 'Faktura',
              sender: null,
              error: error('Zprávu nelze stáhnout.'),
            },
          ],
        }),
      ]),
      labelOf,
    );
    expect(result).toEqual({
      tone: 'warning',
      text: 'Staženy 3 zprávy, 1 selhala: Faktura (555) — Zprávu nelze stáhnout.',
    });
  });

  it('names the box that could not log in', () => {
    const result = resultText(
      t,
      report([box({ stored: 1 }), box({ boxKey: 'skola', error: error('Přihlášení selhalo.') })]),
      labelOf,
    );
    expect(result.text).toBe('Stažena 1 zpráva, schránka ZŠ Horní Lhota: Přihlášení selhalo.');
    expect(result.tone).toBe('warning');
  });

  it('is an error when no box could be reached, and calm when nothing new came', () => {
    expect(resultText(t, report([box({ error: error('Bez spojení.') })]), labelOf)).toEqual({
      tone: 'error',
      text: 'schránka Obec Horní Lhota: Bez spojení.',
    });
    expect(resultText(t, report([box({})]), labelOf)).toEqual({
      tone: 'ok',
      text: 'Žádné nové zprávy',
    });
  });

  it('uses the Czech plural forms', () => {
    expect(resultText(t, report([box({ stored: 5 })]), labelOf).text).toBe('Staženo 5 zpráv');
  });
});

describe('progressText and boxErrorTexts', () => {
  it('says which box is being read and how far', () => {
    expect(
      progressText(t, { boxKey: 'skola', phase: 'downloading', done: 2, total: 7 }, labelOf),
    ).toBe('Stahuji zprávy ze schránky ZŠ Horní Lhota: 2 z 7');
    expect(
      progressText(t, { boxKey: 'obec', phase: 'done', done: 7, total: 7 }, labelOf),
    ).toBeNull();
  });

  it('keeps each box’s failure by its key', () => {
    const errors = boxErrorTexts(
      t,
      report([box({ boxKey: 'skola', error: error('Heslo vypršelo.') })]),
    );
    expect([...errors]).toEqual([['skola', 'Heslo vypršelo.']]);
  });
});
