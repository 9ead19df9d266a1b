import type { ConversionRecord } from '../../../../common/domain/conversion';

/**
 * What the clerk can do with a conversion in its state:
 * `askAgain` after the register refused; `retryNow` while the number or the clause is
 * awaited (the queue also tries by itself every minute); `sign` the p → e output with its
 * clause; `print` the e → p output (again, once done); `cancel` until it is done.
 */
export type ConversionAction = 'askAgain' | 'retryNow' | 'sign' | 'print' | 'cancel';

export function conversionActionsOf(
  conversion: Pick<ConversionRecord, 'state' | 'direction'>,
): ConversionAction[] {
  switch (conversion.state) {
    case 'refused':
      return ['askAgain', 'cancel'];
    case 'waitingForNumber':
    case 'numbered':
      return ['retryNow', 'cancel'];
    case 'awaitingSignature':
      return ['sign', 'cancel'];
    case 'readyToPrint':
      return ['print', 'cancel'];
    case 'done':
      return conversion.direction === 'electronicToPaper' ? ['print'] : [];
    case 'cancelled':
      return [];
  }
}
