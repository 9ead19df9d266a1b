import type { DocumentRecord } from '../../common/domain/document';
import type { Party, PartyInput } from '../../common/domain/party';
import type { DocumentEdit } from '../db/commands/updateDocument';
import { buildParty } from '../intake/buildInput';
import type { PartyForm } from '../intake/formState';
import { parseCount } from '../intake/parseCount';

/**
 * A party in the edit dialog. The intake's editor has no box for the country, but a
 * party the eSSL sent may have one: it rides along unseen so that saving an unchanged
 * party does not drop it.
 */
export type EditPartyForm = PartyForm & { country: string };

/** The edit dialog as typed: counts stay text until saved, as in the intake. */
export interface EditForm {
  subject: string;
  sender: EditPartyForm;
  addressees: EditPartyForm[];
  senderReference: string;
  sheets: string;
  attachmentCount: string;
  note: string;
}

export function partyFormOf(party: Party | null): EditPartyForm {
  return {
    kind: party?.kind ?? 'person',
    name: party?.name ?? '',
    ico: party?.ico ?? '',
    street: party?.address?.street ?? '',
    city: party?.address?.city ?? '',
    postalCode: party?.address?.postalCode ?? '',
    dataBoxId: party?.dataBoxId ?? '',
    country: party?.address?.country ?? '',
  };
}

/** The dialog's starting point: the document as stored. */
export function editFormOf(doc: DocumentRecord): EditForm {
  return {
    subject: doc.subject,
    sender: partyFormOf(doc.sender),
    addressees: doc.addressees.length > 0 ? doc.addressees.map(partyFormOf) : [partyFormOf(null)],
    senderReference: doc.senderReference?.number ?? '',
    sheets: String(doc.sheets),
    attachmentCount: String(doc.attachments.count),
    note: doc.note ?? '',
  };
}

export function partyInputOf(form: EditPartyForm): PartyInput {
  const party = buildParty(form);
  const country = form.country.trim() ? form.country : undefined;
  if (country === undefined) return party;
  return { ...party, address: { ...party.address, country } };
}

/**
 * The command's input, unjudged (the command's schema says what is wrong, in Czech,
 * at the field): an incoming document's sender and sender's reference, an own
 * document's addressees — never the other side's, which the command would refuse.
 */
export function buildDocumentEdit(form: EditForm, direction: DocumentRecord['direction']) {
  const common = {
    subject: form.subject,
    sheets: parseCount(form.sheets),
    attachmentCount: parseCount(form.attachmentCount),
    note: form.note,
  };
  const edit: DocumentEdit =
    direction === 'incoming'
      ? {
          ...common,
          sender: partyInputOf(form.sender),
          senderReference: form.senderReference,
        }
      : { ...common, addressees: form.addressees.map(partyInputOf) };
  return edit;
}

/** The field keys the dialog shows (issue paths the command uses), in screen order. */
export function editFieldKeys(
  direction: DocumentRecord['direction'],
  addresseeCount: number,
): string[] {
  const party = (prefix: string) =>
    [
      'name',
      'kind',
      'address.street',
      'address.city',
      'address.postalCode',
      'ico',
      'dataBoxId',
    ].map((field) => `${prefix}.${field}`);
  const parties =
    direction === 'incoming'
      ? [...party('sender'), 'senderReference']
      : [
          ...Array.from({ length: addresseeCount }, (_, index) =>
            party(`addressees.${index}`),
          ).flat(),
          'addressees',
        ];
  return ['subject', ...parties, 'sheets', 'attachmentCount', 'note'];
}
