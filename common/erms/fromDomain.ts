import type { Channel } from '../domain/document';
import type { Party } from '../domain/party';
import type { SettlementMethod } from '../domain/settlement';
import type { Delivery, SettlementProfile, Subject } from './model';

/**
 * The device's terms in the interface's: one mapping, used by the app when it sends
 * and by the simulator when it seeds its journal from the same demo data.
 */

export function subjectOfParty(party: Party): Subject {
  const address = party.address;
  return {
    kind: party.kind,
    name: party.name,
    ico: party.ico ?? null,
    address:
      address && (address.street || address.city || address.postalCode || address.country)
        ? {
            street: address.street ?? null,
            city: address.city ?? null,
            postalCode: address.postalCode ?? null,
            country: address.country ?? null,
          }
        : null,
    dataBoxId: party.dataBoxId ?? null,
  };
}

/** ZasilkaInfo/ZpusobManipulaceId of a delivery channel ("other" has none). */
export const deliveryChannelOf: Readonly<Record<Channel, Delivery['channel']>> = {
  post: 'Posta',
  personal: 'Osobne',
  databox: 'DatovaSchranka',
  email: 'ElektronickaPosta',
  other: null,
};

/** tZpusobVyrizeni of a settlement method. */
export const settlementMethodOf: Readonly<Record<SettlementMethod, SettlementProfile['method']>> = {
  document: 'dokumentem',
  forwarding: 'postoupenim',
  noted: 'vzetimNaVedomi',
  noteOnDocument: 'zaznamemNaDokumentu',
  other: 'jinyZpusob',
};
