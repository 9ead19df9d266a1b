import { describe, expect, it } from 'vitest';
import { conversionActionsOf } from './conversionActionsOf';

describe('conversionActionsOf', () => {
  it.each([
    ['refused', 'paperToElectronic', ['askAgain', 'cancel']],
    ['waitingForNumber', 'paperToElectronic', ['retryNow', 'cancel']],
    ['numbered', 'electronicToPaper', ['retryNow', 'cancel']],
    ['awaitingSignature', 'paperToElectronic', ['sign', 'cancel']],
    ['readyToPrint', 'electronicToPaper', ['print', 'cancel']],
    ['done', 'electronicToPaper', ['print']],
    ['done', 'paperToElectronic', []],
    ['cancelled', 'electronicToPaper', []],
  ] as const)('offers for %s (%s): %j', (state, direction, actions) => {
    expect(conversionActionsOf({ state, direction })).toEqual(actions);
  });
});
