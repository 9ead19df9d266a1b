import { z } from 'zod';
import type { NewDocument } from '../domain/document';
import type { DocumentState } from '../domain/document';
import type { Settlement } from '../domain/settlement';
import type { ValidationIssue } from '../domain/validation';
import { isCalendarDate } from '../domain/time';
import { isdsBoxSettingsSchema } from './isds';

export const languages = ['cs', 'en'] as const;
export type Language = (typeof languages)[number];

const httpUrl = z
  .string()
  .trim()
  .max(500)
  .refine(
    (value) => {
      try {
        const url = new URL(value);
        return url.protocol === 'https:' || url.protocol === 'http:';
      } catch {
        return false;
      }
    },
    { message: 'validation.url' },
  );

/** Machine-level configuration kept by main (not domain data; that lives in Dexie). */
export const appConfigSchema = z.object({
  /** `demo` talks to the built-in simulator; `custom` to the ORP's services. */
  mode: z.enum(['demo', 'custom']),
  esslUrl: httpUrl.nullable(),
  updateFeedUrl: httpUrl.nullable(),
  language: z.enum(languages),
  /** The eSSL login (HTTP Basic and Autorizace/provedlKdo); the password is in the credential store (`essl`). */
  esslUser: z.string().trim().min(1).max(50).nullable(),
  /** The eSSL's system code, `Cil` of every request. */
  esslSystemCode: z.string().trim().min(1).max(10),
  /** An extra CA (PEM) to trust for the eSSL, e.g. the ORP's own; the usual CAs stay trusted. */
  esslCaPem: z
    .string()
    .trim()
    .max(64 * 1024)
    .refine((value) => value.includes('-----BEGIN CERTIFICATE-----'))
    .nullable(),
  /** A proxy for the hosted services; null = the system's (environment) proxy, if any. */
  proxyUrl: httpUrl.nullable(),
  /** The data boxes (ISDS) this machine works with; their secrets are in the credential store. */
  isdsBoxes: z
    .array(isdsBoxSettingsSchema)
    .max(50)
    .refine((boxes) => new Set(boxes.map((box) => box.key)).size === boxes.length, {
      message: 'validation.isds.duplicateBoxKey',
    }),
  /**
   * Certificates (PEM, one or more) a ZFO's seal must chain to, besides the ISDS
   * authorities the app knows; in the demo the simulator's CA is added by itself.
   */
  isdsTrustAnchorsPem: z
    .string()
    .trim()
    .max(256 * 1024)
    .refine((value) => value.includes('-----BEGIN CERTIFICATE-----'))
    .nullable(),
  /**
   * The RFC 3161 timestamp authority signatures ask for (B-T); null = none (B-B only).
   * The demo uses the simulator's.
   */
  tsaUrl: httpUrl.nullable(),
  /**
   * Certificates (PEM) a PDF signature's chain is checked against; the demo adds the
   * simulator's CA by itself.
   */
  signingTrustAnchorsPem: z
    .string()
    .trim()
    .max(1024 * 1024)
    .refine((value) => value.includes('-----BEGIN CERTIFICATE-----'))
    .nullable(),
  /** PKCS#11 libraries of smart cards and tokens (absolute paths); empty = the usual places. */
  pkcs11Modules: z.array(z.string().trim().min(1).max(1000)).max(20),
  /**
   * The conversion register (evidence o provedených konverzích) behind the ORP's
   * gateway; null = none (conversions wait for a number). The demo uses the simulator's.
   */
  conversionRegisterUrl: httpUrl.nullable(),
  /** The folder the scanner saves to (an absolute path, often a network share); null = none. */
  scanFolder: z.string().trim().min(1).max(1000).nullable(),
});
export type AppConfig = z.infer<typeof appConfigSchema>;

/** A fresh installation: the demo, nothing set. Main fills a config file's gaps with it. */
export const defaultConfig: AppConfig = {
  mode: 'demo',
  esslUrl: null,
  updateFeedUrl: null,
  language: 'cs',
  esslUser: null,
  esslSystemCode: 'ESSL',
  esslCaPem: null,
  proxyUrl: null,
  isdsBoxes: [],
  isdsTrustAnchorsPem: null,
  tsaUrl: null,
  signingTrustAnchorsPem: null,
  pkcs11Modules: [],
  conversionRegisterUrl: null,
  scanFolder: null,
};

export const appConfigPatchSchema = appConfigSchema.partial().strict();
export type AppConfigPatch = z.infer<typeof appConfigPatchSchema>;

/** What a file dialog is opened for (filters, one or several files, size cap). */
export const filePurposes = ['scan', 'xml', 'zfo', 'pdf', 'pkcs12', 'logo'] as const;
export type FilePurpose = (typeof filePurposes)[number];

export interface AppInfo {
  version: string;
  platform: 'electron' | 'web';
  demo: boolean;
  /** Where main keeps its configuration and logs. */
  dataDir: string;
  /** Base URL of the built-in simulator when running the demo. */
  simUrl: string | null;
}

export interface OrganizationProfile {
  name: string;
  /** Zkratka in reference numbers, e.g. OUHL. */
  abbreviation: string;
  /** Originator prefix of PIDs. */
  pidPrefix: string;
  referenceMask: string;
  ico: string;
  dataBoxId: string;
  address: string;
}

/** Where the records office keeps a holding the eSSL hands over, and since when. */
export interface SeedCustody {
  handedOverAt: string;
  takenOverAt: string;
  location: string | null;
}

/** A document of the demo journal as the simulated eSSL hands it over. */
export type SeedDocument = NewDocument & {
  pid: string;
  /** A document registered into a sběrný arch carries its initiator's year and sequence. */
  year: number;
  sequence: number;
  registeredAt: string;
  /** Follows from its case file, settlement and custody; a seed that disagrees is refused. */
  state: DocumentState;
  createdBy: string;
  /** How it was settled (vyřízení); the settling document gets the link back on import. */
  settlement?: Settlement;
  /** A settled stand-alone document in the records office (a case file's documents travel with it). */
  custody?: SeedCustody;
};

/** A case file (spis) as the eSSL knows it. */
export interface SeedCaseFile {
  /** PID form: the organisation's prefix and a code. */
  id: string;
  /** Spisová značka (in a sběrný arch, the initiator's reference number). */
  reference: string;
  year: number;
  sequence: number;
  title: string;
  fileMark: string;
  handler: string;
  openedAt: string;
  /** PIDs in their order in the file; the first is the initiator. */
  documents: string[];
  state: 'inProgress' | 'closed' | 'inRecordsOffice';
  /** Set once closed. */
  closedAt?: string;
  /** Year of the trigger event when it is not the closing's own year. */
  triggerYear?: number;
  /** Set once in the records office. */
  custody?: SeedCustody;
}

export interface DemoSeed {
  organization: OrganizationProfile;
  /** The file plan as nsesss-plan XML — imported as any municipality's plan would be. */
  filePlanXml: string;
  handlers: string[];
  currentUser: string;
  documents: SeedDocument[];
  caseFiles: SeedCaseFile[];
  /**
   * The simulated eSSL's change time of its newest seeded record: where the demo
   * device's pull starts, since the seed already holds everything before it.
   */
  esslCursor?: string;
}

export interface ConnectivityStatus {
  online: boolean;
  target: string | null;
  checkedAt: string;
}

export interface CredentialStatus {
  /** False where the OS offers no keychain; then nothing is stored. */
  encryptionAvailable: boolean;
  backend: string;
}

export const credentialAccountSchema = z
  .string()
  .min(1)
  .max(200)
  .regex(/^[\w.@:-]+$/, { message: 'validation.credentials.account' });

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export interface OpenFilesResult {
  canceled: boolean;
  files: PickedFile[];
  /** Files refused before reading (too large, unreadable). */
  rejected: ValidationIssue[];
}

export interface SaveFileResult {
  saved: boolean;
  path: string | null;
}

const shortText = (max: number) => z.string().max(max);

export const stampInputSchema = z.object({
  organizationName: shortText(200),
  pid: shortText(40).min(1),
  referenceNumber: shortText(60).min(1),
  receivedAt: z.string().refine((value) => !Number.isNaN(Date.parse(value))),
  sheets: z.number().int().min(0).max(100_000),
  attachmentsCount: z.number().int().min(0).max(100_000),
  attachmentsKind: z.enum(['paper', 'nonpaper']),
  attachmentsDescription: shortText(500).nullable(),
  handler: shortText(120).nullable(),
  fileMark: shortText(20).nullable(),
  /** The number is provisional (offline, no reserved number left): the stamp says so. Absent = not. */
  provisional: z.boolean().optional(),
});
export type StampInput = z.infer<typeof stampInputSchema>;

export const journalPdfRowSchema = z.object({
  referenceNumber: shortText(60),
  documentDate: shortText(40),
  direction: shortText(30),
  counterparty: shortText(600),
  subject: shortText(300),
  senderReference: shortText(150),
  sheetsAndAttachments: shortText(40),
  fileMark: shortText(30),
  handler: shortText(120),
  state: shortText(40),
});
export type JournalPdfRow = z.infer<typeof journalPdfRowSchema>;

export const journalPdfInputSchema = z.object({
  organizationName: shortText(200),
  title: shortText(200),
  periodLabel: shortText(100),
  generatedAt: z.string(),
  columns: z.array(shortText(40)).length(10),
  rows: z.array(journalPdfRowSchema).max(50_000),
});
export type JournalPdfInput = z.infer<typeof journalPdfInputSchema>;

/** The most entries one daily transaction-log print takes (a busy office writes a few thousand a day). */
export const TXLOG_PDF_MAX_ROWS = 20_000;

const sha256Hex = z.string().regex(/^[0-9a-f]{64}$/);
const instant = z.string().refine((value) => !Number.isNaN(Date.parse(value)));

export const txlogPdfRowSchema = z.object({
  seq: z.number().int().positive(),
  at: instant,
  event: shortText(60),
  objectType: shortText(40),
  identifier: shortText(120),
  actor: shortText(120),
  detail: shortText(1000),
});
export type TxlogPdfRow = z.infer<typeof txlogPdfRowSchema>;

/** The day's first and last entries, so a printed copy can be checked against the chain. */
export const txlogPdfChainSchema = z.object({
  firstSeq: z.number().int().positive(),
  lastSeq: z.number().int().positive(),
  /** The hash the first entry of the day links to. */
  prevHash: sha256Hex,
  firstHash: sha256Hex,
  lastHash: sha256Hex,
});

export const txlogPdfInputSchema = z
  .object({
    organizationName: shortText(200),
    title: shortText(200),
    /** The office day, YYYY-MM-DD. */
    day: z.string().refine(isCalendarDate),
    generatedAt: z.string(),
    columns: z.array(shortText(40)).length(7),
    chain: txlogPdfChainSchema.nullable(),
    rows: z.array(txlogPdfRowSchema).max(TXLOG_PDF_MAX_ROWS),
  })
  .strict()
  .refine(
    ({ rows, chain }) =>
      rows.length === 0
        ? chain === null
        : chain !== null &&
          chain.firstSeq === rows[0]?.seq &&
          chain.lastSeq === rows[rows.length - 1]?.seq,
    { message: 'chain must name the first and last row' },
  );
export type TxlogPdfInput = z.infer<typeof txlogPdfInputSchema>;

export interface RenderedPdf {
  pdf: Uint8Array;
  fileName: string;
  pages: number;
}

export type UpdateState =
  'disabled' | 'idle' | 'checking' | 'downloading' | 'ready' | 'upToDate' | 'error';

export interface UpdateStatus {
  state: UpdateState;
  /** Why updates are off (`development`, `noFeed`, `web`), or the error text. */
  reason: string | null;
  version: string | null;
  percent: number | null;
}
