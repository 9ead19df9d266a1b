import { describe, expect, it } from 'vitest';
import { testGroup } from '../../common/domain/testing/planGroups';
import { sampleFilePlanVersion } from '../../common/domain/testing/sampleDocuments';
import { parsePlanXml, writePlanXml } from '../../common/nsesss/planXml';
import { validateXml } from '../../scripts/testing/xmllint';
import { testOrganization } from '../db/testing/fixtures';
import { planFileName, planForXml } from './planExport';

const groups = [
  testGroup('2', 'Finance'),
  testGroup('10', 'Volby'),
  testGroup('10.1', 'Volební spisy', { mark: 'S', period: 5 }),
  testGroup('2.1', 'Rozpočet', { mark: 'A', period: 10 }),
];

describe('planForXml', () => {
  it('takes the issuer from the organisation when the stored version has no details', () => {
    const plan = planForXml(
      { ...sampleFilePlanVersion, issuerDetails: null },
      groups,
      testOrganization,
    );
    expect(plan.version.issuerDetails).toEqual({
      identifier: testOrganization.ico,
      identifierSource: 'IČO',
      address: testOrganization.address,
    });
  });

  it('keeps the issuer details the imported file had', () => {
    const issuerDetails = { identifier: '00012345', identifierSource: 'IČO', address: 'Náves 1' };
    const plan = planForXml({ ...sampleFilePlanVersion, issuerDetails }, groups, testOrganization);
    expect(plan.version.issuerDetails).toEqual(issuerDetails);
  });

  it('orders the groups as people read marks and writes a plan valid against the schema', async () => {
    const plan = planForXml(
      { ...sampleFilePlanVersion, issuerDetails: null },
      groups,
      testOrganization,
    );
    expect(plan.groups.map((group) => group.fileMark)).toEqual(['2', '2.1', '10', '10.1']);
    const xml = writePlanXml(plan.version, plan.groups);
    const validation = await validateXml(xml, 'nsesss-plan.xsd');
    expect(validation.errors).toEqual([]);
    const parsed = parsePlanXml(xml);
    expect(parsed.ok && parsed.value.groups.map((group) => group.fileMark)).toEqual([
      '2',
      '2.1',
      '10',
      '10.1',
    ]);
  });
});

describe('planFileName', () => {
  it('names the file by the office day of the export', () => {
    // 23:30 UTC on 31 March is already 1 April in Prague.
    expect(planFileName(new Date('2026-03-31T23:30:00Z'))).toBe('spisovy-plan-2026-04-01.xml');
  });
});
