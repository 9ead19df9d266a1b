import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { RetentionProfile, SettlementProfile, SubjectGroup } from '../model';
import { writeOptionalText } from './identifiers';
import { boundedText, Children, InvalidMessage, textOf } from './reader';
import {
  cut,
  limits,
  readDate,
  readDateTime,
  readEnum,
  readInteger,
  writeDate,
  writeDateTime,
  writeInteger,
} from './values';

/** tVecnaSkupina, tSkartacniRezim and tVyrizeni, in their inline (not by-reference) forms. */

const GROUP_SEQUENCE = [
  'Identifikator',
  'SpisovyPlan',
  'SpisovyZnak',
  'JednoduchySpisovyZnak',
  'Popis',
  'DatumOtevreni',
  'DatumUzavreni',
  'SkartacniRezim',
  'UrcenoProTypoveSpisy',
  'Soucasti',
  'ZpusobVedeni',
  'TrvalySkartacniSouhlas',
];
const RETENTION_SEQUENCE = [
  'Identifikator',
  'SkartacniZnak',
  ['SkartacniLhuta', 'RokVyrazeni'],
  'SpousteciUdalost',
  'KontrolaLhuta',
];
const MARKS = ['A', 'S', 'V'] as const;
const SETTLEMENT_METHODS = [
  'dokumentem',
  'postoupenim',
  'vzetimNaVedomi',
  'zaznamemNaDokumentu',
  'jinyZpusob',
] as const;

export function writeSubjectGroup(group: SubjectGroup): XmlNode {
  return el('VecnaSkupina', [
    el('SpisovyPlan', cut(group.plan, limits.plan)),
    el('SpisovyZnak', cut(group.fileMark, limits.fileMark)),
    el('JednoduchySpisovyZnak', cut(group.simpleMark, limits.simpleMark)),
    el('Popis', cut(group.title, limits.description)),
    el('DatumOtevreni', writeDate(group.validFrom, 'VecnaSkupina/DatumOtevreni')),
    group.validTo === null
      ? null
      : el('DatumUzavreni', writeDate(group.validTo, 'VecnaSkupina/DatumUzavreni')),
    group.retention ? writeRetention(group.retention) : null,
  ]);
}

/** A group given only by Identifikator (a reference into the eSSL's plan) is read as null. */
export function readSubjectGroup(element: XmlElement): SubjectGroup | null {
  const c = new Children(element, GROUP_SEQUENCE);
  if (c.has('Identifikator')) return null;
  const retention = c.opt('SkartacniRezim');
  const closed = c.optText('DatumUzavreni');
  return {
    plan: boundedText(c.one('SpisovyPlan'), limits.plan),
    fileMark: boundedText(c.one('SpisovyZnak'), limits.fileMark),
    simpleMark: boundedText(c.one('JednoduchySpisovyZnak'), limits.simpleMark),
    title: boundedText(c.one('Popis'), limits.description),
    validFrom: readDate(c.text('DatumOtevreni'), `${element.path}/DatumOtevreni`),
    validTo: closed === null ? null : readDate(closed, `${element.path}/DatumUzavreni`),
    retention: retention ? readRetention(retention) : null,
  };
}

export function writeRetention(retention: RetentionProfile): XmlNode {
  return el('SkartacniRezim', [
    el('SkartacniZnak', retention.mark),
    el('SkartacniLhuta', writeInteger(retention.period, 'SkartacniLhuta', 0, 999)),
    el('SpousteciUdalost', retention.triggerEvent),
  ]);
}

/**
 * A regime given by Identifikator, or with RokVyrazeni (a fixed year) instead of
 * SkartacniLhuta, has no place in the model and is read as null.
 */
export function readRetention(element: XmlElement): RetentionProfile | null {
  const c = new Children(element, RETENTION_SEQUENCE);
  if (c.has('Identifikator')) return null;
  const mark = readEnum(c.text('SkartacniZnak'), MARKS, `${element.path}/SkartacniZnak`);
  const period = c.opt('SkartacniLhuta');
  const triggerEvent = c.text('SpousteciUdalost');
  if (period && c.has('RokVyrazeni'))
    throw new InvalidMessage(`${element.path}: SkartacniLhuta and RokVyrazeni are a choice`);
  if (!period) {
    c.one('RokVyrazeni');
    return null;
  }
  return { mark, period: readInteger(textOf(period), period.path, 0, 999), triggerEvent };
}

export function writeSettlement(settlement: SettlementProfile): XmlNode {
  return el('Vyrizeni', [
    settlement.method ? el('ZpusobVyrizeni', settlement.method) : null,
    el('DatumCasVyrizeni', writeDateTime(settlement.at, 'DatumCasVyrizeni')),
    writeOptionalText('ObsahVyrizeni', settlement.content, Number.MAX_SAFE_INTEGER),
    writeOptionalText('Oduvodneni', settlement.reason, Number.MAX_SAFE_INTEGER),
  ]);
}

export function readSettlement(element: XmlElement): SettlementProfile {
  const c = new Children(element, [
    'ZpusobVyrizeni',
    'DatumCasVyrizeni',
    'ObsahVyrizeni',
    'Oduvodneni',
  ]);
  const method = c.opt('ZpusobVyrizeni');
  return {
    method: method ? readEnum(textOf(method), SETTLEMENT_METHODS, method.path) : null,
    at: readDateTime(c.text('DatumCasVyrizeni'), `${element.path}/DatumCasVyrizeni`),
    content: emptyToNull(c.optText('ObsahVyrizeni')),
    reason: emptyToNull(c.optText('Oduvodneni')),
  };
}

function emptyToNull(value: string | null): string | null {
  return value === '' ? null : value;
}
