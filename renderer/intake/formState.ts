import type { AttachmentKind, Channel, Direction } from '../../common/domain/document';
import type { PartyKind } from '../../common/domain/party';
import { officeDateString } from '../../common/domain/time';
import { toOfficeDateTimeLocal } from './officeDateTimeLocal';

/** A party as the clerk types it: every box is text until the document is built. */
export interface PartyForm {
  kind: PartyKind;
  name: string;
  ico: string;
  street: string;
  city: string;
  postalCode: string;
  dataBoxId: string;
}

/** The intake form exactly as typed (numbers and dates stay text until saved). */
export interface IntakeForm {
  direction: Direction;
  sender: PartyForm;
  addressees: PartyForm[];
  subject: string;
  /** `<input type="datetime-local">` value in office time. */
  receivedAt: string;
  channel: Channel;
  senderRefNumber: string;
  senderRefDate: string;
  author: string;
  /** YYYY-MM-DD in office time. */
  createdOn: string;
  sheets: string;
  attachmentsCount: string;
  attachmentsKind: AttachmentKind;
  attachmentsDescription: string;
  fileMark: string;
  handler: string;
  note: string;
}

export interface FormDefaults {
  now: Date;
  currentUser: string;
  direction?: Direction;
  channel?: Channel;
  handler?: string;
}

export function emptyParty(kind: PartyKind = 'person'): PartyForm {
  return { kind, name: '', ico: '', street: '', city: '', postalCode: '', dataBoxId: '' };
}

/** A new, empty document; the receipt time and the creation date are "now" in office time. */
export function emptyForm({
  now,
  currentUser,
  direction,
  channel,
  handler,
}: FormDefaults): IntakeForm {
  return {
    direction: direction ?? 'incoming',
    sender: emptyParty(),
    addressees: [emptyParty()],
    subject: '',
    receivedAt: toOfficeDateTimeLocal(now),
    channel: channel ?? 'post',
    senderRefNumber: '',
    senderRefDate: '',
    author: currentUser,
    createdOn: officeDateString(now),
    sheets: '1',
    attachmentsCount: '0',
    attachmentsKind: 'paper',
    attachmentsDescription: '',
    fileMark: '',
    handler: handler ?? currentUser,
    note: '',
  };
}

/**
 * The form for the next document after one was saved: the kind, channel and handler stay
 * (a clerk registers a pile of post in one go), everything else starts afresh.
 */
export function nextForm(previous: IntakeForm, now: Date, currentUser: string): IntakeForm {
  return emptyForm({
    now,
    currentUser,
    direction: previous.direction,
    channel: previous.channel,
    handler: previous.handler,
  });
}

/** True when the clerk typed something that would be lost by starting anew. */
export function hasTypedContent(form: IntakeForm, baseline: IntakeForm): boolean {
  return JSON.stringify(form) !== JSON.stringify(baseline);
}
