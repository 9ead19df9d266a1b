import type { XmlElement, XmlNode } from '../../nsesss/xml';
import type { IsdsStatus } from '../model';
import { Fields, type Writer } from './fields';

/** tStatus (dmStatus: message operations) and tDbReqStatus (dbStatus: box operations). */

export function readDmStatus(element: XmlElement): IsdsStatus {
  const f = new Fields(element, ['dmStatusCode', 'dmStatusMessage']);
  return { code: f.reqText('dmStatusCode').trim(), message: f.reqText('dmStatusMessage') };
}

export function readDbStatus(element: XmlElement): IsdsStatus {
  const f = new Fields(element, ['dbStatusCode', 'dbStatusMessage', 'dbStatusRefNumber']);
  return {
    code: f.reqText('dbStatusCode').trim(),
    message: f.reqText('dbStatusMessage'),
    refNumber: f.optText('dbStatusRefNumber'),
  };
}

export function writeDmStatus(w: Writer, status: IsdsStatus): XmlNode {
  return w.el('dmStatus', [
    w.el('dmStatusCode', status.code),
    w.el('dmStatusMessage', status.message),
  ]);
}

export function writeDbStatus(w: Writer, status: IsdsStatus): XmlNode {
  return w.el('dbStatus', [
    w.el('dbStatusCode', status.code),
    w.el('dbStatusMessage', status.message),
    w.optText('dbStatusRefNumber', status.refNumber),
  ]);
}
