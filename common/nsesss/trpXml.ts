import { nsesssObjectType, type TxEntityType, type TxLogEntry } from '../domain/transactionLog';
import { isCalendarDate, officeDayEnd, officeDayStart, parseOfficeDateTime } from '../domain/time';
import { xmlSafeTree } from './text';
import {
  TRP_NAMESPACE,
  inLogOrder,
  objectLogSpan,
  trpEventChildren,
  trpInfoChildren,
  trpObjectElement,
  trpObjectLogElement,
  type TrpObject,
} from './trpElements';
import { buildXml, el } from './xml';

/**
 * The transaction log as XML valid against nsesss-TrP.xsd: for a period
 * (TransakcniLogSystemu) or for one record (TransakcniLogObjektu). Each event keeps
 * its sequence number (Poradi) and carries its detail and the hash chain as
 * parameters, so the archive can check the log is complete and unaltered.
 */

export interface TrpContext {
  organization: { name: string; ico: string; pidPrefix: string };
  systemName: string;
  createdAt: Date;
}

/** A bound of a period: a day (YYYY-MM-DD, whole day in office time) or an instant. */
function bound(value: string, end: boolean): Date {
  if (isCalendarDate(value)) return end ? officeDayEnd(value) : officeDayStart(value);
  const instant = parseOfficeDateTime(value);
  if (!instant) throw new RangeError(`not a date or an instant: ${value}`);
  return instant;
}

function objectOf(type: TxEntityType, id: string, context: TrpContext): TrpObject {
  return {
    typeId: nsesssObjectType[type],
    identifier: { value: id, source: context.organization.pidPrefix },
  };
}

/** TransakcniLogSystemu: every entry of a period. */
export function writeSystemLogXml(
  entries: TxLogEntry[],
  range: { from: string; to: string },
  context: TrpContext,
): string {
  const from = bound(range.from, false);
  const to = bound(range.to, true);
  // The header states the period; an entry outside it would contradict the header.
  const inRange = inLogOrder(entries).filter((entry) => {
    const at = new Date(entry.at);
    return at >= from && at <= to;
  });
  const header = {
    createdAt: context.createdAt,
    from,
    to,
    systemName: context.systemName,
    source: context.organization.pidPrefix,
    subject: 'system',
  };
  const root = el(
    'TransakcniLogSystemu',
    [
      el('TransLogInfo', trpInfoChildren('', header, inRange)),
      el(
        'Udalosti',
        inRange.map((entry) =>
          el('Udalost', [
            ...trpEventChildren('', entry),
            trpObjectElement('', objectOf(entry.entityType, entry.entityId, context)),
          ]),
        ),
      ),
    ],
    { xmlns: TRP_NAMESPACE },
  );
  return buildXml(xmlSafeTree(root));
}

/** TransakcniLogObjektu: the entries of one record (a document, a case file, …). */
export function writeObjectLogXml(
  entries: TxLogEntry[],
  object: { type: TxEntityType; id: string },
  context: TrpContext,
): string {
  // Only the object's own events: the format has no place to name another object.
  const own = entries.filter(
    (entry) => entry.entityType === object.type && entry.entityId === object.id,
  );
  const span = objectLogSpan(own, context.createdAt);
  const header = {
    createdAt: context.createdAt,
    ...span,
    systemName: context.systemName,
    source: context.organization.pidPrefix,
    subject: `${object.type}:${object.id}`,
  };
  const root = trpObjectLogElement('', own, objectOf(object.type, object.id, context), header, {
    xmlns: TRP_NAMESPACE,
  });
  return buildXml(xmlSafeTree(root));
}
