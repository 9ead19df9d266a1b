import type { DeliveryEvent } from '../../common/isds/model';
import { messageStates } from '../../common/isds/model';
import type { SimMessage } from './types';

/**
 * The events of a delivery info (doručenka). The prefixes follow how ISDS numbers
 * them and clients read them (Datovka maps EV0 entered the system, EV1 commercial
 * message accepted, EV2 delivered by fiction, EV3 undeliverable, EV4 accepted by the
 * login of an entitled person, EV5 delivered to the box, EV11–EV13 logins — CZ.NIC
 * Datovka, `eventTypeToStr`). Older ISDS wrote the login acceptance as EV1 (the
 * 2010 sample in ../shared/fixtures/isds/delivery_info-316590.xml); a client matches
 * the prefix, so the sim uses today's numbering. The texts are the sim's own wording.
 */
export const eventTexts = {
  entered: 'EV0: Zpráva byla podána a přijata informačním systémem datových schránek.',
  deliveredToBox: 'EV5: Zpráva byla dodána do datové schránky adresáta.',
  acceptedByLogin:
    'EV4: Zpráva byla doručena přihlášením oprávněné osoby nebo aplikace (§ 17 odst. 3 zákona č. 300/2008 Sb.).',
  acceptedByFiction:
    'EV2: Zpráva byla doručena fikcí uplynutím 10 dnů od dodání (§ 17 odst. 4 zákona č. 300/2008 Sb.).',
  undeliverable: 'EV3: Zprávu nelze doručit, datová schránka adresáta byla znepřístupněna.',
} as const;

export function deliveryEvents(message: SimMessage, iso: (ms: number) => string): DeliveryEvent[] {
  const events: DeliveryEvent[] = [
    { dmEventTime: iso(message.submittedAt), dmEventDescr: eventTexts.entered },
  ];
  if (message.deliveredAt !== null)
    events.push({ dmEventTime: iso(message.deliveredAt), dmEventDescr: eventTexts.deliveredToBox });
  const accepted = message.changes.find(
    (change) =>
      change.state === messageStates.deliveredByLogin ||
      change.state === messageStates.deliveredByFiction,
  );
  if (accepted)
    events.push({
      dmEventTime: iso(accepted.at),
      dmEventDescr:
        accepted.state === messageStates.deliveredByLogin
          ? eventTexts.acceptedByLogin
          : eventTexts.acceptedByFiction,
    });
  if (message.state === messageStates.undeliverable) {
    const at = message.changes.at(-1)?.at ?? message.submittedAt;
    events.push({ dmEventTime: iso(at), dmEventDescr: eventTexts.undeliverable });
  }
  return events;
}
