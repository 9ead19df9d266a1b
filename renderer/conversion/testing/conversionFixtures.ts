import { expect } from 'vitest';
import { ContractCallError } from '../../../common/contract/envelope';
import type { ElectronicInputExamination } from '../../../common/contract/conversion';
import type { ConversionFields } from '../../../common/domain/conversionRules';
import { incomingInput } from '../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import { registerDocument } from '../../db/commands/registerDocument';
import type { CommandError } from '../../db/errors';
import type { UradovnaDatabase } from '../../db/schema';
import { resources } from '../../i18n/resources';
import type { RegisterQueuePort } from '../sync/registerQueue';

/** What the clerk fills in for a scan of a letter, converted on the office's own initiative. */
export function scanFields(overrides: Partial<ConversionFields> = {}): ConversionFields {
  return {
    description: 'Dopis Jana Nováka ze dne 2. 3. 2026',
    inputDate: '2026-03-02',
    sheets: 2,
    official: true,
    feeCzk: null,
    exemption: null,
    lostElement: { lost: false, description: null },
    colourReason: null,
    needsColourReason: false,
    ...overrides,
  };
}

export const validExamination: ElectronicInputExamination = {
  kind: 'signed',
  valid: true,
  certificate: {
    subject: 'CN=Ing. Petr Malý',
    subjectName: 'Ing. Petr Malý',
    issuer: 'CN=PostSignum Qualified CA 4',
    serialNumber: '0A1B2C',
    notBefore: '2025-01-01T00:00:00.000Z',
    notAfter: '2027-01-01T00:00:00.000Z',
  },
  qualified: true,
  provider: 'PostSignum Qualified CA 4',
  signer: 'Ing. Petr Malý',
  timestamp: {
    time: '2026-03-01T10:00:00.000Z',
    serialNumber: '99',
    provider: 'PostSignum TSA',
    valid: true,
  },
  problems: [],
  pages: 3,
};

/** An incoming document with one PDF file, as the intake leaves it. */
export async function documentWithPdf(
  db: UradovnaDatabase,
  now: Date,
): Promise<{ pid: string; componentId: string; pdf: Uint8Array }> {
  const pdf = minimalPdf();
  const registered = await registerDocument(
    db,
    incomingInput({ subject: 'Žádost o stavební povolení' }),
    [{ name: 'zadost.pdf', bytes: pdf }],
    { now },
  );
  const [component] = await db.components.where('pid').equals(registered.pid).toArray();
  if (!component) throw new Error('no component');
  return { pid: registered.pid, componentId: component.id, pdf };
}

/** A PDF "signed" on top of `base`: an incremental update appended to it. */
export function appended(base: Uint8Array): Uint8Array {
  const tail = new TextEncoder().encode('\n% podpis\n%%EOF\n');
  const out = new Uint8Array(base.length + tail.length);
  out.set(base);
  out.set(tail, base.length);
  return out;
}

/** The Czech text of an i18n key as the app has it wired. */
export function czechOf(key: string): string | undefined {
  let node: unknown = resources.cs.translation;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export function expectCzechRefusal(error: CommandError, code: string): void {
  expect(error.code).toBe(code);
  expect(czechOf(code), `Czech text of ${code}`).toMatch(/\S/);
}

/** A register and a clause writer that the test drives: up, down, refusing. */
export interface FakeRegister extends RegisterQueuePort {
  mode: 'up' | 'down' | 'refuse';
  requests: string[];
  next: number;
}

export function fakeRegister(): FakeRegister {
  const numbers = new Map<string, string>();
  const register: FakeRegister = {
    mode: 'up',
    requests: [],
    next: 1,
    async 'conversion.requestNumber'(request) {
      register.requests.push(request.requestId);
      if (register.mode === 'down')
        throw contractError(
          'errors.conversionRegister.unreachable',
          'Evidence konverzí není dostupná.',
        );
      if (register.mode === 'refuse')
        throw contractError(
          'errors.conversionRegister.refused',
          'Evidence konverzí žádost odmítla. Důvod: neznámý subjekt',
        );
      const known = numbers.get(request.requestId);
      const number = known ?? `${String(register.next++).padStart(6, '0')}-2026-abc1234`;
      numbers.set(request.requestId, number);
      return { number, registeredAt: '2026-03-03T09:00:06.000Z' };
    },
    async 'conversion.finishPaperToElectronic'({ pdf, clause }) {
      return {
        pdf: withText(pdf, `doložka ${clause.number}`),
        pages: 2,
        signatureBox: { page: 1, x: 300, y: 100, width: 200, height: 60 },
      };
    },
    async 'conversion.renderElectronicToPaper'({ pdf, clause }) {
      return {
        pdf: withText(pdf, `doložka ${clause.number}`),
        pages: 4,
        sheets: clause.duplex ? 2 : 4,
        examination: validExamination,
      };
    },
  };
  return register;
}

function withText(pdf: Uint8Array, text: string): Uint8Array<ArrayBuffer> {
  const tail = new TextEncoder().encode(`\n% ${text}\n%%EOF\n`);
  const out = new Uint8Array(pdf.length + tail.length);
  out.set(pdf);
  out.set(tail, pdf.length);
  return out;
}

function contractError(code: string, message: string): ContractCallError {
  return new ContractCallError({ code, message });
}
