import { describe, expect, it } from 'vitest';
import { encodeBase64 } from '../bytes/base64';
import { defaultLetterTemplates } from './defaults';
import { formatLetterDate } from './format';
import { letterIssueText } from './messages';
import type { LetterContent, LetterTemplate, PostLabelInput } from './model';
import {
  isIsoDate,
  validateLetterContent,
  validateLetterTemplate,
  validatePostLabelInput,
} from './schemas';
import type { Validated } from '../domain/validation';

const ORG = {
  name: 'Obec Horní Lhota',
  ico: '99120348',
  dataBoxId: 'hl7q2ab',
  address: 'Horní Lhota 1, 391 99 Horní Lhota',
};

const template = (): LetterTemplate => {
  const [first] = defaultLetterTemplates(ORG);
  if (!first) throw new Error('no template');
  return first;
};

const content = (overrides: Partial<LetterContent> = {}): LetterContent => ({
  addressee: { name: 'Jan Novák', lines: ['Náves 5', '391 99 Horní Lhota'] },
  ourRef: 'OUHL 12/2026',
  handler: { name: 'Jana Dvořáková' },
  date: '2026-02-03',
  subject: 'Žádost o informace',
  body: 'Dobrý den,\n\nsdělujeme Vám…',
  attachments: [],
  signer: { name: 'Petr Novák', function: 'starosta obce' },
  ...overrides,
});

const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const JPEG = Uint8Array.from([0xff, 0xd8, 0xff, 0xe0, 0, 16]);

const withLogo = (logo: { mime: 'image/png' | 'image/jpeg'; base64: string }) => {
  const value = template();
  return { ...value, letterhead: { ...value.letterhead, logo } };
};

/** The single issue of a failed validation, with its Czech text. */
function issueOf<T>(result: Validated<T>) {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unexpectedly valid');
  const [issue] = result.issues;
  if (!issue) throw new Error('no issue');
  return { ...issue, czech: letterIssueText(issue) };
}

describe('letter content validation', () => {
  it('accepts a complete letter', () => {
    expect(validateLetterContent(content()).ok).toBe(true);
  });

  it('requires the subject', () => {
    const issue = issueOf(validateLetterContent(content({ subject: '   ' })));
    expect(issue).toMatchObject({ path: 'subject', message: 'letters.validation.subjectRequired' });
    expect(issue.czech).toBe('Vyplňte věc dopisu.');
  });

  it('limits the subject to 255 characters', () => {
    expect(validateLetterContent(content({ subject: 'á'.repeat(255) })).ok).toBe(true);
    const issue = issueOf(validateLetterContent(content({ subject: 'á'.repeat(256) })));
    expect(issue).toMatchObject({ path: 'subject', message: 'letters.validation.subjectTooLong' });
    expect(issue.czech).toBe('Věc je příliš dlouhá (nejvýše 255 znaků).');
  });

  it('requires a body', () => {
    const issue = issueOf(validateLetterContent(content({ body: ' \n\n ' })));
    expect(issue.message).toBe('letters.validation.bodyRequired');
    expect(issue.czech).toBe('Napište text dopisu.');
  });

  it('limits the body to 100 000 characters', () => {
    expect(validateLetterContent(content({ body: 'a'.repeat(100_000) })).ok).toBe(true);
    const issue = issueOf(validateLetterContent(content({ body: 'a'.repeat(100_001) })));
    expect(issue).toMatchObject({ path: 'body', message: 'letters.validation.bodyTooLong' });
    expect(issue.czech).toBe('Text dopisu je příliš dlouhý (nejvýše 100000 znaků).');
  });

  it('limits the attachments to 50', () => {
    const names = (count: number) => Array.from({ length: count }, (_, i) => `Příloha ${i + 1}`);
    expect(validateLetterContent(content({ attachments: names(50) })).ok).toBe(true);
    const issue = issueOf(validateLetterContent(content({ attachments: names(51) })));
    expect(issue).toMatchObject({
      path: 'attachments',
      message: 'letters.validation.tooManyAttachments',
    });
    expect(issue.czech).toBe('Příloh je příliš mnoho (nejvýše 50).');
  });

  it('refuses an empty attachment name', () => {
    const issue = issueOf(validateLetterContent(content({ attachments: ['Plná moc', ' '] })));
    expect(issue.path).toBe('attachments.1');
    expect(issue.czech).toBe('Název přílohy nesmí být prázdný.');
  });

  it('limits an attachment name to 255 characters', () => {
    const issue = issueOf(validateLetterContent(content({ attachments: ['x'.repeat(256)] })));
    expect(issue.czech).toBe('Text je příliš dlouhý (nejvýše 255 znaků).');
  });

  it('limits the address to four lines under the name', () => {
    const addressee = { name: 'Jan Novák', lines: ['1', '2', '3', '4', '5'] };
    const issue = issueOf(validateLetterContent(content({ addressee })));
    expect(issue).toMatchObject({
      path: 'addressee.lines',
      message: 'letters.validation.tooManyLines',
    });
    expect(issue.czech).toBe('Příliš mnoho řádků (nejvýše 4).');
  });

  it('wants a postal address or a data box', () => {
    const issue = issueOf(
      validateLetterContent(content({ addressee: { name: 'Jan Novák', lines: [] } })),
    );
    expect(issue.czech).toBe('Vyplňte adresu adresáta (nebo ID jeho datové schránky).');
    const byBox = content({ addressee: { name: 'Úřad', lines: [], databoxId: 'ABC2345' } });
    const result = validateLetterContent(byBox);
    expect(result.ok && result.value.addressee.databoxId).toBe('abc2345');
  });

  it('checks the data box ID of the addressee', () => {
    const addressee = { name: 'Úřad', lines: [], databoxId: 'abc' };
    const issue = issueOf(validateLetterContent(content({ addressee })));
    expect(issue.czech).toBe('ID datové schránky má 7 znaků (malá písmena a číslice).');
  });

  it('requires the reference number, the handler and the signer', () => {
    expect(issueOf(validateLetterContent(content({ ourRef: '' }))).czech).toBe(
      'Vyplňte číslo jednací.',
    );
    expect(issueOf(validateLetterContent(content({ handler: { name: '' } }))).czech).toBe(
      'Vyplňte, kdo věc vyřizuje.',
    );
    expect(
      issueOf(validateLetterContent(content({ signer: { name: 'Petr Novák', function: '' } })))
        .czech,
    ).toBe('Vyplňte funkci toho, kdo dopis podepisuje.');
  });

  it('limits the reference number to 60 characters', () => {
    const issue = issueOf(validateLetterContent(content({ ourRef: '1'.repeat(61) })));
    expect(issue).toMatchObject({ path: 'ourRef', params: { max: 60 } });
  });

  it('wants calendar dates', () => {
    expect(issueOf(validateLetterContent(content({ date: '2026-02-30' }))).czech).toBe(
      'Datum není platné (očekává se RRRR-MM-DD).',
    );
    expect(issueOf(validateLetterContent(content({ theirDate: '3. 2. 2026' }))).path).toBe(
      'theirDate',
    );
    expect(validateLetterContent(content({ theirDate: '' })).ok).toBe(true);
  });

  it('checks the handler e-mail', () => {
    const handler = { name: 'Jana', email: 'jana@' };
    expect(issueOf(validateLetterContent(content({ handler }))).czech).toBe(
      'E-mailová adresa není platná.',
    );
  });

  it('words type errors as invalid values', () => {
    const issue = issueOf(validateLetterContent({ ...content(), attachments: 'x' }));
    expect(issue.message).toBe('letters.validation.invalid');
    expect(issue.czech).toBe('Hodnota není platná.');
  });
});

describe('letter template validation', () => {
  it('accepts both default templates', () => {
    const templates = defaultLetterTemplates(ORG);
    expect(templates.map((value) => value.name)).toEqual(['Dopis obce', 'Rozhodnutí / oznámení']);
    for (const value of templates) expect(validateLetterTemplate(value).ok).toBe(true);
  });

  it('splits the organisation address into lines', () => {
    expect(template().letterhead.addressLines).toEqual(['Horní Lhota 1', '391 99 Horní Lhota']);
  });

  it('checks the IČO', () => {
    const value = template();
    const issue = issueOf(
      validateLetterTemplate({ ...value, letterhead: { ...value.letterhead, ico: '12345678' } }),
    );
    expect(issue).toMatchObject({ path: 'letterhead.ico', message: 'letters.validation.ico' });
  });

  it('accepts a PNG and a JPEG logo', () => {
    expect(
      validateLetterTemplate(withLogo({ mime: 'image/png', base64: encodeBase64(PNG) })).ok,
    ).toBe(true);
    expect(
      validateLetterTemplate(withLogo({ mime: 'image/jpeg', base64: encodeBase64(JPEG) })).ok,
    ).toBe(true);
  });

  it('limits the logo to 512 kB', () => {
    const big = new Uint8Array(512 * 1024 + 1);
    big.set(PNG);
    const issue = issueOf(
      validateLetterTemplate(withLogo({ mime: 'image/png', base64: encodeBase64(big) })),
    );
    expect(issue).toMatchObject({
      path: 'letterhead.logo.base64',
      message: 'letters.validation.logoTooLarge',
    });
    expect(issue.czech).toBe('Logo je příliš velké — nejvýše 512 kB.');
    const exact = new Uint8Array(512 * 1024);
    exact.set(PNG);
    expect(
      validateLetterTemplate(withLogo({ mime: 'image/png', base64: encodeBase64(exact) })).ok,
    ).toBe(true);
  });

  it('refuses a logo that is not PNG or JPEG by its bytes', () => {
    const gif = new TextEncoder().encode('GIF89a……');
    const issue = issueOf(
      validateLetterTemplate(withLogo({ mime: 'image/png', base64: encodeBase64(gif) })),
    );
    expect(issue.czech).toBe('Logo musí být obrázek PNG nebo JPEG.');
  });

  it('refuses a logo whose bytes contradict its type', () => {
    const issue = issueOf(
      validateLetterTemplate(withLogo({ mime: 'image/png', base64: encodeBase64(JPEG) })),
    );
    expect(issue.czech).toBe('Obsah souboru loga neodpovídá jeho typu (image/png).');
  });

  it('refuses a logo that is not base64', () => {
    const issue = issueOf(
      validateLetterTemplate(withLogo({ mime: 'image/png', base64: 'not base64!' })),
    );
    expect(issue.czech).toBe('Soubor loga se nepodařilo načíst (poškozená data).');
  });

  it('refuses an unknown logo type', () => {
    const logo = { mime: 'image/gif', base64: encodeBase64(PNG) };
    const issue = issueOf(
      validateLetterTemplate({ ...template(), letterhead: { ...template().letterhead, logo } }),
    );
    expect(issue.czech).toBe('Logo musí být obrázek PNG nebo JPEG.');
  });
});

describe('post label validation', () => {
  const label = (overrides: Partial<PostLabelInput> = {}): PostLabelInput => ({
    sender: ['Obec Horní Lhota', 'Horní Lhota 1', '391 99 Horní Lhota'],
    addressee: { name: 'Jan Novák', lines: ['Náves 5', '391 99 Horní Lhota'] },
    mailKind: 'doporucene',
    ...overrides,
  });

  it('accepts a label', () => {
    expect(validatePostLabelInput(label({ labelPosition: 24 })).ok).toBe(true);
  });

  it('wants a position on the sheet of 1 to 24', () => {
    for (const position of [0, 25, 2.5]) {
      const issue = issueOf(validatePostLabelInput(label({ labelPosition: position })));
      expect(issue.czech).toBe('Pozice štítku musí být 1 až 24.');
    }
  });

  it('wants a sender and a postal address', () => {
    expect(issueOf(validatePostLabelInput(label({ sender: [] }))).czech).toBe(
      'Vyplňte adresu odesílatele.',
    );
    const addressee = { name: 'Jan Novák', lines: [], databoxId: 'abc2345' };
    expect(issueOf(validatePostLabelInput(label({ addressee }))).czech).toBe(
      'Pro poštu vyplňte poštovní adresu adresáta.',
    );
  });

  it('knows only the four kinds of mail', () => {
    const issue = issueOf(validatePostLabelInput({ ...label(), mailKind: 'balik' }));
    expect(issue.path).toBe('mailKind');
  });
});

describe('dates', () => {
  it('formats the letter date the Czech way', () => {
    expect(formatLetterDate('2026-02-03')).toBe('3. 2. 2026');
    expect(formatLetterDate('nesmysl')).toBe('nesmysl');
  });

  it('knows calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-2-3')).toBe(false);
  });
});
