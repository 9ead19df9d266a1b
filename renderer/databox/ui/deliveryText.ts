import type { TFunction } from 'i18next';
import type { DataMessageRecord } from '../../../common/domain/databox';
import { messageStates } from '../../../common/isds/model';
import { dateText, timeText } from './messageText';

export type DeliveryTone = 'ok' | 'waiting' | 'warning' | 'error';

/** One line of a sent message's delivery story. */
export interface DeliveryLine {
  key: string;
  tone: DeliveryTone;
  text: string;
}

type Delivered = Pick<
  DataMessageRecord,
  'dmID' | 'state' | 'deliveryTime' | 'acceptanceTime' | 'fictionAt' | 'events' | 'dispatch'
>;

/**
 * How the message was accepted once it is past state 4: states 5 and 6 say it, a later
 * state (read, deleted, in the vault) keeps it only in the delivery events (EV2 fiction;
 * EV4, or EV1 as older ISDS wrote it, login).
 */
export function acceptedBy(
  message: Pick<Delivered, 'state' | 'events'>,
): 'login' | 'fiction' | null {
  if (message.state === messageStates.deliveredByFiction) return 'fiction';
  if (message.state === messageStates.deliveredByLogin) return 'login';
  if (message.state < messageStates.read) return null;
  for (const event of message.events) {
    const code = event.dmEventDescr?.trim().match(/^EV(\d+)/)?.[1];
    if (code === '2') return 'fiction';
    if (code === '4' || code === '1') return 'login';
  }
  return null;
}

/**
 * Where a message we send stands, oldest step first: waiting in the queue (or failed),
 * sent with its dmID, delivered to the box, delivered by login or by fiction, or when
 * not accepted yet, the day the fiction will take effect.
 */
export function deliveryLines(t: TFunction, message: Delivered, now: Date): DeliveryLine[] {
  const lines: DeliveryLine[] = [];
  const dispatch = message.dispatch;
  if (dispatch && dispatch.state !== 'sent' && message.dmID === null) {
    if (dispatch.state === 'queued')
      lines.push({ key: 'queued', tone: 'waiting', text: t('databox.delivery.queued') });
    else if (dispatch.state === 'sending')
      lines.push({ key: 'sending', tone: 'waiting', text: t('databox.delivery.sending') });
    else
      lines.push({
        key: 'failed',
        tone: 'error',
        text: t('databox.delivery.failed', {
          reason: dispatch.failure ? failureText(t, dispatch.failure) : t('errors.unexpected'),
        }),
      });
    return lines;
  }
  if (message.dmID !== null)
    lines.push({
      key: 'sent',
      tone: 'ok',
      text: t('databox.delivery.sent', { dmID: message.dmID }),
    });
  if (message.state === messageStates.infected)
    lines.push({ key: 'infected', tone: 'error', text: t('databox.delivery.infected') });
  if (message.state === messageStates.undeliverable)
    lines.push({ key: 'undeliverable', tone: 'error', text: t('databox.delivery.undeliverable') });
  if (message.deliveryTime)
    lines.push({
      key: 'deliveredToBox',
      tone: 'ok',
      text: t('databox.delivery.deliveredToBox', { time: timeText(message.deliveryTime) }),
    });
  const how = acceptedBy(message);
  if (how && message.acceptanceTime) {
    lines.push({
      key: how,
      tone: 'ok',
      text:
        how === 'login'
          ? t('databox.delivery.byLogin', { time: timeText(message.acceptanceTime) })
          : t('databox.delivery.byFiction', { time: timeText(message.acceptanceTime) }),
    });
  } else if (message.state === messageStates.deliveredToBox) {
    const fiction = message.fictionAt ? Date.parse(message.fictionAt) : Number.NaN;
    if (!Number.isNaN(fiction) && fiction > now.getTime())
      lines.push({
        key: 'fictionAhead',
        tone: 'waiting',
        text: t('databox.delivery.fictionAhead', {
          date: dateText(message.fictionAt),
          count: daysUntil(fiction, now),
        }),
      });
    else
      lines.push({ key: 'notAccepted', tone: 'waiting', text: t('databox.delivery.notAccepted') });
  } else if (
    message.dmID !== null &&
    message.state > 0 &&
    message.state < messageStates.deliveredToBox
  ) {
    lines.push({ key: 'inTransit', tone: 'waiting', text: t('databox.delivery.inTransit') });
  }
  return lines;
}

/** Whole days left, rounded up: "za 3 dny" even when it is 2 days and an hour. */
export function daysUntil(at: number, now: Date): number {
  return Math.max(0, Math.ceil((at - now.getTime()) / (24 * 60 * 60 * 1000)));
}

/** A stored failure as text: the translated code, or the message kept with it. */
export function failureText(t: TFunction, failure: { code: string; message: string }): string {
  const text = t(failure.code as never) as string;
  return text === failure.code ? failure.message : text;
}
