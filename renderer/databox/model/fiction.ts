import { fictionDate } from '../../../common/isds/fiction';
import { messageStates, type MessageState } from '../../../common/isds/model';

/**
 * The day (YYYY-MM-DD, Prague) delivery by fiction takes (state 4: will take) or took
 * (state 5) effect. A message delivered by login (6) never had it; a read one (7)
 * keeps what it had.
 */
export function fictionOf(
  state: MessageState,
  deliveryTime: string | null,
  previous: string | null = null,
): string | null {
  if (!deliveryTime) return previous;
  if (state === messageStates.deliveredToBox || state === messageStates.deliveredByFiction)
    return fictionDate(deliveryTime);
  if (state === messageStates.deliveredByLogin) return null;
  return previous;
}
