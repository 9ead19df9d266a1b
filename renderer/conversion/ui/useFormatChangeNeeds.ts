import type { ComponentRecord } from '../../db/schema';
import { useKeyedTask } from '../../ui/useKeyedTask';
import { componentsNeedingFormatChange } from '../model/outputFormat';

/** What identifies a set of files: ids and contents, not the Blob objects a live query renews. */
function keyOf(components: readonly ComponentRecord[]): string {
  return components.map((component) => `${component.id}:${component.sha256}`).join('|');
}

/**
 * The files among `components` that still need the format change of § 69a; undefined
 * while they are being read (a PDF is read to find its PDF/A claim) or when there are
 * no components yet. Reading blobs is not a Dexie call, so it runs here rather than in
 * the live query that found the components.
 */
export function useFormatChangeNeeds(
  components: readonly ComponentRecord[] | undefined,
): ComponentRecord[] | undefined {
  // The key stands for the components: a renewed array with the same files changes nothing.
  const found = useKeyedTask(components ? keyOf(components) : null, () =>
    componentsNeedingFormatChange([...(components ?? [])]),
  );
  if (!components || found.status === 'pending') return undefined;
  // A file that cannot be read is not offered; its detail shows the problem.
  return found.status === 'done' ? found.value : [];
}
