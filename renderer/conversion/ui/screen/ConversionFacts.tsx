import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { timeText } from '../../../databox/ui/messageText';
import { formatCalendarDate } from '../../../journal/format';
import { feeText, numberText } from './conversionRows';

function Row({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <div className="journal-fields__row">
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}

/** Every field the register keeps about the conversion, and what the app knows beside it. */
export function ConversionFacts({
  conversion,
  referenceNumber,
}: {
  conversion: ConversionRecord;
  referenceNumber: string | null;
}) {
  const { t } = useTranslation();
  const label = (name: FieldName) => t(`conversionScreen.fields.${name}`);
  const paper = conversion.direction === 'electronicToPaper';
  const lost = conversion.lostElement;
  return (
    <dl className="journal-fields" data-testid="conversion-facts">
      <Row label={label('number')} testId="conversion-number">
        {numberText(t, conversion)}
      </Row>
      {conversion.registeredAt ? (
        <Row label={label('registeredAt')}>{timeText(conversion.registeredAt)}</Row>
      ) : null}
      <Row label={label('state')} testId="conversion-state">
        {t(`conversion.state.${conversion.state}`)}
      </Row>
      <Row label={label('convertedAt')}>{timeText(conversion.convertedAt)}</Row>
      <Row label={label('direction')}>{t(`conversion.direction.${conversion.direction}`)}</Row>
      <Row label={label('input')}>{conversion.input.description}</Row>
      <Row label={label('inputDate')}>
        {conversion.input.date
          ? formatCalendarDate(conversion.input.date)
          : t('conversionScreen.detail.unknown')}
      </Row>
      {conversion.input.messageId ? (
        <Row label={label('messageId')}>{conversion.input.messageId}</Row>
      ) : null}
      <Row label={label('inputSheets')}>{conversion.input.sheets}</Row>
      <Row label={label('outputPages')}>{conversion.pages}</Row>
      {paper ? (
        <Row label={label('outputSheets')}>
          {conversion.outputSheets ?? t('conversionScreen.detail.notYet')}
          {conversion.duplex ? ` (${t('conversionScreen.detail.duplex')})` : ''}
        </Row>
      ) : null}
      {lost ? (
        <Row label={label('lostElement')}>
          {lost.lost ? lost.description : t('conversionScreen.detail.lostNone')}
        </Row>
      ) : null}
      {conversion.colourReason ? (
        <Row label={label('colourReason')}>{conversion.colourReason}</Row>
      ) : null}
      <Row label={label('person')}>{conversion.person}</Row>
      <Row label={label('body')}>{conversion.body}</Row>
      <Row label={label('fee')}>
        {conversion.official ? `${t('conversionScreen.detail.official')}: ` : ''}
        {feeText(t, conversion)}
      </Row>
      <Row label={label('reference')}>{referenceNumber ?? conversion.pid}</Row>
      <Row label={label('pid')}>{conversion.pid}</Row>
      <Row label={label('created')}>
        {t('conversionScreen.detail.createdBy', {
          by: conversion.createdBy,
          at: timeText(conversion.createdAt),
        })}
      </Row>
      {conversion.doneAt ? <Row label={label('doneAt')}>{timeText(conversion.doneAt)}</Row> : null}
      {conversion.printedAt ? (
        <Row label={label('printedAt')}>{timeText(conversion.printedAt)}</Row>
      ) : null}
      {conversion.cancelledAt ? (
        <Row label={label('cancelReason')}>
          {timeText(conversion.cancelledAt)} — {conversion.cancelReason}
        </Row>
      ) : null}
    </dl>
  );
}

type FieldName =
  | 'number'
  | 'registeredAt'
  | 'state'
  | 'convertedAt'
  | 'direction'
  | 'input'
  | 'inputDate'
  | 'messageId'
  | 'inputSheets'
  | 'outputPages'
  | 'outputSheets'
  | 'lostElement'
  | 'colourReason'
  | 'person'
  | 'body'
  | 'fee'
  | 'reference'
  | 'pid'
  | 'created'
  | 'doneAt'
  | 'printedAt'
  | 'cancelReason';
