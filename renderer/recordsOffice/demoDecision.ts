import type { OrganizationProfile } from '../../common/contract/types';
import type { DisposalProposal, ParsedDecisionList } from '../../common/domain/disposal';
import { demoDecisionFor } from './proposalGroups';

/** The archive the demo pretends to be. */
export const DEMO_ARCHIVE_ID = 'SOA-UKAZKA';

/**
 * A decision list as a state archive would send it for this proposal, so that a
 * demo user can try the whole procedure: every item not yet finally decided, with
 * the operation its retention mark suggests.
 */
export function demoDecisionList(
  proposal: Pick<DisposalProposal, 'id' | 'year' | 'items'>,
  organization: Pick<OrganizationProfile, 'ico' | 'pidPrefix'>,
  now: Date,
): ParsedDecisionList {
  return {
    listId: `DA-${proposal.id}`,
    archiveId: DEMO_ARCHIVE_ID,
    originatorId: organization.ico,
    procedureId: `SR-${proposal.year}-${proposal.id.slice(0, 8)}`,
    takeoverId: null,
    createdAt: now.toISOString(),
    entries: proposal.items
      .filter((item) => item.decision === null || item.decision === 'inspect')
      .map((item) => ({
        identifier: item.id,
        source: organization.pidPrefix,
        operation: demoDecisionFor(item.retentionMark),
        archiveIdentifier: null,
      })),
  };
}

/** `rozhodnuti-archivu-2026.xml` */
export function demoDecisionFileName(year: number): string {
  return `rozhodnuti-archivu-${year}.xml`;
}
