import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { localOnlyKinds } from '../push/plan';
import { kindText, logLineText } from './logText';
import { syncTestT } from './testI18n';

/** Every key the engine and its commands write into the sync log, with the params they give. */
const engineLines: Array<{ key: string; params: Record<string, string | number> }> = [
  { key: 'sync.log.numberCorrected', params: { from: 'PROZATÍMNÍ 1/2026', to: 'OUHL 15/2026' } },
  { key: 'sync.log.caseFileCorrected', params: { from: 'SZ 1/2026', to: 'SZ 4/2026' } },
  { key: 'sync.log.documentCreated', params: { reference: 'OUHL 15/2026' } },
  { key: 'sync.log.caseFileCreated', params: { reference: 'SZ 4/2026' } },
  { key: 'sync.log.refused', params: { what: 'document.update', reason: 'Dokument je uzavřen.' } },
  { key: 'sync.log.sent.document.update', params: {} },
  { key: 'sync.log.sent.component.add', params: {} },
  { key: 'sync.log.sent.document.cancel', params: {} },
  { key: 'sync.log.sent.document.settle', params: {} },
  { key: 'sync.log.sent.caseFile.insert', params: {} },
  { key: 'sync.log.sent.caseFile.remove', params: {} },
  { key: 'sync.log.sent.caseFile.close', params: {} },
  { key: 'sync.log.sent.caseFile.reopen', params: {} },
  { key: 'sync.log.skippedGone', params: { what: 'component.add' } },
  { key: 'sync.log.keptLocally', params: { what: 'recordsOffice.handOver' } },
  { key: 'sync.log.conflict', params: { reference: 'OUHL 3/2026' } },
  { key: 'sync.log.pulled', params: { created: 2, updated: 5 } },
  {
    key: 'sync.log.reservedDocuments',
    params: { count: 30, first: 'OUHL 16/2026', last: 'OUHL 45/2026' },
  },
  {
    key: 'sync.log.reservedDocuments',
    params: { count: 1, first: 'OUHL 16/2026', last: 'OUHL 16/2026' },
  },
  {
    key: 'sync.log.reservedCaseFiles',
    params: { count: 3, first: 'SZ 5/2026', last: 'SZ 7/2026' },
  },
  { key: 'sync.log.unreachable', params: { reason: 'Spojení s eSSL se nezdařilo.' } },
  { key: 'sync.log.stopped', params: { reason: 'Přihlášení k eSSL selhalo.' } },
  { key: 'sync.log.retried', params: { what: 'caseFile.insert' } },
  {
    key: 'sync.log.discarded',
    params: { what: 'document.settle', reason: 'omyl', refusal: 'Nelze.' },
  },
  { key: 'sync.log.conflictResolved.mine', params: { reference: 'OUHL 3/2026' } },
  { key: 'sync.log.conflictResolved.theirs', params: { reference: 'OUHL 3/2026' } },
  { key: 'sync.log.conflictResolved.merged', params: { reference: 'OUHL 3/2026' } },
  { key: 'sync.log.taken', params: { reference: 'OUHL 3/2026' } },
  { key: 'sync.log.returned', params: { reference: 'OUHL 3/2026' } },
];

const outboxKinds = [
  'document.register',
  'document.update',
  'component.add',
  'document.cancel',
  'document.settle',
  'caseFile.create',
  'caseFile.insert',
  'caseFile.remove',
  'caseFile.close',
  'caseFile.reopen',
  ...localOnlyKinds,
];

describe.each(['cs', 'en'] as const)('sync log texts (%s)', (language) => {
  let t: TFunction;
  beforeAll(async () => {
    t = await syncTestT(language);
  });

  it('has a text for every line the engine writes, with every param filled in', () => {
    for (const line of engineLines) {
      const text = logLineText(t, line);
      expect(text, line.key).not.toBe(line.key);
      expect(text, line.key).not.toMatch(/\{\{|\}\}|sync\.|returned an object/);
      for (const [name, value] of Object.entries(line.params)) {
        // `what` is an outbox kind, put in words; `count` picks the form and shows as a number.
        const shown = name === 'what' ? kindText(t, String(value)) : String(value);
        expect(text, `${line.key} ${name}`).toContain(shown);
      }
    }
  });

  it('names every outbox kind in words', () => {
    for (const kind of outboxKinds) {
      const text = kindText(t, kind);
      expect(text, kind).not.toBe(kind);
      expect(text, kind).not.toContain('.');
    }
  });

  it('has the refusals of the sync commands', () => {
    const keys = [
      'errors.sync.entryGone',
      'errors.sync.notFailed',
      'errors.sync.conflictGone',
      'errors.sync.keeping.notInEssl',
      'errors.sync.keeping.alreadyKept',
      'errors.sync.keeping.notKept',
      'validation.discardReason.required',
    ];
    for (const key of keys) expect(t(key as never) as string, key).not.toBe(key);
    for (const key of ['errors.sync.keeping.waitingTake', 'errors.sync.keeping.waitingReturn'])
      for (const count of [1, 3, 7]) {
        const text = String(t(key as never, { count } as never));
        expect(text, `${key} ${count}`).not.toBe(key);
        expect(text, `${key} ${count}`).toContain(String(count));
      }
    expect(t('errors.sync.keeping.notHandedOver', { keeper: 'JINYIS' })).toContain('JINYIS');
    expect(t('errors.sync.conflictChoiceMissing', { fields: 'Věc, Poznámka' })).toContain(
      'Věc, Poznámka',
    );
  });

  it('puts the kind of a change into its line', () => {
    expect(
      logLineText(t, { key: 'sync.log.retried', params: { what: 'caseFile.insert' } }),
    ).toContain(kindText(t, 'caseFile.insert'));
  });
});

describe('sync log texts in Czech', () => {
  let t: TFunction;
  beforeAll(async () => {
    t = await syncTestT('cs');
  });

  it('reads a refusal with the kind and the eSSL’s own words', () => {
    expect(
      logLineText(t, {
        key: 'sync.log.refused',
        params: { what: 'caseFile.insert', reason: 'Spis je uzavřen.' },
      }),
    ).toBe('eSSL odmítla změnu „vložení do spisu“: Spis je uzavřen.');
  });

  it('declines reserved numbers by count', () => {
    const line = (count: number) =>
      logLineText(t, {
        key: 'sync.log.reservedDocuments',
        params: { count, first: 'OUHL 16/2026', last: 'OUHL 45/2026' },
      });
    expect(line(1)).toBe('eSSL rezervovala 1 číslo dokumentu (OUHL 16/2026).');
    expect(line(3)).toContain('3 čísla dokumentů');
    expect(line(30)).toContain('30 čísel dokumentů (OUHL 16/2026 až OUHL 45/2026)');
  });

  it('keeps an unknown kind and an unknown key readable instead of failing', () => {
    expect(kindText(t, 'future.kind')).toBe('future.kind');
    expect(logLineText(t, { key: 'sync.log.notYetKnown', params: {} })).toBe(
      'sync.log.notYetKnown',
    );
  });
});
