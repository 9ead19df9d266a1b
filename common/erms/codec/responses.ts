import { el, type XmlNode } from '../../nsesss/xml';
import type { OperationName, ResponseOf } from '../operations';
import { readEntry, writeEntry } from './assigned';
import { readCaseFileProfile, writeCaseFileProfile } from './caseFileProfile';
import { readCodeList, readItem, writeCodeList, writeItem, writeReservedItem } from './codeLists';
import { readDocumentProfile, writeDocumentProfile } from './documentProfile';
import { readOutcome, writeOutcome } from './events';
import { readFile, writeFile } from './files';
import { readStatus, writeStatus } from './identifiers';
import { boundedText, Children, InvalidMessage, type Sequence } from './reader';
import { exact, limits, readEnum, readInteger } from './values';

/** The body of each operation's `…Response`: its xs:sequence, written from and read into the model. */

export interface ResponseCodec<R> {
  sequence: Sequence;
  write(response: R): Array<XmlNode | null>;
  read(c: Children): R;
}

/** ProfilDokumentu? + OperaceStatus: the profile is absent in an error response. */
function documentResponse(): ResponseCodec<ResponseOf<'DokumentZalozeni'>> {
  return {
    sequence: ['ProfilDokumentu', 'OperaceStatus'],
    write: (response) => [
      response.document ? writeDocumentProfile('ProfilDokumentu', response.document) : null,
      writeStatus(response.status),
    ],
    read: (c) => {
      const profile = c.opt('ProfilDokumentu');
      return {
        document: profile ? readDocumentProfile(profile) : null,
        status: readStatus(c.one('OperaceStatus')),
      };
    },
  };
}

function caseFileResponse(): ResponseCodec<ResponseOf<'SpisZalozeni'>> {
  return {
    sequence: ['ProfilSpisu', 'OperaceStatus'],
    write: (response) => [
      response.caseFile ? writeCaseFileProfile('ProfilSpisu', response.caseFile) : null,
      writeStatus(response.status),
    ],
    read: (c) => {
      const profile = c.opt('ProfilSpisu');
      return {
        caseFile: profile ? readCaseFileProfile(profile) : null,
        status: readStatus(c.one('OperaceStatus')),
      };
    },
  };
}

const BATCH_STATES = [
  'Neodeslana',
  'Odeslana',
  'OdeslanaOdmitnuta',
  'PotvrzenaBezChyb',
  'PotvrzenaSChybou',
] as const;

/**
 * WsTestResponse requires the last received and sent asynchronous batch. Úřadovna and
 * its simulator exchange no batches (only the synchronous operations), and sPoradi
 * cannot say "none" (it starts at 1), so the answer is batch 1, `Neodeslana`, both ways:
 * the nearest the schema has to "nothing was ever sent". The reader checks and ignores them.
 */
function writeBatch(name: string): XmlNode {
  return el(name, [el('Cislo', '1'), el('Stav', 'Neodeslana')]);
}

function checkBatch(c: Children, name: string): void {
  const batch = new Children(c.one(name), ['Cislo', 'Stav']);
  readInteger(batch.text('Cislo'), `${batch.element.path}/Cislo`, 1);
  readEnum(batch.text('Stav'), BATCH_STATES, `${batch.element.path}/Stav`);
}

export const responseCodecs: { [O in OperationName]: ResponseCodec<ResponseOf<O>> } = {
  WsTest: {
    sequence: ['WsTestId', 'PosledniPrijataDavka', 'PosledniOdeslanaDavka', 'OperaceStatus'],
    write: (response) => [
      el('WsTestId', response.testId),
      writeBatch('PosledniPrijataDavka'),
      writeBatch('PosledniOdeslanaDavka'),
      writeStatus(response.status),
    ],
    read: (c) => {
      checkBatch(c, 'PosledniPrijataDavka');
      checkBatch(c, 'PosledniOdeslanaDavka');
      return { testId: c.text('WsTestId'), status: readStatus(c.one('OperaceStatus')) };
    },
  },
  CiselnikySeznam: {
    sequence: ['Ciselnik'],
    write: (response) => {
      // The schema requires one Ciselnik or more and has no status to say "none".
      if (response.lists.length === 0)
        throw new RangeError('CiselnikySeznamResponse needs one Ciselnik or more');
      return response.lists.map(writeCodeList);
    },
    read: (c) => ({ lists: c.many('Ciselnik', 1).map(readCodeList) }),
  },
  CiselnikZadost: {
    sequence: ['IdCiselniku', 'Polozky', 'DoplnujiciData', 'OperaceStatus'],
    write: (response) => [
      el('IdCiselniku', exact(response.listId, 1, limits.codeListId, 'IdCiselniku')),
      el('Polozky', [
        ...response.items.map(writeItem),
        ...response.reserved.map(writeReservedItem),
      ]),
      writeStatus(response.status),
    ],
    read: (c) => {
      const polozky = new Children(c.one('Polozky'), ['Polozka']).many('Polozka').map(readItem);
      return {
        listId: boundedText(c.one('IdCiselniku'), limits.codeListId, 1),
        items: polozky.flatMap((read) => (read.kind === 'item' ? [read.item] : [])),
        reserved: polozky.flatMap((read) => (read.kind === 'reserved' ? [read.number] : [])),
        status: readStatus(c.one('OperaceStatus')),
      };
    },
  },
  DokumentZalozeni: documentResponse(),
  SpisZalozeni: caseFileResponse(),
  Udalosti: {
    sequence: ['Zpravy'],
    write: (response) => {
      // Zpravy requires one Zprava or more: there is one for every event sent, and a
      // request has one event or more.
      if (response.outcomes.length === 0)
        throw new RangeError('UdalostiResponse needs one Zprava or more');
      return [el('Zpravy', response.outcomes.map(writeOutcome))];
    },
    read: (c) => {
      const zpravy = c.one('Zpravy');
      const outcomes = new Children(zpravy, ['Zprava']).many('Zprava', 1).map(readOutcome);
      if (outcomes.length === 0) throw new InvalidMessage(`${zpravy.path}: no Zprava`);
      return { outcomes };
    },
  },
  PrideleneSeznam: {
    sequence: ['Pridelene', 'OperaceStatus'],
    write: (response) => [
      response.entries.length > 0 ? el('Pridelene', response.entries.map(writeEntry)) : null,
      writeStatus(response.status),
    ],
    read: (c) => {
      const list = c.opt('Pridelene');
      const rows = list
        ? new Children(list, [['Dokument', 'Spis', 'SoucastTypovehoSpisu', 'TypovySpis']]).element
            .children
        : [];
      return {
        entries: rows.map(readEntry).filter((entry) => entry !== null),
        status: readStatus(c.one('OperaceStatus')),
      };
    },
  },
  ProfilDokumentuZadost: documentResponse(),
  ProfilSpisuZadost: caseFileResponse(),
  SouborZadost: {
    sequence: ['Soubor', 'OperaceStatus'],
    write: (response) => [
      response.file ? writeFile('Soubor', response.file) : null,
      writeStatus(response.status),
    ],
    read: (c) => {
      const file = c.opt('Soubor');
      return { file: file ? readFile(file) : null, status: readStatus(c.one('OperaceStatus')) };
    },
  },
  DokumentPostoupeniZadost: documentResponse(),
  DokumentVraceniZadost: documentResponse(),
};
