import { isdsCodes } from './model';

/**
 * dbState of a data box (CheckDataBox, FindDataBox, GetOwnerInfoFromLogin). dbTypes.xsd
 * says only that 1 means an active box; the other values are those of the ISDS
 * documentation (Provozní řád, popis WS), as data-box clients show them:
 * 0 the box does not exist (CheckDataBox answers it with status 5001),
 * 1 accessible — messages can be delivered to it,
 * 2 temporarily inaccessible at the owner's request (may become accessible again),
 * 3 not yet active (created, nobody has logged in yet),
 * 4 permanently inaccessible, waiting to be deleted (may still become accessible),
 * 5 deleted (still recorded in ISDS),
 * 6 temporarily inaccessible for reasons the law lists (may become accessible again).
 * Anything else is reported as unknown and not accessible.
 */

export const boxStates = {
  doesNotExist: 0,
  accessible: 1,
  inaccessibleOnRequest: 2,
  notYetActive: 3,
  permanentlyInaccessible: 4,
  deleted: 5,
  inaccessibleByLaw: 6,
} as const;

const KNOWN: ReadonlySet<number> = new Set(Object.values(boxStates));

export interface BoxStateMeaning {
  /** The state, 0 for a box that does not exist, null when ISDS gave none. */
  dbState: number | null;
  /** Messages can be sent to the box. */
  accessible: boolean;
  /** i18n key: `isds.boxState.<n>`, or `isds.boxState.unknown`. */
  key: string;
}

/** Only state 1 lets a message be delivered. */
export function accessibleBoxState(dbState: number | null | undefined): boolean {
  return dbState === boxStates.accessible;
}

/**
 * What a CheckDataBox answer means. A 5001 status ("schránka neexistuje") without a
 * dbState is state 0.
 */
export function boxStateMeaning(dbState: number | null, statusCode?: string): BoxStateMeaning {
  const state =
    dbState ?? (statusCode === isdsCodes.boxDoesNotExist ? boxStates.doesNotExist : null);
  return {
    dbState: state,
    accessible: accessibleBoxState(state),
    key: state !== null && KNOWN.has(state) ? `isds.boxState.${state}` : 'isds.boxState.unknown',
  };
}
