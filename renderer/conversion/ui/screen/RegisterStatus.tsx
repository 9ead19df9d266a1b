import { useTranslation } from 'react-i18next';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { timeText } from '../../../databox/ui/messageText';

/**
 * Where the conversion stands with the register and what comes next: waiting (with the
 * last failure and the attempts, the queue tries again by itself), refused (the
 * register's reason), numbered, or the next step of the output.
 */
export function RegisterStatus({ conversion }: { conversion: ConversionRecord }) {
  const { t } = useTranslation();
  const common = {
    className: 'conversion-status',
    'data-testid': 'conversion-register-status',
    'data-state': conversion.state,
  };
  switch (conversion.state) {
    case 'waitingForNumber':
      return conversion.lastError ? (
        <div {...common} role="status" className="conversion-status conversion-status--warning">
          <p>
            <strong>{t('conversionScreen.status.unreachable')}</strong>
          </p>
          <p>{t('conversionScreen.status.lastError', { error: conversion.lastError })}</p>
          <p>{t('conversionScreen.status.attempts', { count: conversion.attempts })}</p>
        </div>
      ) : (
        <div {...common} role="status">
          <p>{t('conversionScreen.status.waiting')}</p>
        </div>
      );
    case 'refused':
      return (
        <div {...common} role="alert" className="conversion-status conversion-status--error">
          <p>
            <strong>{t('conversionScreen.status.refused')}</strong>
          </p>
          <p data-testid="conversion-refusal">
            {conversion.refusal?.message ?? t('conversionScreen.status.refusedUnknown')}
          </p>
          <p>{t('conversionScreen.status.refusedNext')}</p>
        </div>
      );
    case 'numbered':
      return (
        <div {...common} role="status">
          <p>{t('conversionScreen.status.numbered', { number: conversion.number ?? '' })}</p>
        </div>
      );
    case 'awaitingSignature':
      return (
        <div {...common}>
          <p>{t('conversionScreen.status.awaitingSignature')}</p>
        </div>
      );
    case 'readyToPrint':
      return (
        <div {...common}>
          <p>{t('conversionScreen.status.readyToPrint')}</p>
        </div>
      );
    case 'done':
      return (
        <div {...common} className="conversion-status conversion-status--ok">
          <p>
            {conversion.direction === 'electronicToPaper'
              ? t('conversionScreen.status.donePrinted', {
                  at: timeText(conversion.printedAt ?? conversion.doneAt),
                })
              : t('conversionScreen.status.doneSigned', { at: timeText(conversion.doneAt) })}
          </p>
        </div>
      );
    case 'cancelled':
      return (
        <div {...common}>
          <p>
            {t('conversionScreen.status.cancelled', {
              at: timeText(conversion.cancelledAt),
              reason: conversion.cancelReason ?? '',
            })}
          </p>
          {conversion.number ? (
            <p>{t('conversionScreen.status.cancelledNumber', { number: conversion.number })}</p>
          ) : null}
        </div>
      );
  }
}
