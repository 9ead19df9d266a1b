import type { SettlementMethod } from '../../common/domain/settlement';
import { DOCUMENT_TEMPLATES, type DocumentTemplate } from './templates';

/**
 * Matters (věci) a small office handles in more than one letter: a request and its
 * answer, a proceeding with its notice and decision. The letters of one matter share
 * the subject group, the counterparty and the details of the subject, and end up in
 * one case file; the generator places their steps days or weeks apart.
 */

export interface MatterStep {
  template: DocumentTemplate;
  /** Working days after the previous step, [fewest, most]. */
  after: readonly [number, number];
  /** The initiator's counterparty writes or is written to, or another the template picks. */
  party: 'initiator' | 'template';
  /** Earlier steps this letter settles (the request its reply answers). */
  settles: readonly number[];
  /** How the steps it settles are settled. */
  method: SettlementMethod;
}

export interface Matter {
  name: string;
  /** The leaf of the file plan all its letters, and its case file, are classified under. */
  fileMark: string;
  /** Relative frequency among matters that start the same way. */
  weight: number;
  steps: readonly MatterStep[];
}

const byKey = new Map<string, DocumentTemplate>();
for (const template of DOCUMENT_TEMPLATES) {
  if (template.key === undefined) continue;
  if (byKey.has(template.key)) throw new Error(`Template key "${template.key}" used twice`);
  byKey.set(template.key, template);
}

interface StepOptions {
  party?: MatterStep['party'];
  settles?: readonly number[];
  method?: SettlementMethod;
}

function step(
  key: string,
  after: readonly [number, number] = [0, 0],
  options: StepOptions = {},
): MatterStep {
  const template = byKey.get(key);
  if (!template) throw new Error(`No letter template has the key "${key}"`);
  return {
    template,
    after,
    party: options.party ?? 'initiator',
    settles: options.settles ?? [],
    method: options.method ?? 'document',
  };
}

function matter(name: string, weight: number, steps: MatterStep[]): Matter {
  const fileMark = steps[0]?.template.fileMark;
  if (fileMark === undefined) throw new Error(`Matter "${name}" has no steps`);
  steps.forEach((item, index) => {
    if (item.template.fileMark !== fileMark)
      throw new Error(
        `Matter "${name}" mixes file marks ${fileMark} and ${item.template.fileMark}`,
      );
    // Later steps follow on later days, so that the journal order is the order of the matter.
    if (index > 0 && item.after[0] < 1)
      throw new Error(`Matter "${name}": step ${index} must come at least a day later`);
    if (item.settles.some((settled) => settled >= index))
      throw new Error(`Matter "${name}": step ${index} settles a later step`);
  });
  return { name, fileMark, weight, steps };
}

export const MATTERS: ReadonlyArray<Matter> = [
  matter('trees', 6, [
    step('treeRequest'),
    step('treeNotice', [5, 15]),
    step('treeDecision', [10, 25], { settles: [0] }),
  ]),
  matter('informationRequest', 5, [
    step('infoRequest'),
    step('infoReply', [3, 10], { settles: [0] }),
  ]),
  matter('complaint', 3, [step('complaint'), step('complaintReply', [10, 30], { settles: [0] })]),
  matter('landSale', 2, [
    step('landRequest'),
    step('landIntent', [20, 45], { settles: [0] }),
    step('landDeposit', [20, 50], { party: 'template' }),
    step('landRegistered', [10, 30], { party: 'template' }),
  ]),
  matter('buildingOpinion', 4, [
    step('buildingRequest'),
    step('buildingOpinion', [5, 20], { settles: [0] }),
  ]),
  matter('buildingProceedings', 2, [step('buildingStart'), step('buildingPermit', [20, 60])]),
  matter('residenceCancellation', 2, [
    step('residenceProposal'),
    step('residenceNotice', [5, 15]),
    step('residenceDecision', [20, 40], { settles: [0] }),
  ]),
  matter('residenceQuery', 2, [
    step('residenceQuery'),
    step('residenceQueryReply', [2, 8], { settles: [0] }),
  ]),
  matter('waterConnection', 3, [
    step('connectionRequest'),
    step('connectionConsent', [5, 20], { settles: [0] }),
  ]),
  matter('roadUse', 3, [step('roadUseRequest'), step('roadUsePermit', [3, 10], { settles: [0] })]),
  matter('grave', 3, [step('graveRequest'), step('graveContract', [3, 15], { settles: [0] })]),
  matter('culturalEvent', 3, [
    step('eventRequest'),
    step('eventConsent', [3, 15], { settles: [0] }),
  ]),
  matter('associationGrant', 2, [
    step('grantRequest'),
    step('grantContract', [10, 40], { settles: [0] }),
  ]),
  matter('regionalGrant', 1, [
    step('grantApplication'),
    step('grantDecision', [30, 70], { settles: [0] }),
    step('grantStatement', [60, 120]),
  ]),
  matter('tender', 1, [
    step('tenderInvite'),
    step('tenderOffer', [8, 15]),
    step('tenderAward', [5, 15], { settles: [1] }),
    step('tenderContract', [5, 20]),
  ]),
  matter('bailiff', 3, [step('bailiffQuery'), step('bailiffReply', [2, 10], { settles: [0] })]),
  matter('noticeBoard', 5, [
    step('boardRequest'),
    step('boardConfirm', [15, 20], { settles: [0] }),
  ]),
  matter('offence', 2, [
    step('offenceReport'),
    step('offenceForward', [3, 10], { party: 'template', settles: [0], method: 'forwarding' }),
    step('offenceResult', [30, 80], { party: 'template' }),
  ]),
  matter('investment', 1, [
    step('siteMeeting'),
    step('occupancyRequest', [20, 60], { party: 'template' }),
    step('occupancyConsent', [15, 40], { settles: [1] }),
  ]),
  matter('councilMinutes', 2, [
    step('councilMinutes'),
    step('councilMinutesSent', [3, 10], { party: 'template' }),
  ]),
  matter('decree', 1, [step('decree'), step('decreeReview', [20, 60])]),
  matter('feeExemption', 2, [step('feeRequest'), step('feeReply', [5, 20], { settles: [0] })]),
  matter('electionResult', 1, [step('electionResult')]),
];

export function matterNamed(name: string): Matter {
  const found = MATTERS.find((item) => item.name === name);
  if (!found) throw new Error(`No matter "${name}"`);
  return found;
}
