import type { CaseFileRecord } from '../../domain/caseFile';
import type { DocumentRecord } from '../../domain/document';
import type { Party } from '../../domain/party';
import { clip } from '../text';
import type { XmlNode } from '../xml';
import { dateElement, identifierElement, nsEl, yesNo } from './elements';
import { componentForm, componentKind, isAnalogDocument, quantityText } from './physicalForm';
import { disposalElement } from './retention';
import { settlementElement } from './settlement';
import type { SipIds, SipNode } from './structure';
import { externalSubject, internalPersons, NOT_RECORDED } from './subjects';
import type { SipComponent, SipDocument, SipOrganization } from './types';

/** The journal is the register (evidence) documents are numbered in. */
export const DOCUMENT_REGISTER = 'Podací deník';
/** tEvidencniCislo is at most 50 characters. */
const NUMBER_MAX = 50;

export interface DocumentBuild {
  organization: SipOrganization;
  ids: SipIds;
  /** File marks of documents settlement links may point to, by PID. */
  marks: ReadonlyMap<string, string>;
  /** JednoduchySpisovyZnak for a fully qualified mark. */
  simpleMarkOf: (fileMark: string) => string;
  /** The stand-alone document's plan (MaterskeEntity); null inside a case file. */
  mother: XmlNode | null;
  /** The case file it travels in: its retention years and its place in storage. */
  caseFile: CaseFileRecord | null;
}

export interface BuiltEntity {
  element: XmlNode;
  node: SipNode;
}

const unknownSender: Party = {
  kind: 'person',
  name: NOT_RECORDED,
  ico: undefined,
  dataBoxId: undefined,
};

function origin(document: DocumentRecord, analog: boolean, build: DocumentBuild): XmlNode {
  const quantity = analog ? quantityText(document) : null;
  if (document.direction === 'incoming') {
    const reference = document.senderReference;
    return nsEl('Puvod', [
      nsEl('DorucenyDokument', [
        reference?.date ? dateElement('DatumVytvoreni', reference.date, false) : null,
        dateElement('DatumDoruceni', document.documentDate, true),
        reference?.number
          ? nsEl('OdesilatelovoEvidencniCislo', clip(reference.number, NUMBER_MAX))
          : null,
        quantity ? nsEl('DoruceneMnozstvi', quantity) : null,
        nsEl('Odesilatel', [externalSubject(document.sender ?? unknownSender, build.organization)]),
      ]),
    ]);
  }
  return nsEl('Puvod', [
    nsEl('VlastniDokument', [
      // An own document's date is a calendar day (documentDate is its start).
      dateElement('DatumVytvoreni', document.documentDate, false),
      quantity ? nsEl('VytvoreneMnozstvi', quantity) : null,
      internalPersons('Autor', document.author ?? document.handler, build.organization),
    ]),
  ]);
}

function componentElement(
  component: SipComponent,
  order: number,
  analog: boolean,
  classification: XmlNode[],
  build: DocumentBuild,
): BuiltEntity {
  const xmlId = build.ids.next('komponenta');
  const identifier = { value: component.id, source: build.organization.pidPrefix };
  const element = nsEl(
    'Komponenta',
    [
      nsEl('EvidencniUdaje', [
        nsEl('Identifikace', [identifierElement('Identifikator', identifier)]),
        nsEl('Popis', [nsEl('Nazev', component.name)]),
        nsEl('Trideni', classification),
      ]),
    ],
    {
      ID: xmlId,
      poradi: String(order),
      druh: componentKind(order),
      verze: '1',
      forma_uchovani: componentForm(analog),
    },
  );
  return {
    element,
    node: {
      divType: 'komponenta',
      xmlId,
      identifier,
      objectType: 'Komponenta',
      log: { entityType: 'component', entityId: component.id },
      component,
      children: [],
    },
  };
}

/** True when the document is on paper (see physicalForm.ts). */
export function documentIsAnalog(entry: SipDocument): boolean {
  return isAnalogDocument(entry.document, entry.components.length);
}

/** nsesss:Dokument with its components. */
export function documentEntity(entry: SipDocument, build: DocumentBuild): BuiltEntity {
  const { document, components } = entry;
  const { organization, caseFile } = build;
  const analog = documentIsAnalog(entry);
  const xmlId = build.ids.next('dokument');
  const identifier = { value: document.pid, source: organization.pidPrefix };
  const marks = [
    nsEl('JednoduchySpisovyZnak', build.simpleMarkOf(document.fileMark)),
    nsEl('PlneUrcenySpisovyZnak', document.fileMark),
  ];
  // A document in a case file follows the file's retention (its own years stay empty).
  const years = caseFile ?? document;
  const location = (caseFile ?? document).custody?.location ?? null;
  const built = components.map((component, index) =>
    componentElement(component, index + 1, analog, marks, build),
  );

  const element = nsEl(
    'Dokument',
    [
      nsEl('EvidencniUdaje', [
        nsEl('Identifikace', [identifierElement('Identifikator', identifier)]),
        nsEl('Popis', [
          nsEl('Nazev', document.subject),
          document.note ? nsEl('Komentar', document.note) : null,
        ]),
        nsEl('Evidence', [
          nsEl('EvidencniCislo', clip(document.referenceNumber, NUMBER_MAX)),
          document.sequence >= 1 ? nsEl('PoradoveCislo', String(document.sequence)) : null,
          nsEl('UrceneCasoveObdobi', [nsEl('Rok', String(document.year))]),
          nsEl('NazevEvidenceDokumentu', DOCUMENT_REGISTER),
        ]),
        origin(document, analog, build),
        nsEl('Trideni', [...marks, build.mother ? nsEl('MaterskeEntity', [build.mother]) : null]),
        document.settlement
          ? settlementElement(
              document.settlement,
              {
                settlingPid: document.settlement.settlingPid,
                settles: document.settles,
                marks: build.marks,
              },
              organization,
            )
          : null,
        disposalElement(document.retention, document.fileMark, years, organization.pidPrefix),
        nsEl('Manipulace', [
          nsEl('AnalogovyDokument', yesNo(analog)),
          location ? nsEl('UkladaciJednotka', clip(location, 100)) : null,
        ]),
      ]),
      built.length > 0
        ? nsEl(
            'Komponenty',
            built.map((item) => item.element),
          )
        : null,
    ],
    { ID: xmlId },
  );
  return {
    element,
    node: {
      divType: 'dokument',
      xmlId,
      identifier,
      objectType: 'Dokument',
      log: { entityType: 'document', entityId: document.pid },
      component: null,
      children: built.map((item) => item.node),
    },
  };
}
