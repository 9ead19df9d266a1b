import type { XmlNode } from '../../nsesss/xml';
import { InvalidMessage, type Sequence } from '../../erms/codec/reader';
import type { OutgoingMessage } from '../model';
import type { ListQuery, OperationName, RequestOf } from '../operations';
import { encodeBase64 } from './base64';
import { readOwner, readSearchQuery, SEARCH_SEQUENCE, writeOwner, writeSearchQuery } from './boxes';
import { ENVELOPE_SUB_SEQUENCE, readEnvelopeSub, writeEnvelopeSub } from './envelope';
import { Fields, type Writer } from './fields';
import { readFiles, writeFiles, type ReadContext, type WriteContext } from './messages';

/** The body of each operation's request element (named as the operation): its xs:sequence, written and read. */

export interface RequestCodec<R> {
  sequence: Sequence;
  write(w: Writer, request: R, context: WriteContext): Array<XmlNode | null>;
  read(f: Fields, context: ReadContext): R;
}

const none: RequestCodec<Record<string, never>> = {
  sequence: [],
  write: () => [],
  read: () => ({}),
};

/** tDummyInput: dbDummy carries nothing but must be there. */
const dummy: RequestCodec<Record<string, never>> = {
  sequence: ['dbDummy'],
  write: (w) => [w.el('dbDummy', '')],
  read: (f) => {
    f.reqText('dbDummy');
    return {};
  },
};

const byId: RequestCodec<{ dmID: string }> = {
  sequence: ['dmID'],
  write: (w, request) => {
    if (request.dmID.length === 0 || request.dmID.length > 20)
      throw new RangeError(`dmID: 1–20 characters: ${request.dmID}`);
    return [w.el('dmID', request.dmID)];
  },
  read: (f) => ({ dmID: f.reqText('dmID', 20).trim() }),
};

function listQuery(orgUnit: 'dmRecipientOrgUnitNum' | 'dmSenderOrgUnitNum') {
  return {
    sequence: ['dmFromTime', 'dmToTime', orgUnit, 'dmStatusFilter', 'dmOffset', 'dmLimit'],
    write: (w: Writer, request: ListQuery, orgUnitNum: number | null) => [
      w.time('dmFromTime', request.dmFromTime),
      w.time('dmToTime', request.dmToTime),
      w.int(orgUnit, orgUnitNum),
      w.int('dmStatusFilter', request.dmStatusFilter),
      w.int('dmOffset', request.dmOffset),
      w.int('dmLimit', request.dmLimit),
    ],
    read: (f: Fields): ListQuery & { orgUnitNum: number | null } => {
      const filter = f.reqText('dmStatusFilter').trim();
      if (!/^-?\d+$/.test(filter))
        throw new InvalidMessage(`${f.element.path}/dmStatusFilter: not a number: '${filter}'`);
      return {
        dmFromTime: f.time('dmFromTime'),
        dmToTime: f.time('dmToTime'),
        orgUnitNum: f.int(orgUnit),
        dmStatusFilter: Number(filter),
        dmOffset: f.int('dmOffset'),
        dmLimit: f.int('dmLimit'),
      };
    },
  };
}

const received = listQuery('dmRecipientOrgUnitNum');
const sent = listQuery('dmSenderOrgUnitNum');

const ENVELOPE_IN = [...ENVELOPE_SUB_SEQUENCE, 'dmOVM', 'dmPublishOwnID'];

const createMessage: RequestCodec<OutgoingMessage> = {
  sequence: ['dmEnvelope', 'dmFiles'],
  write: (w, message, context) => {
    const attributes: Record<string, string> = {};
    if (message.dmType !== null) {
      if (message.dmType.length !== 1)
        throw new RangeError(`dmType: one character: ${message.dmType}`);
      attributes.dmType = message.dmType;
    }
    return [
      w.el(
        'dmEnvelope',
        [
          ...writeEnvelopeSub(w, message.envelope),
          w.optBool('dmOVM', message.dmOVM),
          w.optBool('dmPublishOwnID', message.dmPublishOwnID),
        ],
        attributes,
      ),
      writeFiles(w, message.files, context),
    ];
  },
  read: (f, context) => {
    const envelopeElement = f.c.one('dmEnvelope');
    const e = new Fields(envelopeElement, ENVELOPE_IN);
    const sub = readEnvelopeSub(e);
    if (sub.dbIDRecipient === null)
      throw new InvalidMessage(
        `${envelopeElement.path}/dbIDRecipient: a message needs a recipient`,
      );
    const files = readFiles(f.c.one('dmFiles'), context);
    return {
      // ISDS refuses an empty subject with a status; the simulator decides, so nil reads as ''.
      envelope: { ...sub, dbIDRecipient: sub.dbIDRecipient, dmAnnotation: sub.dmAnnotation ?? '' },
      dmOVM: e.optBool('dmOVM'),
      dmPublishOwnID: e.optBool('dmPublishOwnID'),
      dmType: envelopeElement.attributes.dmType ?? null,
      files: files.map(({ dmMimeType, dmFileMetaType, dmFileDescr, content }) => ({
        dmMimeType,
        dmFileMetaType,
        dmFileDescr,
        content,
      })),
    };
  },
};

export const requestCodecs: { [O in OperationName]: RequestCodec<RequestOf<O>> } = {
  DummyOperation: none,
  GetOwnerInfoFromLogin: dummy,
  GetPasswordInfo: dummy,
  GetListOfReceivedMessages: {
    sequence: received.sequence,
    write: (w, request) => received.write(w, request, request.dmRecipientOrgUnitNum),
    read: (f) => {
      const { orgUnitNum, ...query } = received.read(f);
      return { ...query, dmRecipientOrgUnitNum: orgUnitNum };
    },
  },
  GetListOfSentMessages: {
    sequence: sent.sequence,
    write: (w, request) => sent.write(w, request, request.dmSenderOrgUnitNum),
    read: (f) => {
      const { orgUnitNum, ...query } = sent.read(f);
      return { ...query, dmSenderOrgUnitNum: orgUnitNum };
    },
  },
  SignedMessageDownload: byId,
  SignedSentMessageDownload: byId,
  MessageEnvelopeDownload: byId,
  MarkMessageAsDownloaded: byId,
  GetMessageStateChanges: {
    sequence: ['dmFromTime', 'dmToTime'],
    write: (w, request) => [
      w.time('dmFromTime', request.dmFromTime),
      w.time('dmToTime', request.dmToTime),
    ],
    read: (f) => ({ dmFromTime: f.time('dmFromTime'), dmToTime: f.time('dmToTime') }),
  },
  GetDeliveryInfo: byId,
  GetSignedDeliveryInfo: byId,
  CreateMessage: createMessage,
  FindDataBox: {
    sequence: ['dbOwnerInfo'],
    write: (w, request) => [w.el('dbOwnerInfo', writeOwner(w, request.owner, false))],
    read: (f) => ({ owner: readOwner(f.c.one('dbOwnerInfo'), false) }),
  },
  ISDSSearch2: {
    sequence: SEARCH_SEQUENCE,
    write: (w, query) => writeSearchQuery(w, query),
    read: (f) => readSearchQuery(f),
  },
  CheckDataBox: {
    sequence: ['dbID', 'dbApproved', 'dbExternRefNumber'],
    write: (w, request) => [w.boxId('dbID', request.dbID)],
    read: (f) => ({ dbID: f.reqBoxId('dbID') }),
  },
  AuthenticateMessage: {
    sequence: ['dmMessage'],
    write: (w, request, context) => [
      w.el('dmMessage', context.raw.raw(encodeBase64(request.dmMessage))),
    ],
    read: (f, context) => ({ dmMessage: context.base64(f.c.one('dmMessage')) }),
  },
};
