import { z } from 'zod';
import {
  buildScanPdfSchema,
  changeFormatSchema,
  examineElectronicSchema,
  finishPaperToElectronicSchema,
  inspectScansSchema,
  registerRequestSchema,
  renderElectronicToPaperSchema,
  scanFolderNameSchema,
  type BuiltScanPdf,
  type ElectronicInputExamination,
  type FormatChanged,
  type PrintableConversion,
  type RegisterAnswer,
  type ScanFolderEntry,
  type ScanInspection,
} from './conversion';
import type { SignatureBox } from '../domain/letter';
import { method } from './define';
import {
  ESSL_LIMITS,
  type EsslAccount,
  type EsslAssignedPage,
  type EsslDocumentBatchResult,
  type EsslFile,
  type EsslProfileBatchResult,
  type EsslTestResult,
} from './essl';
import {
  boxIdSchema,
  boxKeySchema,
  isdsBoxSettingsSchema,
  messageIdSchema,
  type IsdsBoxInfo,
  type IsdsDownloaded,
  type IsdsSignedDelivery,
  type IsdsTestResult,
  type ZfoReport,
} from './isds';
import {
  findBoxSchema,
  listQuerySchema,
  outgoingMessageSchema,
  searchQuerySchema,
} from '../isds/schemas';
import type {
  DeliveryInfo,
  MessageRecord,
  OwnerInfo,
  ReturnedEnvelope,
  SearchResult,
  StateChange,
} from '../isds/model';
import {
  assignedQuerySchema,
  codeListIdSchema,
  esslEventSchema,
  esslIdSchema,
  newCaseFileProfileSchema,
  newDocumentProfileSchema,
  reservationRequestSchema,
} from '../erms/schemas';
import type {
  CaseFileProfile,
  CodeListInfo,
  CodeListItem,
  DocumentProfile,
  EventOutcome,
  ReservedNumber,
} from '../erms/model';
import {
  appConfigPatchSchema,
  credentialAccountSchema,
  journalPdfInputSchema,
  stampInputSchema,
  txlogPdfInputSchema,
  type AppConfig,
  type AppInfo,
  type ConnectivityStatus,
  type CredentialStatus,
  type DemoSeed,
  type OpenFilesResult,
  type RenderedPdf,
  type SaveFileResult,
  type UpdateStatus,
  filePurposes,
} from './types';
import {
  importPdfSchema,
  renderLetterSchema,
  renderPostLabelSchema,
  type ImportedPdf,
  type RenderedLetter,
} from './letters';
import {
  inspectSignerSchema,
  signRequestSchema,
  timestampRequestSchema,
  verifyRequestSchema,
  type PdfSignaturesReport,
  type SigningCertificateCheck,
  type SigningOutcome,
  type StoredSigner,
  type TokenCertificate,
} from './signing';
import { tiffPreviewSchema, type TiffPreview } from './preview';

const none = z.object({}).strict();
const byId = z.object({ id: esslIdSchema }).strict();
const isdsBox = z.object({ key: boxKeySchema }).strict();
const isdsMessage = z.object({ key: boxKeySchema, dmID: messageIdSchema }).strict();

/**
 * Every call the renderer can make to main. The preload, the shell's IPC
 * registration, the browser host and the renderer's HTTP client are all derived
 * from this map; `contract.test.ts` proves that they stay in step.
 */
export const methods = {
  'app.getInfo': method(none).returns<AppInfo>(),
  'config.get': method(none).returns<AppConfig>(),
  'config.update': method(appConfigPatchSchema).returns<AppConfig>(),
  'connectivity.check': method(none).returns<ConnectivityStatus>(),
  'demo.loadSeed': method(none).returns<DemoSeed>(),
  'credentials.status': method(none).returns<CredentialStatus>(),
  'credentials.store': method(
    z.object({ account: credentialAccountSchema, secret: z.string().min(1).max(4096) }).strict(),
  ).returns<{ stored: true }>(),
  'credentials.has': method(z.object({ account: credentialAccountSchema }).strict()).returns<{
    present: boolean;
  }>(),
  'credentials.remove': method(z.object({ account: credentialAccountSchema }).strict()).returns<{
    removed: boolean;
  }>(),
  // scan: documents to attach (several); xml: one NSESSS file to import (a file plan, an archive's decision);
  // zfo: signed data messages to import (several); pdf: one PDF to make a letter of;
  // pkcs12: the mayor's certificate file; logo: a PNG/JPEG for the letterhead.
  'files.open': method(
    z.object({ purpose: z.enum(filePurposes) }).strict(),
  ).returns<OpenFilesResult>(),
  'files.save': method(
    z
      .object({
        suggestedName: z.string().min(1).max(200),
        mime: z.string().max(100),
        bytes: z.instanceof(Uint8Array),
      })
      .strict(),
  ).returns<SaveFileResult>(),
  /** The first page of a TIFF as PNG (the browser draws no TIFF); `errors.tiffPreview.*`. */
  'files.previewTiff': method(tiffPreviewSchema).returns<TiffPreview>(),
  'stamp.render': method(stampInputSchema.strict()).returns<RenderedPdf>(),
  'journal.exportPdf': method(journalPdfInputSchema.strict()).returns<RenderedPdf>(),
  'txlog.exportPdf': method(txlogPdfInputSchema).returns<RenderedPdf>(),
  /** A letter from its template as PDF/A-2b; `errors.letters.*` (e.g. a character the font lacks). */
  'letters.render': method(renderLetterSchema).returns<RenderedLetter>(),
  'letters.renderPostLabel': method(renderPostLabelSchema).returns<RenderedPdf>(),
  /** An existing PDF made PDF/A, or refused with the reason (`errors.pdf.*`). */
  'pdf.importAsPdfA': method(importPdfSchema).returns<ImportedPdf>(),
  'shell.openExternal': method(z.object({ url: z.string().max(2000) }).strict()).returns<{
    opened: boolean;
  }>(),
  'update.getStatus': method(none).returns<UpdateStatus>(),
  'update.check': method(none).returns<UpdateStatus>(),
  'update.restartAndInstall': method(none).returns<{ accepted: boolean }>(),
  // The eSSL (ermsAPI). Failures are ServiceErrors `errors.essl.<kind>` with params
  // { kind, retryable: 'yes' | 'no', statusCode?, description? } (see contract/essl.ts).
  'essl.account': method(none).returns<EsslAccount>(),
  'essl.test': method(none).returns<EsslTestResult>(),
  'essl.codeLists': method(none).returns<{ lists: CodeListInfo[] }>(),
  'essl.codeList': method(z.object({ listId: codeListIdSchema }).strict()).returns<{
    items: CodeListItem[];
  }>(),
  /** `numbers: null` when this eSSL does not offer reservations. */
  'essl.reserveNumbers': method(reservationRequestSchema).returns<{
    numbers: ReservedNumber[] | null;
  }>(),
  /** One by one, in order; stops at the first retryable or login failure. */
  'essl.createDocuments': method(
    z
      .object({
        items: z
          .array(
            z
              .object({
                document: newDocumentProfileSchema,
                preceding: z.array(esslEventSchema).max(ESSL_LIMITS.sendEvents),
              })
              .strict(),
          )
          .min(1)
          .max(ESSL_LIMITS.createDocuments),
      })
      .strict(),
  ).returns<EsslDocumentBatchResult>(),
  'essl.createCaseFile': method(
    z.object({ caseFile: newCaseFileProfileSchema }).strict(),
  ).returns<CaseFileProfile>(),
  'essl.sendEvents': method(
    z.object({ events: z.array(esslEventSchema).min(1).max(ESSL_LIMITS.sendEvents) }).strict(),
  ).returns<{ outcomes: EventOutcome[] }>(),
  'essl.listAssigned': method(assignedQuerySchema).returns<EsslAssignedPage>(),
  'essl.documentProfiles': method(
    z.object({ ids: z.array(esslIdSchema).min(1).max(ESSL_LIMITS.documentProfiles) }).strict(),
  ).returns<EsslProfileBatchResult>(),
  'essl.caseFileProfile': method(byId).returns<CaseFileProfile>(),
  'essl.file': method(byId).returns<EsslFile>(),
  'essl.takeDocument': method(byId).returns<DocumentProfile>(),
  'essl.returnDocument': method(byId).returns<DocumentProfile>(),
  // Data boxes (ISDS). Failures are ServiceErrors `errors.isds.<kind>` with params
  // { kind, retryable, operation?, statusCode?, description?, httpStatus? } (contract/isds.ts).
  'isds.boxes': method(none).returns<{ boxes: IsdsBoxInfo[] }>(),
  'isds.saveBox': method(z.object({ box: isdsBoxSettingsSchema }).strict()).returns<IsdsBoxInfo>(),
  'isds.removeBox': method(z.object({ key: boxKeySchema }).strict()).returns<{
    removed: boolean;
  }>(),
  /** Secrets go to the OS keychain; a certificate is a PKCS#12 file with its passphrase. */
  'isds.setSecrets': method(
    z
      .object({
        key: boxKeySchema,
        password: z.string().max(1000).nullable().optional(),
        certificate: z
          .object({
            pkcs12: z.instanceof(Uint8Array),
            passphrase: z.string().max(1000),
          })
          .strict()
          .nullable()
          .optional(),
      })
      .strict(),
  ).returns<IsdsBoxInfo>(),
  /** DummyOperation, GetOwnerInfoFromLogin and GetPasswordInfo; stores the learned dbID. */
  'isds.test': method(isdsBox).returns<IsdsTestResult>(),
  'isds.ownerInfo': method(isdsBox).returns<{ owner: OwnerInfo | null }>(),
  /** GetListOfReceivedMessages: a login in the legal sense (delivers state-4 messages). */
  'isds.listReceived': method(
    z.object({ key: boxKeySchema, query: listQuerySchema }).strict(),
  ).returns<{ records: MessageRecord[] }>(),
  'isds.listSent': method(
    z.object({ key: boxKeySchema, query: listQuerySchema }).strict(),
  ).returns<{ records: MessageRecord[] }>(),
  /**
   * SignedMessageDownload, verified in main; the ZFO bytes come back unchanged. With
   * `markDownloaded`, main also says MarkMessageAsDownloaded right after a download that
   * verified, in the same call; `markedDownloaded` tells whether that worked (a failed
   * mark does not fail the download).
   */
  'isds.downloadReceived': method(
    isdsMessage.extend({ markDownloaded: z.boolean().optional() }).strict(),
  ).returns<IsdsDownloaded & { markedDownloaded: boolean }>(),
  'isds.downloadSent': method(isdsMessage).returns<IsdsDownloaded>(),
  'isds.envelope': method(isdsMessage).returns<{ envelope: ReturnedEnvelope | null }>(),
  'isds.markDownloaded': method(isdsMessage).returns<Record<string, never>>(),
  'isds.stateChanges': method(
    z
      .object({
        key: boxKeySchema,
        from: z.string().max(40).nullable(),
        to: z.string().max(40).nullable(),
      })
      .strict(),
  ).returns<{ changes: StateChange[] }>(),
  'isds.deliveryInfo': method(isdsMessage).returns<{ delivery: DeliveryInfo | null }>(),
  /** GetSignedDeliveryInfo: the doručenka as a ZFO, verified. */
  'isds.signedDeliveryInfo': method(isdsMessage).returns<IsdsSignedDelivery>(),
  /** CreateMessage after the ISDS limits are checked (`errors.isds.limits.*` otherwise). */
  'isds.send': method(
    z.object({ key: boxKeySchema, message: outgoingMessageSchema }).strict(),
  ).returns<{ dmID: string }>(),
  'isds.search': method(
    z.object({ key: boxKeySchema, query: searchQuerySchema }).strict(),
  ).returns<{
    result: SearchResult | null;
  }>(),
  'isds.findBox': method(z.object({ key: boxKeySchema, owner: findBoxSchema }).strict()).returns<{
    results: OwnerInfo[];
  }>(),
  /** CheckDataBox; `accessible` false with the reason as an i18n key under `isds.boxState.` */
  'isds.checkBox': method(z.object({ key: boxKeySchema, dbID: boxIdSchema }).strict()).returns<{
    dbState: number | null;
    accessible: boolean;
  }>(),
  /** AuthenticateMessage: ISDS says whether it issued this ZFO. */
  'isds.authenticate': method(
    z.object({ key: boxKeySchema, zfo: z.instanceof(Uint8Array) }).strict(),
  ).returns<{ authentic: boolean | null }>(),
  /** Parse and verify a ZFO locally (import from disk); `errors.zfo.*` when it is none. */
  // Signatures of PDFs (PAdES). Failures are ServiceErrors `errors.signing.*` / `errors.pkcs11.*`.
  /** The certificate a signer would sign with, checked (expiry, key usage, qualified). */
  'signing.inspect': method(inspectSignerSchema).returns<SigningCertificateCheck>(),
  /** Keys with certificates on the PKCS#11 tokens present now (smart cards, USB tokens). */
  'signing.tokens': method(none).returns<{ certificates: TokenCertificate[] }>(),
  'signing.storedSigners': method(none).returns<{ signers: StoredSigner[] }>(),
  'signing.forgetSigner': method(z.object({ id: z.string().min(1).max(200) }).strict()).returns<{
    removed: boolean;
  }>(),
  /** A PAdES signature as an incremental update: B-T when the timestamp authority answers, else B-B. */
  'signing.sign': method(signRequestSchema).returns<SigningOutcome>(),
  /** A document timestamp for a B-B letter before it leaves (fails when the authority is down). */
  'signing.addTimestamp': method(timestampRequestSchema).returns<{
    pdf: Uint8Array;
    timestampTime: string;
  }>(),
  'signing.verify': method(verifyRequestSchema).returns<PdfSignaturesReport>(),
  // Authorized conversion and format change. Failures: `errors.conversion.*`,
  // `errors.conversionRegister.*`, and the PDF import's `errors.pdf.*`.
  /** Reads the scans' headers (nothing decoded but thumbnails); refuses bad input first. */
  'conversion.inspectScans': method(inspectScansSchema).returns<ScanInspection>(),
  /** The chosen pages as PDF/A-2b without the clause (JPEG data passed through). */
  'conversion.buildScanPdf': method(buildScanPdfSchema).returns<BuiltScanPdf>(),
  /** The § 25(1) clause page appended, with the box for the converting person's signature. */
  'conversion.finishPaperToElectronic': method(finishPaperToElectronicSchema).returns<{
    pdf: Uint8Array;
    pages: number;
    signatureBox: SignatureBox;
  }>(),
  /** Verifies an electronic input's signature or seal and timestamp for the § 25(2) clause. */
  'conversion.examineElectronic':
    method(examineElectronicSchema).returns<ElectronicInputExamination>(),
  /** The input's pages and the § 25(2) clause page, to print; main verifies the input again. */
  'conversion.renderElectronicToPaper': method(
    renderElectronicToPaperSchema,
  ).returns<PrintableConversion>(),
  /** § 69a: the component as PDF/A-2b with the § 24 clause; refused for formats it cannot read. */
  'conversion.changeFormat': method(changeFormatSchema).returns<FormatChanged>(),
  /** A number from the conversion register (idempotent by requestId); never made up. */
  'conversion.requestNumber': method(registerRequestSchema).returns<RegisterAnswer>(),
  /** Files the scanner left in the configured folder (empty list when none is configured). */
  'scanFolder.list': method(none).returns<{ folder: string | null; files: ScanFolderEntry[] }>(),
  'scanFolder.read': method(scanFolderNameSchema).returns<{ name: string; bytes: Uint8Array }>(),
  /** Clears a file the clerk has converted from the folder. */
  'scanFolder.remove': method(scanFolderNameSchema).returns<{ removed: boolean }>(),
  'zfo.verify': method(z.object({ bytes: z.instanceof(Uint8Array) }).strict()).returns<ZfoReport>(),
  'log.write': method(
    z
      .object({
        level: z.enum(['info', 'warn', 'error']),
        message: z.string().max(4000),
        context: z
          .record(z.string(), z.union([z.string().max(2000), z.number(), z.boolean()]))
          .optional(),
      })
      .strict(),
  ).returns<Record<string, never>>(),
} as const;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export const methodNames = Object.keys(methods) as MethodName[];

/** Methods whose implementation depends on the platform (dialogs, OS browser, updater). */
export const platformMethodNames = [
  'files.open',
  'files.save',
  'shell.openExternal',
  'update.getStatus',
  'update.check',
  'update.restartAndInstall',
] as const satisfies readonly MethodName[];
export type PlatformMethodName = (typeof platformMethodNames)[number];
