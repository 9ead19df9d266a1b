import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NSESSS_SPECS, validateXml } from '../../../scripts/testing/xmllint';
import { sampleFilePlan } from '../../domain/testing/sampleDocuments';
import { NSESSS_NAMESPACE } from '../namespaces';
import { chainEntries } from '../testing/txEntries';
import { TRP_NAMESPACE } from '../trpElements';
import { parseXml, type XmlElement } from '../xml';
import { METS_NAMESPACE, writeSipMets } from './metsXml';
import {
  answerDocument,
  buildingChain,
  caseFile,
  component,
  feeDocument,
  requestDocument,
  samplePlanVersion,
  sipOrganization,
} from './testing/sipSamples';
import type { CaseFileSip, DocumentSip, SipContext } from './types';

const bytes = new Uint8Array([1, 2, 3]);
const context: SipContext = {
  organization: sipOrganization,
  systemName: 'Úřadovna',
  createdAt: new Date('2038-01-15T09:00:00.000Z'),
  createdBy: 'Marie Dvořáková',
};
const caseFileSip: CaseFileSip = {
  kind: 'caseFile',
  caseFile,
  documents: [
    {
      document: requestDocument,
      components: [
        component('k-scan', requestDocument.pid, 'Žádost (sken).pdf', bytes, 'a'.repeat(64)),
      ],
    },
    {
      document: answerDocument,
      components: [
        component('k-answer', answerDocument.pid, 'povolení.pdf', bytes, 'b'.repeat(64)),
        component('k-answer-2', answerDocument.pid, 'povolení.pdf', bytes, 'c'.repeat(64)),
      ],
    },
  ],
  classification: { plan: samplePlanVersion, groups: buildingChain },
};
const log = chainEntries([
  {
    at: '2026-03-02T08:20:00.000Z',
    event: 'Zalozeni',
    entityType: 'document',
    entityId: requestDocument.pid,
  },
  {
    at: '2026-03-02T08:20:00.000Z',
    event: 'Zalozeni',
    entityType: 'component',
    entityId: 'k-scan',
  },
  {
    at: '2026-03-02T08:25:00.000Z',
    event: 'Zalozeni',
    entityType: 'caseFile',
    entityId: caseFile.id,
  },
  {
    at: '2026-06-30T22:30:00.000Z',
    event: 'Uzavreni',
    entityType: 'caseFile',
    entityId: caseFile.id,
  },
  {
    at: '2026-06-30T22:31:00.000Z',
    event: 'Uprava',
    entityType: 'document',
    entityId: 'OUHL-jiny',
  },
]);

function parse(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(result.error.detail);
  return result.root;
}
function all(element: XmlElement, name: string): XmlElement[] {
  const found = element.name === name ? [element] : [];
  return found.concat(element.children.flatMap((child) => all(child, name)));
}
const child = (element: XmlElement, name: string) => {
  const found = element.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${element.path} has no ${name}`);
  return found;
};
const at = (element: XmlElement, ...path: string[]) =>
  path.reduce((current, name) => child(current, name), element);
const XLINK_HREF = '{http://www.w3.org/1999/xlink}href';

/** A part of mets.xml as a document of its own, declaring the prefix its container did. */
function extract(xml: string, qname: string, prefix: string, namespace: string): string[] {
  const parts = xml.split(new RegExp(`<${qname}(?=[\\s>])`)).slice(1);
  return parts.map((rest) => {
    const end = rest.indexOf(`</${qname}>`);
    const body = rest.slice(0, end + qname.length + 3);
    return `<?xml version="1.0" encoding="UTF-8"?>\n<${qname} xmlns:${prefix}="${namespace}"${body}`;
  });
}

// All three schemas at once: METS's lax xmlData then checks the embedded parts too.
let combinedSchema = '';
let schemaDir = '';
beforeAll(async () => {
  schemaDir = await mkdtemp(join(tmpdir(), 'sip-schema-'));
  combinedSchema = join(schemaDir, 'sip.xsd');
  await writeFile(
    combinedSchema,
    `<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
  <xs:import namespace="${METS_NAMESPACE}" schemaLocation="${join(NSESSS_SPECS, 'mets.xsd')}"/>
  <xs:import namespace="${NSESSS_NAMESPACE}" schemaLocation="${join(NSESSS_SPECS, 'nsesss.xsd')}"/>
  <xs:import namespace="${TRP_NAMESPACE}" schemaLocation="${join(NSESSS_SPECS, 'nsesss-TrP.xsd')}"/>
</xs:schema>`,
  );
});
afterAll(async () => {
  await rm(schemaDir, { recursive: true, force: true });
});

describe('writeSipMets — a case file', () => {
  const mets = writeSipMets(caseFileSip, log, context, 'disposal');
  const root = parse(mets.xml);

  it('is valid against mets.xsd, and its parts against nsesss.xsd and nsesss-TrP.xsd', async () => {
    expect(await validateXml(mets.xml, 'mets.xsd')).toEqual({ valid: true, errors: [] });
    const [spis, ...more] = extract(mets.xml, 'nsesss:Spis', 'nsesss', NSESSS_NAMESPACE);
    expect(more).toEqual([]);
    expect(await validateXml(spis!, 'nsesss.xsd')).toEqual({ valid: true, errors: [] });
    const logs = extract(mets.xml, 'tp:TransakcniLogObjektu', 'tp', TRP_NAMESPACE);
    expect(logs).toHaveLength(9);
    for (const trp of logs)
      expect(await validateXml(trp, 'nsesss-TrP.xsd')).toEqual({ valid: true, errors: [] });
    expect(await validateXml(mets.xml, combinedSchema)).toEqual({ valid: true, errors: [] });
  });

  it('has the header, labels and metadata wrappers the archive checks', () => {
    expect(root.namespace).toBe(METS_NAMESPACE);
    expect(root.attributes.OBJID).toBe(caseFile.id);
    expect(root.attributes.LABEL).toBe('Datový balíček pro provedení skartačního řízení');
    const agents = all(at(root, 'metsHdr'), 'agent');
    expect(agents.map((agent) => [agent.attributes.TYPE, at(agent, 'name').text])).toEqual([
      ['ORGANIZATION', 'Obec Horní Lhota'],
      ['INDIVIDUAL', 'Marie Dvořáková'],
    ]);
    expect(at(root, 'metsHdr').attributes.CREATEDATE).toBe('2038-01-15T10:00:00+01:00');
    const dmd = at(root, 'dmdSec', 'mdWrap');
    expect([dmd.attributes.OTHERMDTYPE, dmd.attributes.MDTYPEVERSION]).toEqual(['NSESSS', '4.0']);
    expect(at(dmd, 'xmlData').children.map((element) => element.name)).toEqual(['Spis']);
  });

  it('lists every component with its checksum, size and a unique path', () => {
    const files = all(root, 'file');
    expect(files.map((file) => child(file, 'FLocat').attributes[XLINK_HREF])).toEqual([
      'komponenty/Zadost_sken.pdf',
      'komponenty/povoleni.pdf',
      'komponenty/povoleni-2.pdf',
    ]);
    expect(mets.files.map((file) => [file.component.id, file.path])).toEqual([
      ['k-scan', 'komponenty/Zadost_sken.pdf'],
      ['k-answer', 'komponenty/povoleni.pdf'],
      ['k-answer-2', 'komponenty/povoleni-2.pdf'],
    ]);
    expect(
      files.map((file) => [
        file.attributes.CHECKSUMTYPE,
        file.attributes.CHECKSUM,
        file.attributes.SIZE,
      ]),
    ).toEqual([
      ['SHA-256', 'a'.repeat(64), '3'],
      ['SHA-256', 'b'.repeat(64), '3'],
      ['SHA-256', 'c'.repeat(64), '3'],
    ]);
    // Each file points at its nsesss:Komponenta.
    const componentIds = all(root, 'Komponenta').map((element) => element.attributes.ID);
    expect(files.map((file) => file.attributes.DMDID)).toEqual(componentIds);
  });

  it('maps the structure from the plan to the components onto descriptions and logs', () => {
    const divs = all(at(root, 'structMap'), 'div');
    expect(divs.map((div) => div.attributes.TYPE)).toEqual([
      'spisový plán',
      'věcná skupina',
      'věcná skupina',
      'spis',
      'dokument',
      'komponenta',
      'dokument',
      'komponenta',
      'komponenta',
    ]);
    const described = new Set(
      [
        ...all(root, 'SpisovyPlan'),
        ...all(root, 'VecnaSkupina'),
        ...all(root, 'Spis'),
        ...all(root, 'Dokument'),
        ...all(root, 'Komponenta'),
      ].map((element) => element.attributes.ID),
    );
    const amdSecs = new Map(all(root, 'amdSec').map((amd) => [amd.attributes.ID, amd]));
    for (const div of divs) {
      expect(described.has(div.attributes.DMDID)).toBe(true);
      const trp = at(
        amdSecs.get(div.attributes.ADMID)!,
        'digiprovMD',
        'mdWrap',
        'xmlData',
        'TransakcniLogObjektu',
      );
      // The log is filed under the identifier the description carries.
      const logged = at(trp, 'TransLogInfo', 'Objekt', 'Identifikator', 'HodnotaID').text;
      const identified = all(root, 'Identifikator').some((element) => element.text === logged);
      expect(identified, logged).toBe(true);
    }
    const komponenty = divs.filter((div) => div.attributes.TYPE === 'komponenta');
    const fileIds = all(root, 'file').map((file) => file.attributes.ID);
    expect(komponenty.map((div) => at(div, 'fptr').attributes.FILEID)).toEqual(fileIds);
  });

  it("carries each entity's own events in its log", () => {
    const byObject = new Map(
      all(root, 'TransakcniLogObjektu').map((trp) => [
        at(trp, 'TransLogInfo', 'Objekt', 'Identifikator', 'HodnotaID').text,
        all(trp, 'TypUdalostiId').map((event) => event.text),
      ]),
    );
    expect(byObject.get(caseFile.id)).toEqual(['Zalozeni', 'Uzavreni']);
    expect(byObject.get(requestDocument.pid)).toEqual(['Zalozeni']);
    expect(byObject.get('k-scan')).toEqual(['Zalozeni']);
    expect(byObject.get(answerDocument.pid)).toEqual([]);
    expect([...byObject.values()].flat()).toHaveLength(4);
  });
});

describe('writeSipMets — a stand-alone document', () => {
  it('is valid with no files at all, and labels a transfer as such', async () => {
    const paper: DocumentSip = {
      kind: 'document',
      document: { document: feeDocument, components: [] },
      classification: { plan: samplePlanVersion, groups: [sampleFilePlan[0]!, sampleFilePlan[2]!] },
    };
    const mets = writeSipMets(paper, [], context, 'transfer');
    expect(await validateXml(mets.xml, 'mets.xsd')).toEqual({ valid: true, errors: [] });
    expect(await validateXml(mets.xml, combinedSchema)).toEqual({ valid: true, errors: [] });
    const root = parse(mets.xml);
    expect(root.attributes.LABEL).toBe(
      'Datový balíček pro předávání dokumentů a jejich metadat do archivu',
    );
    expect(all(root, 'fileSec')).toEqual([]);
    expect(mets.files).toEqual([]);
    expect(mets.identifier).toBe(feeDocument.pid);
  });
});
