import { describe, expect, it } from 'vitest';
import { partySchema, type PartyInput } from '../../../common/domain/party';
import { defaultLetterTemplates } from '../../../common/letters/defaults';
import { validateLetterContent } from '../../../common/letters/schemas';
import { testOrganization } from '../../db/testing/fixtures';
import {
  addresseeOfParty,
  contentOfForm,
  formFieldOfPath,
  formOfContent,
  prefillLetter,
} from './letterForm';

const [template] = defaultLetterTemplates(testOrganization, {
  signer: { name: 'Petr Starosta', function: 'starosta obce' },
});
if (!template) throw new Error('no default template');

const party = (input: PartyInput) => partySchema.parse(input);

const doc = {
  referenceNumber: 'OUHL 12/2026',
  subject: 'Výzva k doplnění žádosti',
  handler: 'Marie Dvořáková',
  addressees: [
    party({
      kind: 'organization',
      name: 'Stavby Lhota s.r.o.',
      address: { street: 'Lipová 12', postalCode: '391 99', city: 'Horní Lhota' },
      dataBoxId: 'xyz7890',
    }),
    party({ kind: 'person', name: 'Jan Novák' }),
  ],
};

describe('prefillLetter', () => {
  it('fills in what the journal knows about an own document', () => {
    const content = prefillLetter(doc, { template, today: '2026-03-10' });
    expect(content).toEqual({
      addressee: {
        name: 'Stavby Lhota s.r.o.',
        lines: ['Lipová 12', '391 99 Horní Lhota'],
        databoxId: 'xyz7890',
      },
      ourRef: 'OUHL 12/2026',
      handler: { name: 'Marie Dvořáková' },
      date: '2026-03-10',
      subject: 'Výzva k doplnění žádosti',
      body: '',
      attachments: [],
      signer: { name: 'Petr Starosta', function: 'starosta obce' },
    });
  });

  it('quotes the reference of the letter it answers', () => {
    const content = prefillLetter(doc, {
      template,
      today: '2026-03-10',
      answering: { senderReference: { number: 'ZN-15/2026', date: '2026-02-27' } },
    });
    expect(content).toMatchObject({ theirRef: 'ZN-15/2026', theirDate: '2026-02-27' });
  });

  it('leaves the addressee empty for a document without one', () => {
    expect(
      prefillLetter({ ...doc, addressees: [] }, { template, today: '2026-03-10' }).addressee,
    ).toEqual({ name: '', lines: [] });
  });
});

describe('addresseeOfParty', () => {
  it('prints a foreign country last and leaves out the home one', () => {
    expect(
      addresseeOfParty(
        party({
          kind: 'person',
          name: 'Hans Müller',
          address: {
            street: 'Hauptstraße 1',
            postalCode: '94032',
            city: 'Passau',
            country: 'Německo',
          },
        }),
      ).lines,
    ).toEqual(['Hauptstraße 1', '94032 Passau', 'Německo']);
    expect(
      addresseeOfParty(
        party({
          kind: 'person',
          name: 'Jan Novák',
          address: { city: 'Horní Lhota', country: 'Česká republika' },
        }),
      ),
    ).toEqual({ name: 'Jan Novák', lines: ['Horní Lhota'] });
  });
});

describe('form ⇄ content', () => {
  it('round-trips the content through the form', () => {
    const content = {
      ...prefillLetter(doc, { template, today: '2026-03-10' }),
      theirRef: 'ZN-15/2026',
      body: 'Vážení,\n\n- první\n- druhá',
      attachments: ['situační výkres', 'plná moc'],
    };
    expect(contentOfForm(formOfContent(content, 'obec-dopis'))).toEqual(content);
  });

  it('drops blank lines and leaves out empty optional fields', () => {
    const form = formOfContent(prefillLetter(doc, { template, today: '2026-03-10' }), 'x');
    const content = contentOfForm({
      ...form,
      addresseeLines: '\nLipová 12\n\n 391 99 Horní Lhota \n',
      addresseeDataBox: '  ',
      theirRef: ' ',
      handlerPhone: ' 381 000 111 ',
      attachments: '\n\nplán\n',
    });
    expect(content.addressee).toEqual({
      name: 'Stavby Lhota s.r.o.',
      lines: ['Lipová 12', '391 99 Horní Lhota'],
    });
    expect(content).not.toHaveProperty('theirRef');
    expect(content.handler).toEqual({ name: 'Marie Dvořáková', phone: '381 000 111' });
    expect(content.attachments).toEqual(['plán']);
  });

  it('gives content the schema accepts once the body is written', () => {
    const form = formOfContent(prefillLetter(doc, { template, today: '2026-03-10' }), 'x');
    expect(validateLetterContent(contentOfForm(form)).ok).toBe(false);
    expect(validateLetterContent(contentOfForm({ ...form, body: 'Text.' })).ok).toBe(true);
  });
});

describe('formFieldOfPath', () => {
  it('maps the schema’s paths, also inside lists, to the form’s fields', () => {
    expect(formFieldOfPath('subject')).toBe('subject');
    expect(formFieldOfPath('addressee.lines.2')).toBe('addresseeLines');
    expect(formFieldOfPath('attachments.0')).toBe('attachments');
    expect(formFieldOfPath('signer.name')).toBe('signerName');
    expect(formFieldOfPath('heading')).toBeNull();
  });
});
