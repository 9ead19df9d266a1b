import { el, type XmlElement, type XmlNode } from '../../nsesss/xml';
import type { Authorization, EsslId } from '../model';
import type { OperationName, RequestOf } from '../operations';
import { QUERY_SEQUENCE, readQuery, writeQuery } from './assigned';
import { readNewCaseFile, writeNewCaseFile } from './caseFileProfile';
import { readReservation, writeReservation } from './codeLists';
import { readNewDocument, writeNewDocument } from './documentProfile';
import { readEvents, writeEvents } from './events';
import { readAuth, readIdWrapper, writeAuth, writeIdWrapper } from './identifiers';
import type { Children } from './reader';
import { boundedText, InvalidMessage, type Sequence } from './reader';
import { exact, limits } from './values';

/**
 * The body of each operation's `…Request`: its xs:sequence, how the model is written
 * into it and read back. The gZdrojCil attributes are added by index.ts.
 */

export interface RequestCodec<R> {
  sequence: Sequence;
  write(request: R): Array<XmlNode | null>;
  read(c: Children): R;
}

const BY_ID = ['Autorizace', 'DoplnujiciData'];

/** ProfilDokumentuZadost, DokumentPostoupeniZadost, DokumentVraceniZadost, ProfilSpisuZadost, SouborZadost. */
function byId(
  element: 'IdDokument' | 'IdSpisu' | 'Soubor',
): RequestCodec<{ id: EsslId; auth: Authorization }> {
  return {
    sequence: [element, ...BY_ID],
    write: (request) => [writeIdWrapper(element, request.id), writeAuth(request.auth)],
    read: (c) => ({ id: readIdWrapper(c.one(element)), auth: readAuth(c.one('Autorizace')) }),
  };
}

export const requestCodecs: { [O in OperationName]: RequestCodec<RequestOf<O>> } = {
  WsTest: {
    sequence: ['WsTestId', 'Autorizace'],
    write: (request) => [
      el('WsTestId', request.testId),
      request.auth ? writeAuth(request.auth) : null,
    ],
    read: (c) => {
      const auth = c.opt('Autorizace');
      return { testId: c.text('WsTestId'), auth: auth ? readAuth(auth) : null };
    },
  },
  CiselnikySeznam: {
    sequence: BY_ID,
    write: (request) => [writeAuth(request.auth)],
    read: (c) => ({ auth: readAuth(c.one('Autorizace')) }),
  },
  CiselnikZadost: {
    sequence: ['IdCiselniku', ...BY_ID],
    write: (request) => [
      el('IdCiselniku', exact(request.listId, 1, limits.codeListId, 'IdCiselniku')),
      writeAuth(request.auth),
      request.reservation ? writeReservation(request.reservation) : null,
    ],
    read: (c) => ({
      listId: boundedText(c.one('IdCiselniku'), limits.codeListId, 1),
      auth: readAuth(c.one('Autorizace')),
      reservation: readReservation(c.opt('DoplnujiciData')),
    }),
  },
  DokumentZalozeni: {
    sequence: ['UdalostiPredchazejici', 'ProfilDokumentu', ...BY_ID],
    write: (request) => [
      request.preceding.length > 0
        ? writeEvents('UdalostiPredchazejici', request.preceding, request.auth)
        : null,
      writeNewDocument('ProfilDokumentu', request.document),
      writeAuth(request.auth),
    ],
    read: (c) => {
      const auth = readAuth(c.one('Autorizace'));
      return {
        preceding: readPreceding(c.opt('UdalostiPredchazejici')),
        document: readNewDocument(c.one('ProfilDokumentu'), auth),
        auth,
      };
    },
  },
  SpisZalozeni: {
    sequence: ['UdalostiPredchazejici', 'ProfilSpisu', ...BY_ID],
    write: (request) => [
      request.preceding.length > 0
        ? writeEvents('UdalostiPredchazejici', request.preceding, request.auth)
        : null,
      writeNewCaseFile('ProfilSpisu', request.caseFile),
      writeAuth(request.auth),
    ],
    read: (c) => {
      const auth = readAuth(c.one('Autorizace'));
      return {
        preceding: readPreceding(c.opt('UdalostiPredchazejici')),
        caseFile: readNewCaseFile(c.one('ProfilSpisu'), auth),
        auth,
      };
    },
  },
  Udalosti: {
    sequence: ['Udalosti'],
    // Each event carries the request's authorisation (operations.ts).
    write: (request) => [writeEvents('Udalosti', request.events, request.auth)],
    read: (c) => {
      const events = readEvents(c.one('Udalosti'));
      const auth: Authorization | undefined = events[0]?.auth;
      if (!auth) throw new InvalidMessage(`${c.element.path}: no event`);
      return { events: events.map((read) => read.event), auth };
    },
  },
  PrideleneSeznam: {
    sequence: QUERY_SEQUENCE,
    write: (request) => [...writeQuery(request.query), writeAuth(request.auth)],
    read: (c) => ({ query: readQuery(c), auth: readAuth(c.one('Autorizace')) }),
  },
  ProfilDokumentuZadost: byId('IdDokument'),
  ProfilSpisuZadost: byId('IdSpisu'),
  SouborZadost: byId('Soubor'),
  DokumentPostoupeniZadost: byId('IdDokument'),
  DokumentVraceniZadost: byId('IdDokument'),
};

function readPreceding(element: XmlElement | null) {
  return element ? readEvents(element).map((read) => read.event) : [];
}
