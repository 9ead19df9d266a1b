import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../journal/testI18n';
import {
  custodyText,
  disposalYearFor,
  modeText,
  retentionText,
  settlementText,
  triggeredByClosing,
} from './format';

let t: TFunction;
let en: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
  en = await journalTestT('en');
});

const rule = { mark: 'S' as const, period: 5, triggerEvent: 'uzavření spisu' };

describe('case file texts', () => {
  it('word the retention rule with its trigger event, and the way of building', () => {
    expect(retentionText(t, rule)).toBe('S/5, spouštěcí událost: uzavření spisu');
    expect(retentionText(en, rule)).toBe('S/5, trigger event: uzavření spisu');
    expect(modeText(t, 'collectionSheet')).toBe('sběrný arch');
    expect(modeText(t, 'linking')).toBe('spojování');
  });

  it('show a settlement as its date and the NSESSS method', () => {
    const settlement = {
      date: '2026-03-09',
      method: 'noteOnDocument' as const,
      content: null,
      reason: null,
      settlingPid: null,
      settledBy: 'Marie Dvořáková',
      recordedAt: '2026-03-09T10:00:00.000Z',
    };
    expect(settlementText(t, settlement)).toBe('9. 3. 2026, vyřízení záznamem na dokumentu');
    expect(settlementText(t, null)).toBe('');
  });

  it('ask for the trigger year only when the event is not closing the file', () => {
    expect(triggeredByClosing(rule)).toBe(true);
    expect(triggeredByClosing({ triggerEvent: ' Uzavření spisu ' })).toBe(true);
    expect(triggeredByClosing({ triggerEvent: 'skončení platnosti smlouvy' })).toBe(false);
  });

  it('compute the disposal year from the trigger year (S/5 closed 2026 → 2032), none for a non-year', () => {
    expect(disposalYearFor(rule, 2026)).toBe(2032);
    expect(disposalYearFor({ ...rule, period: 10 }, 2030)).toBe(2041);
    expect(disposalYearFor(rule, Number('20x6'))).toBeNull();
    expect(disposalYearFor(rule, 26)).toBeNull();
  });

  it('describe custody in the records office', () => {
    expect(custodyText(t, null)).toBeNull();
    expect(
      custodyText(t, {
        handedOverAt: '2026-03-10T09:00:00.000Z',
        takenOverAt: null,
        location: 'Regál 3',
        loan: null,
        disposalProposalId: null,
      }),
    ).toBe('předán do spisovny 10. 3. 2026; místo uložení: Regál 3');
  });
});
