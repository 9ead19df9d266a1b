import { describe, expect, it } from 'vitest';
import { settlementInputSchema, settlementMethodFromNsesss, settlementMethods } from './settlement';

const messages = (input: unknown) => {
  const result = settlementInputSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('settlement input', () => {
  it('accepts taking note with a date', () => {
    expect(messages({ date: '2026-03-02', method: 'noted' })).toEqual([]);
  });

  it('requires a reason for "jiný způsob"', () => {
    expect(messages({ date: '2026-03-02', method: 'other' })).toEqual([
      'reason:validation.settlement.reasonRequired',
    ]);
    expect(messages({ date: '2026-03-02', method: 'other', reason: '   ' })).toEqual([
      'reason:validation.settlement.reasonRequired',
    ]);
    expect(
      messages({ date: '2026-03-02', method: 'other', reason: 'vyřízeno telefonicky' }),
    ).toEqual([]);
  });

  it('requires the settling document for "vyřízení dokumentem"', () => {
    expect(messages({ date: '2026-03-02', method: 'document' })).toEqual([
      'settlingPid:validation.settlement.settlingDocumentRequired',
    ]);
  });

  it('refuses an impossible date and an unknown method', () => {
    expect(messages({ date: '2026-02-30', method: 'noted' })).toEqual([
      'date:validation.dateInvalid',
    ]);
    expect(messages({ date: '2026-03-02', method: 'lost' })).toEqual([
      'method:validation.settlement.method',
    ]);
  });

  it('speaks the NSESSS wording both ways', () => {
    expect(settlementMethods.noteOnDocument).toBe('vyřízení záznamem na dokumentu');
    expect(settlementMethodFromNsesss('vzetí na vědomí')).toBe('noted');
    expect(settlementMethodFromNsesss('nic')).toBeNull();
  });
});
