import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ISDS_SPECS, validateXml } from '../../../scripts/testing/xmllint';
import { parseXml } from '../../nsesss/xml';
import type { SignedContent } from '../model';
import { operationNames, type OperationName } from '../operations';
import {
  sampleRequestCases,
  sampleResponseCases,
  type RequestCase,
  type ResponseCase,
} from '../testing/messages';
import {
  sampleDelivery,
  sampleEnvelope,
  sampleReturnedMessage,
  sampleXmlFile,
} from '../testing/samples';
import {
  encodeFault,
  encodeRequest,
  encodeResponse,
  encodeSignedContent,
  ISDS_DELIVERY_NS,
  ISDS_NS,
  ISDS_RECEIVED_NS,
  ISDS_SENT_NS,
  SOAP_ENV_NAMESPACE,
  soapBodyXml,
} from './index';

/**
 * Every request and response the codec writes — each operation, OK, error and
 * nil-heavy variants — and every kind of signed content is valid against the ISDS
 * schemas (xmllint). Box operations are declared in dbTypes.xsd, message operations in
 * dmBaseTypes.xsd (both in namespace …/v20).
 */

const DM_SCHEMA = join(ISDS_SPECS, 'v3.11', 'dmBaseTypes.xsd');
const DB_SCHEMA = join(ISDS_SPECS, 'v3.11', 'dbTypes.xsd');
const BOX_OPERATIONS: ReadonlyArray<OperationName> = [
  'GetOwnerInfoFromLogin',
  'GetPasswordInfo',
  'FindDataBox',
  'ISDSSearch2',
  'CheckDataBox',
];
const schemaOf = (op: OperationName) => (BOX_OPERATIONS.includes(op) ? DB_SCHEMA : DM_SCHEMA);
const PARALLEL = 8;

interface Message {
  name: string;
  document: string;
  schema: string;
}

function requestMessage(item: RequestCase): Message {
  const encode = encodeRequest as (op: string, request: unknown) => string;
  return {
    name: `${item.op}: ${item.label}`,
    document: soapBodyXml(encode(item.op, item.request)),
    schema: schemaOf(item.op),
  };
}

function responseMessage(item: ResponseCase): Message {
  const encode = encodeResponse as (op: string, answer: unknown) => string;
  return {
    name: `${item.op}Response: ${item.label}`,
    document: soapBodyXml(encode(item.op, item.answer)),
    schema: schemaOf(item.op),
  };
}

/** Signed content moved to …/v20, where the schema declares MessageDownloadResponse / GetDeliveryInfoResponse. */
function signedMessage(name: string, content: SignedContent): Message {
  const xml = encodeSignedContent(content);
  const moved = [ISDS_RECEIVED_NS, ISDS_SENT_NS, ISDS_DELIVERY_NS].reduce(
    (text, namespace) => text.replace(`xmlns:q="${namespace}"`, `xmlns:q="${ISDS_NS}"`),
    xml,
  );
  expect(moved).not.toBe(xml);
  return { name, document: moved, schema: DM_SCHEMA };
}

async function invalidOnes(messages: Message[]): Promise<string[]> {
  const problems: string[] = [];
  for (let start = 0; start < messages.length; start += PARALLEL) {
    const group = messages.slice(start, start + PARALLEL);
    const results = await Promise.all(
      group.map((message) => validateXml(message.document, message.schema)),
    );
    results.forEach((result, index) => {
      if (!result.valid) problems.push(`${group[index]?.name}:\n  ${result.errors.join('\n  ')}`);
    });
  }
  return problems;
}

describe('every message the codec writes is valid against the ISDS schemas', () => {
  it('requests of every operation', async () => {
    const cases = sampleRequestCases();
    expect(new Set(cases.map((item) => item.op))).toEqual(new Set(operationNames));
    expect(await invalidOnes(cases.map(requestMessage))).toEqual([]);
  });

  it('responses of every operation, OK, error and nil', async () => {
    const cases = sampleResponseCases();
    expect(new Set(cases.map((item) => item.op))).toEqual(new Set(operationNames));
    expect(cases.some((item) => item.answer.status.code !== '0000')).toBe(true);
    expect(await invalidOnes(cases.map(responseMessage))).toEqual([]);
  });

  it('signed content: messages with binary and XML files, nils, delivery infos', async () => {
    const nilMessage = sampleReturnedMessage({
      envelope: sampleEnvelope({
        dmAnnotation: null,
        dbIDSender: null,
        dmAmbiguousRecipient: null,
      }),
      dmQTimestamp: null,
      dmDeliveryTime: null,
      dmAcceptanceTime: null,
      dmAttachmentSize: null,
      dmType: 'K',
      files: [
        sampleXmlFile({
          dmFileMetaType: 'main',
          dmFileGuid: 'g1',
          dmUpFileGuid: 'g0',
          dmFormat: 'x',
        }),
      ],
    });
    const messages = [
      signedMessage('received', { kind: 'received', message: sampleReturnedMessage() }),
      signedMessage('sent with XML', {
        kind: 'sent',
        message: sampleReturnedMessage({
          files: [...sampleReturnedMessage().files, sampleXmlFile()],
        }),
      }),
      signedMessage('nils and XML only', { kind: 'received', message: nilMessage }),
      signedMessage('delivery', { kind: 'delivery', delivery: sampleDelivery() }),
    ];
    expect(await invalidOnes(messages)).toEqual([]);
  });

  it('would notice an invalid body (the check can fail)', async () => {
    const [item] = sampleResponseCases();
    if (!item) throw new Error('no response cases');
    const message = responseMessage(item);
    const broken = message.document
      .replace('<dmStatusCode>', '<dmStatusKod>')
      .replace('</dmStatusCode>', '</dmStatusKod>');
    expect(broken).not.toBe(message.document);
    expect(await invalidOnes([{ ...message, document: broken }])).toHaveLength(1);
  });

  it('a SOAP Fault is a SOAP 1.1 Fault', () => {
    const parsed = parseXml(encodeFault('soap:Server', 'Interní chyba simulátoru.'));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const [body] = parsed.root.children;
    const [fault] = body?.children ?? [];
    expect(fault).toMatchObject({ name: 'Fault', namespace: SOAP_ENV_NAMESPACE });
    expect(fault?.children.map((child) => [child.name, child.text])).toEqual([
      ['faultcode', 'soap:Server'],
      ['faultstring', 'Interní chyba simulátoru.'],
    ]);
  });
});
