import type { Api } from '../../../../common/contract/api';
import { actorOf } from '../../../db/actor';
import { CommandError } from '../../../db/errors';
import type { ComponentRecord, UradovnaDatabase } from '../../../db/schema';
import { getSetting } from '../../../db/settings';
import { formatChangeOf, formatChangedName, recordFormatChange } from '../../db/formatChange';
import { outputFormatOf, type OutputFormatVerdict } from '../../model/outputFormat';

/** What the dialog says about a file before anything runs. */
export type FormatChangeVerdict = OutputFormatVerdict | 'converted';

export interface FormatChangeRow {
  component: ComponentRecord;
  verdict: FormatChangeVerdict;
}

/** Where one file's change stands. `error` is what refused it (shown with errorText). */
export type FormatChangeProgress =
  | { state: 'waiting' }
  | { state: 'converting' }
  | { state: 'done'; outputId: string; name: string }
  | { state: 'failed'; error: unknown }
  | { state: 'skipped' };

export interface FormatChangeServices {
  api: Pick<Api, 'conversion.changeFormat'>;
  db: UradovnaDatabase;
}

/** Each file with its verdict; a file a PDF/A was already made from says so. */
export async function formatChangeRows(
  db: UradovnaDatabase,
  components: readonly ComponentRecord[],
): Promise<FormatChangeRow[]> {
  const rows: FormatChangeRow[] = [];
  for (const component of components) {
    const verdict = await outputFormatOf(component);
    const converted = verdict === 'needsChange' && (await formatChangeOf(db, component));
    rows.push({ component, verdict: converted ? 'converted' : verdict });
  }
  return rows;
}

/**
 * The § 24 clause's body and person: the office's name and the converting clerk. Both
 * must be set up before anything is converted — a clause never names nobody.
 */
async function clauseParties(db: UradovnaDatabase): Promise<{ body: string; person: string }> {
  const organization = await getSetting(db, 'organization');
  if (!organization?.name?.trim()) throw new CommandError('errors.notConfigured');
  return { body: organization.name.trim(), person: await actorOf(db) };
}

/**
 * Converts the files one by one: main makes the PDF/A with the clause, then one Dexie
 * transaction keeps it as a `formatChanged` component. A refused file (a format main
 * cannot read, an encrypted PDF, …) is reported on its row and the rest go on; nothing of
 * it is written, because the record is made only from main's finished output.
 */
export async function runFormatChanges(
  { api, db }: FormatChangeServices,
  components: readonly ComponentRecord[],
  onProgress: (componentId: string, progress: FormatChangeProgress) => void,
  clock: () => Date = () => new Date(),
): Promise<{ done: number; failed: number }> {
  const { body, person } = await clauseParties(db);
  let done = 0;
  let failed = 0;
  for (const component of components) {
    onProgress(component.id, { state: 'converting' });
    try {
      const bytes = new Uint8Array(await component.blob.arrayBuffer());
      const changedAt = clock();
      const changed = await api['conversion.changeFormat']({
        bytes,
        name: component.name,
        mime: component.mime,
        clause: { body, changedAt: changedAt.toISOString(), person },
      });
      const outputId = await recordFormatChange(
        db,
        { componentId: component.id, changed },
        { now: changedAt },
      );
      done += 1;
      onProgress(component.id, {
        state: 'done',
        outputId,
        name: formatChangedName(component.name),
      });
    } catch (error) {
      failed += 1;
      onProgress(component.id, { state: 'failed', error });
    }
  }
  return { done, failed };
}
