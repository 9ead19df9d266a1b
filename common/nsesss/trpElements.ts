import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { txEvents, type TxEvent, type TxLogEntry } from '../domain/transactionLog';
import { clip } from './text';
import { el, type XmlNode } from './xml';
import { xsDateTime } from './xsDate';

/**
 * The pieces of an nsesss-TrP transaction log, shared by the stand-alone log files
 * (trpXml.ts) and the logs a SIP package carries for each of its entities (METS
 * amdSec). `prefix` is '' for a file whose root declares the default namespace and
 * `tp` inside METS.
 */

export const TRP_NAMESPACE = 'http://www.mvcr.cz/nsesss/2023/log';

/** HodnotaID and ZdrojID of tIdentifikator are at most 50 characters. */
const ID_MAX = 50;
/** provedlKdo is 1–100 characters. */
const ACTOR_MAX = 100;
const UNKNOWN_ACTOR = 'neznámý uživatel';

export interface TrpIdentifier {
  value: string;
  source: string;
}

export interface TrpObject {
  /** TypObjektuId (tTypObjektu enumeration). */
  typeId: string;
  identifier: TrpIdentifier;
}

export interface TrpHeader {
  createdAt: Date;
  from: Date;
  to: Date;
  systemName: string;
  /** ZdrojID of the log's own identifier: the system that generated it. */
  source: string;
  /** Distinguishes logs generated in the same instant (the object, or the period). */
  subject: string;
}

/** The Czech name of each event, for PopisUdalosti (the schema allows Id or Text, not both). */
const eventLabels: Record<TxEvent, string> = {
  Zalozeni: 'Založení',
  Uprava: 'Úprava',
  Zobrazeni: 'Zobrazení',
  Export: 'Export',
  Storno: 'Storno',
  VlozeniDoSpisu: 'Vložení do spisu',
  VyjmutiZeSpisu: 'Vyjmutí ze spisu',
  Vyrizeni: 'Vyřízení',
  Uzavreni: 'Uzavření',
  Otevreni: 'Otevření',
  PredaniNaSpisovnu: 'Předání na spisovnu',
  PrevzetiNaSpisovnu: 'Převzetí na spisovnu',
  VraceniZeSpisovny: 'Vrácení ze spisovny',
  VlozeniDoSkartacnihoNavrhu: 'Vložení do skartačního návrhu',
  VyjmutiZeSkartacnihoNavrhu: 'Vyjmutí ze skartačního návrhu',
  Prenos: 'Přenos',
  Zniceni: 'Zničení',
  KonverzeZMociUredni: 'Konverze z moci úřední',
  KonverzeFormatu: 'Konverze formátu',
};

const knownEvents: ReadonlySet<string> = new Set(txEvents);

/** Parameter names of the hash chain; dotted so they cannot clash with a detail key. */
export const HASH_PARAMETER = 'chain.hash';
export const PREV_HASH_PARAMETER = 'chain.prevHash';

export function trpName(prefix: string, local: string): string {
  return prefix ? `${prefix}:${local}` : local;
}

export function trpIdentifier(prefix: string, name: string, id: TrpIdentifier): XmlNode {
  const n = (local: string) => trpName(prefix, local);
  return el(n(name), [
    el(n('HodnotaID'), clip(id.value, ID_MAX)),
    el(n('ZdrojID'), clip(id.source, ID_MAX)),
  ]);
}

export function trpObjectElement(prefix: string, object: TrpObject): XmlNode {
  const n = (local: string) => trpName(prefix, local);
  return el(n('Objekt'), [
    el(n('TypObjektu'), [el(n('TypObjektuId'), object.typeId)]),
    trpIdentifier(prefix, 'Identifikator', object.identifier),
  ]);
}

/** Every generated log gets its own identifier, stable for the same content. */
function logIdentifier(header: TrpHeader, entries: readonly TxLogEntry[]): string {
  const basis = [
    header.subject,
    header.createdAt.toISOString(),
    header.from.toISOString(),
    header.to.toISOString(),
    entries.at(-1)?.hash ?? '',
  ].join('\n');
  return `TrP-${bytesToHex(sha256(utf8ToBytes(basis))).slice(0, 32)}`;
}

/** TransLogInfo's common part (gSpolecneTransLogInfo). */
export function trpInfoChildren(
  prefix: string,
  header: TrpHeader,
  entries: readonly TxLogEntry[],
): XmlNode[] {
  const n = (local: string) => trpName(prefix, local);
  return [
    trpIdentifier(prefix, 'Identifikator', {
      value: logIdentifier(header, entries),
      source: header.source,
    }),
    el(n('DatumVzniku'), xsDateTime(header.createdAt)),
    el(n('DatumCasOd'), xsDateTime(header.from)),
    el(n('DatumCasDo'), xsDateTime(header.to)),
    el(n('Software'), header.systemName),
  ];
}

function parameter(prefix: string, name: string, value: string): XmlNode {
  const n = (local: string) => trpName(prefix, local);
  return el(n('ParametrUdalosti'), [
    el(n('NazevParametru'), name),
    el(n('HodnotaParametru'), value),
  ]);
}

function parameterValue(value: string | number | boolean | null): string {
  return value === null ? '' : String(value);
}

/** The children of one Udalost (gSpolecneUdalost); the system log appends the Objekt. */
export function trpEventChildren(prefix: string, entry: TxLogEntry): Array<XmlNode | false> {
  const n = (local: string) => trpName(prefix, local);
  const known = knownEvents.has(entry.event);
  const parameters = [
    ...Object.entries(entry.detail).map(([name, value]) =>
      parameter(prefix, name, parameterValue(value)),
    ),
    // The chain lets the archive check that no entry was removed or altered.
    parameter(prefix, HASH_PARAMETER, entry.hash),
    parameter(prefix, PREV_HASH_PARAMETER, entry.prevHash),
  ];
  return [
    el(n('Poradi'), String(entry.seq)),
    el(n('DatumVzniku'), xsDateTime(entry.at)),
    el(n('provedlKdo'), clip(entry.actor.trim() || UNKNOWN_ACTOR, ACTOR_MAX)),
    el(n('TypUdalosti'), [
      known
        ? el(n('TypUdalostiId'), entry.event)
        : // An event this version does not know still goes into the log, as text.
          el(n('TypUdalostiText'), String(entry.event)),
    ]),
    el(n('ParametryUdalosti'), parameters),
    known && el(n('PopisUdalosti'), eventLabels[entry.event]),
  ];
}

/** Entries in the order the schema asks for (ascending Poradi). */
export function inLogOrder(entries: readonly TxLogEntry[]): TxLogEntry[] {
  return [...entries].sort((a, b) => a.seq - b.seq);
}

/** TransakcniLogObjektu of one object. */
export function trpObjectLogElement(
  prefix: string,
  entries: readonly TxLogEntry[],
  object: TrpObject,
  header: TrpHeader,
  attributes?: Record<string, string>,
): XmlNode {
  const n = (local: string) => trpName(prefix, local);
  const ordered = inLogOrder(entries);
  return el(
    n('TransakcniLogObjektu'),
    [
      el(n('TransLogInfo'), [
        ...trpInfoChildren(prefix, header, ordered),
        trpObjectElement(prefix, object),
      ]),
      el(
        n('Udalosti'),
        ordered.map((entry) => el(n('Udalost'), trpEventChildren(prefix, entry))),
      ),
    ],
    attributes,
  );
}

/** The span an object's log covers: from its first event to the moment it is generated. */
export function objectLogSpan(
  entries: readonly TxLogEntry[],
  createdAt: Date,
): { from: Date; to: Date } {
  const first = inLogOrder(entries)[0];
  const from = first ? new Date(first.at) : createdAt;
  return { from: from < createdAt ? from : createdAt, to: createdAt };
}
