import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../scripts/testing/xmllint';
import { sampleFilePlan } from '../../domain/testing/sampleDocuments';
import { parseXml, type XmlElement } from '../xml';
import { buildSipMetadata, writeSipMetadataXml } from './metadata';
import { walk } from './structure';
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
import type { CaseFileSip, DocumentSip } from './types';

const bytes = new Uint8Array([1, 2, 3]);
const caseFileSip: CaseFileSip = {
  kind: 'caseFile',
  caseFile,
  documents: [
    {
      document: requestDocument,
      components: [component('k-scan', requestDocument.pid, 'sken žádosti.pdf', bytes, 'aa')],
    },
    {
      document: answerDocument,
      components: [component('k-answer', answerDocument.pid, 'povolení.pdf', bytes, 'bb')],
    },
  ],
  classification: { plan: samplePlanVersion, groups: buildingChain },
};
const documentSip: DocumentSip = {
  kind: 'document',
  document: {
    document: feeDocument,
    components: [
      component('k-1', feeDocument.pid, 'platba.pdf', bytes, 'cc'),
      component('k-2', feeDocument.pid, 'platba.pdf', bytes, 'dd', 'image/png'),
    ],
  },
  classification: { plan: samplePlanVersion, groups: [sampleFilePlan[0]!, sampleFilePlan[2]!] },
};

function parse(xml: string): XmlElement {
  const result = parseXml(xml);
  if (!result.ok) throw new Error(result.error.detail);
  return result.root;
}

/** Every element with this local name, anywhere below. */
function all(element: XmlElement, name: string): XmlElement[] {
  const found = element.name === name ? [element] : [];
  return found.concat(element.children.flatMap((child) => all(child, name)));
}
const first = (element: XmlElement, name: string) => {
  const [found] = all(element, name);
  if (!found) throw new Error(`no ${name} in ${element.path}`);
  return found;
};
const child = (element: XmlElement, name: string) => {
  const found = element.children.find((candidate) => candidate.name === name);
  if (!found) throw new Error(`${element.path} has no ${name}`);
  return found;
};
const at = (element: XmlElement, ...path: string[]) =>
  path.reduce((current, name) => child(current, name), element);

describe('SIP metadata of a case file (nsesss:Spis)', () => {
  const xml = writeSipMetadataXml(caseFileSip, sipOrganization);
  const spis = parse(xml);
  const records = at(spis, 'EvidencniUdaje');

  it('is valid against nsesss.xsd', async () => {
    expect(await validateXml(xml, 'nsesss.xsd')).toEqual({ valid: true, errors: [] });
  });

  it('identifies the file by its id and the originator prefix, and numbers it', () => {
    expect(spis.name).toBe('Spis');
    const identifier = at(records, 'Identifikace', 'Identifikator');
    expect([identifier.text, identifier.attributes.zdroj]).toEqual([caseFile.id, 'OUHL']);
    expect(at(records, 'Evidence', 'EvidencniCislo').text).toBe('SZ OUHL 1/2026');
    expect(at(records, 'Evidence', 'UrceneCasoveObdobi', 'Rok').text).toBe('2026');
    expect(at(records, 'Popis', 'Nazev').text).toBe(caseFile.title);
  });

  it('states when it was closed and its retention, in office time', () => {
    // Closed at 22:30 UTC on 30 June = 00:30 on 1 July in Prague.
    const closed = at(records, 'VyrizeniUzavreni', 'Datum');
    expect(closed.text).toBe('2026-07-01');
    expect(closed.attributes.datum).toBe('2026-07-01T00:30:00+02:00');
    expect(
      at(records, 'VyrizeniUzavreni', 'Zpracovatel', 'Subjekt', 'NazevFyzickeOsoby').text,
    ).toBe('Marie Dvořáková');
    const rule = at(records, 'Vyrazovani', 'SkartacniRezim');
    expect(at(rule, 'SkartacniZnak').text).toBe('A');
    expect(at(rule, 'SkartacniLhuta').text).toBe('10');
    expect(at(rule, 'SpousteciUdalost').text).toBe('uzavření spisu');
    expect(at(records, 'Vyrazovani', 'DataceVyrazeni', 'RokSkartacniOperace').text).toBe('2037');
    expect(at(records, 'Manipulace', 'Umisteni').text).toBe('Regál 3, krabice 12');
    // The paper request makes the file (partly) analogue.
    expect(at(records, 'Manipulace', 'AnalogovyDokument').text).toBe('ano');
  });

  it('places it in the file plan, top group under the plan', () => {
    const trideni = at(records, 'Trideni');
    expect(at(trideni, 'PlneUrcenySpisovyZnak').text).toBe('1.1');
    expect(at(trideni, 'JednoduchySpisovyZnak').text).toBe('1');
    const leaf = at(trideni, 'MaterskaEntita', 'VecnaSkupina', 'EvidencniUdaje');
    expect(at(leaf, 'Trideni', 'PlneUrcenySpisovyZnak').text).toBe('1.1');
    expect(at(leaf, 'Vyrazovani', 'SkartacniRezim', 'SkartacniZnak').text).toBe('A');
    expect(at(leaf, 'ZpusobVedeni').text).toBe('SbernyArch');
    const top = at(leaf, 'Trideni', 'MaterskaEntita', 'VecnaSkupina', 'EvidencniUdaje');
    expect(at(top, 'Trideni', 'PlneUrcenySpisovyZnak').text).toBe('1');
    const plan = at(top, 'Trideni', 'SpisovyPlan');
    expect(at(plan, 'Identifikator').text).toBe(samplePlanVersion.identifier);
    const issuer = at(plan, 'Vydavatel', 'Subjekt');
    expect(at(issuer, 'IdentifikatorOrganizace').attributes.zdroj).toBe('IČO');
    expect(at(issuer, 'NazevOrganizace').text).toBe('Obec Horní Lhota');
    expect(at(top, 'Manipulace', 'AnalogovyDokument').text).toBe('ano');
  });

  it('lists its documents in order, each with its origin, settlement and files', () => {
    const documents = at(spis, 'Dokumenty').children;
    expect(
      documents.map((doc) => at(doc, 'EvidencniUdaje', 'Identifikace', 'Identifikator').text),
    ).toEqual([requestDocument.pid, answerDocument.pid]);
    const [request, answer] = documents as [XmlElement, XmlElement];
    const delivered = at(request, 'EvidencniUdaje', 'Puvod', 'DorucenyDokument');
    expect(at(delivered, 'DatumDoruceni').attributes.datum).toBe('2026-03-02T09:15:00+01:00');
    expect(at(delivered, 'OdesilatelovoEvidencniCislo').text).toBe('ZN-15/2026');
    expect(at(delivered, 'DoruceneMnozstvi').text).toBe(
      '2 listy, 1 příloha listinná (situační výkres)',
    );
    expect(at(delivered, 'Odesilatel', 'Subjekt', 'NazevFyzickeOsoby').text).toBe('Jan Novák');
    // A scan of a paper letter is a digitised copy.
    expect(first(request, 'Komponenta').attributes.forma_uchovani).toBe('digitalizát');
    const requestSettlement = at(request, 'EvidencniUdaje', 'Vyrizeni');
    expect(at(requestSettlement, 'Zpusob').text).toBe('vyřízení dokumentem');
    expect(at(requestSettlement, 'OdkazVyrizujiciDokument', 'Identifikator').text).toBe(
      answerDocument.pid,
    );

    const own = at(answer, 'EvidencniUdaje', 'Puvod', 'VlastniDokument');
    expect(at(own, 'DatumVytvoreni').text).toBe('2026-03-02');
    expect(at(own, 'Autor', 'Subjekt', 'NazevFyzickeOsoby').text).toBe('Petr Starosta');
    expect(at(answer, 'EvidencniUdaje', 'Popis', 'Nazev').text).toBe(
      'Stavební povolení & podmínky <č. 1>',
    );
    const answerSettlement = at(answer, 'EvidencniUdaje', 'Vyrizeni');
    expect(at(answerSettlement, 'Zpusob').text).toBe('jiný způsob');
    expect(at(answerSettlement, 'ObsahVyrizeni').text).toBe(
      'Odesláno datovou schránkou, vzato na vědomí.',
    );
    expect(at(answerSettlement, 'OdkazVyrizovanyDokument', 'Identifikator').text).toBe(
      requestDocument.pid,
    );
    expect(first(answer, 'Komponenta').attributes.forma_uchovani).toBe('originál');
    // Documents in a case file follow its retention years and do not repeat the plan.
    expect(
      at(answer, 'EvidencniUdaje', 'Vyrazovani', 'DataceVyrazeni', 'RokSpousteciUdalosti').text,
    ).toBe('2026');
    expect(all(answer, 'MaterskeEntity')).toEqual([]);
  });

  it('gives METS the tree from the plan to the components, with unique xs:IDs', () => {
    const { structure } = buildSipMetadata(caseFileSip, sipOrganization);
    const nodes = [...walk(structure)];
    expect(nodes.map((node) => node.divType)).toEqual([
      'spisový plán',
      'věcná skupina',
      'věcná skupina',
      'spis',
      'dokument',
      'komponenta',
      'dokument',
      'komponenta',
    ]);
    const ids = nodes.map((node) => node.xmlId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(all(spis, 'Komponenta').map((element) => element.attributes.ID)).toEqual(
      nodes.filter((node) => node.divType === 'komponenta').map((node) => node.xmlId),
    );
  });

  it('refuses a case file that is not closed or has no documents', () => {
    expect(() =>
      writeSipMetadataXml(
        { ...caseFileSip, caseFile: { ...caseFile, closedAt: null } },
        sipOrganization,
      ),
    ).toThrow(RangeError);
    expect(() => writeSipMetadataXml({ ...caseFileSip, documents: [] }, sipOrganization)).toThrow(
      RangeError,
    );
  });
});

describe('SIP metadata of a stand-alone document (nsesss:Dokument)', () => {
  const xml = writeSipMetadataXml(documentSip, sipOrganization);
  const dokument = parse(xml);
  const records = at(dokument, 'EvidencniUdaje');

  it('is valid against nsesss.xsd', async () => {
    expect(await validateXml(xml, 'nsesss.xsd')).toEqual({ valid: true, errors: [] });
  });

  it('describes an electronic letter with its own retention and the plan above it', () => {
    expect(dokument.name).toBe('Dokument');
    expect(at(records, 'Manipulace', 'AnalogovyDokument').text).toBe('ne');
    expect(all(records, 'DoruceneMnozstvi')).toEqual([]);
    const sender = at(records, 'Puvod', 'DorucenyDokument', 'Odesilatel', 'Subjekt');
    expect(at(sender, 'IdentifikatorOrganizace').text).toBe('27082440');
    expect(at(sender, 'IdentifikatorOrganizace').attributes.zdroj).toBe('IČO');
    expect(at(records, 'Vyrizeni', 'Zpusob').text).toBe('vzetí na vědomí');
    expect(at(records, 'Vyrazovani', 'SkartacniRezim', 'SkartacniZnak').text).toBe('S');
    expect(at(records, 'Vyrazovani', 'DataceVyrazeni', 'RokSkartacniOperace').text).toBe('2032');
    const group = at(records, 'Trideni', 'MaterskeEntity', 'VecnaSkupina', 'EvidencniUdaje');
    expect(at(group, 'Trideni', 'PlneUrcenySpisovyZnak').text).toBe('1.2');
    expect(at(group, 'Manipulace', 'AnalogovyDokument').text).toBe('ne');
  });

  it('numbers its components and keeps both files of the same name', () => {
    const components = all(dokument, 'Komponenta');
    expect(components.map((element) => element.attributes.poradi)).toEqual(['1', '2']);
    expect(components.map((element) => element.attributes.druh)).toEqual([
      'hlavní dokument',
      'příloha',
    ]);
    expect(
      components.map(
        (element) => at(element, 'EvidencniUdaje', 'Identifikace', 'Identifikator').text,
      ),
    ).toEqual(['k-1', 'k-2']);
  });

  it('stays valid with hostile text and a sender without an IČO', async () => {
    const hostile: DocumentSip = {
      ...documentSip,
      document: {
        ...documentSip.document,
        document: {
          ...feeDocument,
          subject: 'Věc ]]> <script>&amp; \u0001',
          note: 'řádek\r\nřádek',
          sender: { kind: 'authority', name: 'Krajský úřad', ico: undefined, dataBoxId: undefined },
          referenceNumber: 'X'.repeat(80),
        },
      },
    };
    const text = writeSipMetadataXml(hostile, sipOrganization);
    expect(await validateXml(text, 'nsesss.xsd')).toEqual({ valid: true, errors: [] });
    expect(at(parse(text), 'EvidencniUdaje', 'Popis', 'Nazev').text).toBe('Věc ]]> <script>&amp; ');
  });

  it('stays valid for a document without files, which can only be on paper', async () => {
    const paper: DocumentSip = {
      ...documentSip,
      document: { document: feeDocument, components: [] },
    };
    const text = writeSipMetadataXml(paper, sipOrganization);
    expect(await validateXml(text, 'nsesss.xsd')).toEqual({ valid: true, errors: [] });
    const root = parse(text);
    expect(at(root, 'EvidencniUdaje', 'Manipulace', 'AnalogovyDokument').text).toBe('ano');
    expect(at(root, 'EvidencniUdaje', 'Puvod', 'DorucenyDokument', 'DoruceneMnozstvi').text).toBe(
      '0 listů',
    );
    expect(all(root, 'Komponenty')).toEqual([]);
  });
});
