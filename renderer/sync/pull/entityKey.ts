/** `source/value` of an eSSL identifier: how the pull names an entity (ids of two systems may share a value). */
export function entityKey(entry: { id: { value: string; source: string } }): string {
  return `${entry.id.source}/${entry.id.value}`;
}
