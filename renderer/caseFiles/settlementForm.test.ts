import { describe, expect, it } from 'vitest';
import { emptySettlementForm, settlementInput, settlementIssues } from './settlementForm';

const today = '2026-03-09';

describe('settle dialog form', () => {
  it('starts today with no method chosen, and asks for one', () => {
    const form = emptySettlementForm(today);
    expect(form.date).toBe(today);
    expect(settlementIssues(form)).toEqual([
      expect.objectContaining({ path: 'method', message: 'validation.settlement.method' }),
    ]);
  });

  it('requires a reason for "jiný způsob" and accepts it once given', () => {
    const form = { ...emptySettlementForm(today), method: 'other' as const };
    expect(settlementIssues(form)).toEqual([
      expect.objectContaining({ path: 'reason', message: 'validation.settlement.reasonRequired' }),
    ]);
    expect(settlementIssues({ ...form, reason: '   ' })).toHaveLength(1);
    expect(settlementIssues({ ...form, reason: 'Žádost vzata zpět' })).toEqual([]);
  });

  it('requires the settling document for "vyřízení dokumentem"', () => {
    const form = { ...emptySettlementForm(today), method: 'document' as const };
    expect(settlementIssues(form)).toEqual([
      expect.objectContaining({
        path: 'settlingPid',
        message: 'validation.settlement.settlingDocumentRequired',
      }),
    ]);
    expect(settlementIssues({ ...form, settlingPid: 'OUHLX1' })).toEqual([]);
  });

  it('refuses a date that is not a day', () => {
    const form = { ...emptySettlementForm('2026-02-30'), method: 'noted' as const };
    expect(settlementIssues(form)).toEqual([
      expect.objectContaining({ path: 'date', message: 'validation.dateInvalid' }),
    ]);
  });

  it('sends only the fields the chosen method uses', () => {
    const typed = {
      date: today,
      method: 'noted' as const,
      content: 'Vzato na vědomí',
      reason: 'zbylo z jiného způsobu',
      settlingPid: 'OUHLX1',
    };
    expect(settlementInput(typed)).toEqual({
      date: today,
      method: 'noted',
      content: 'Vzato na vědomí',
      reason: null,
      settlingPid: null,
    });
    expect(settlementInput({ ...typed, method: 'other' }).reason).toBe('zbylo z jiného způsobu');
    expect(settlementInput({ ...typed, method: 'document' }).settlingPid).toBe('OUHLX1');
  });
});
