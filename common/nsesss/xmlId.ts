/**
 * xs:ID values (NCName): a letter or `_` first, then letters, digits, `.`, `-`, `_`.
 * Identifiers from records (PIDs, plan ids with a slash, UUIDs starting with a digit)
 * are not always that, so writers turn them into one.
 */
export function toXmlId(value: string): string {
  const body = value.replace(/[^A-Za-z0-9._-]/g, '_');
  return /^[A-Za-z_]/.test(body) ? body : `_${body}`;
}
