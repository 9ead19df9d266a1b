/**
 * UdalostId is an xs:integer the eSSL uses to apply each event once. An outbox
 * entry's id is a random UUID; its last 56 bits (random in UUID versions 4 and 7),
 * times eight, plus the part (one entry may send up to eight events, e.g. a file and
 * its link to the document), give ids that are unique without coordination between
 * devices and the same on every retry. The id stays below 2^59: within a signed 64-bit
 * column of a real eSSL and within the 24 digits xmllint accepts for xs:integer (all
 * 128 bits would need 39).
 */
export function eventIdFor(entryId: string, part = 0): string {
  if (!Number.isInteger(part) || part < 0 || part > 7) throw new RangeError(`event part ${part}`);
  const hex = entryId.replace(/-/g, '');
  if (!/^[0-9a-f]{32}$/i.test(hex)) throw new TypeError(`not a UUID: ${entryId}`);
  return (BigInt(`0x${hex.slice(-14)}`) * 8n + BigInt(part)).toString();
}
