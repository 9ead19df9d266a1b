import type { NewDocumentInput } from '../../common/domain/document';
import type { PartyInput } from '../../common/domain/party';
import type { IntakeForm, PartyForm } from './formState';
import { fromOfficeDateTimeLocal } from './officeDateTimeLocal';
import { parseCount } from './parseCount';

const orUndefined = (text: string): string | undefined => (text.trim() ? text : undefined);
const orNull = (text: string): string | null => (text.trim() ? text : null);

export function buildParty(party: PartyForm): PartyInput {
  const address = {
    street: orUndefined(party.street),
    city: orUndefined(party.city),
    postalCode: orUndefined(party.postalCode),
  };
  const hasAddress = Object.values(address).some((value) => value !== undefined);
  return {
    kind: party.kind,
    name: party.name,
    // A person has no IČO; a value left over from switching the kind is not sent.
    ico: party.kind === 'person' ? undefined : orUndefined(party.ico),
    address: hasAddress ? address : undefined,
    dataBoxId: orUndefined(party.dataBoxId),
  };
}

/**
 * Turns the form into the command's input without judging it: the domain rules do all
 * the checking, so a bad value must reach them as it was typed (a count that is not a
 * number stays NaN, an unreadable date stays text) and come back as a Czech message.
 */
export function buildNewDocumentInput(form: IntakeForm): NewDocumentInput {
  const attachmentsCount = parseCount(form.attachmentsCount);
  const classification = {
    subject: form.subject,
    sheets: parseCount(form.sheets),
    attachments: {
      count: attachmentsCount,
      kind: form.attachmentsKind,
      // A description without attachments would be shown nowhere; it is not kept.
      description: attachmentsCount > 0 ? orNull(form.attachmentsDescription) : null,
    },
    fileMark: form.fileMark,
    handler: form.handler,
    note: orNull(form.note),
  };
  if (form.direction === 'incoming') {
    return {
      direction: 'incoming',
      sender: buildParty(form.sender),
      receivedAt: fromOfficeDateTimeLocal(form.receivedAt) ?? form.receivedAt,
      channel: form.channel,
      senderReference: {
        number: orNull(form.senderRefNumber),
        date: orNull(form.senderRefDate),
      },
      ...classification,
    };
  }
  return {
    direction: 'own',
    addressees: form.addressees.map(buildParty),
    author: form.author,
    createdOn: form.createdOn,
    ...classification,
  };
}
