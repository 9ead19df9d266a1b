import type { OrganizationProfile } from '../contract/types';
import type { Letterhead, LetterLayout, LetterPerson, LetterTemplate } from './model';

export type TemplateOrganization = Pick<
  OrganizationProfile,
  'name' | 'ico' | 'dataBoxId' | 'address'
>;

export interface DefaultTemplateOptions {
  phone?: string;
  email?: string;
  web?: string;
  /** The mayor, who signs by default; left empty when not known yet. */
  signer?: LetterPerson;
}

/** "Horní Lhota 1, 391 99 Horní Lhota" → its lines (the profile keeps the address on one line). */
function addressLines(address: string): string[] {
  return address
    .split(/\s*[,\n]\s*/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0)
    .slice(0, 4);
}

const DEFAULT_IDS = { letter: 'obec-dopis', notice: 'obec-rozhodnuti' } as const;

/**
 * The two templates a municipality starts with:
 * - "Dopis obce": an ordinary letter, address on the right, reference data beside it;
 * - "Rozhodnutí / oznámení": an official document — centred heading, reference data in
 *   a row, the signature block on the right with room for the official stamp.
 */
export function defaultLetterTemplates(
  org: TemplateOrganization,
  options: DefaultTemplateOptions = {},
): LetterTemplate[] {
  const letterhead: Letterhead = {
    organizationName: org.name.trim(),
    addressLines: addressLines(org.address),
    ico: org.ico.trim(),
    databoxId: org.dataBoxId.trim().toLowerCase(),
    ...(options.phone ? { phone: options.phone } : {}),
    ...(options.email ? { email: options.email } : {}),
    ...(options.web ? { web: options.web } : {}),
  };
  const signer: LetterPerson = options.signer ?? { name: '', function: 'starosta' };
  const letterLayout: LetterLayout = {
    headerStyle: 'left',
    addressWindow: 'right',
    references: 'column',
    bodyAlign: 'justify',
    signaturePosition: 'right',
    officialStampPlaceholder: false,
    foldMarks: true,
  };
  return [
    {
      id: DEFAULT_IDS.letter,
      name: 'Dopis obce',
      letterhead,
      layout: letterLayout,
      closing: 'S pozdravem',
      signer,
    },
    {
      id: DEFAULT_IDS.notice,
      name: 'Rozhodnutí / oznámení',
      letterhead,
      layout: {
        ...letterLayout,
        headerStyle: 'centered',
        references: 'row',
        officialStampPlaceholder: true,
      },
      heading: 'OZNÁMENÍ',
      closing: '',
      signer,
    },
  ];
}
