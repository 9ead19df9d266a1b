import { describe, expect, it } from 'vitest';
import type { ProposalItem } from '../../common/domain/disposal';
import { parseDecisionXml, writeDecisionXml } from '../../common/nsesss/daXml';
import { validateXml } from '../../scripts/testing/xmllint';
import { decisionPreview } from './proposalGroups';
import { DEMO_ARCHIVE_ID, demoDecisionList } from './demoDecision';

function item(id: string, mark: ProposalItem['retentionMark'], decision: ProposalItem['decision']) {
  return {
    type: 'document',
    id,
    reference: `OUHL ${id}/2015`,
    title: `Věc ${id}`,
    fileMark: '1.1',
    retentionMark: mark,
    retentionPeriod: 5,
    disposalYear: 2021,
    decision,
  } satisfies ProposalItem;
}

const organization = { ico: '99120348', pidPrefix: 'OUHL' };
const proposal = {
  id: '4f0c2d9e-1111-2222-3333-444455556666',
  year: 2026,
  items: [
    item('OUHLX001', 'A', null),
    item('OUHLX002', 'S', null),
    item('OUHLX003', 'S', 'destroy'),
    item('OUHLX004', 'V', 'inspect'),
  ],
};

describe('demoDecisionList', () => {
  const list = demoDecisionList(proposal, organization, new Date('2026-05-04T10:00:00Z'));

  it('archives A, destroys S and leaves out what is already decided', () => {
    expect(list.entries.map((entry) => [entry.identifier, entry.operation])).toEqual([
      ['OUHLX001', 'archive'],
      ['OUHLX002', 'destroy'],
      ['OUHLX004', 'archive'],
    ]);
    expect(list.originatorId).toBe(organization.ico);
    expect(list.archiveId).toBe(DEMO_ARCHIVE_ID);
  });

  it('is written as a list valid against nsesss-DA.xsd that reads back the same', async () => {
    const xml = writeDecisionXml(list);
    const validation = await validateXml(xml, 'nsesss-DA.xsd');
    expect(validation.errors).toEqual([]);
    expect(validation.valid).toBe(true);
    const parsed = parseDecisionXml(xml);
    expect(parsed.ok && parsed.value.entries).toEqual(list.entries);
    const preview = decisionPreview(proposal.items, list);
    expect(preview.outside).toEqual([]);
    expect(preview.counts).toEqual({ archive: 2, destroy: 1, inspect: 0, exclude: 0 });
  });
});
