/**
 * The life cycle of documents and case files as one explicit state machine. Every
 * command that moves a record names a transition here; the transition says from which
 * states it may start, where it leads and which NSESSS transaction-log event records
 * it. Guards that need more than the state (all documents settled, the case file
 * open, …) live with the commands; this table is the one place that says what may
 * follow what.
 */

export const lifecycleStates = [
  'registered',
  'inProgress',
  'settled',
  'closed',
  'handedOver',
  'inRecordsOffice',
  'onLoan',
  'inDisposal',
  'archived',
  'destroyed',
  'cancelled',
] as const;
export type LifecycleState = (typeof lifecycleStates)[number];

/** States a case file can be in (it is created open, i.e. in progress). */
export const caseFileStates = [
  'inProgress',
  'closed',
  'handedOver',
  'inRecordsOffice',
  'onLoan',
  'inDisposal',
  'archived',
  'destroyed',
] as const satisfies readonly LifecycleState[];
export type CaseFileState = (typeof caseFileStates)[number];

/** Event names of the NSESSS transaction log (nsesss-TrP.xsd, TypUdalostiId). */
export type LifecycleEvent =
  | 'VlozeniDoSpisu'
  | 'Vyrizeni'
  | 'Uzavreni'
  | 'Otevreni'
  | 'PredaniNaSpisovnu'
  | 'PrevzetiNaSpisovnu'
  | 'VraceniZeSpisovny'
  | 'VlozeniDoSkartacnihoNavrhu'
  | 'VyjmutiZeSkartacnihoNavrhu'
  | 'Prenos'
  | 'Zniceni'
  | 'Storno';

interface Transition {
  from: readonly LifecycleState[];
  /** `handled`: a new document starts being handled (→ inProgress); others keep their state. */
  to: LifecycleState | 'handled';
  event: LifecycleEvent;
}

const inRecordsOffice = ['inRecordsOffice'] as const;

/**
 * What the records office does with what it keeps — the same for a case file (with its
 * documents) and a stand-alone document.
 */
const custodyTransitions = {
  takeOver: { from: ['handedOver'], to: 'inRecordsOffice', event: 'PrevzetiNaSpisovnu' },
  lend: { from: inRecordsOffice, to: 'onLoan', event: 'VraceniZeSpisovny' },
  returnLoan: { from: ['onLoan'], to: 'inRecordsOffice', event: 'PrevzetiNaSpisovnu' },
  proposeDisposal: { from: inRecordsOffice, to: 'inDisposal', event: 'VlozeniDoSkartacnihoNavrhu' },
  withdrawDisposal: {
    from: ['inDisposal'],
    to: 'inRecordsOffice',
    event: 'VyjmutiZeSkartacnihoNavrhu',
  },
  archive: { from: ['inDisposal'], to: 'archived', event: 'Prenos' },
  destroy: { from: ['inDisposal'], to: 'destroyed', event: 'Zniceni' },
} as const satisfies Record<string, Transition>;

/** Transitions of a document. */
export const documentTransitions = {
  /** Put into a case file; a new document starts being handled. */
  insertIntoCaseFile: {
    from: ['registered', 'inProgress', 'settled'],
    to: 'handled',
    event: 'VlozeniDoSpisu',
  },
  settle: { from: ['registered', 'inProgress'], to: 'settled', event: 'Vyrizeni' },
  /** Its case file was closed. */
  close: { from: ['settled'], to: 'closed', event: 'Uzavreni' },
  /** Its case file was reopened. */
  reopen: { from: ['closed'], to: 'settled', event: 'Otevreni' },
  /** A settled stand-alone document, or one in a closed case file, goes to the records office. */
  handOver: { from: ['settled', 'closed'], to: 'handedOver', event: 'PredaniNaSpisovnu' },
  ...custodyTransitions,
  cancel: { from: ['registered'], to: 'cancelled', event: 'Storno' },
} as const satisfies Record<string, Transition>;
export type DocumentTransition = keyof typeof documentTransitions;

/** Transitions of a case file. */
export const caseFileTransitions = {
  close: { from: ['inProgress'], to: 'closed', event: 'Uzavreni' },
  reopen: { from: ['closed'], to: 'inProgress', event: 'Otevreni' },
  handOver: { from: ['closed'], to: 'handedOver', event: 'PredaniNaSpisovnu' },
  ...custodyTransitions,
} as const satisfies Record<string, Transition>;
export type CaseFileTransition = keyof typeof caseFileTransitions;

export type TransitionResult =
  | { ok: true; to: LifecycleState; event: LifecycleEvent }
  | { ok: false; reason: 'lifecycle.forbidden'; from: LifecycleState; transition: string };

function apply(
  table: Record<string, Transition>,
  name: string,
  from: LifecycleState,
): TransitionResult {
  const transition = table[name];
  if (!transition || !(transition.from as readonly string[]).includes(from)) {
    return { ok: false, reason: 'lifecycle.forbidden', from, transition: name };
  }
  return {
    ok: true,
    to: transition.to !== 'handled' ? transition.to : from === 'registered' ? 'inProgress' : from,
    event: transition.event,
  };
}

export function documentTransition(
  name: DocumentTransition,
  from: LifecycleState,
): TransitionResult {
  return apply(documentTransitions, name, from);
}

export function caseFileTransition(
  name: CaseFileTransition,
  from: CaseFileState,
): TransitionResult {
  return apply(caseFileTransitions, name, from);
}

/** States in which a record is still being worked on (the office's current business). */
export const activeStates: readonly LifecycleState[] = ['registered', 'inProgress', 'settled'];

/** States a record is in while the records office keeps it (incl. on loan, in disposal). */
export const recordsOfficeStates: readonly LifecycleState[] = [
  'handedOver',
  'inRecordsOffice',
  'onLoan',
  'inDisposal',
];

/** Final states: nothing follows. */
export const finalStates: readonly LifecycleState[] = ['archived', 'destroyed', 'cancelled'];
