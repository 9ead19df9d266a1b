import { useLiveQuery } from 'dexie-react-hooks';
import { useServices } from '../../../app/services';
import { loadConversionRows, loadConversionView, type ConversionView } from './conversionData';
import type { ConversionRow } from './conversionRows';

/** The register, newest first, live. */
export function useConversionRows(): ConversionRow[] | undefined {
  const { db } = useServices();
  return useLiveQuery(() => loadConversionRows(db), [db]);
}

/** One conversion with its document and preview, live; null when it is gone. */
export function useConversionView(id: string): ConversionView | null | undefined {
  const { db } = useServices();
  return useLiveQuery(() => loadConversionView(db, id), [db, id]);
}
