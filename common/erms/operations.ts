import type {
  AssignedEntry,
  AssignedQuery,
  Authorization,
  CaseFileProfile,
  CodeListInfo,
  CodeListItem,
  DocumentProfile,
  EsslEvent,
  EsslId,
  EventOutcome,
  FileContent,
  NewCaseFileProfile,
  NewDocumentProfile,
  OperationStatus,
  ReservationRequest,
  ReservedNumber,
} from './model';

/**
 * The operations of `ermsAPI.wsdl` the app calls, with the model of each request and
 * response. The SOAPAction of an operation is its name (see the WSDL's binding); the
 * body element is `<Name>Request` / `<Name>Response` in the api namespace.
 */
export interface Operations {
  WsTest: {
    request: { testId: string; auth: Authorization | null };
    response: { testId: string; status: OperationStatus };
  };
  CiselnikySeznam: {
    request: { auth: Authorization };
    response: { lists: CodeListInfo[] };
  };
  CiselnikZadost: {
    /** `reservation` rides in DoplnujiciData (the number-reservation extension). */
    request: { listId: string; auth: Authorization; reservation: ReservationRequest | null };
    response: {
      listId: string;
      items: CodeListItem[];
      /** Read back from the items of the reservation code list; empty otherwise. */
      reserved: ReservedNumber[];
      status: OperationStatus;
    };
  };
  DokumentZalozeni: {
    request: { preceding: EsslEvent[]; document: NewDocumentProfile; auth: Authorization };
    response: { document: DocumentProfile | null; status: OperationStatus };
  };
  SpisZalozeni: {
    request: { preceding: EsslEvent[]; caseFile: NewCaseFileProfile; auth: Authorization };
    response: { caseFile: CaseFileProfile | null; status: OperationStatus };
  };
  Udalosti: {
    /** Every event element carries its own Autorizace; all get `auth`. */
    request: { events: EsslEvent[]; auth: Authorization };
    response: { outcomes: EventOutcome[] };
  };
  PrideleneSeznam: {
    request: { query: AssignedQuery; auth: Authorization };
    response: { entries: AssignedEntry[]; status: OperationStatus };
  };
  ProfilDokumentuZadost: {
    request: { id: EsslId; auth: Authorization };
    response: { document: DocumentProfile | null; status: OperationStatus };
  };
  ProfilSpisuZadost: {
    request: { id: EsslId; auth: Authorization };
    response: { caseFile: CaseFileProfile | null; status: OperationStatus };
  };
  SouborZadost: {
    request: { id: EsslId; auth: Authorization };
    response: { file: FileContent | null; status: OperationStatus };
  };
  DokumentPostoupeniZadost: {
    request: { id: EsslId; auth: Authorization };
    response: { document: DocumentProfile | null; status: OperationStatus };
  };
  DokumentVraceniZadost: {
    request: { id: EsslId; auth: Authorization };
    response: { document: DocumentProfile | null; status: OperationStatus };
  };
}

export type OperationName = keyof Operations;
export type RequestOf<O extends OperationName> = Operations[O]['request'];
export type ResponseOf<O extends OperationName> = Operations[O]['response'];

export const operationNames = [
  'WsTest',
  'CiselnikySeznam',
  'CiselnikZadost',
  'DokumentZalozeni',
  'SpisZalozeni',
  'Udalosti',
  'PrideleneSeznam',
  'ProfilDokumentuZadost',
  'ProfilSpisuZadost',
  'SouborZadost',
  'DokumentPostoupeniZadost',
  'DokumentVraceniZadost',
] as const satisfies ReadonlyArray<OperationName>;

/** IdCiselniku of the extension's code list that hands out reserved numbers. */
export const RESERVATION_CODE_LIST = 'Uradovna.RezervaceCisel';
/** IdCiselniku of the file plan served as a code list. */
export const FILE_PLAN_CODE_LIST = 'SpisovyPlan';
