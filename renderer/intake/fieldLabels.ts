import type { TFunction } from 'i18next';
import type { IntakeForm } from './formState';

const partyLabels: Record<string, string> = {
  kind: 'intake.party.kind',
  ico: 'intake.party.ico',
  'address.street': 'intake.party.street',
  'address.city': 'intake.party.city',
  'address.postalCode': 'intake.party.postalCode',
  dataBoxId: 'intake.party.dataBoxId',
};

const labels: Record<string, string> = {
  subject: 'intake.fields.subject',
  receivedAt: 'intake.fields.receivedAt',
  channel: 'intake.fields.channel',
  'senderReference.number': 'intake.fields.senderRefNumber',
  'senderReference.date': 'intake.fields.senderRefDate',
  author: 'intake.fields.author',
  createdOn: 'intake.fields.createdOn',
  sheets: 'intake.fields.sheets',
  'attachments.count': 'intake.fields.attachmentsCount',
  'attachments.kind': 'intake.fields.attachmentsKind',
  'attachments.description': 'intake.fields.attachmentsDescription',
  note: 'intake.fields.note',
  fileMark: 'intake.fields.fileMark',
  handler: 'intake.fields.handler',
  files: 'intake.sections.files',
  addressees: 'intake.sections.addressees',
};

/**
 * The visible label of a field, for the error summary: "Zadejte platné datum." says
 * little until it reads "Ze dne: Zadejte platné datum.".
 */
export function fieldLabel(t: TFunction, field: string, form: IntakeForm): string {
  const party = /^(sender|addressees\.(\d+))\.(.+)$/.exec(field);
  if (party) {
    const [, , index, rest = ''] = party;
    const whose =
      index === undefined
        ? t('intake.sections.sender')
        : t('intake.party.addressee', { number: Number(index) + 1 });
    const partyForm = index === undefined ? form.sender : form.addressees[Number(index)];
    const key =
      rest === 'name' ? `intake.party.name.${partyForm?.kind ?? 'person'}` : partyLabels[rest];
    return key ? `${whose} – ${t(key as never)}` : whose;
  }
  const key = labels[field];
  return key ? (t(key as never) as string) : field;
}
