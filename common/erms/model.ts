/**
 * The eSSL interface of NSESSS 2023 (`ermsAPI.wsdl`, namespace
 * `http://www.mvcr.cz/nsesss/2023/api`) as the app and the simulator see it: plain
 * data with English names. `codec/` turns these into the standard's XML and back;
 * the element each field comes from is named in its comment. Only what the app
 * sends or reads is modelled — the rest of a profile is skipped when read, and
 * optional in the schema when written.
 */

/** tIdentifikator: HodnotaID (1–40 chars) + ZdrojID (the system that made it, 1–10 chars). */
export interface EsslId {
  value: string;
  source: string;
}

/** tAutorizace: provedlKdo (the user, 1–50) + provedlKdy (when, xs:dateTime). */
export interface Authorization {
  user: string;
  at: string;
}

/** tOperaceStatus: Kod (≤ 8 chars, '0000' = OK) + Popis (Czech text, ≤ 255). */
export interface OperationStatus {
  code: string;
  description: string | null;
}

export const STATUS_OK = '0000';

/** gZdrojCil attributes of every request: Zdroj = calling system, Cil = called system. */
export interface Route {
  source: string;
  target: string;
}

/** tSubjekt subset + tAdresa: a sender or addressee. */
export interface Subject {
  /** TypSubjektu: Fyzicka | Pravnicka | Utvar (an authority) | Neurceno. */
  kind: 'person' | 'organization' | 'authority' | 'unspecified';
  /** ObchodniNazev for organisations/authorities; Jmeno + Prijmeni joined for people. */
  name: string;
  /** IC. */
  ico: string | null;
  /** Adresy/AdresaPostovni. */
  address: {
    street: string | null;
    city: string | null;
    postalCode: string | null;
    country: string | null;
  } | null;
  /** Adresy/AdresaDS/IdDb. */
  dataBoxId: string | null;
}

/** tSkartacniRezim (inline form): SkartacniZnak + SkartacniLhuta + SpousteciUdalost. */
export interface RetentionProfile {
  mark: 'A' | 'S' | 'V';
  period: number;
  triggerEvent: string;
}

/** tVecnaSkupina (inline form). */
export interface SubjectGroup {
  plan: string;
  /** SpisovyZnak (full mark, e.g. `101.2`). */
  fileMark: string;
  /** JednoduchySpisovyZnak. */
  simpleMark: string;
  /** Popis. */
  title: string;
  /** DatumOtevreni / DatumUzavreni (xs:date). */
  validFrom: string;
  validTo: string | null;
  retention: RetentionProfile | null;
}

/** Numbers of a document in a journal (gDokumentZakladniProfil). */
export interface JournalNumbers {
  /** CisloJednaci. */
  referenceNumber: string;
  /** PodaciDenikPoradi. */
  sequence: number;
  /** PodaciDenikRok. */
  year: number;
  /** PodaciDenik (≤ 12 chars), the journal's code. */
  journal: string;
}

/** tDoruceni: how an incoming document arrived. */
export interface Delivery {
  sender: Subject;
  /** ZasilkaInfo/ZpusobManipulaceId. */
  channel: 'Posta' | 'Osobne' | 'DatovaSchranka' | 'ElektronickaPosta' | null;
  /** ZasilkaInfo/DatumDoruceni + CasDoruceni, as one instant. */
  deliveredAt: string;
}

/** tVyrizeni. */
export interface SettlementProfile {
  method:
    'dokumentem' | 'postoupenim' | 'vzetimNaVedomi' | 'zaznamemNaDokumentu' | 'jinyZpusob' | null;
  at: string;
  content: string | null;
  reason: string | null;
}

/** tFileLink: a file of a document, by reference. */
export interface FileLink {
  id: EsslId;
  /** dmFileMetaType. */
  role: 'main' | 'enclosure' | 'signature' | 'meta';
  /** dmFileDescr: the file name. */
  name: string;
}

/** What the ISSD sends to create a document (tProfilDokumentuZalozeni). */
export interface NewDocumentProfile {
  id: EsslId;
  createdAt: string;
  /** Forma. */
  form: 'analog' | 'digital';
  /** Nazev (≤ 100 — the subject is cut there; the whole subject goes in Popis). */
  title: string;
  /** Popis (≤ 255). */
  description: string | null;
  /** The number the ISSD proposes (reserved or from its own journal); null = let the eSSL assign. */
  numbers: JournalNumbers | null;
  /** CjOdesilatel. */
  senderReference: string | null;
  subjectGroup: SubjectGroup | null;
  retention: RetentionProfile | null;
  note: string | null;
  /** SouvisejiciSubjekty: addressees of an own document. */
  addressees: Subject[];
  sheets: number;
  attachmentCount: number;
  attachmentKind: string;
  attachmentSheets: number;
  /** VlozenVeSpisu/SpisId. */
  caseFileId: EsslId | null;
  delivery: Delivery | null;
  files: FileLink[];
}

export type DocumentState =
  | 'nevyrizen'
  | 'vyrizen'
  | 'uzavren'
  | 'predanDoSpisovny'
  | 'predanDoArchivu'
  | 'skartovan'
  | 'znepristupnen'
  | 'prenesen'
  | 'znicen'
  | 'ztracen';

/** A document as the eSSL holds it (gProfilDokumentu). */
export interface DocumentProfile extends Omit<NewDocumentProfile, 'numbers' | 'caseFileId'> {
  numbers: JournalNumbers | null;
  /** Evidence: EvidenceObdobiId + EvidencePoradi (the evidence number in the period). */
  evidence: { period: string; order: number } | null;
  caseFile: { id: EsslId; order: number; state: 'Vlozen' | 'Vyjmut'; insertedAt: string } | null;
  /** VlastniKdo: the user who owns (handles) it. */
  owner: string;
  /** SpravujeIS: the system that keeps it (ISSD code while taken into its keeping). */
  keptBy: string | null;
  state: DocumentState;
  settlement: SettlementProfile | null;
  closedAt: string | null;
}

/** What the ISSD sends to create a case file (tProfilSpisuZalozeni). */
export interface NewCaseFileProfile {
  id: EsslId;
  /** ZpusobVedeni. */
  mode: 'Priorace' | 'SbernyArch';
  createdAt: string;
  title: string;
  description: string | null;
  /** SpisovaZnacka + PodaciDenikPoradi/Rok/PodaciDenik of the case-file register. */
  numbers: JournalNumbers | null;
  subjectGroup: SubjectGroup | null;
  retention: RetentionProfile | null;
  note: string | null;
  /** DokumentyVlozene/DokumentIdVlozeny, in order (1 = the initiator). */
  documents: Array<{ id: EsslId; order: number }>;
}

export type CaseFileState =
  | 'nevyrizen'
  | 'vyrizen'
  | 'otevren'
  | 'uzavren'
  | 'predanDoSpisovny'
  | 'predanDoArchivu'
  | 'skartovan'
  | 'prenesen'
  | 'znicen'
  | 'znepristupnen'
  | 'ztracen';

/** A case file as the eSSL holds it (gProfilSpisu). */
export interface CaseFileProfile extends Omit<NewCaseFileProfile, 'documents'> {
  documents: Array<{ id: EsslId; order: number; state: 'Vlozen' | 'Vyjmut'; insertedAt: string }>;
  owner: string;
  keptBy: string | null;
  state: CaseFileState;
  settlement: SettlementProfile | null;
  closedAt: string | null;
}

/** tProfilDokumentuSeznam / tProfilSpisuSeznam: one row of PrideleneSeznam. */
export interface AssignedEntry {
  kind: 'document' | 'caseFile';
  id: EsslId;
  title: string;
  /** CisloJednaci (documents) or SpisovaZnacka. */
  reference: string | null;
  createdAt: string;
  fileMark: string;
  /** DoplnujiciData/CasPosledniZmeny (extension, see docs/essl-interface.md): when it last changed. */
  changedAt: string | null;
}

/** PrideleneSeznamRequest filters the app uses. */
export interface AssignedQuery {
  kind: 'document' | 'caseFile' | null;
  /** CasPosledniZmenyOd: the pull cursor. */
  changedSince: string | null;
  /** odZaznamu (1-based). */
  from: number;
  /** pocetZaznamu (1–100). */
  count: number;
}

/** tFile: a file's bytes. */
export interface FileContent {
  id: EsslId;
  mime: string;
  name: string;
  /** dmEncodedContent, base64. */
  base64: string;
}

/**
 * The conversion a file is the output of (autorizovaná konverze, zákon 300/2008 Sb.), as
 * the conversion register numbered it. Our extension: `ext:Konverze` in the file's
 * `ZalozeniSouboru/DoplnujiciData` (docs/essl-interface.md, "Conversions and format
 * changes").
 */
export interface FileConversionRecord {
  /** The register's number, as the clause prints it. */
  number: string;
  direction: 'paperToElectronic' | 'electronicToPaper';
  convertedAt: string;
  /** The input's identification ("dopis Ing. Nováka ze dne …", a PID, a dmID). */
  input: string;
  /** The input's own date (xs:date), when known. */
  inputDate: string | null;
  /** Sheets of the input (paper → electronic) or of the output (electronic → paper). */
  sheets: number;
  person: string;
  /** The fee in CZK, or null with the legal reason for exemption (exactly one of the two). */
  feeCzk: number | null;
  exemption: string | null;
}

/**
 * A format change to an output format (§ 69a zákona 499/2004 Sb., clause per § 24 vyhl.
 * 259/2012 Sb.): the file is the new PDF/A, the original stays in the eSSL. Our
 * extension: `ext:ZmenaFormatu`.
 */
export interface FileFormatChange {
  /** The original data format as the clause names it, e.g. "TIFF (image/tiff)". */
  originalFormat: string;
  /** The original file, kept in the record. */
  originalFileId: EsslId;
  changedAt: string;
  person: string;
}

/** What Úřadovna adds to a file it creates in the eSSL (both optional). */
export interface FileExtension {
  conversion?: FileConversionRecord;
  formatChange?: FileFormatChange;
}

/** tCiselnik: one code list the eSSL offers. */
export interface CodeListInfo {
  id: string;
  name: string;
  itemCount: number | null;
  changedAt: string | null;
}

/** tPolozkaCiselniku. */
export interface CodeListItem {
  id: string | null;
  text: string;
  description: string | null;
  active: boolean;
  validFrom: string | null;
  validTo: string | null;
}

/**
 * The events (gUdalost) the app sends through `Udalosti`. Every event carries its
 * UdalostId: an xs:integer the app derives from the outbox entry's UUID (its last 59
 * bits as a decimal number of ≤ 18 digits, see `eventIdFromUuid`), so a replay is
 * recognised by the eSSL.
 */
export type EsslEvent =
  | { type: 'DokumentUprava'; eventId: string; document: NewDocumentProfile }
  | {
      type: 'DokumentVlozeniDoSpisu';
      eventId: string;
      caseFileId: EsslId;
      documentId: EsslId;
      order: number;
    }
  | { type: 'DokumentVyjmutiZeSpisu'; eventId: string; caseFileId: EsslId; documentId: EsslId }
  | { type: 'DokumentVyrizeni'; eventId: string; documentId: EsslId; settlement: SettlementProfile }
  | { type: 'DokumentZruseni'; eventId: string; documentId: EsslId }
  | { type: 'SpisUzavreni'; eventId: string; caseFileId: EsslId; closedAt: string }
  | { type: 'SpisOtevreni'; eventId: string; caseFileId: EsslId; reason: string | null }
  | { type: 'SouborZalozeni'; eventId: string; file: FileContent; extension?: FileExtension }
  | { type: 'SouborNovaVerze'; eventId: string; file: FileContent; reason: string | null }
  | { type: 'SouborVlozitKDokumentu'; eventId: string; documentId: EsslId; file: FileLink };

export type EsslEventType = EsslEvent['type'];

/** A Zprava of UdalostiResponse: the outcome of one event. */
export interface EventOutcome {
  eventId: string;
  /** Poradi: the event's position in the request (1-based). */
  order: number;
  status: OperationStatus;
}

/** The number-reservation extension (docs/essl-interface.md, "Reserved numbers"). */
export interface ReservationRequest {
  /** Client-generated; a retried request gets the same block. */
  requestId: string;
  /** Which register: the podací deník (documents) or the case-file register. */
  register: 'documents' | 'caseFiles';
  year: number;
  count: number;
}

export interface ReservedNumber {
  register: 'documents' | 'caseFiles';
  year: number;
  sequence: number;
  /** The reference (č.j. or spisová značka) as the eSSL formats it. */
  reference: string;
  journal: string;
}

/** Status codes the interface uses (Kod); the Czech Popis travels with them. */
export const statusCodes = {
  ok: '0000',
  /** Nedostatečná oprávnění (named by the standard for PostoupeniZadost). */
  forbidden: '0001',
  notFound: '0002',
  /** The entity is in another system's exclusive keeping. */
  locked: '0003',
  invalid: '0004',
  /** The state of the entity does not allow the event. */
  wrongState: '0005',
  internal: '9999',
} as const;
