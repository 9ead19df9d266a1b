import type { CaseFileRecord } from '../../domain/caseFile';
import type { XmlNode } from '../xml';
import { dateElement, identifierElement, nsEl, yesNo } from './elements';
import {
  documentEntity,
  documentIsAnalog,
  type BuiltEntity,
  type DocumentBuild,
} from './documentMetadata';
import { disposalElement } from './retention';
import { internalPersons } from './subjects';
import type { CaseFileSip } from './types';

/** Case files are numbered in their own register, apart from the journal. */
export const CASE_FILE_REGISTER = 'Evidence spisů';
const NUMBER_MAX = 50;

function closing(caseFile: CaseFileRecord, build: DocumentBuild): XmlNode {
  if (!caseFile.closedAt) throw new RangeError(`case file ${caseFile.id} is not closed`);
  return nsEl('VyrizeniUzavreni', [
    dateElement('Datum', caseFile.closedAt, true),
    internalPersons('Zpracovatel', caseFile.handler, build.organization),
  ]);
}

/** nsesss:Spis with its documents, in their order in the file. */
export function caseFileEntity(
  entity: CaseFileSip,
  build: Omit<DocumentBuild, 'caseFile'>,
): BuiltEntity & { analog: boolean } {
  const { caseFile, documents } = entity;
  if (documents.length === 0) throw new RangeError(`case file ${caseFile.id} has no documents`);
  const { organization } = build;
  const xmlId = build.ids.next('spis');
  const identifier = { value: caseFile.id, source: organization.pidPrefix };
  // A file with one paper document is kept on paper, at least in part.
  const analog = documents.some(documentIsAnalog);
  const inner = documents.map((entry) =>
    documentEntity(entry, { ...build, mother: null, caseFile }),
  );
  const element = nsEl(
    'Spis',
    [
      nsEl('EvidencniUdaje', [
        nsEl('Identifikace', [identifierElement('Identifikator', identifier)]),
        nsEl('Popis', [nsEl('Nazev', caseFile.title)]),
        nsEl('Evidence', [
          nsEl('EvidencniCislo', caseFile.reference.slice(0, NUMBER_MAX)),
          caseFile.sequence >= 1 ? nsEl('PoradoveCislo', String(caseFile.sequence)) : null,
          nsEl('UrceneCasoveObdobi', [nsEl('Rok', String(caseFile.year))]),
          nsEl('NazevEvidenceDokumentu', CASE_FILE_REGISTER),
        ]),
        nsEl('Puvod', [dateElement('DatumVytvoreni', caseFile.openedAt, true)]),
        nsEl('Trideni', [
          nsEl('JednoduchySpisovyZnak', build.simpleMarkOf(caseFile.fileMark)),
          nsEl('PlneUrcenySpisovyZnak', caseFile.fileMark),
          build.mother ? nsEl('MaterskaEntita', [build.mother]) : null,
        ]),
        closing(caseFile, { ...build, caseFile }),
        disposalElement(caseFile.retention, caseFile.fileMark, caseFile, organization.pidPrefix),
        nsEl('Manipulace', [
          nsEl('AnalogovyDokument', yesNo(analog)),
          dateElement('DatumOtevreni', caseFile.openedAt, true),
          caseFile.closedAt ? dateElement('DatumUzavreni', caseFile.closedAt, true) : null,
          caseFile.custody?.location ? nsEl('Umisteni', caseFile.custody.location) : null,
        ]),
      ]),
      nsEl(
        'Dokumenty',
        inner.map((item) => item.element),
      ),
    ],
    { ID: xmlId },
  );
  return {
    analog,
    element,
    node: {
      divType: 'spis',
      xmlId,
      identifier,
      objectType: 'Spis',
      log: { entityType: 'caseFile', entityId: caseFile.id },
      component: null,
      children: inner.map((item) => item.node),
    },
  };
}
