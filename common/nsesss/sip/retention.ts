import type { RetentionRule } from '../../domain/filePlan';
import type { XmlNode } from '../xml';
import { identifierElement, nsEl } from './elements';

/**
 * Skartační režim and the years of disposal (tVyrazovani). The rule has no identifier
 * of its own in the records, so it is named by the group and the rule itself — the
 * archive requires that two rules under one identifier are identical, which this
 * guarantees for rules of the same group.
 */

export function retentionRuleElement(
  rule: RetentionRule,
  fileMark: string,
  source: string,
): XmlNode {
  return nsEl('SkartacniRezim', [
    identifierElement('Identifikator', {
      value: `${fileMark} ${rule.mark}/${rule.period}`,
      source,
    }),
    nsEl('Nazev', `Skartační režim ${rule.mark}/${rule.period}`),
    nsEl(
      'Oduvodneni',
      `Skartační režim věcné skupiny ${fileMark} podle spisového a skartačního plánu`,
    ),
    nsEl('SkartacniZnak', rule.mark),
    nsEl('SkartacniLhuta', String(rule.period)),
    nsEl('SpousteciUdalost', rule.triggerEvent),
  ]);
}

export interface DisposalYears {
  triggerYear: number | null;
  disposalYear: number | null;
}

/** Vyrazovani of a record: its rule, and the years once the trigger event is known. */
export function disposalElement(
  rule: RetentionRule,
  fileMark: string,
  years: DisposalYears,
  source: string,
): XmlNode {
  const { triggerYear, disposalYear } = years;
  return nsEl('Vyrazovani', [
    retentionRuleElement(rule, fileMark, source),
    triggerYear !== null &&
      disposalYear !== null &&
      nsEl('DataceVyrazeni', [
        nsEl('RokSpousteciUdalosti', String(triggerYear)),
        nsEl('RokSkartacniOperace', String(disposalYear)),
      ]),
  ]);
}
