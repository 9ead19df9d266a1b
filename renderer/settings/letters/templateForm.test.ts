import { describe, expect, it } from 'vitest';
import { defaultLetterTemplates } from '../../../common/letters/defaults';
import { validateLetterContent, validateLetterTemplate } from '../../../common/letters/schemas';
import { testOrganization } from '../../db/testing/fixtures';
import { duplicateTemplate, formOfTemplate, templateOfForm } from './templateForm';
import { sampleLetterContent } from './templateSample';

const templates = defaultLetterTemplates(testOrganization, { phone: '381 000 111' });

describe('template form', () => {
  it.each(templates.map((template) => [template.name, template] as const))(
    'round-trips the default template %s',
    (_name, template) => {
      expect(templateOfForm(formOfTemplate(template))).toEqual(template);
    },
  );

  it('drops blank address lines and empty optional texts, and tidies IČO and data box', () => {
    const [first] = templates;
    if (!first) throw new Error('no default template');
    const form = {
      ...formOfTemplate(first),
      addressLines: 'Náves 1\n\n 391 99 Horní Lhota \n',
      ico: '000 645 81',
      databoxId: ' ABC1234 ',
      phone: ' ',
      heading: '  ',
    };
    const template = templateOfForm(form);
    expect(template.letterhead).toMatchObject({
      addressLines: ['Náves 1', '391 99 Horní Lhota'],
      ico: '00064581',
      databoxId: 'abc1234',
    });
    expect(template.letterhead).not.toHaveProperty('phone');
    expect(template).not.toHaveProperty('heading');
    expect(validateLetterTemplate(template).ok).toBe(true);
  });

  it('duplicates with a new id and a copy name, leaving the original alone', () => {
    const [first] = templates;
    if (!first) throw new Error('no default template');
    const copy = duplicateTemplate(
      first,
      (name) => `${name} (kopie)`,
      () => 'kopie-1',
    );
    expect(copy).toMatchObject({ id: 'kopie-1', name: 'Dopis obce (kopie)' });
    copy.letterhead.addressLines.push('jinde');
    expect(first.letterhead.addressLines).not.toContain('jinde');
  });
});

describe('sampleLetterContent', () => {
  it('is a letter the schema accepts, even for a template without a signer', () => {
    for (const template of templates) {
      expect(template.signer.name).toBe('');
      expect(validateLetterContent(sampleLetterContent(template, '2026-03-10')).ok).toBe(true);
    }
  });
});
