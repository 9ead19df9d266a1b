import type { LetterLayout, LetterLogo, LetterTemplate } from '../../../common/letters/model';

/** A letter template as its settings form edits it: multi-line values as one string. */
export interface TemplateForm {
  id: string;
  name: string;
  organizationName: string;
  /** The office's address lines, one per line. */
  addressLines: string;
  ico: string;
  databoxId: string;
  phone: string;
  email: string;
  web: string;
  logo: LetterLogo | null;
  heading: string;
  footerText: string;
  closing: string;
  signerName: string;
  signerFunction: string;
  layout: LetterLayout;
}

export type TemplateTextField = Exclude<keyof TemplateForm, 'id' | 'logo' | 'layout'>;

export function formOfTemplate(template: LetterTemplate): TemplateForm {
  const { letterhead } = template;
  return {
    id: template.id,
    name: template.name,
    organizationName: letterhead.organizationName,
    addressLines: letterhead.addressLines.join('\n'),
    ico: letterhead.ico,
    databoxId: letterhead.databoxId,
    phone: letterhead.phone ?? '',
    email: letterhead.email ?? '',
    web: letterhead.web ?? '',
    logo: letterhead.logo ?? null,
    heading: template.heading ?? '',
    footerText: template.footerText ?? '',
    closing: template.closing,
    signerName: template.signer.name,
    signerFunction: template.signer.function,
    layout: { ...template.layout },
  };
}

const lines = (text: string) =>
  text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

const optional = <K extends string>(key: K, value: string) => {
  const trimmed = value.trim();
  return trimmed ? ({ [key]: trimmed } as Record<K, string>) : {};
};

/** The template the form describes; the template schema judges it (on preview and save). */
export function templateOfForm(form: TemplateForm): LetterTemplate {
  return {
    id: form.id,
    name: form.name.trim(),
    letterhead: {
      organizationName: form.organizationName.trim(),
      addressLines: lines(form.addressLines),
      ico: form.ico.replace(/\s+/g, ''),
      databoxId: form.databoxId.trim().toLowerCase(),
      ...optional('phone', form.phone),
      ...optional('email', form.email),
      ...optional('web', form.web),
      ...(form.logo ? { logo: form.logo } : {}),
    },
    layout: { ...form.layout },
    ...optional('heading', form.heading),
    ...optional('footerText', form.footerText),
    closing: form.closing.trim(),
    signer: { name: form.signerName.trim(), function: form.signerFunction.trim() },
  };
}

/** A copy to start a new template from: a fresh id and a name that says what it is. */
export function duplicateTemplate(
  template: LetterTemplate,
  copyName: (name: string) => string,
  newId: () => string = () => crypto.randomUUID(),
): LetterTemplate {
  return { ...structuredClone(template), id: newId(), name: copyName(template.name) };
}

const TEMPLATE_FIELD_OF_PATH: Record<string, TemplateTextField | 'logo'> = {
  name: 'name',
  'letterhead.organizationName': 'organizationName',
  'letterhead.addressLines': 'addressLines',
  'letterhead.ico': 'ico',
  'letterhead.databoxId': 'databoxId',
  'letterhead.phone': 'phone',
  'letterhead.email': 'email',
  'letterhead.web': 'web',
  'letterhead.logo': 'logo',
  heading: 'heading',
  footerText: 'footerText',
  closing: 'closing',
  'signer.name': 'signerName',
  'signer.function': 'signerFunction',
};

/** "letterhead.addressLines.1" → "addressLines"; null for a path no field shows. */
export function templateFieldOfPath(path: string): TemplateTextField | 'logo' | null {
  const parts = path.split('.');
  while (parts.length > 0) {
    const field = TEMPLATE_FIELD_OF_PATH[parts.join('.')];
    if (field) return field;
    parts.pop();
  }
  return null;
}
