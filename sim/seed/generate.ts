import type { DemoSeed, SeedDocument } from '../../common/contract/types';
import type {
  Attachments,
  Channel,
  DocumentState,
  SenderReference,
} from '../../common/domain/document';
import type { Party } from '../../common/domain/party';
import { makePid } from '../../common/domain/pid';
import { officeDateString } from '../../common/domain/time';
import { parsePlanXml } from '../../common/nsesss/planXml';
import { daysBefore, workingDays, type WorkingDay } from './calendar';
import {
  DEMO_CURRENT_USER,
  DEMO_HANDLERS,
  DEMO_ORGANIZATION,
  type HandlerRole,
} from './organization';
import { AUTHORITIES, FIRMS, authorityParty, createCitizens, type AuthorityKey } from './parties';
import {
  createRandom,
  searchCumulative,
  weightedTable,
  type Random,
  type WeightedTable,
} from './prng';
import type { SubjectContext } from './subjectContext';
import { DOCUMENT_TEMPLATES, type DocumentTemplate } from './templates';

export interface DemoSeedOptions {
  /**
   * The file plan as nsesss-plan XML (Node callers: sim/demoPlan.ts readDemoPlanXml).
   * Every mark the letter templates use must be a lowest-level group of it.
   */
  planXml: string;
  /** How many documents the journal holds (default 2,000). */
  documents?: number;
  /** PRNG seed; the same seed, `today` and `documents` give the same journal. */
  seed?: number;
  /** The demo's "now" (default: the real now); nothing is received after it. */
  today?: Date;
}

export const DEFAULT_DEMO_DOCUMENTS = 2000;
export const DEFAULT_DEMO_SEED = 20260101;

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
const OFFICE_OPENS = 8 * 60 * MINUTE;
const OFFICE_CLOSES = 15 * 60 * MINUTE + 30 * MINUTE;
/** Longest time between a letter's receipt and its registration. */
const MAX_REGISTRATION_DELAY = 25 * MINUTE;
const SETTLED_AFTER_DAYS = 60;

const INCOMING_SHARE = 0.575;

const CHANNEL_WEIGHTS = weightedTable<Channel>([
  ['post', 35],
  ['databox', 40],
  ['email', 15],
  ['personal', 8],
  ['other', 2],
]);

type CounterpartyKind = DocumentTemplate['counterparty']['kind'];

/** Who writes through which channel: authorities and firms by data box, citizens on paper. */
const SENDER_KIND_BY_CHANNEL: Readonly<Record<Channel, WeightedTable<CounterpartyKind>>> = {
  databox: weightedTable([
    ['authority', 62],
    ['firm', 30],
    ['person', 8],
  ]),
  post: weightedTable([
    ['person', 45],
    ['firm', 30],
    ['authority', 25],
  ]),
  email: weightedTable([
    ['person', 55],
    ['firm', 45],
  ]),
  personal: weightedTable([
    ['person', 90],
    ['firm', 10],
  ]),
  other: weightedTable([
    ['person', 50],
    ['firm', 50],
  ]),
};

/** Who usually handles each top-level group of the file plan. */
const ROLE_BY_TOP_GROUP: Readonly<Record<string, HandlerRole>> = {
  '1': 'clerk',
  '2': 'accountant',
  '3': 'mayor',
  '4': 'mayor',
  '5': 'clerk',
  '6': 'deputy',
  '7': 'clerk',
  '8': 'deputy',
  '9': 'deputy',
  '10': 'mayor',
  '11': 'clerk',
  '12': 'clerk',
  '13': 'clerk',
};

const HANDLER_NAMES = Object.values(DEMO_HANDLERS);

const GENERIC_ATTACHMENTS = [
  'kopie dokladu',
  'plná moc',
  'fotodokumentace',
  'příloha dle textu',
  'čestné prohlášení',
];

const NOTES = [
  'Doručeno do vlastních rukou.',
  'Předáno starostovi k vyjádření.',
  'Urgováno telefonicky.',
  'Lhůta k vyřízení 30 dnů.',
  'Kopie předána místostarostovi.',
  'Originál uložen v trezoru obecního úřadu.',
  'Projednat na příštím zasedání zastupitelstva.',
  'Odpověď zaslána e-mailem, listinný originál následuje.',
];

const SHEETS_WEIGHTS = weightedTable<number>([
  [1, 30],
  [2, 24],
  [3, 14],
  [4, 9],
  [5, 6],
  [6, 4],
  [7, 3],
  [8, 2],
  [9, 2],
  [10, 2],
  [11, 1],
  [12, 1],
  [13, 1],
  [14, 0.5],
  [15, 0.5],
]);

const ATTACHMENT_COUNT_WEIGHTS = weightedTable<number>([
  [1, 50],
  [2, 28],
  [3, 14],
  [4, 8],
]);

interface TimedDraft {
  day: number;
  direction: 'incoming' | 'own';
  received: number;
  registered: number;
}

function byKind(
  direction: 'incoming' | 'own',
  kind: CounterpartyKind,
): WeightedTable<DocumentTemplate> {
  const list = DOCUMENT_TEMPLATES.filter(
    (t) => t.direction === direction && t.counterparty.kind === kind,
  );
  return weightedTable(list.map((t) => [t, t.weight] as const));
}

const INCOMING_BY_KIND: Readonly<Record<CounterpartyKind, WeightedTable<DocumentTemplate>>> = {
  person: byKind('incoming', 'person'),
  firm: byKind('incoming', 'firm'),
  authority: byKind('incoming', 'authority'),
};

const OWN_TEMPLATES = weightedTable(
  DOCUMENT_TEMPLATES.filter((t) => t.direction === 'own').map((t) => [t, t.weight] as const),
);

/**
 * Generates the demo municipality: organisation, file plan, handlers and a journal
 * of `documents` registrations over the previous calendar year and the current year
 * up to `today`. Pure and deterministic, so a browser benchmark can call it directly.
 */
export function generateDemoSeed(options: DemoSeedOptions): DemoSeed {
  const today = options.today ?? new Date();
  const count = options.documents ?? DEFAULT_DEMO_DOCUMENTS;
  if (!Number.isSafeInteger(count) || count < 0) {
    throw new RangeError(`documents must be a non-negative integer, got ${count}`);
  }
  checkPlan(options.planXml);
  const rng = createRandom(options.seed ?? DEFAULT_DEMO_SEED);
  const nowMs = today.getTime();
  const currentYear = Number(officeDateString(today).slice(0, 4));

  const days = openDays(workingDays(currentYear - 1, today), nowMs);
  const citizens = createCitizens(rng, 400);
  const citizensWithBox = citizens.filter((party) => party.dataBoxId !== undefined);

  const drafts = timeline(rng, days, count);
  const sequences = new Map<number, number>();
  const pids = new Set<string>();
  const pidBytes = new Uint8Array(7);
  const firmsCache = new Map<DocumentTemplate, Party[]>();

  const firmsFor = (template: DocumentTemplate): Party[] => {
    let list = firmsCache.get(template);
    if (!list) {
      const rule = template.counterparty;
      list =
        rule.kind === 'firm'
          ? FIRMS.filter((f) => rule.trades.includes(f.trade)).map((f) => f.party)
          : [];
      if (list.length === 0) throw new Error(`No firm fits template "${template.fileMark}"`);
      firmsCache.set(template, list);
    }
    return list;
  };

  const counterparty = (template: DocumentTemplate, channel: Channel | null): Party => {
    const rule = template.counterparty;
    if (rule.kind === 'authority') return authorityParty(rng.pick(rule.keys));
    if (rule.kind === 'firm') return rng.pick(firmsFor(template));
    return channel === 'databox' ? rng.pick(citizensWithBox) : rng.pick(citizens);
  };

  const currentUser = DEMO_CURRENT_USER;
  const pidPrefix = DEMO_ORGANIZATION.pidPrefix;
  // One context, refilled per document: templates read it synchronously.
  const context: SubjectContext = { rng, year: 0, month: 0 };
  const documents: SeedDocument[] = new Array<SeedDocument>(drafts.length);
  for (let i = 0; i < drafts.length; i++) {
    const draft = drafts[i] as TimedDraft;
    const day = days[draft.day] as WorkingDay;
    const sequence = (sequences.get(day.year) ?? 0) + 1;
    sequences.set(day.year, sequence);

    let pid: string;
    do {
      for (let b = 0; b < pidBytes.length; b++) pidBytes[b] = rng.int(256);
      pid = makePid(pidPrefix, pidBytes);
    } while (pids.has(pid));
    pids.add(pid);

    context.year = day.year;
    context.month = day.month;
    const registeredAt = new Date(draft.registered).toISOString();
    const state = stateOf(rng, (nowMs - draft.registered) / DAY);
    const note = rng.chance(0.08) ? rng.pick(NOTES) : null;

    if (draft.direction === 'incoming') {
      const channel = rng.weighted(CHANNEL_WEIGHTS);
      const template = rng.weighted(
        INCOMING_BY_KIND[rng.weighted(SENDER_KIND_BY_CHANNEL[channel])],
      );
      const rule = template.counterparty;
      // The authority is chosen once: its name and its number format must match.
      const authority = rule.kind === 'authority' ? rng.pick(rule.keys) : null;
      const handler = handlerFor(rng, template.fileMark);
      const electronic = channel === 'databox' || channel === 'email';
      const sender = authority ? authorityParty(authority) : counterparty(template, channel);
      const senderReference = senderReferenceOf(rng, template, authority, context, day.date);
      const subject = template.subject(context);
      const paper = sheetsAndAttachments(rng, template, electronic);
      documents[i] = {
        direction: 'incoming',
        sender,
        receivedAt: new Date(draft.received).toISOString(),
        channel,
        senderReference,
        subject,
        sheets: paper.sheets,
        attachments: paper.attachments,
        fileMark: template.fileMark,
        handler,
        note,
        pid,
        year: day.year,
        sequence,
        registeredAt,
        state,
        createdBy: rng.chance(0.9) ? currentUser : handler,
      };
    } else {
      const template = rng.weighted(OWN_TEMPLATES);
      const handler = handlerFor(rng, template.fileMark);
      const first = counterparty(template, null);
      const addressees = [first];
      if (rng.chance(0.15)) {
        const second = counterparty(template, null);
        if (second.name !== first.name) addressees.push(second);
      }
      const previous = days[draft.day - 1];
      const createdOn = previous && rng.chance(0.2) ? previous.date : day.date;
      const subject = template.subject(context);
      const paper = sheetsAndAttachments(rng, template, false);
      documents[i] = {
        direction: 'own',
        addressees,
        author: handler,
        createdOn,
        subject,
        sheets: paper.sheets,
        attachments: paper.attachments,
        fileMark: template.fileMark,
        handler,
        note,
        pid,
        year: day.year,
        sequence,
        registeredAt,
        state,
        createdBy: rng.chance(0.8) ? currentUser : handler,
      };
    }
  }

  return {
    organization: { ...DEMO_ORGANIZATION },
    filePlanXml: options.planXml,
    handlers: [...HANDLER_NAMES],
    currentUser: DEMO_CURRENT_USER,
    documents,
  };
}

/** The journal's letters are classified under the plan's leaves; a plan without them is a bug. */
function checkPlan(planXml: string): void {
  const plan = parsePlanXml(planXml);
  if (!plan.ok) {
    const issues = plan.issues.map((issue) => `${issue.message} ${JSON.stringify(issue.params)}`);
    throw new Error(`The demo file plan is not a valid nsesss-plan: ${issues.join('; ')}`);
  }
  const leaves = new Set(
    plan.value.groups.filter((group) => group.retention !== null).map((group) => group.fileMark),
  );
  const missing = [...new Set(DOCUMENT_TEMPLATES.map((template) => template.fileMark))].filter(
    (mark) => !leaves.has(mark),
  );
  if (missing.length > 0)
    throw new Error(`The file plan lacks the leaves the demo letters use: ${missing.join(', ')}`);
}

interface OpenDay extends WorkingDay {
  opens: number;
  closes: number;
}

/** Office hours of each working day; today only as far as the clock has got. */
function openDays(days: ReadonlyArray<WorkingDay>, nowMs: number): OpenDay[] {
  const open: OpenDay[] = [];
  for (const day of days) {
    const opens = day.start + OFFICE_OPENS;
    // Leave room for the registration delay so that nothing is registered after "now".
    const closes = Math.min(day.start + OFFICE_CLOSES, nowMs - MAX_REGISTRATION_DELAY - 5 * MINUTE);
    if (closes > opens) open.push({ ...day, opens, closes });
  }
  return open;
}

/** Receipt and registration instants, in journal order, strictly increasing. */
function timeline(rng: Random, days: ReadonlyArray<OpenDay>, count: number): TimedDraft[] {
  if (count === 0 || days.length === 0) return [];
  const cumulative = new Float64Array(days.length);
  let total = 0;
  for (let i = 0; i < days.length; i++) {
    const day = days[i] as OpenDay;
    // A partly elapsed today gets its share of the day's mail.
    total += day.weight * ((day.closes - day.opens) / (OFFICE_CLOSES - OFFICE_OPENS));
    cumulative[i] = total;
  }

  const drafts: TimedDraft[] = new Array<TimedDraft>(count);
  for (let i = 0; i < count; i++) {
    const lo = searchCumulative(cumulative, rng.next() * total);
    const day = days[lo] as OpenDay;
    const at = Math.floor((day.opens + rng.int(day.closes - day.opens)) / 1000) * 1000;
    const direction = rng.chance(INCOMING_SHARE) ? 'incoming' : 'own';
    const registered =
      direction === 'incoming' ? at + rng.between(MINUTE, MAX_REGISTRATION_DELAY) : at;
    drafts[i] = {
      day: lo,
      direction,
      received: at,
      registered: Math.floor(registered / 1000) * 1000,
    };
  }
  drafts.sort((a, b) => a.registered - b.registered);
  // One clerk never registers two documents in the same second.
  for (let i = 1; i < drafts.length; i++) {
    const previous = drafts[i - 1] as TimedDraft;
    const draft = drafts[i] as TimedDraft;
    if (draft.registered <= previous.registered) draft.registered = previous.registered + 1000;
  }
  return drafts;
}

function stateOf(rng: Random, ageDays: number): DocumentState {
  if (rng.chance(0.005)) return 'cancelled';
  const settledShare = ageDays > SETTLED_AFTER_DAYS ? 0.94 : 0.7 * (ageDays / SETTLED_AFTER_DAYS);
  return rng.chance(settledShare) ? 'settled' : 'registered';
}

function handlerFor(rng: Random, fileMark: string): string {
  if (rng.chance(0.25)) return rng.pick(HANDLER_NAMES);
  const top = fileMark.split('.')[0] ?? '';
  return DEMO_HANDLERS[ROLE_BY_TOP_GROUP[top] ?? 'clerk'];
}

function senderReferenceOf(
  rng: Random,
  template: DocumentTemplate,
  authority: AuthorityKey | null,
  context: SubjectContext,
  receivedOn: string,
): SenderReference | null {
  const dated = () => daysBefore(receivedOn, rng.between(1, 10));
  const rule = template.counterparty;
  if (authority)
    return { number: AUTHORITIES[authority].reference(rng, context.year), date: dated() };
  if (template.reference && rng.chance(0.9))
    return { number: template.reference(context), date: dated() };
  if (rule.kind === 'firm' && rng.chance(0.4)) return { number: null, date: dated() };
  if (rule.kind === 'person' && rng.chance(0.05)) return { number: null, date: dated() };
  return null;
}

function sheetsAndAttachments(
  rng: Random,
  template: DocumentTemplate,
  electronic: boolean,
): { sheets: number; attachments: Attachments } {
  const hasAttachments = rng.chance(template.attachments ? 0.55 : 0.25);
  if (!hasAttachments) {
    // An e-mail or a data message without attachments has no paper sheets at all.
    const sheets = electronic && rng.chance(0.3) ? 0 : rng.weighted(SHEETS_WEIGHTS);
    return { sheets, attachments: { count: 0, kind: 'paper', description: null } };
  }
  const count = rng.weighted(ATTACHMENT_COUNT_WEIGHTS);
  const pool = template.attachments ?? GENERIC_ATTACHMENTS;
  const picked: string[] = [];
  for (let i = 0; i < count && picked.length < pool.length; i++) {
    const item = rng.pick(pool);
    if (!picked.includes(item)) picked.push(item);
  }
  const nonpaper = picked.some((item) => item.startsWith('CD ') || item.startsWith('USB '));
  return {
    sheets: rng.weighted(SHEETS_WEIGHTS),
    attachments: { count, kind: nonpaper ? 'nonpaper' : 'paper', description: picked.join(', ') },
  };
}
