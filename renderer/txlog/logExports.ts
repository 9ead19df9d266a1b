import type { TFunction } from 'i18next';
import {
  TXLOG_PDF_MAX_ROWS,
  type TxlogPdfInput,
  type TxlogPdfRow,
} from '../../common/contract/types';
import { writeObjectLogXml, writeSystemLogXml, type TrpContext } from '../../common/nsesss/trpXml';
import type { UradovnaDatabase } from '../db/schema';
import { getSetting } from '../db/settings';
import type { TxEntityType, TxLogEntry } from '../db/txlog/entry';
import { logDetailText } from '../journal/logText';
import { formatCalendarDate } from '../journal/format';
import { identifierOf, resolveIdentifiers } from './identifiers';
import { periodBounds } from './txlogFilter';
import { readEntityLog, readPeriod } from './txlogQuery';

/** The most entries one XML file of a period takes (about 1 kB each). */
export const XML_MAX_ENTRIES = 200_000;

export const SYSTEM_NAME = 'Úřadovna';

/** What the Export entry says was exported (stored data, so one language). */
export const EXPORT_CONTENT = 'transakční protokol';

export type Prepared<T> = { ok: true; value: T; count: number } | { ok: false; count: number };

export interface XmlFile {
  xml: string;
  fileName: string;
}

export async function trpContext(db: UradovnaDatabase, now: Date): Promise<TrpContext> {
  const organization = await getSetting(db, 'organization');
  return {
    organization: {
      name: organization?.name ?? '',
      ico: organization?.ico ?? '',
      pidPrefix: organization?.pidPrefix || SYSTEM_NAME,
    },
    systemName: SYSTEM_NAME,
    createdAt: now,
  };
}

/** "2. 3. 2026" for one day, "2. 3. 2026 – 5. 3. 2026" for more. */
export function periodText(from: string, to: string): string {
  return from === to
    ? formatCalendarDate(from)
    : `${formatCalendarDate(from)} – ${formatCalendarDate(to)}`;
}

export function periodXmlFileName(from: string, to: string): string {
  return `transakcni-protokol-${from}-${to}.xml`;
}

const NSESSS_TYPE_SLUG: Record<TxEntityType, string> = {
  document: 'dokument',
  component: 'komponenta',
  caseFile: 'spis',
  journal: 'denik',
  settings: 'nastaveni',
  filePlan: 'spisovy-plan',
  disposalProposal: 'skartacni-navrh',
  conversion: 'konverze',
};

export function entityXmlFileName(type: TxEntityType, id: string): string {
  const safeId = id.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[-.]+|[-.]+$/g, '') || 'objekt';
  return `transakcni-protokol-${NSESSS_TYPE_SLUG[type]}-${safeId.slice(0, 80)}.xml`;
}

/** TransakcniLogSystemu of a period (from/to are office days, already validated). */
export async function preparePeriodXml(
  db: UradovnaDatabase,
  from: string,
  to: string,
  now: Date,
): Promise<Prepared<XmlFile>> {
  const bounds = periodBounds(from, to);
  if (!bounds) throw new RangeError(`invalid period ${from}–${to}`);
  const read = await readPeriod(db, bounds, XML_MAX_ENTRIES);
  if (!read.ok) return read;
  const xml = writeSystemLogXml(read.entries, { from, to }, await trpContext(db, now));
  return {
    ok: true,
    value: { xml, fileName: periodXmlFileName(from, to) },
    count: read.entries.length,
  };
}

/** TransakcniLogObjektu of one record. */
export async function prepareEntityXml(
  db: UradovnaDatabase,
  type: TxEntityType,
  id: string,
  now: Date,
): Promise<{ value: XmlFile; count: number }> {
  const entries = await readEntityLog(db, type, id);
  const xml = writeObjectLogXml(entries, { type, id }, await trpContext(db, now));
  return { value: { xml, fileName: entityXmlFileName(type, id) }, count: entries.length };
}

const clipText = (text: string, max: number) =>
  text.length <= max ? text : `${text.slice(0, max - 1)}…`;

/** The print's rows and chain facts from a day's entries (in seq order). */
export function dailyPdfInput(
  t: TFunction,
  language: string,
  options: {
    organizationName: string;
    day: string;
    generatedAt: string;
    entries: readonly TxLogEntry[];
    labels: ReadonlyMap<string, string>;
  },
): TxlogPdfInput {
  const { entries, labels } = options;
  const rows = entries.map((entry): TxlogPdfRow => ({
    seq: entry.seq,
    at: entry.at,
    event: clipText(t(`common.enums.txEvent.${entry.event}`), 60),
    objectType: clipText(t(`txlog.entityTypes.${entry.entityType}`), 40),
    identifier: clipText(identifierOf(entry, labels), 120),
    actor: clipText(entry.actor, 120),
    detail: clipText(logDetailText(t, entry, language), 1000),
  }));
  const first = entries[0];
  const last = entries[entries.length - 1];
  return {
    organizationName: clipText(options.organizationName, 200),
    title: t('txlog.export.pdfTitle'),
    day: options.day,
    generatedAt: options.generatedAt,
    columns: [
      t('txlog.table.seq'),
      t('txlog.table.at'),
      t('txlog.table.event'),
      t('txlog.table.entityType'),
      t('txlog.table.identifier'),
      t('txlog.table.actor'),
      t('txlog.table.detail'),
    ],
    chain:
      first && last
        ? {
            firstSeq: first.seq,
            lastSeq: last.seq,
            prevHash: first.prevHash,
            firstHash: first.hash,
            lastHash: last.hash,
          }
        : null,
    rows,
  };
}

/** The daily print's input for one office day, or the refusal when the day is too big. */
export async function prepareDailyPdf(
  db: UradovnaDatabase,
  t: TFunction,
  language: string,
  day: string,
  now: Date,
): Promise<Prepared<TxlogPdfInput>> {
  const bounds = periodBounds(day, day);
  if (!bounds) throw new RangeError(`invalid day ${day}`);
  const read = await readPeriod(db, bounds, TXLOG_PDF_MAX_ROWS);
  if (!read.ok) return read;
  const organization = await getSetting(db, 'organization');
  const input = dailyPdfInput(t, language, {
    organizationName: organization?.name ?? '',
    day,
    generatedAt: now.toISOString(),
    entries: read.entries,
    labels: await resolveIdentifiers(db, read.entries),
  });
  return { ok: true, value: input, count: read.entries.length };
}
