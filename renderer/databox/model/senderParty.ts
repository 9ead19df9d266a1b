import { DATA_BOX_ID, type PartyInput, type PartyKind } from '../../../common/domain/party';
import type { Envelope } from '../../../common/isds/model';

const NAME_MAX = 200;

/**
 * dmSenderType names the kind of box: 10 OVM (and its sub-kinds 11–19), 20–29 PO,
 * 30–39 PFO (a person in business), 40–49 FO. A PFO writes as the person it is.
 */
export function partyKindOf(senderType: number): PartyKind {
  if (senderType >= 10 && senderType < 20) return 'authority';
  if (senderType >= 20 && senderType < 30) return 'organization';
  if (senderType >= 30 && senderType < 50) return 'person';
  return 'organization';
}

function clip(text: string | null | undefined, max: number): string | undefined {
  const trimmed = text?.replace(/\s+/g, ' ').trim();
  if (!trimmed) return undefined;
  return trimmed.length > max ? trimmed.slice(0, max).trimEnd() : trimmed;
}

/** ISDS writes one line, "Ulice 1, 111 11 Obec" (sometimes with the country after it). */
export function addressOf(line: string | null): PartyInput['address'] {
  const text = clip(line, 400);
  if (!text) return undefined;
  const parts = text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  const postal = /^(\d{3}\s?\d{2})\s+(.+)$/;
  const at = parts.findIndex((part) => postal.test(part));
  if (at < 0) return { street: clip(text, 120) };
  const match = postal.exec(parts[at] ?? '');
  return {
    street: clip(parts.slice(0, at).join(', '), 120),
    postalCode: clip(match?.[1], 10),
    city: clip(match?.[2], 80),
    country: clip(parts.slice(at + 1).join(', '), 60),
  };
}

/** The journal's sender of a received message, from its envelope. */
export function senderPartyOf(envelope: Envelope): PartyInput {
  const boxId = envelope.dbIDSender?.toLowerCase() ?? null;
  return {
    kind: partyKindOf(envelope.dmSenderType),
    name: clip(envelope.dmSender, NAME_MAX) ?? boxId ?? 'Neznámý odesílatel',
    address: addressOf(envelope.dmSenderAddress),
    dataBoxId: boxId && DATA_BOX_ID.test(boxId) ? boxId : undefined,
  };
}
