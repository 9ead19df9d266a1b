import type { XmlElement, XmlNode } from '../../nsesss/xml';
import { InvalidMessage, type Sequence } from '../../erms/codec/reader';
import { isdsCodes, type IsdsStatus, type MessageRecord } from '../model';
import type { Answer, OperationName } from '../operations';
import { encodeBase64 } from './base64';
import { readHit, readOwner, writeHit, writeOwner } from './boxes';
import { Fields, isNil, type Writer } from './fields';
import {
  readDelivery,
  readRecord,
  readReturnedEnvelope,
  readStateChange,
  writeDelivery,
  writeRecord,
  writeReturnedEnvelope,
  writeStateChange,
  type ReadContext,
  type WriteContext,
} from './messages';
import { readDbStatus, readDmStatus, writeDbStatus, writeDmStatus } from './status';

/**
 * The body of each operation's `…Response`: its xs:sequence, written from and read into
 * an Answer. Where the status is not OK the data are what the schema lets go missing:
 * optional elements left out, lists empty, a required owner all nil. Reading takes
 * whatever data came, whatever the status (0003 "truncated" comes with results).
 */

export interface ResponseCodec<O extends OperationName> {
  sequence: Sequence;
  write(w: Writer, answer: Answer<O>, context: WriteContext): Array<XmlNode | null>;
  read(f: Fields, context: ReadContext): Answer<O>;
}

const isOk = (status: IsdsStatus) => status.code === isdsCodes.ok;

/** An optional and nillable element: present and not nil. */
function present(f: Fields, name: string): XmlElement | null {
  const element = f.c.opt(name);
  return element && !isNil(element) ? element : null;
}

/**
 * A wrapper of rows (dmRecords, dbResults): an error answer may leave it out, so it is
 * written only when there are rows or the answer is OK.
 */
function writeList<T>(
  w: Writer,
  name: string,
  status: IsdsStatus,
  items: readonly T[],
  writeItem: (item: T) => XmlNode,
): XmlNode | null {
  return items.length > 0 || isOk(status) ? w.el(name, items.map(writeItem)) : null;
}

/** The rows of an optional, nillable wrapper; none when it is missing or nil. */
function readList(f: Fields, name: string, row: string): XmlElement[] {
  const list = present(f, name);
  return list ? new Fields(list, [row]).c.many(row) : [];
}

/**
 * Some outputs make dmStatus optional (tMessDownOutput, tDeliveryMessageOutput,
 * tSignedMessDownOutput); without one, data mean success and no data mean nothing usable.
 */
function optionalDmStatus(f: Fields, hasData: boolean): IsdsStatus {
  const element = f.c.opt('dmStatus');
  if (element) return readDmStatus(element);
  if (!hasData) throw new InvalidMessage(`${f.element.path}: neither data nor dmStatus`);
  return { code: isdsCodes.ok, message: '' };
}

function statusOnly<O extends OperationName>(data: Answer<O>['data']): ResponseCodec<O> {
  return {
    sequence: ['dmStatus'],
    write: (w, answer) => [writeDmStatus(w, answer.status)],
    read: (f) => ({ status: readDmStatus(f.c.one('dmStatus')), data }),
  };
}

function signature<
  O extends 'SignedMessageDownload' | 'SignedSentMessageDownload' | 'GetSignedDeliveryInfo',
>(statusRequired: boolean): ResponseCodec<O> {
  return {
    sequence: ['dmSignature', 'dmStatus'],
    write: (w, answer, context) => [
      answer.data.dmSignature
        ? w.el('dmSignature', context.raw.raw(encodeBase64(answer.data.dmSignature)))
        : null,
      writeDmStatus(w, answer.status),
    ],
    read: (f, context) => {
      const element = f.c.opt('dmSignature');
      const dmSignature = element ? context.base64(element) : null;
      const status = statusRequired
        ? readDmStatus(f.c.one('dmStatus'))
        : optionalDmStatus(f, dmSignature !== null);
      return { status, data: { dmSignature } } as Answer<O>;
    },
  };
}

function records<
  O extends 'GetListOfReceivedMessages' | 'GetListOfSentMessages',
>(): ResponseCodec<O> {
  return {
    sequence: ['dmRecords', 'dmStatus'],
    write: (w, answer) => [
      writeList(w, 'dmRecords', answer.status, answer.data.records, (record) =>
        writeRecord(w, record),
      ),
      writeDmStatus(w, answer.status),
    ],
    read: (f) => {
      const rows = readList(f, 'dmRecords', 'dmRecord');
      return {
        status: readDmStatus(f.c.one('dmStatus')),
        data: { records: rows.map(readRecord).filter((row): row is MessageRecord => row !== null) },
      } as Answer<O>;
    },
  };
}

export const responseCodecs: { [O in OperationName]: ResponseCodec<O> } = {
  DummyOperation: statusOnly<'DummyOperation'>({}),
  GetOwnerInfoFromLogin: {
    sequence: ['dbOwnerInfo', 'dbStatus'],
    // dbOwnerInfo is required even in an error answer: then every value is nil.
    write: (w, answer) => [
      w.el('dbOwnerInfo', writeOwner(w, answer.data.owner ?? {}, false)),
      writeDbStatus(w, answer.status),
    ],
    read: (f) => {
      const status = readDbStatus(f.c.one('dbStatus'));
      const owner = readOwner(f.c.one('dbOwnerInfo'), false);
      return { status, data: { owner: isOk(status) ? owner : null } };
    },
  },
  GetPasswordInfo: {
    sequence: ['pswExpDate', 'dbStatus'],
    write: (w, answer) => [
      isOk(answer.status)
        ? w.time('pswExpDate', answer.data.pswExpDate)
        : w.optTime('pswExpDate', answer.data.pswExpDate),
      writeDbStatus(w, answer.status),
    ],
    read: (f) => ({
      status: readDbStatus(f.c.one('dbStatus')),
      data: { pswExpDate: f.optTime('pswExpDate') },
    }),
  },
  GetListOfReceivedMessages: records<'GetListOfReceivedMessages'>(),
  GetListOfSentMessages: records<'GetListOfSentMessages'>(),
  SignedMessageDownload: signature<'SignedMessageDownload'>(false),
  SignedSentMessageDownload: signature<'SignedSentMessageDownload'>(false),
  MessageEnvelopeDownload: {
    sequence: ['dmReturnedMessageEnvelope', 'dmStatus'],
    write: (w, answer) => [
      answer.data.envelope
        ? writeReturnedEnvelope(w, 'dmReturnedMessageEnvelope', answer.data.envelope)
        : null,
      writeDmStatus(w, answer.status),
    ],
    read: (f) => {
      const element = present(f, 'dmReturnedMessageEnvelope');
      return {
        status: readDmStatus(f.c.one('dmStatus')),
        data: { envelope: element ? readReturnedEnvelope(element) : null },
      };
    },
  },
  MarkMessageAsDownloaded: statusOnly<'MarkMessageAsDownloaded'>({}),
  GetMessageStateChanges: {
    sequence: ['dmRecords', 'dmStatus'],
    write: (w, answer) => [
      writeList(w, 'dmRecords', answer.status, answer.data.changes, (change) =>
        writeStateChange(w, change),
      ),
      writeDmStatus(w, answer.status),
    ],
    read: (f) => ({
      status: readDmStatus(f.c.one('dmStatus')),
      data: { changes: readList(f, 'dmRecords', 'dmRecord').map(readStateChange) },
    }),
  },
  GetDeliveryInfo: {
    sequence: ['dmDelivery', 'dmStatus'],
    write: (w, answer) => [
      answer.data.delivery ? writeDelivery(w, 'dmDelivery', answer.data.delivery) : null,
      writeDmStatus(w, answer.status),
    ],
    read: (f) => {
      const element = present(f, 'dmDelivery');
      const delivery = element ? readDelivery(element) : null;
      return { status: optionalDmStatus(f, delivery !== null), data: { delivery } };
    },
  },
  GetSignedDeliveryInfo: signature<'GetSignedDeliveryInfo'>(true),
  CreateMessage: {
    sequence: ['dmID', 'dmStatus'],
    write: (w, answer) => [w.optText('dmID', answer.data.dmID), writeDmStatus(w, answer.status)],
    read: (f) => ({
      status: readDmStatus(f.c.one('dmStatus')),
      data: { dmID: f.optText('dmID', 20)?.trim() ?? null },
    }),
  },
  FindDataBox: {
    sequence: ['dbResults', 'dbStatus'],
    write: (w, answer) => [
      writeList(w, 'dbResults', answer.status, answer.data.results, (owner) =>
        w.el('dbOwnerInfo', writeOwner(w, owner, true)),
      ),
      writeDbStatus(w, answer.status),
    ],
    read: (f) => ({
      status: readDbStatus(f.c.one('dbStatus')),
      data: {
        results: readList(f, 'dbResults', 'dbOwnerInfo').map((row) => readOwner(row, true)),
      },
    }),
  },
  ISDSSearch2: {
    sequence: ['totalCount', 'currentCount', 'position', 'lastPage', 'dbResults', 'dbStatus'],
    write: (w, answer) => {
      const { result } = answer.data;
      return [
        w.optInt('totalCount', result?.totalCount),
        w.optInt('currentCount', result?.currentCount),
        w.optInt('position', result?.position),
        w.optBool('lastPage', result?.lastPage),
        result
          ? w.el(
              'dbResults',
              result.hits.map((hit) => writeHit(w, hit)),
            )
          : null,
        writeDbStatus(w, answer.status),
      ];
    },
    read: (f) => {
      const status = readDbStatus(f.c.one('dbStatus'));
      const list = f.c.opt('dbResults');
      const counts = ['totalCount', 'currentCount', 'position', 'lastPage'].some((name) =>
        f.c.has(name),
      );
      if (!list && !counts) return { status, data: { result: null } };
      const hits = list ? new Fields(list, ['dbResult']).c.many('dbResult').map(readHit) : [];
      return {
        status,
        data: {
          result: {
            totalCount: nonNegative(f, 'totalCount') ?? hits.length,
            currentCount: nonNegative(f, 'currentCount') ?? hits.length,
            position: nonNegative(f, 'position') ?? 0,
            lastPage: f.optBool('lastPage') ?? true,
            hits,
          },
        },
      };
    },
  },
  CheckDataBox: {
    sequence: ['dbState', 'dbStatus'],
    write: (w, answer) => [
      w.optInt('dbState', answer.data.dbState),
      writeDbStatus(w, answer.status),
    ],
    read: (f) => ({
      status: readDbStatus(f.c.one('dbStatus')),
      data: { dbState: f.optInt('dbState') },
    }),
  },
  AuthenticateMessage: {
    sequence: ['dmAuthResult', 'dmStatus'],
    write: (w, answer) => [
      w.optBool('dmAuthResult', answer.data.dmAuthResult),
      writeDmStatus(w, answer.status),
    ],
    read: (f) => ({
      status: readDmStatus(f.c.one('dmStatus')),
      data: { dmAuthResult: f.optBool('dmAuthResult') },
    }),
  },
};

function nonNegative(f: Fields, name: string): number | null {
  const value = f.optInt(name);
  if (value !== null && value < 0) throw new InvalidMessage(`${f.element.path}/${name}: negative`);
  return value;
}
