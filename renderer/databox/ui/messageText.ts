import type { TFunction } from 'i18next';
import type { DataMessageRecord, SuspicionReason } from '../../../common/domain/databox';
import { formatOfficeDate, formatOfficeDateTime } from '../../../common/domain/time';

/** dmMessageStatus values the app names (0: queued on this PC, not sent yet). */
export const knownStates = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

/** The Czech name of a message's state ("Doručena přihlášením"); an unknown code is shown as a number. */
export function stateName(t: TFunction, state: number): string {
  if ((knownStates as readonly number[]).includes(state))
    return t(`databox.state.s${state}` as never) as string;
  return t('databox.state.unknown', { code: state });
}

/** `3. 2. 2026 9:05:07`, or nothing when the time is unknown or not a time. */
export function timeText(iso: string | null | undefined): string {
  if (!iso) return '';
  return Number.isNaN(Date.parse(iso)) ? '' : formatOfficeDateTime(iso);
}

export function dateText(iso: string | null | undefined): string {
  if (!iso) return '';
  return Number.isNaN(Date.parse(iso)) ? '' : formatOfficeDate(iso);
}

/** The other party: who sent a received message, to whom a sent one went. */
export function counterpartyText(
  message: Pick<DataMessageRecord, 'direction' | 'envelope'>,
): string {
  const envelope = message.envelope;
  if (message.direction === 'received') return envelope.dmSender ?? envelope.dbIDSender ?? '';
  return envelope.dmRecipient ?? envelope.dbIDRecipient ?? '';
}

/** The subject as plain text: markup in a dmAnnotation is shown as typed, never interpreted. */
export function subjectText(t: TFunction, message: Pick<DataMessageRecord, 'envelope'>): string {
  const subject = message.envelope.dmAnnotation?.trim();
  return subject ? subject : t('databox.noSubject');
}

export function suspicionText(t: TFunction, reason: SuspicionReason): string {
  return t(`databox.suspicion.${reason}` as never) as string;
}

/** All the reasons in one line, for a row's tooltip and its accessible name. */
export function suspicionSummary(t: TFunction, reasons: ReadonlyArray<SuspicionReason>): string {
  return reasons.map((reason) => suspicionText(t, reason)).join('; ');
}

/** dmLegalTitle* in the form lawyers write it: "zákon č. 500/2004 Sb., § 19 odst. 3 písm. a)". */
export function legalTitleText(
  t: TFunction,
  envelope: Pick<
    DataMessageRecord['envelope'],
    | 'dmLegalTitleLaw'
    | 'dmLegalTitleYear'
    | 'dmLegalTitleSect'
    | 'dmLegalTitlePar'
    | 'dmLegalTitlePoint'
  >,
): string {
  const parts: string[] = [];
  if (envelope.dmLegalTitleLaw !== null) {
    parts.push(
      envelope.dmLegalTitleYear !== null
        ? t('databox.legalTitle.lawYear', {
            law: envelope.dmLegalTitleLaw,
            year: envelope.dmLegalTitleYear,
          })
        : t('databox.legalTitle.law', { law: envelope.dmLegalTitleLaw }),
    );
  }
  const section = [
    envelope.dmLegalTitleSect
      ? t('databox.legalTitle.section', { value: envelope.dmLegalTitleSect })
      : null,
    envelope.dmLegalTitlePar
      ? t('databox.legalTitle.paragraph', { value: envelope.dmLegalTitlePar })
      : null,
    envelope.dmLegalTitlePoint
      ? t('databox.legalTitle.point', { value: envelope.dmLegalTitlePoint })
      : null,
  ].filter((part): part is string => part !== null);
  if (section.length > 0) parts.push(section.join(' '));
  return parts.join(', ');
}

/** Yes / no / not stated, for the envelope's flags. */
export function flagText(t: TFunction, value: boolean | null): string {
  if (value === null) return t('databox.flag.unset');
  return value ? t('databox.flag.yes') : t('databox.flag.no');
}
