import { useEffect, useState } from 'react';
import type { ComponentRecord } from '../../db/schema';
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
  const key = components ? keyOf(components) : null;
  const [found, setFound] = useState<{ key: string; needing: ComponentRecord[] } | null>(null);
  useEffect(() => {
    if (!components || key === null) return;
    let live = true;
    void componentsNeedingFormatChange([...components]).then(
      (needing) => {
        if (live) setFound({ key, needing });
      },
      // A file that cannot be read is not offered; its detail shows the problem.
      () => {
        if (live) setFound({ key, needing: [] });
      },
    );
    return () => {
      live = false;
    };
    // The key stands for the components: a renewed array with the same files changes nothing.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return found && found.key === key ? found.needing : undefined;
}
