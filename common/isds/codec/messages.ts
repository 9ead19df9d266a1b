import type { XmlElement, XmlNode } from '../../nsesss/xml';
import { InvalidMessage, requiredAttribute } from '../../erms/codec/reader';
import type {
  DeliveryEvent,
  DeliveryInfo,
  DeliveryState,
  FileMetaType,
  MessageAttributes,
  MessageFile,
  MessageHash,
  MessageRecord,
  ReturnedEnvelope,
  ReturnedMessage,
  StateChange,
} from '../model';
import { ENVELOPE_SEQUENCE, readEnvelope, writeEnvelope } from './envelope';
import { booleanAttribute, Fields, integerAttribute, optionalAttribute, Writer } from './fields';
import { decodeBase64, encodeBase64 } from './base64';
import { ISDS_NS } from './types';
import { xmlContentText, type RawXml } from './xmlContent';

/**
 * The message structures of dmBaseTypes.xsd: tFilesArray, tHash, tReturnedMessage,
 * tReturnedMessageEnvelope, tDelivery, tRecord, tStateChangesRecord.
 */

/** What readers share while reading one document: its dmXMLContent texts in order. */
export class ReadContext {
  private next = 0;
  constructor(
    private readonly xmlContents: ReadonlyArray<string> = [],
    private readonly lifted: ReadonlyMap<string, string> = new Map(),
  ) {}

  /** The bytes of a base64 element, whose text `liftBase64` may have set aside. */
  base64(element: XmlElement): Uint8Array {
    const text = simpleText(element);
    return decodeBase64(this.lifted.get(text) ?? text, element.path);
  }

  xmlContent(where: string): string {
    const text = this.xmlContents[this.next++];
    if (text === undefined)
      throw new InvalidMessage(`${where}: dmXMLContent not found in the source`);
    return text;
  }
}

/** What writers share while writing one document. */
export interface WriteContext {
  raw: RawXml;
}

/** dmDm declares its own prefix, as ISDS writes it, so it reads the same in a ZFO and in SOAP. */
const DM = new Writer('p');
const dmDm = (children: Array<XmlNode | null>): XmlNode =>
  DM.el('dmDm', children, { 'xmlns:p': ISDS_NS });

/* -------------------------------------------------------------------------- files */

const META_TYPES: ReadonlyArray<FileMetaType> = ['main', 'enclosure', 'signature', 'meta'];
const utf8 = new TextEncoder();

export function readFiles(element: XmlElement, context: ReadContext): MessageFile[] {
  const files = new Fields(element, ['dmFile']).c.many('dmFile', 1);
  return files.map((file) => readFile(file, context));
}

function readFile(file: XmlElement, context: ReadContext): MessageFile {
  const metaType = requiredAttribute(file, 'dmFileMetaType');
  const dmFileMetaType = META_TYPES.find((type) => type === metaType);
  if (!dmFileMetaType)
    throw new InvalidMessage(`${file.path}: dmFileMetaType '${metaType}' is not allowed`);
  const f = new Fields(file, [['dmEncodedContent', 'dmXMLContent']]);
  const encoded = f.c.opt('dmEncodedContent');
  const xml = f.c.opt('dmXMLContent');
  if ((encoded === null) === (xml === null))
    throw new InvalidMessage(`${file.path}: one dmEncodedContent or dmXMLContent is required`);
  return {
    dmMimeType: requiredAttribute(file, 'dmMimeType'),
    dmFileMetaType,
    dmFileDescr: requiredAttribute(file, 'dmFileDescr'),
    dmFileGuid: optionalAttribute(file, 'dmFileGuid'),
    dmUpFileGuid: optionalAttribute(file, 'dmUpFileGuid'),
    dmFormat: optionalAttribute(file, 'dmFormat'),
    content: encoded
      ? context.base64(encoded)
      : utf8.encode(context.xmlContent(xml?.path ?? file.path)),
    xml: xml !== null,
  };
}

function simpleText(element: XmlElement): string {
  if (element.children.length > 0)
    throw new InvalidMessage(`${element.path}: a simple value was expected`);
  return element.text;
}

type FileToWrite = Pick<MessageFile, 'dmMimeType' | 'dmFileMetaType' | 'dmFileDescr' | 'content'> &
  Partial<Pick<MessageFile, 'dmFileGuid' | 'dmUpFileGuid' | 'dmFormat' | 'xml'>>;

export function writeFiles(
  w: Writer,
  files: ReadonlyArray<FileToWrite>,
  context: WriteContext,
): XmlNode {
  if (files.length === 0) throw new RangeError('dmFiles needs one dmFile or more');
  return w.el(
    'dmFiles',
    files.map((file) => {
      const attributes: Record<string, string> = {
        dmMimeType: file.dmMimeType,
        dmFileMetaType: file.dmFileMetaType,
      };
      if (file.dmFileGuid) attributes.dmFileGuid = file.dmFileGuid;
      if (file.dmUpFileGuid) attributes.dmUpFileGuid = file.dmUpFileGuid;
      attributes.dmFileDescr = file.dmFileDescr;
      if (file.dmFormat) attributes.dmFormat = file.dmFormat;
      const content = file.xml
        ? w.el('dmXMLContent', context.raw.raw(xmlContentText(file.content, file.dmFileDescr)))
        : // Multi-megabyte base64 goes in raw too: the builder need not escape what has nothing to escape.
          w.el('dmEncodedContent', context.raw.raw(encodeBase64(file.content)));
      return w.el('dmFile', [content], attributes);
    }),
  );
}

/* --------------------------------------------------------------------- hash etc. */

export function readHash(element: XmlElement): MessageHash {
  const value = simpleText(element).replace(/\s+/g, '');
  decodeBase64(value, element.path);
  return { algorithm: element.attributes.algorithm ?? '', value };
}

export function writeHash(w: Writer, hash: MessageHash): XmlNode {
  return w.el('dmHash', hash.value, hash.algorithm ? { algorithm: hash.algorithm } : {});
}

function readAttributes(element: XmlElement): MessageAttributes {
  return {
    dmType: optionalAttribute(element, 'dmType'),
    dmVODZ: booleanAttribute(element, 'dmVODZ'),
    attsNum: integerAttribute(element, 'attsNum'),
  };
}

/** Only the attributes the element's type declares (tReturnedMessage has no dmVODZ, tRecord no attsNum). */
function writeAttributes(
  attributes: MessageAttributes,
  allowed: ReadonlyArray<'dmVODZ' | 'attsNum'>,
): Record<string, string> {
  const out: Record<string, string> = {};
  if (attributes.dmType !== null) {
    if (attributes.dmType.length !== 1)
      throw new RangeError(`dmType: one character: ${attributes.dmType}`);
    out.dmType = attributes.dmType;
  }
  if (allowed.includes('dmVODZ') && attributes.dmVODZ !== null)
    out.dmVODZ = attributes.dmVODZ ? 'true' : 'false';
  if (allowed.includes('attsNum') && attributes.attsNum !== null)
    out.attsNum = String(attributes.attsNum);
  return out;
}

/* ------------------------------------------------------------- tReturnedMessage */

const TAIL = ['dmHash', 'dmQTimestamp', 'dmDeliveryTime', 'dmAcceptanceTime', 'dmMessageStatus'];

/** What tReturnedMessage, tReturnedMessageEnvelope and tDelivery share after dmDm. */
type Stamped = DeliveryState & { dmHash: MessageHash; dmQTimestamp: Uint8Array | null };

function readStamped(f: Fields): Stamped {
  return {
    dmHash: readHash(f.c.one('dmHash')),
    dmQTimestamp: f.bytes('dmQTimestamp'),
    dmDeliveryTime: f.time('dmDeliveryTime'),
    dmAcceptanceTime: f.time('dmAcceptanceTime'),
    dmMessageStatus: f.reqInt('dmMessageStatus'),
  };
}

/** `timestamp` is the written dmQTimestamp, whose nil rule differs by type. */
function writeStamped(w: Writer, value: Stamped, timestamp: XmlNode): XmlNode[] {
  return [
    writeHash(w, value.dmHash),
    timestamp,
    w.time('dmDeliveryTime', value.dmDeliveryTime),
    w.time('dmAcceptanceTime', value.dmAcceptanceTime),
    w.int('dmMessageStatus', value.dmMessageStatus),
  ];
}

export function readReturnedMessage(element: XmlElement, context: ReadContext): ReturnedMessage {
  const f = new Fields(element, ['dmDm', ...TAIL, 'dmAttachmentSize']);
  const dm = new Fields(f.c.one('dmDm'), [...ENVELOPE_SEQUENCE, 'dmFiles']);
  return {
    envelope: readEnvelope(dm),
    files: readFiles(dm.c.one('dmFiles'), context),
    ...readStamped(f),
    dmAttachmentSize: f.int('dmAttachmentSize'),
    ...readAttributes(element),
  };
}

export function writeReturnedMessage(
  w: Writer,
  name: string,
  message: ReturnedMessage,
  context: WriteContext,
): XmlNode {
  return w.el(
    name,
    [
      dmDm([...writeEnvelope(DM, message.envelope), writeFiles(DM, message.files, context)]),
      ...writeStamped(w, message, w.bytes('dmQTimestamp', message.dmQTimestamp)),
      w.int('dmAttachmentSize', message.dmAttachmentSize),
    ],
    writeAttributes(message, []),
  );
}

/* ----------------------------------------------------- tReturnedMessageEnvelope */

export function readReturnedEnvelope(element: XmlElement): ReturnedEnvelope {
  const f = new Fields(element, ['dmDm', ...TAIL, 'dmAttachmentSize']);
  return {
    envelope: readEnvelope(new Fields(f.c.one('dmDm'), ENVELOPE_SEQUENCE)),
    ...readStamped(f),
    dmAttachmentSize: f.int('dmAttachmentSize'),
    ...readAttributes(element),
  };
}

/** dmQTimestamp is not nillable here: a missing timestamp is written empty. */
function timestampNotNil(w: Writer, value: Uint8Array | null): XmlNode {
  return value ? w.bytes('dmQTimestamp', value) : w.el('dmQTimestamp', '');
}

export function writeReturnedEnvelope(
  w: Writer,
  name: string,
  envelope: ReturnedEnvelope,
): XmlNode {
  return w.el(
    name,
    [
      dmDm(writeEnvelope(DM, envelope.envelope)),
      ...writeStamped(w, envelope, timestampNotNil(w, envelope.dmQTimestamp)),
      w.int('dmAttachmentSize', envelope.dmAttachmentSize),
    ],
    writeAttributes(envelope, ['dmVODZ', 'attsNum']),
  );
}

/* ---------------------------------------------------------------------- tDelivery */

export function readDelivery(element: XmlElement): DeliveryInfo {
  const f = new Fields(element, ['dmDm', ...TAIL, 'dmEvents']);
  const events = new Fields(f.c.one('dmEvents'), ['dmEvent']).c.many('dmEvent', 1);
  return {
    envelope: readEnvelope(new Fields(f.c.one('dmDm'), ENVELOPE_SEQUENCE)),
    ...readStamped(f),
    dmEvents: events.map(readEvent),
  };
}

function readEvent(element: XmlElement): DeliveryEvent {
  const f = new Fields(element, ['dmEventTime', 'dmEventDescr']);
  return { dmEventTime: f.time('dmEventTime'), dmEventDescr: f.text('dmEventDescr') };
}

export function writeDelivery(w: Writer, name: string, delivery: DeliveryInfo): XmlNode {
  // tEventsArray requires one dmEvent or more; a delivered message always has EV0.
  if (delivery.dmEvents.length === 0) throw new RangeError('dmEvents needs one dmEvent or more');
  return w.el(name, [
    dmDm(writeEnvelope(DM, delivery.envelope)),
    ...writeStamped(w, delivery, timestampNotNil(w, delivery.dmQTimestamp)),
    w.el(
      'dmEvents',
      delivery.dmEvents.map((event) =>
        w.el('dmEvent', [
          w.time('dmEventTime', event.dmEventTime),
          w.text('dmEventDescr', event.dmEventDescr),
        ]),
      ),
    ),
  ]);
}

/* ------------------------------------------------------------------------ tRecord */

const RECORD_TAIL = ['dmMessageStatus', 'dmAttachmentSize', 'dmDeliveryTime', 'dmAcceptanceTime'];

/** A record; null for an empty one (tRecord's sequence is optional). */
export function readRecord(element: XmlElement): MessageRecord | null {
  if (element.children.length === 0) return null;
  const f = new Fields(element, ['dmOrdinal', ...ENVELOPE_SEQUENCE, ...RECORD_TAIL]);
  const dmOrdinal = f.reqInt('dmOrdinal');
  if (dmOrdinal < 1) throw new InvalidMessage(`${element.path}/dmOrdinal: must be 1 or more`);
  return {
    dmOrdinal,
    envelope: readEnvelope(f),
    dmMessageStatus: f.reqInt('dmMessageStatus'),
    dmAttachmentSize: f.int('dmAttachmentSize'),
    dmDeliveryTime: f.time('dmDeliveryTime'),
    dmAcceptanceTime: f.time('dmAcceptanceTime'),
    ...readAttributes(element),
  };
}

export function writeRecord(w: Writer, record: MessageRecord): XmlNode {
  if (
    !Number.isSafeInteger(record.dmOrdinal) ||
    record.dmOrdinal < 1 ||
    record.dmOrdinal > 2_147_483_647
  )
    throw new RangeError(`dmOrdinal: ${record.dmOrdinal}`);
  return w.el(
    'dmRecord',
    [
      w.int('dmOrdinal', record.dmOrdinal),
      ...writeEnvelope(w, record.envelope),
      w.int('dmMessageStatus', record.dmMessageStatus),
      w.int('dmAttachmentSize', record.dmAttachmentSize),
      w.time('dmDeliveryTime', record.dmDeliveryTime),
      w.time('dmAcceptanceTime', record.dmAcceptanceTime),
    ],
    writeAttributes(record, ['dmVODZ']),
  );
}

/* ------------------------------------------------------------ tStateChangesRecord */

export function readStateChange(element: XmlElement): StateChange {
  const f = new Fields(element, ['dmID', 'dmEventTime', 'dmMessageStatus']);
  return {
    dmID: f.reqText('dmID', 20).trim(),
    dmEventTime: f.reqTime('dmEventTime'),
    dmMessageStatus: f.reqInt('dmMessageStatus'),
  };
}

export function writeStateChange(w: Writer, change: StateChange): XmlNode {
  return w.el('dmRecord', [
    w.el('dmID', change.dmID),
    w.time('dmEventTime', change.dmEventTime),
    w.int('dmMessageStatus', change.dmMessageStatus),
  ]);
}
