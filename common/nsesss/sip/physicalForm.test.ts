import { describe, expect, it } from 'vitest';
import { componentForm, isAnalogDocument, quantityText } from './physicalForm';

describe('isAnalogDocument', () => {
  it('takes a letter by post or in person, or a document without files, as paper', () => {
    expect(isAnalogDocument({ direction: 'incoming', channel: 'post' }, 1)).toBe(true);
    expect(isAnalogDocument({ direction: 'incoming', channel: 'personal' }, 2)).toBe(true);
    expect(isAnalogDocument({ direction: 'incoming', channel: 'databox' }, 1)).toBe(false);
    expect(isAnalogDocument({ direction: 'own', channel: null }, 1)).toBe(false);
    expect(isAnalogDocument({ direction: 'own', channel: null }, 0)).toBe(true);
    expect(componentForm(true)).toBe('digitalizát');
    expect(componentForm(false)).toBe('originál');
  });
});

describe('quantityText', () => {
  const paper = (sheets: number, count: number, kind: 'paper' | 'nonpaper' = 'paper') => ({
    sheets,
    attachments: { count, kind, description: null },
  });

  it('uses the Czech forms after 1, 2–4 and 5 or more', () => {
    expect(quantityText(paper(1, 0))).toBe('1 list');
    expect(quantityText(paper(3, 2))).toBe('3 listy, 2 přílohy listinné');
    expect(quantityText(paper(5, 5, 'nonpaper'))).toBe('5 listů, 5 příloh nelistinných');
    expect(quantityText(paper(0, 1, 'nonpaper'))).toBe('0 listů, 1 příloha nelistinná');
    expect(
      quantityText({ sheets: 2, attachments: { count: 1, kind: 'nonpaper', description: 'CD' } }),
    ).toBe('2 listy, 1 příloha nelistinná (CD)');
  });
});
