/**
 * The transaction log (transakční protokol): every operation on every record,
 * append-only and hash-chained on the device, exported as NSESSS `nsesss-TrP.xsd`.
 */

/** Event names of the NSESSS transaction log (TypUdalostiId) that this app records. */
export const txEvents = [
  'Zalozeni',
  'Uprava',
  'Zobrazeni',
  'Export',
  'Storno',
  'VlozeniDoSpisu',
  'VyjmutiZeSpisu',
  'Vyrizeni',
  'Uzavreni',
  'Otevreni',
  'PredaniNaSpisovnu',
  'PrevzetiNaSpisovnu',
  'VraceniZeSpisovny',
  'VlozeniDoSkartacnihoNavrhu',
  'VyjmutiZeSkartacnihoNavrhu',
  'Prenos',
  'Zniceni',
  // NSESSS TrP names for an authorized conversion and a format change (§ 69a).
  'KonverzeZMociUredni',
  'KonverzeFormatu',
] as const;
export type TxEvent = (typeof txEvents)[number];

export const txEntityTypes = [
  'document',
  'component',
  'caseFile',
  'journal',
  'settings',
  'filePlan',
  'disposalProposal',
  'conversion',
] as const;
export type TxEntityType = (typeof txEntityTypes)[number];

/** NSESSS TypObjektuId of each entity type. */
export const nsesssObjectType: Record<TxEntityType, string> = {
  document: 'Dokument',
  component: 'Komponenta',
  caseFile: 'Spis',
  journal: 'Denik',
  settings: 'KonfiguraceSystemu',
  filePlan: 'SpisovyPlan',
  disposalProposal: 'SkartacniNavrh',
  conversion: 'KonverzeZMociUredni',
};

export type TxDetail = Record<string, string | number | boolean | null>;

/**
 * One entry of the append-only transaction log. `hash` covers every other field and
 * the previous entry's hash, so removing, reordering or editing any entry breaks the
 * chain from that point on.
 */
export interface TxLogEntry {
  seq: number;
  at: string;
  event: TxEvent;
  entityType: TxEntityType;
  entityId: string;
  actor: string;
  detail: TxDetail;
  prevHash: string;
  hash: string;
}
