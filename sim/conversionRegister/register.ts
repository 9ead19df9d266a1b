/**
 * The simulated conversion register (evidence o provedených konverzích, zákon 300/2008
 * Sb. § 25(1)(b), § 25(2)(b)): it numbers every conversion with a per-year sequence and
 * answers a retried request with the number it already gave. There is no public
 * standard for this interface (municipalities reach the register through their ORP's
 * gateway), so the JSON-over-HTTP protocol is ours: docs/conversion.md, "Conversion
 * register protocol".
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  registerRequestSchema,
  type RegisterAnswer,
  type RegisterRequest,
} from '../../common/contract/conversion';
import { officeYear } from '../../common/domain/time';
import { DEMO_ORGANIZATION } from '../seed/organization';
import {
  fileChangeLog,
  memoryChangeLog,
  readJsonLines,
  type ChangeLog,
} from '../storage/jsonLines';
import { invalidRequestMessage } from './messages';

export const REGISTER_MODES = ['up', 'down', 'error'] as const;
export type RegisterMode = (typeof REGISTER_MODES)[number];

/** One numbered conversion, as the register keeps it (and as its log line holds it). */
export interface RegisterRecord {
  number: string;
  year: number;
  sequence: number;
  registeredAt: string;
  request: RegisterRequest;
}

/** What the HTTP layer sends: a status and a JSON body. */
export type RegisterReply =
  | { status: 200 | 201; body: RegisterAnswer }
  | { status: 409 | 422 | 500 | 503; body: { code: string; message: string } };

export interface SimConversionRegister {
  readonly mode: RegisterMode;
  /** `message` is the Czech reason the `error` mode answers with (a default otherwise). */
  setMode(mode: RegisterMode, message?: string | null): void;
  /** Numbers a request (the parsed JSON body); idempotent by `requestId`. */
  register(body: unknown): Promise<RegisterReply>;
  /** Records of a year (all years when null), in the order they were numbered. */
  records(year?: number | null): RegisterRecord[];
  /** Requests answered in any mode, for tests. */
  readonly requests: number;
  close(): Promise<void>;
}

export interface ConversionRegisterOptions {
  /** The sim's data dir: `<dataDir>/conversion-register/log.jsonl`; null keeps it in memory. */
  dataDir: string | null;
  /** The register's clock (default: the real one); the year of a number is its office year. */
  now?: () => Date;
  /**
   * The converting office's code in the number (7 characters). The demo municipality is
   * known by its data-box ID, which identifies a public authority uniquely.
   */
  officeCode?: string;
}

export const DEFAULT_ERROR_MESSAGE =
  'Žádost nelze zpracovat kvůli chybě na straně evidence. Zkuste to později, případně se obraťte na správce ORP.';
const DOWN_MESSAGE = 'Evidence konverzí je mimo provoz.';
const CONFLICT_MESSAGE =
  'Žádost s tímto identifikátorem už byla zapsána s jinými údaji; druhé číslo se nepřiděluje.';

/**
 * `000042-2026-hl7q2ab`: the sequence in the year (six digits, more when needed), the
 * year, the office. Clients treat it as opaque text (they print it, never parse it).
 */
export function formatRegisterNumber(sequence: number, year: number, officeCode: string): string {
  return `${String(sequence).padStart(6, '0')}-${year}-${officeCode}`;
}

function sameRequest(a: RegisterRequest, b: RegisterRequest): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

export function createConversionRegister(
  options: ConversionRegisterOptions,
): SimConversionRegister {
  const now = options.now ?? (() => new Date());
  const officeCode = options.officeCode ?? DEMO_ORGANIZATION.dataBoxId;
  if (officeCode.length !== 7) throw new Error(`office code ${officeCode}: 7 characters expected`);

  let log: ChangeLog<RegisterRecord> = memoryChangeLog();
  const byRequest = new Map<string, RegisterRecord>();
  const ordered: RegisterRecord[] = [];
  const lastSequence = new Map<number, number>();
  /** The log write of each record: a replay answers only after the first was kept. */
  const written = new Map<string, Promise<void>>();

  const keep = (record: RegisterRecord) => {
    byRequest.set(record.request.requestId, record);
    ordered.push(record);
    lastSequence.set(record.year, Math.max(lastSequence.get(record.year) ?? 0, record.sequence));
  };

  if (options.dataDir) {
    const dir = join(options.dataDir, 'conversion-register');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, 'log.jsonl');
    readJsonLines<RegisterRecord>(file).records.forEach(keep);
    log = fileChangeLog(file, 'Evidence konverzí simulátoru je zavřená.');
  }

  let mode: RegisterMode = 'up';
  let errorMessage = DEFAULT_ERROR_MESSAGE;
  let requests = 0;

  return {
    get mode() {
      return mode;
    },
    get requests() {
      return requests;
    },
    setMode(next, message) {
      mode = next;
      errorMessage = message?.trim() ? message.trim() : DEFAULT_ERROR_MESSAGE;
    },
    async register(body) {
      requests++;
      if (mode === 'down')
        return { status: 503, body: { code: 'unavailable', message: DOWN_MESSAGE } };
      if (mode === 'error')
        return { status: 500, body: { code: 'registerError', message: errorMessage } };
      const parsed = registerRequestSchema.safeParse(body, { reportInput: true });
      if (!parsed.success)
        return {
          status: 422,
          body: { code: 'invalidRequest', message: invalidRequestMessage(parsed.error.issues) },
        };
      const request = parsed.data;
      const existing = byRequest.get(request.requestId);
      if (existing) {
        if (!sameRequest(existing.request, request))
          return { status: 409, body: { code: 'conflict', message: CONFLICT_MESSAGE } };
        await written.get(request.requestId);
        // The first request's write failed: it was answered with an error, and so is this one.
        if (byRequest.get(request.requestId) !== existing)
          throw new Error(`conversion register: record ${existing.number} was not kept`);
        return {
          status: 200,
          body: { number: existing.number, registeredAt: existing.registeredAt },
        };
      }
      const at = now();
      const year = officeYear(at);
      const sequence = (lastSequence.get(year) ?? 0) + 1;
      const record: RegisterRecord = {
        number: formatRegisterNumber(sequence, year, officeCode),
        year,
        sequence,
        registeredAt: at.toISOString(),
        request,
      };
      // Kept before the write, so a concurrent replay finds it and waits for the same write.
      keep(record);
      const write = log.append([record]).catch((error: unknown) => {
        // Not kept, not given: the number is skipped (never given twice); the request may come again.
        byRequest.delete(request.requestId);
        ordered.splice(ordered.indexOf(record), 1);
        throw error;
      });
      written.set(
        request.requestId,
        write.then(
          () => {},
          () => {},
        ),
      );
      try {
        await write;
      } finally {
        written.delete(request.requestId);
      }
      return { status: 201, body: { number: record.number, registeredAt: record.registeredAt } };
    },
    records(year = null) {
      return ordered
        .filter((record) => year === null || record.year === year)
        .map((record) => structuredClone(record));
    },
    close: () => log.close(),
  };
}
