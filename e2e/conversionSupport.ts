import { X509Certificate } from 'node:crypto';
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import type { ConversionRecord } from '../common/domain/conversion';
import { emptyEnvelopeSub } from '../common/isds/model';
import { loginPaths } from '../common/isds/operations';
import { AccountQueue } from '../main/services/isds/accountQueue';
import { createIsdsClientFactory } from '../main/services/isds/session';
import { bytesOf, sharpTiff, withJfifDpi } from '../main/services/conversion/scans/testScans';
import { openPkcs12Signer } from '../main/services/signing/pkcs12Signer';
import { signPdf } from '../main/services/signing/signPdf';
import type { TestIdentity } from '../main/services/signing/testing/testCertificates';
import { DATABASE_NAME } from '../renderer/db/schema';
import type { RegisterRecord } from '../sim/conversionRegister';
import type { AppFixture } from './fixtures';
import { expect } from './fixtures';
import { readStore } from './indexedDb';
import { TEST_P12_PASSWORD, writtenElsewherePdf } from './lettersSupport';

/** A4 at 150 dpi, as an office scanner saves a page. */
export const A4_150DPI = { width: 1240, height: 1754 } as const;

type RegisterMode = 'up' | 'down' | 'error';

function simBase(app: AppFixture): string {
  const base = app.launched.simUrl;
  if (!base) throw new Error('the demo host has no simulator');
  return base;
}

/** Switches the simulator's conversion register (`up`, `down`, or `error` with a Czech message). */
export async function registerMode(
  app: AppFixture,
  mode: RegisterMode,
  message?: string,
): Promise<void> {
  const response = await fetch(new URL('/conversion-register-admin/mode', simBase(app)), {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(message === undefined ? { mode } : { mode, message }),
  });
  if (!response.ok) throw new Error(`conversion-register-admin/mode: HTTP ${response.status}`);
}

/** What the simulator's register recorded, read over its own HTTP door. */
export async function registerRecords(app: AppFixture): Promise<RegisterRecord[]> {
  const response = await fetch(new URL('/conversion-register/v1/records', simBase(app)));
  if (!response.ok) throw new Error(`conversion-register/v1/records: HTTP ${response.status}`);
  return ((await response.json()) as { records: RegisterRecord[] }).records;
}

/**
 * A scanned A4 page at 150 dpi: paper, a letterhead bar, text lines, a round stamp in
 * colour — drawn from SVG by sharp and saved as a JPEG that states its resolution.
 */
export async function scannedPageJpeg(title: string, stampColour = '#1f4fbf'): Promise<Buffer> {
  const { width, height } = A4_150DPI;
  const lines = Array.from(
    { length: 18 },
    (_, index) =>
      `<rect x="150" y="${520 + index * 56}" width="${900 - (index % 4) * 120}" height="14" fill="#333"/>`,
  ).join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <rect width="100%" height="100%" fill="#f7f5ee"/>
    <rect x="150" y="150" width="940" height="60" fill="#222"/>
    <text x="150" y="330" font-family="DejaVu Sans" font-size="48" fill="#111">${title}</text>
    ${lines}
    <circle cx="900" cy="1560" r="110" fill="none" stroke="${stampColour}" stroke-width="14"/>
  </svg>`;
  const jpeg = await sharp(Buffer.from(svg)).jpeg({ quality: 80 }).toBuffer();
  return Buffer.from(withJfifDpi(bytesOf(jpeg), 150));
}

/** A two-page LZW TIFF at 150 dpi (an annex scanned as one file). */
export async function twoPageTiff(): Promise<Buffer> {
  const { width, height } = A4_150DPI;
  const page = (shade: number, bar: number) =>
    sharp({
      create: { width, height, channels: 3, background: { r: shade, g: shade, b: shade } },
    }).composite([
      {
        input: {
          create: { width: 800, height: bar, channels: 3, background: { r: 20, g: 20, b: 20 } },
        },
        left: 200,
        top: 300,
      },
    ]);
  // 150 dpi in TIFF's pixels per millimetre.
  const perMm = 150 / 25.4;
  return Buffer.from(
    await sharpTiff([page(246, 80), page(240, 200)], {
      compression: 'lzw',
      xres: perMm,
      yres: perMm,
    }),
  );
}

/** A one-page PDF with its font embedded, signed (PAdES B-B) with the identity's PKCS#12. */
export async function signedPdf(identity: TestIdentity, text: string): Promise<Buffer> {
  const signer = await openPkcs12Signer(identity.p12, TEST_P12_PASSWORD, new Date());
  const outcome = await signPdf({ pdf: await writtenElsewherePdf(text), signer, now: new Date() });
  return Buffer.from(outcome.pdf);
}

/**
 * The signed PDF with one byte changed inside what the signature covers: the binary
 * comment on the second line, so the file still opens but its digest no longer matches.
 */
export function tampered(pdf: Buffer): Buffer {
  const copy = Buffer.from(pdf);
  const at = copy.indexOf(0x0a) + 2;
  copy[at] = (copy[at] ?? 0) ^ 0x01;
  return copy;
}

/** A certificate's serial as the app shows it: upper-case hex without leading zero octets. */
export function serialOf(certPem: string): string {
  return new X509Certificate(certPem).serialNumber.toUpperCase().replace(/^(00)+(?=..)/, '');
}

/** The organisation (O) a certificate names as its subject: how the app names a provider. */
export function organizationOf(certPem: string): string {
  const line = new X509Certificate(certPem).subject
    .split('\n')
    .find((part) => part.startsWith('O='));
  if (!line) throw new Error('the certificate names no organisation');
  return line.slice(2);
}

/**
 * A citizen sends the municipality a data message from their own box, through the
 * simulated ISDS's SOAP door with their password — as any other client would.
 */
export async function citizenSends(
  app: AppFixture,
  message: { subject: string; files: Array<{ name: string; pdf: Buffer; main?: boolean }> },
): Promise<{ dmID: string; sender: string }> {
  const sim = app.launched.sim;
  if (!sim) throw new Error('the demo host has no simulator');
  const boxes = sim.isds.boxes();
  const citizen = boxes.find((box) => box.role === 'citizen');
  const municipality = boxes.find((box) => box.role === 'municipality');
  const account = sim.isds.accounts().find((candidate) => candidate.dbID === citizen?.dbID);
  if (!citizen || !municipality || !account) throw new Error('no citizen or municipality box');
  const client = createIsdsClientFactory({ responseTimeoutMs: 30_000 })(
    {
      method: 'password',
      baseUrl: simBase(app).replace(/\/+$/, '') + loginPaths.password,
      username: account.username,
      password: account.password,
      certificate: null,
      caPem: null,
      proxyUrl: null,
      accountKey: `citizen:${citizen.dbID}`,
    },
    new AccountQueue(),
  );
  try {
    const dmID = await client.createMessage({
      envelope: {
        ...emptyEnvelopeSub,
        dbIDRecipient: municipality.dbID,
        dmAnnotation: message.subject,
        dmPersonalDelivery: false,
        dmAllowSubstDelivery: true,
      },
      dmOVM: false,
      dmPublishOwnID: null,
      dmType: null,
      files: message.files.map((file, index) => ({
        dmMimeType: 'application/pdf',
        dmFileMetaType: (file.main ?? index === 0) ? 'main' : 'enclosure',
        dmFileDescr: file.name,
        content: new Uint8Array(file.pdf),
      })),
    });
    return { dmID, sender: citizen.name };
  } finally {
    client.close();
  }
}

/** The bytes of a row's `blob` in one store, read straight from IndexedDB in the page. */
async function storedBlobBytes(page: Page, store: string, key: string): Promise<Buffer> {
  const base64 = await page.evaluate(
    async ({ name, store, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const row = await new Promise<{ blob: Blob } | undefined>((resolve, reject) => {
          const request = db.transaction(store).objectStore(store).get(key);
          request.onsuccess = () => resolve(request.result as { blob: Blob } | undefined);
          request.onerror = () => reject(request.error);
        });
        if (!row) return null;
        const bytes = new Uint8Array(await row.blob.arrayBuffer());
        let binary = '';
        for (let at = 0; at < bytes.length; at += 0x8000)
          binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
        return btoa(binary);
      } finally {
        db.close();
      }
    },
    { name: DATABASE_NAME, store, key },
  );
  if (base64 === null) throw new Error(`no ${key} in ${store}`);
  return Buffer.from(base64, 'base64');
}

/** The bytes of a document's component as stored. */
export function componentBytes(page: Page, id: string): Promise<Buffer> {
  return storedBlobBytes(page, 'components', id);
}

/** A conversion's working file (`prepared`, `withClause`) as stored. */
export function conversionBlobBytes(
  page: Page,
  conversionId: string,
  kind: 'prepared' | 'withClause',
): Promise<Buffer> {
  return storedBlobBytes(page, 'conversionBlobs', `${conversionId}/${kind}`);
}

/** A stored component without its blob (the fields the specs check). */
export interface StoredComponent {
  id: string;
  pid: string;
  name: string;
  mime: string;
  role?: string;
  derivedFrom?: string;
  conversionId?: string;
}

export async function componentsOf(page: Page, pid: string): Promise<StoredComponent[]> {
  const rows = await readStore<StoredComponent & { blob?: unknown }>(page, 'components', {
    index: 'pid',
    key: pid,
  });
  return rows.map(({ blob: _blob, ...rest }) => rest);
}

export function storedConversions(page: Page): Promise<ConversionRecord[]> {
  return readStore<ConversionRecord>(page, 'conversions');
}

/** Which working files the conversions have (`<id>/prepared`, `<id>/withClause`). */
export async function conversionBlobKinds(page: Page): Promise<string[]> {
  const rows = await readStore<{ id: string; kind: string }>(page, 'conversionBlobs');
  return rows.map((row) => `${row.id.split('/')[0]}:${row.kind}`).sort();
}

export const scanDialog = (page: Page): Locator =>
  page.getByRole('dialog').filter({ has: page.getByTestId('scan-dialog') });

export const electronicDialog = (page: Page): Locator =>
  page.getByRole('dialog').filter({ has: page.getByTestId('electronic-to-paper-dialog') });

/** Konverze (Alt+8). */
export async function openConversions(page: Page): Promise<Locator> {
  await page.keyboard.press('Alt+8');
  const screen = page.getByTestId('conversion-screen');
  await expect(screen.getByRole('heading', { level: 1, name: 'Konverze' })).toBeVisible();
  return screen;
}

export const conversionRow = (page: Page, id: string): Locator =>
  page.locator(`[data-testid="conversion-row"][data-conversion-id="${id}"]`);

/** Opens a conversion's detail on the Konverze screen. */
export async function openConversion(page: Page, id: string): Promise<Locator> {
  await conversionRow(page, id).dblclick();
  const detail = page.getByTestId('conversion-detail');
  await expect(detail.getByTestId('conversion-facts')).toBeVisible();
  return detail;
}

/** Picks scans through the dialog's "Přidat soubory…" and waits until main inspected them. */
export async function addScans(
  dialog: Locator,
  files: Array<{ name: string; mimeType: string; buffer: Buffer }>,
): Promise<void> {
  const chooser = dialog.page().waitForEvent('filechooser');
  await dialog.getByTestId('scan-pick').click();
  await (await chooser).setFiles(files);
  await expect(dialog.getByTestId('scan-adding')).toHaveText('');
}
