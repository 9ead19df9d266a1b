import type { BuiltScanPdf, ScanPageChoice } from '../../../../common/contract/conversion';
import { buildFromSources, type ScanBuildDeps } from './buildScanPdf';
import { readSources, type ScanFile } from './readSources';

/** A file name without its extension, as a document title. */
function titleOf(files: readonly ScanFile[]): string {
  const name = files[0]?.name.replace(/\.[^.]+$/, '').trim();
  return name || 'Dokument';
}

/**
 * Every page of the files, in order, in colour, unturned, as one PDF/A-2b — the format
 * change of a component (§ 69a zákona 499/2004 Sb.) from JPEG, PNG, TIFF or PDF. The
 * same refusals as the paper → electronic conversion.
 */
export async function imagesToPdfA(
  files: readonly ScanFile[],
  deps: ScanBuildDeps,
  title: string = titleOf(files),
): Promise<BuiltScanPdf> {
  const now = deps.now();
  const read = await readSources(files, { colorProfile: deps.colorProfile, now });
  const pages: ScanPageChoice[] = read.sources.flatMap((source, file) =>
    source.pages.map((page) => ({
      file,
      page: page.index,
      rotate: 0 as const,
      mode: 'colour' as const,
    })),
  );
  return buildFromSources(read, pages, title, deps, now);
}
