import Dexie from 'dexie';
import { useLiveQuery } from 'dexie-react-hooks';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { LifecycleState } from '../../common/domain/lifecycle';
import { useServices } from '../app/services';
import type { UradovnaDatabase } from '../db/schema';
import { holdingRows, type HoldingRow } from './holdingRows';
import { HOLDING_ROWS_SHOWN } from './HoldingTable';

export interface RecordsOfficeData {
  /** Handed over, waiting for the records office to take them over. */
  toTakeOver: HoldingRow[];
  /** Kept by the records office: in it, on loan, in a disposal procedure. */
  holdings: HoldingRow[];
  /** Closed case files and settled stand-alone documents the office could hand over. */
  toHandOver: HoldingRow[];
  /** True when there are more settled documents than the list reads. */
  toHandOverCapped: boolean;
}

/**
 * Settled stand-alone documents are most of a journal: the list reads the oldest
 * ones only (they are handed over first), one more than it shows to know there are more.
 */
const SETTLED_READ = HOLDING_ROWS_SHOWN + 1;

/** Documents in one state, straight off the journal's state index, in journal order. */
function documentsIn(db: UradovnaDatabase, state: LifecycleState) {
  return db.documents
    .where('[state+journalOrder]')
    .between([state, Dexie.minKey], [state, Dexie.maxKey]);
}

function caseFilesIn(
  db: UradovnaDatabase,
  states: CaseFileRecord['state'][],
): Promise<CaseFileRecord[]> {
  return db.caseFiles.where('state').anyOf(states).toArray();
}

/** What the records office screen lists, kept live (a takeover moves a row at once). */
export function useRecordsOffice(): RecordsOfficeData | undefined {
  const { db } = useServices();
  return useLiveQuery(async () => {
    const [handedFiles, keptFiles, closedFiles, handedDocs, settledDocs, ...keptDocs] =
      await Promise.all([
        caseFilesIn(db, ['handedOver']),
        caseFilesIn(db, ['inRecordsOffice', 'onLoan', 'inDisposal']),
        caseFilesIn(db, ['closed']),
        documentsIn(db, 'handedOver').toArray(),
        documentsIn(db, 'settled')
          .filter((doc) => doc.caseFileId === null)
          .limit(SETTLED_READ)
          .toArray(),
        documentsIn(db, 'inRecordsOffice').toArray(),
        documentsIn(db, 'onLoan').toArray(),
        documentsIn(db, 'inDisposal').toArray(),
      ]);
    return {
      toTakeOver: holdingRows(handedFiles, handedDocs),
      holdings: holdingRows(keptFiles, keptDocs.flat()),
      toHandOver: holdingRows(closedFiles, settledDocs.slice(0, HOLDING_ROWS_SHOWN)),
      toHandOverCapped: settledDocs.length > HOLDING_ROWS_SHOWN,
    };
  }, [db]);
}
