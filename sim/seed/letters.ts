import type { SeedDocument } from '../../common/contract/types';
import type { Attachments, Channel, SenderReference } from '../../common/domain/document';
import type { Party } from '../../common/domain/party';
import { daysBefore } from './calendar';
import { DEMO_CURRENT_USER, DEMO_HANDLERS, type HandlerRole } from './organization';
import { AUTHORITIES, FIRMS, authorityParty, createCitizens, type AuthorityKey } from './parties';
import { weightedTable, type Random, type WeightedTable } from './prng';
import type { SubjectContext } from './subjectContext';
import { DOCUMENT_TEMPLATES, type DocumentTemplate } from './templates';
import type { OpenDay, Slot } from './timeline';

/** Who a letter is from or to; an authority also by its key, for the format of its numbers. */
export interface Correspondent {
  party: Party;
  authority: AuthorityKey | null;
}

/** The letter of one slot: its template and its counterparty. */
export interface LetterChoice {
  template: DocumentTemplate;
  correspondent: Correspondent;
  channel: Channel | null;
  handler: string;
}

type CounterpartyKind = DocumentTemplate['counterparty']['kind'];

const CHANNEL_WEIGHTS = weightedTable<Channel>([
  ['post', 35],
  ['databox', 40],
  ['email', 15],
  ['personal', 8],
  ['other', 2],
]);

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

/** How a known correspondent of a matter writes again: by data box when there is one. */
const CHANNEL_OF_KIND_WITH_BOX: Readonly<Record<CounterpartyKind, WeightedTable<Channel>>> = {
  authority: weightedTable([
    ['databox', 90],
    ['post', 10],
  ]),
  firm: weightedTable([
    ['databox', 70],
    ['email', 20],
    ['post', 10],
  ]),
  person: weightedTable([
    ['databox', 50],
    ['post', 25],
    ['personal', 15],
    ['email', 10],
  ]),
};

const CHANNEL_OF_KIND_WITHOUT_BOX: Readonly<Record<CounterpartyKind, WeightedTable<Channel>>> = {
  authority: weightedTable([['post', 1]]),
  firm: weightedTable([
    ['post', 55],
    ['email', 45],
  ]),
  person: weightedTable([
    ['post', 50],
    ['personal', 35],
    ['email', 15],
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

export const HANDLER_NAMES: ReadonlyArray<string> = Object.values(DEMO_HANDLERS);

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
 * Writes the letters of the journal: picks what a letter on its own is about and who
 * sent it, and turns a choice into the document the eSSL registered. One PRNG and one
 * subject context serve every letter, so the order of calls is part of the seed.
 */
export class LetterWriter {
  private readonly citizens: Party[];
  private readonly citizensWithBox: Party[];
  private readonly firmsCache = new Map<DocumentTemplate, Party[]>();
  /** Refilled per letter: templates read it synchronously. */
  private readonly context: SubjectContext;

  constructor(private readonly rng: Random) {
    this.citizens = createCitizens(rng, 400);
    this.citizensWithBox = this.citizens.filter((party) => party.dataBoxId !== undefined);
    this.context = { rng, year: 0, month: 0, memo: null };
  }

  handlerFor(fileMark: string): string {
    if (this.rng.chance(0.25)) return this.rng.pick(HANDLER_NAMES);
    const top = fileMark.split('.')[0] ?? '';
    return DEMO_HANDLERS[ROLE_BY_TOP_GROUP[top] ?? 'clerk'];
  }

  /** A letter on its own: incoming by channel and sender, own by template. */
  chooseAlone(direction: 'incoming' | 'own'): LetterChoice {
    const rng = this.rng;
    if (direction === 'incoming') {
      const channel = rng.weighted(CHANNEL_WEIGHTS);
      const template = rng.weighted(
        INCOMING_BY_KIND[rng.weighted(SENDER_KIND_BY_CHANNEL[channel])],
      );
      const handler = this.handlerFor(template.fileMark);
      return { template, correspondent: this.correspondent(template, channel), channel, handler };
    }
    const template = rng.weighted(OWN_TEMPLATES);
    const handler = this.handlerFor(template.fileMark);
    return { template, correspondent: this.correspondent(template, null), channel: null, handler };
  }

  /** A step of a matter: its template, written by or to a known correspondent or a new one. */
  chooseStep(
    template: DocumentTemplate,
    known: Correspondent | null,
    handler: string,
  ): LetterChoice {
    const correspondent = known ?? this.correspondent(template, null);
    const channel =
      template.direction === 'incoming' ? this.channelOf(template, correspondent.party) : null;
    return { template, correspondent, channel, handler };
  }

  /**
   * The document of a slot (numbering and state are the caller's: placeholders here).
   * `memo` holds the subject details of the letter's matter.
   */
  write(
    slot: Slot,
    days: ReadonlyArray<OpenDay>,
    choice: LetterChoice,
    memo: Map<string, string | number> | null,
    pid: string,
  ): SeedDocument {
    const rng = this.rng;
    const day = days[slot.day] as OpenDay;
    const context = this.context;
    context.year = day.year;
    context.month = day.month;
    context.memo = memo;
    const { template, correspondent, handler } = choice;
    const note = rng.chance(0.08) ? rng.pick(NOTES) : null;
    const registeredAt = new Date(slot.registered).toISOString();
    const numbering = {
      pid,
      year: day.year,
      sequence: 0,
      registeredAt,
      state: 'registered' as const,
    };

    if (template.direction === 'incoming') {
      const channel = choice.channel ?? 'post';
      const electronic = channel === 'databox' || channel === 'email';
      const senderReference = this.senderReferenceOf(template, correspondent.authority, day.date);
      const subject = template.subject(context);
      const paper = this.sheetsAndAttachments(template, electronic);
      return {
        direction: 'incoming',
        sender: correspondent.party,
        receivedAt: new Date(slot.received).toISOString(),
        channel,
        senderReference,
        subject,
        sheets: paper.sheets,
        attachments: paper.attachments,
        fileMark: template.fileMark,
        handler,
        note,
        ...numbering,
        createdBy: rng.chance(0.9) ? DEMO_CURRENT_USER : handler,
      };
    }
    const addressees = [correspondent.party];
    // A letter on its own sometimes goes to two; a matter's letter to its correspondent.
    if (memo === null && rng.chance(0.15)) {
      const second = this.correspondent(template, null).party;
      if (second.name !== correspondent.party.name) addressees.push(second);
    }
    const previous = days[slot.day - 1];
    const createdOn = previous && rng.chance(0.2) ? previous.date : day.date;
    const subject = template.subject(context);
    const paper = this.sheetsAndAttachments(template, false);
    return {
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
      ...numbering,
      createdBy: rng.chance(0.8) ? DEMO_CURRENT_USER : handler,
    };
  }

  private firmsFor(template: DocumentTemplate): Party[] {
    let list = this.firmsCache.get(template);
    if (!list) {
      const rule = template.counterparty;
      list =
        rule.kind === 'firm'
          ? FIRMS.filter((f) => rule.trades.includes(f.trade)).map((f) => f.party)
          : [];
      if (list.length === 0) throw new Error(`No firm fits template "${template.fileMark}"`);
      this.firmsCache.set(template, list);
    }
    return list;
  }

  private correspondent(template: DocumentTemplate, channel: Channel | null): Correspondent {
    const rule = template.counterparty;
    const rng = this.rng;
    if (rule.kind === 'authority') {
      // The authority is chosen once: its name and its number format must match.
      const key = rng.pick(rule.keys);
      return { party: authorityParty(key), authority: key };
    }
    if (rule.kind === 'firm') return { party: rng.pick(this.firmsFor(template)), authority: null };
    const party = channel === 'databox' ? rng.pick(this.citizensWithBox) : rng.pick(this.citizens);
    return { party, authority: null };
  }

  private channelOf(template: DocumentTemplate, party: Party): Channel {
    const kind = template.counterparty.kind;
    const table = party.dataBoxId ? CHANNEL_OF_KIND_WITH_BOX : CHANNEL_OF_KIND_WITHOUT_BOX;
    return this.rng.weighted(table[kind]);
  }

  private senderReferenceOf(
    template: DocumentTemplate,
    authority: AuthorityKey | null,
    receivedOn: string,
  ): SenderReference | null {
    const rng = this.rng;
    const dated = () => daysBefore(receivedOn, rng.between(1, 10));
    const rule = template.counterparty;
    if (authority)
      return { number: AUTHORITIES[authority].reference(rng, this.context.year), date: dated() };
    if (template.reference && rng.chance(0.9))
      return { number: template.reference(this.context), date: dated() };
    if (rule.kind === 'firm' && rng.chance(0.4)) return { number: null, date: dated() };
    if (rule.kind === 'person' && rng.chance(0.05)) return { number: null, date: dated() };
    return null;
  }

  private sheetsAndAttachments(
    template: DocumentTemplate,
    electronic: boolean,
  ): { sheets: number; attachments: Attachments } {
    const rng = this.rng;
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
}
