import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import { checkConversionFields, OFFICIAL_EXEMPTION } from '../../../common/domain/conversionRules';
import {
  conversionFieldsOf,
  electronicFieldsOf,
  initialRegisterForm,
  issuesByField,
  shownSheets,
  type RegisterForm,
} from './registerForm';
import { loadTestI18n } from '../../ui/testing/testI18n';

let t: TFunction;
beforeAll(async () => {
  t = (await loadTestI18n()).t;
});

const incoming = {
  subject: 'Žádost o stavební povolení',
  sender: { kind: 'person', name: 'Jan Novák' },
  senderReference: { number: 'ZN-15/2026', date: '2026-02-27' },
  sheets: 2,
} as Pick<DocumentRecord, 'subject' | 'sender' | 'senderReference' | 'sheets'>;
const own = { subject: 'Zápis ze zasedání', sender: null, senderReference: null, sheets: 0 };
const TODAY = '2026-03-10';

/** The Czech texts of the issues the rule finds in this form, by field. */
function problems(form: RegisterForm, context = { pages: 3, needsColourReason: false }) {
  const checked = checkConversionFields(conversionFieldsOf(form, context), TODAY);
  if (checked.ok) return {};
  const { fields } = issuesByField(checked.issues);
  return Object.fromEntries(
    Object.entries(fields).map(([field, issue]) => [
      field,
      t(issue.message as never, issue.params),
    ]),
  );
}

describe('the register fields', () => {
  it('are prefilled from the document: subject and sender, its date, its sheets, official', () => {
    const form = initialRegisterForm(incoming);
    expect(form.description).toBe('Žádost o stavební povolení (Jan Novák)');
    expect(form.inputDate).toBe('2026-02-27');
    expect(shownSheets(form, 5)).toBe('2');
    expect(form.official).toBe(true);
    expect(form.lost).toBe(false);
  });

  it('offer the number of pages as sheets when the document has no count, until one is typed', () => {
    const form = initialRegisterForm(own);
    expect(form.description).toBe('Zápis ze zasedání');
    expect(form.inputDate).toBe('');
    expect(shownSheets(form, 4)).toBe('4');
    expect(shownSheets(form, 0)).toBe('');
    const typed = { ...form, sheets: '2', sheetsFollowPages: false };
    expect(shownSheets(typed, 4)).toBe('2');
  });

  it('make an official conversion free with the exemption of konverze z moci úřední', () => {
    const checked = checkConversionFields(
      conversionFieldsOf(initialRegisterForm(incoming), { pages: 2, needsColourReason: false }),
      TODAY,
    );
    expect(checked).toMatchObject({
      ok: true,
      value: {
        description: 'Žádost o stavební povolení (Jan Novák)',
        inputDate: '2026-02-27',
        sheets: 2,
        official: true,
        fee: { feeCzk: null, exemption: OFFICIAL_EXEMPTION },
        lostElement: { lost: false, description: null },
        colourReason: null,
      },
    });
  });

  it('take a fee in whole crowns, or an exemption with its reason', () => {
    const base = { ...initialRegisterForm(incoming), official: false };
    const fee = checkConversionFields(
      conversionFieldsOf(
        { ...base, charge: 'fee', feeCzk: '30' },
        { pages: 2, needsColourReason: false },
      ),
      TODAY,
    );
    expect(fee).toMatchObject({ ok: true, value: { fee: { feeCzk: 30, exemption: null } } });
    const exempt = checkConversionFields(
      conversionFieldsOf(
        { ...base, charge: 'exemption', exemption: '§ 8 zákona o správních poplatcích' },
        { pages: 2, needsColourReason: false },
      ),
      TODAY,
    );
    expect(exempt).toMatchObject({
      ok: true,
      value: { fee: { feeCzk: null, exemption: '§ 8 zákona o správních poplatcích' } },
    });
  });

  it('say in Czech at each field what is missing or wrong', () => {
    const base = initialRegisterForm(incoming);
    expect(problems({ ...base, description: '  ' })).toEqual({
      description: 'Uveďte, co se převádí (označení vstupu pro evidenci konverzí).',
    });
    expect(problems({ ...base, inputDate: '2026-03-11' })).toEqual({
      inputDate: 'Datum vstupu nemůže být v budoucnosti.',
    });
    expect(problems({ ...base, sheets: '1,5', sheetsFollowPages: false })).toEqual({
      sheets: 'Počet listů musí být celé číslo od 1.',
    });
    expect(problems({ ...base, sheets: '', sheetsFollowPages: false })).toEqual({
      sheets: 'Počet listů musí být celé číslo od 1.',
    });
    expect(problems({ ...base, official: false, charge: 'fee', feeCzk: '' })).toEqual({
      feeCzk: 'Poplatek musí být celé číslo od 0 do 100000 Kč.',
    });
    expect(problems({ ...base, official: false, charge: 'exemption', exemption: ' ' })).toEqual({
      exemption: 'Uveďte poplatek, nebo důvod osvobození od poplatku.',
    });
    expect(problems({ ...base, lost: true, lostDescription: '' })).toEqual({
      lostElement: 'Popište prvek vstupu, který nelze do výstupu převést.',
    });
  });

  it('require the colour reason only when a page is in colour', () => {
    const base = initialRegisterForm(incoming);
    expect(problems(base, { pages: 3, needsColourReason: true })).toEqual({
      colourReason: 'Barevná konverze potřebuje důvod (barva nese informaci — např. barevná mapa).',
    });
    expect(problems(base, { pages: 3, needsColourReason: false })).toEqual({});
    const reasoned = { ...base, colourReason: 'barevná situace stavby' };
    const checked = checkConversionFields(
      conversionFieldsOf(reasoned, { pages: 3, needsColourReason: true }),
      TODAY,
    );
    expect(checked).toMatchObject({ ok: true, value: { colourReason: 'barevná situace stavby' } });
  });

  it('keep issues of no field of the form apart', () => {
    const { fields, other } = issuesByField([
      { path: 'sheets', message: 'conversion.validation.sheets' },
      { path: 'sheets', message: 'conversion.validation.tooLong' },
      { path: 'pdf', message: 'validation.conversion.fileSize' },
    ]);
    expect(fields).toEqual({ sheets: { path: 'sheets', message: 'conversion.validation.sheets' } });
    expect(other).toEqual([{ path: 'pdf', message: 'validation.conversion.fileSize' }]);
  });

  it('of an electronic → paper conversion take the fee when one is typed, else the exemption', () => {
    const core = {
      description: 'smlouva.pdf z datové zprávy č. 1000001',
      inputDate: ' 2026-03-02 ',
      official: false,
      feeCzk: ' 1 000 ',
      exemption: '§ 8',
    };
    expect(electronicFieldsOf(core, 4)).toEqual({
      description: 'smlouva.pdf z datové zprávy č. 1000001',
      inputDate: '2026-03-02',
      sheets: 4,
      official: false,
      feeCzk: 1000,
      exemption: '§ 8',
      lostElement: null,
      colourReason: null,
      needsColourReason: false,
    });
    expect(electronicFieldsOf({ ...core, feeCzk: '', exemption: ' ' }, 4)).toMatchObject({
      feeCzk: null,
      exemption: null,
    });
    expect(electronicFieldsOf({ ...core, feeCzk: '12,50' }, 4).feeCzk).toBeNaN();
    expect(electronicFieldsOf({ ...core, official: true }, 4)).toMatchObject({
      official: true,
      feeCzk: null,
      exemption: null,
    });
  });
});
