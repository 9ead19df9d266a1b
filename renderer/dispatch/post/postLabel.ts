import type { OrganizationProfile } from '../../../common/contract/types';
import type { DocumentRecord } from '../../../common/domain/document';
import type { MailKind } from '../../../common/domain/letter';
import type { Party } from '../../../common/domain/party';
import {
  POST_LABEL_FORMATS,
  type PostLabelFormat,
  type PostLabelInput,
} from '../../../common/letters/model';

export const postLabelFormats = POST_LABEL_FORMATS;
export type { PostLabelFormat };

/** The argument of `letters.renderPostLabel`: who sends, to whom, how, and on what. */
export interface PostLabelRequest {
  input: PostLabelInput;
  format: PostLabelFormat;
}

export interface PostLabelResult {
  pdf: Uint8Array;
  fileName: string;
  pages: number;
}

const HOME_COUNTRY = /^(česká republika|česko|cz|cze)$/i;

/** The organisation's name, then its address as it is written on one line, split at commas. */
export function senderLines(organization: OrganizationProfile | undefined): string[] {
  if (!organization) return [];
  return [
    organization.name,
    ...organization.address
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean),
  ].filter(Boolean);
}

/** The address block under the name: street, postcode and town, a foreign country. */
export function addressLines(party: Party): string[] {
  const address = party.address;
  if (!address) return [];
  const town = [address.postalCode, address.city].filter(Boolean).join(' ');
  const country =
    address.country && !HOME_COUNTRY.test(address.country.trim()) ? address.country : '';
  return [address.street ?? '', town, country.toUpperCase()].filter((line) => line.trim() !== '');
}

/** The label of the document's addressee at `index`; null when the document names none there. */
export function postLabelRequest(
  organization: OrganizationProfile | undefined,
  doc: Pick<DocumentRecord, 'addressees' | 'referenceNumber'>,
  index: number,
  mailKind: MailKind,
  format: PostLabelFormat,
): PostLabelRequest | null {
  const party = doc.addressees[index];
  if (!party) return null;
  return {
    input: {
      sender: senderLines(organization),
      addressee: { name: party.name, lines: addressLines(party) },
      mailKind,
      ourRef: doc.referenceNumber,
    },
    format,
  };
}
