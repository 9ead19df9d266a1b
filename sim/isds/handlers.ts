import { encodeSignedContent } from '../../common/isds/codec';
import {
  messageStates,
  type IsdsStatus,
  type MessageId,
  type SignedContent,
} from '../../common/isds/model';
import type {
  Answer,
  ListQuery,
  LoginMethod,
  OperationName,
  RequestOf,
} from '../../common/isds/operations';
import type { IsdsAccount } from './accounts';
import type { IsdsClock } from './clock';
import { emptyData } from './emptyData';
import { FIND_LIMIT, findBoxes, fullTextSearch } from './search';
import type { SealAuthority } from './seal';
import { statuses, withDetail } from './statuses';
import type { IsdsStore } from './store';
import type { SimBox, SimMessage } from './types';
import {
  deliveryInfoOf,
  isoTime,
  ownerInfoOf,
  recordOf,
  returnedEnvelopeOf,
  returnedMessageOf,
  searchHitOf,
} from './views';

/** A decoded request, discriminated by `op`. */
export type IsdsRequest = {
  [O in OperationName]: { op: O; request: RequestOf<O> };
}[OperationName];

export type AnyAnswer = { [O in OperationName]: { op: O; answer: Answer<O> } }[OperationName];

/** The simulated ISDS's state and the services its operations need. */
export interface IsdsCore {
  store: IsdsStore;
  clock: IsdsClock;
  /** The sim's CA, made or read on first use. */
  seal: () => Promise<SealAuthority>;
  /** When the demo's passwords expire (GetPasswordInfo for password logins). */
  passwordExpiresAt: number;
  /** dmQTimestamp per message, made once (ISDS stamps a message when it accepts it). */
  timestamps: Map<MessageId, Uint8Array>;
}

export interface CallContext {
  account: IsdsAccount;
  box: SimBox;
  method: LoginMethod;
  now: number;
}

/** ISDS's limits on a message (Provozní řád): 20 MB in all, at most 100 files here. */
export const MAX_MESSAGE_BYTES = 20 * 1024 * 1024;
export const MAX_FILES = 100;
export const DEFAULT_LIST_LIMIT = 10_000;

const ok = statuses.ok;

function answer<O extends OperationName>(
  op: O,
  status: IsdsStatus,
  data?: Answer<O>['data'],
): AnyAnswer {
  return { op, answer: { status, data: data ?? emptyData[op]() } } as AnyAnswer;
}

function parseTime(value: string | null): number | null {
  if (value === null || value.trim() === '') return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : ms;
}

function listed(
  messages: ReadonlyArray<SimMessage>,
  query: ListQuery,
  timeOf: (message: SimMessage) => number | null,
  orgUnit: { num: number | null; of: (message: SimMessage) => number | null },
): Array<{ message: SimMessage; ordinal: number }> {
  const from = parseTime(query.dmFromTime);
  const to = parseTime(query.dmToTime);
  const mask = query.dmStatusFilter;
  const matching = messages.filter((message) => {
    const at = timeOf(message);
    if (from !== null && (at === null || at < from)) return false;
    if (to !== null && (at === null || at > to)) return false;
    if (mask !== -1 && (mask & (1 << message.state)) === 0) return false;
    if (orgUnit.num !== null && orgUnit.num !== 0 && orgUnit.of(message) !== orgUnit.num)
      return false;
    return true;
  });
  const offset = Math.max(1, query.dmOffset ?? 1);
  const limit = Math.max(1, query.dmLimit ?? DEFAULT_LIST_LIMIT);
  return matching
    .slice(offset - 1, offset - 1 + limit)
    .map((message, index) => ({ message, ordinal: offset + index }));
}

async function timestampOf(core: IsdsCore, message: SimMessage): Promise<Uint8Array> {
  const cached = core.timestamps.get(message.dmID);
  if (cached) return cached;
  const token = await (
    await core.seal()
  ).timestampToken('SHA-256', message.hash, new Date(message.submittedAt));
  core.timestamps.set(message.dmID, token);
  return token;
}

async function sealed(core: IsdsCore, content: SignedContent, now: number): Promise<Uint8Array> {
  const seal = await core.seal();
  const zfo = await seal.sealContent(encodeSignedContent(content), new Date(now));
  core.store.registerZfo(zfo);
  return zfo;
}

function validateOutgoing(
  request: RequestOf<'CreateMessage'>,
): { ok: true } | { ok: false; status: IsdsStatus } {
  const refuse = (detail: string) => ({
    ok: false as const,
    status: withDetail(statuses.invalidMessage, detail),
  });
  const annotation = request.envelope.dmAnnotation?.trim() ?? '';
  if (annotation === '') return refuse('Chybí věc zprávy (dmAnnotation).');
  if (annotation.length > 255) return refuse('Věc zprávy je delší než 255 znaků.');
  const { files } = request;
  if (files.length === 0) return refuse('Zpráva nemá žádnou písemnost.');
  if (files.length > MAX_FILES) return refuse(`Zpráva má víc než ${MAX_FILES} písemností.`);
  if (files[0]?.dmFileMetaType !== 'main')
    return refuse('První písemnost zprávy musí být hlavní (dmFileMetaType="main").');
  if (files.slice(1).some((file) => file.dmFileMetaType === 'main'))
    return refuse('Zpráva smí mít jen jednu hlavní písemnost.');
  const total = files.reduce((sum, file) => sum + file.content.length, 0);
  if (total > MAX_MESSAGE_BYTES) return refuse('Písemnosti zprávy jsou větší než 20 MB.');
  if (files.some((file) => file.content.length === 0))
    return refuse('Zpráva obsahuje prázdnou písemnost.');
  return { ok: true };
}

/** Runs one operation for the logged-in account. */
export async function runOperation(
  core: IsdsCore,
  ctx: CallContext,
  decoded: IsdsRequest,
): Promise<AnyAnswer> {
  const { store } = core;
  const boxes = store.boxes;
  store.settle(ctx.now);
  const own = ctx.box.dbID;
  const received = (dmID: MessageId) => {
    const message = store.messages.get(dmID);
    return message && message.recipient === own ? message : null;
  };
  const sent = (dmID: MessageId) => {
    const message = store.messages.get(dmID);
    return message && message.sender === own ? message : null;
  };

  switch (decoded.op) {
    case 'DummyOperation':
      return answer(decoded.op, ok);
    case 'GetOwnerInfoFromLogin':
      return answer(decoded.op, ok, { owner: ownerInfoOf(ctx.box) });
    case 'GetPasswordInfo': {
      const byPassword = ctx.method === 'password' || ctx.method === 'certificateAndPassword';
      return answer(decoded.op, ok, {
        pswExpDate: byPassword ? isoTime(core.passwordExpiresAt) : null,
      });
    }
    case 'GetListOfReceivedMessages': {
      // Listing the box is the login that delivers what waits in it (state 4 → 6).
      store.login(own, ctx.now);
      const rows = listed(store.receivedBy(own), decoded.request, (m) => m.deliveredAt, {
        num: decoded.request.dmRecipientOrgUnitNum,
        of: (m) => m.envelope.dmRecipientOrgUnitNum,
      });
      return answer(decoded.op, ok, {
        records: rows.map(({ message, ordinal }) => recordOf(message, ordinal, boxes)),
      });
    }
    case 'GetListOfSentMessages': {
      const rows = listed(store.sentBy(own), decoded.request, (m) => m.submittedAt, {
        num: decoded.request.dmSenderOrgUnitNum,
        of: (m) => m.envelope.dmSenderOrgUnitNum,
      });
      return answer(decoded.op, ok, {
        records: rows.map(({ message, ordinal }) => recordOf(message, ordinal, boxes)),
      });
    }
    case 'SignedMessageDownload': {
      const message = received(decoded.request.dmID);
      if (!message) return answer(decoded.op, statuses.notYourMessage);
      store.read(message.dmID, ctx.now);
      const timestamp = await timestampOf(core, message);
      const content: SignedContent = {
        kind: 'received',
        message: returnedMessageOf(message, boxes, timestamp),
      };
      return answer(decoded.op, ok, { dmSignature: await sealed(core, content, ctx.now) });
    }
    case 'SignedSentMessageDownload': {
      const message = sent(decoded.request.dmID);
      if (!message) return answer(decoded.op, statuses.notYourMessage);
      const timestamp = await timestampOf(core, message);
      const content: SignedContent = {
        kind: 'sent',
        message: returnedMessageOf(message, boxes, timestamp),
      };
      return answer(decoded.op, ok, { dmSignature: await sealed(core, content, ctx.now) });
    }
    case 'MessageEnvelopeDownload': {
      const message = received(decoded.request.dmID);
      if (!message) return answer(decoded.op, statuses.notYourMessage);
      const timestamp = await timestampOf(core, message);
      return answer(decoded.op, ok, {
        envelope: returnedEnvelopeOf(message, boxes, timestamp),
      });
    }
    case 'MarkMessageAsDownloaded': {
      const message = received(decoded.request.dmID);
      if (!message) return answer(decoded.op, statuses.notYourMessage);
      store.markDownloaded(message.dmID, ctx.now);
      return answer(decoded.op, ok);
    }
    case 'GetMessageStateChanges': {
      const from = parseTime(decoded.request.dmFromTime);
      const to = parseTime(decoded.request.dmToTime);
      const changes = store
        .sentBy(own)
        .flatMap((message) => message.changes.map((change) => ({ dmID: message.dmID, ...change })))
        .filter(({ at }) => (from === null || at >= from) && (to === null || at <= to))
        .sort((a, b) => a.at - b.at || Number(a.dmID) - Number(b.dmID))
        .map(({ dmID, at, state }) => ({
          dmID,
          dmEventTime: isoTime(at),
          dmMessageStatus: state,
        }));
      return answer(decoded.op, ok, { changes });
    }
    case 'GetDeliveryInfo':
    case 'GetSignedDeliveryInfo': {
      const message = sent(decoded.request.dmID) ?? received(decoded.request.dmID);
      if (!message) return answer(decoded.op, statuses.notYourMessage);
      if (message.deliveredAt === null || message.state < messageStates.deliveredToBox)
        return answer(decoded.op, statuses.notYetDelivered);
      const delivery = deliveryInfoOf(message, boxes, await timestampOf(core, message));
      if (decoded.op === 'GetDeliveryInfo') return answer(decoded.op, ok, { delivery });
      const zfo = await sealed(core, { kind: 'delivery', delivery }, ctx.now);
      return answer(decoded.op, ok, { dmSignature: zfo });
    }
    case 'CreateMessage': {
      const request = decoded.request;
      if (ctx.box.dbState !== 1) return answer(decoded.op, statuses.senderInaccessible);
      const recipient = boxes.get(request.envelope.dbIDRecipient);
      if (!recipient) return answer(decoded.op, statuses.boxDoesNotExist);
      if (recipient.dbState !== 1) return answer(decoded.op, statuses.recipientInaccessible);
      const valid = validateOutgoing(request);
      if (!valid.ok) return answer(decoded.op, valid.status);
      const message = store.submit(
        {
          sender: own,
          recipient: recipient.dbID,
          envelope: { ...request.envelope, dmAnnotation: request.envelope.dmAnnotation.trim() },
          dmType: request.dmType,
          files: request.files.map((file) => ({
            ...file,
            dmFileGuid: null,
            dmUpFileGuid: null,
            dmFormat: null,
            xml: false,
          })),
        },
        ctx.now,
      );
      return answer(decoded.op, ok, { dmID: message.dmID });
    }
    case 'FindDataBox': {
      const { owner } = decoded.request;
      const found = findBoxes(boxes.values(), owner);
      if (found.length === 0)
        return answer(
          decoded.op,
          owner.dbID || owner.ic ? statuses.boxDoesNotExist : statuses.nothingFound,
        );
      if (found.length > FIND_LIMIT)
        return answer(decoded.op, statuses.tooGeneral, {
          results: found.slice(0, FIND_LIMIT).map(ownerInfoOf),
        });
      return answer(decoded.op, ok, { results: found.map(ownerInfoOf) });
    }
    case 'ISDSSearch2': {
      const query = decoded.request;
      const hits = fullTextSearch(boxes.values(), query);
      const start = query.pageNumber * query.pageSize;
      const page = hits.slice(start, start + query.pageSize);
      return answer(decoded.op, ok, {
        result: {
          totalCount: hits.length,
          currentCount: page.length,
          position: start,
          lastPage: start + page.length >= hits.length,
          hits: page.map(searchHitOf),
        },
      });
    }
    case 'CheckDataBox': {
      const box = boxes.get(decoded.request.dbID);
      if (!box) return answer(decoded.op, statuses.boxDoesNotExist, { dbState: 0 });
      return answer(decoded.op, ok, { dbState: box.dbState });
    }
    case 'AuthenticateMessage':
      return answer(decoded.op, ok, {
        dmAuthResult: store.isIssuedZfo(decoded.request.dmMessage),
      });
  }
}
