/**
 * The conversion register client's user-facing failures (`errors.conversionRegister.*`).
 * `retryable` tells the caller whether the same request (same `requestId`) may simply be
 * sent again later: the register gives a repeated request the number it already gave.
 */
import { ServiceError } from '../../../../common/contract/envelope';

export const notConfigured = (detail: string) =>
  new ServiceError(
    'errors.conversionRegister.notConfigured',
    'Adresa evidence konverzí není nastavena nebo je chybná. Doplňte ji v Nastavení → Konverze.',
    { retryable: 'no', detail },
  );

export const unreachable = (reason: string, detail: string) =>
  new ServiceError(
    'errors.conversionRegister.unreachable',
    `Evidence konverzí není dostupná (${reason}). Číslo konverze zatím nebylo přiděleno; o číslo lze požádat znovu později.`,
    { retryable: 'yes', reason, detail },
  );

export const timeout = (seconds: number) =>
  new ServiceError(
    'errors.conversionRegister.timeout',
    `Evidence konverzí neodpověděla do ${seconds} s. Číslo konverze zatím není známo; o číslo lze požádat znovu později (evidence stejné žádosti nepřidělí druhé číslo).`,
    { retryable: 'yes', seconds },
  );

export const refused = (reason: string, code: string, httpStatus: number) =>
  new ServiceError(
    'errors.conversionRegister.refused',
    `Evidence konverzí žádost odmítla. Důvod: ${reason}`,
    { retryable: 'no', reason, code, httpStatus },
  );

export const badAnswer = (detail: string) =>
  new ServiceError(
    'errors.conversionRegister.badAnswer',
    'Evidence konverzí odpověděla nesrozumitelně, číslo konverze proto nelze použít. Zkuste to později, případně se obraťte na správce ORP.',
    { retryable: 'no', detail },
  );
