import { describe, expect, it } from 'vitest';
import { validateXml } from '../../../scripts/testing/xmllint';
import { parseXml } from '../../nsesss/xml';
import { operationNames } from '../operations';
import {
  SAMPLE_ROUTE,
  sampleRequestCases,
  sampleResponseCases,
  type RequestCase,
  type ResponseCase,
} from '../testing/messages';
import { sampleEvents } from '../testing/samples';
import {
  encodeFault,
  encodeRequest,
  encodeResponse,
  SOAP_ENV_NAMESPACE,
  soapBodyXml,
} from './index';

/**
 * Every request and response the codec writes — each operation, OK and error variants,
 * every event type, values beyond the limits — is valid against the standard's schemas
 * (xmllint with ermsAPI-all.xsd). xmllint runs a few messages at a time.
 */

const SCHEMA = 'ermsAPI-all.xsd';
const PARALLEL = 8;

interface Message {
  name: string;
  envelope: string;
}

function requestMessage(item: RequestCase): Message {
  const encode = encodeRequest as (
    op: string,
    route: typeof SAMPLE_ROUTE,
    request: unknown,
  ) => string;
  return {
    name: `${item.op}Request: ${item.label}`,
    envelope: encode(item.op, SAMPLE_ROUTE, item.request),
  };
}

function responseMessage(item: ResponseCase): Message {
  const encode = encodeResponse as (op: string, response: unknown) => string;
  return { name: `${item.op}Response: ${item.label}`, envelope: encode(item.op, item.response) };
}

async function invalidOnes(messages: Message[]): Promise<string[]> {
  const problems: string[] = [];
  for (let start = 0; start < messages.length; start += PARALLEL) {
    const group = messages.slice(start, start + PARALLEL);
    const results = await Promise.all(
      group.map((message) => validateXml(soapBodyXml(message.envelope), SCHEMA)),
    );
    results.forEach((result, index) => {
      if (!result.valid) problems.push(`${group[index]?.name}:\n  ${result.errors.join('\n  ')}`);
    });
  }
  return problems;
}

describe('every message the codec writes is valid against ermsAPI-all.xsd', () => {
  it('requests of every operation, every event type and values over the limits', async () => {
    const cases = sampleRequestCases();
    expect(new Set(cases.map((item) => item.op))).toEqual(new Set(operationNames));
    const eventTypes = cases.flatMap((item) =>
      item.op === 'Udalosti' ? item.request.events.map((event) => event.type) : [],
    );
    expect(new Set(eventTypes)).toEqual(new Set(sampleEvents().map((event) => event.type)));
    expect(cases.some((item) => item.lossy)).toBe(true);
    expect(await invalidOnes(cases.map(requestMessage))).toEqual([]);
  });

  it('responses of every operation, OK and error', async () => {
    const cases = sampleResponseCases();
    expect(new Set(cases.map((item) => item.op))).toEqual(new Set(operationNames));
    expect(await invalidOnes(cases.map(responseMessage))).toEqual([]);
  });

  it('would notice an invalid body (the check can fail)', async () => {
    const [item] = sampleResponseCases();
    if (!item) throw new Error('no response cases');
    const broken = responseMessage(item).envelope.replace(
      /<Kod>0000<\/Kod>/,
      '<Kod>000000000</Kod>',
    );
    expect(await invalidOnes([{ name: 'broken', envelope: broken }])).toHaveLength(1);
  });

  it('a SOAP Fault is a SOAP 1.1 Fault (no api schema applies to it)', () => {
    const parsed = parseXml(encodeFault('soap:Client', 'Neplatný požadavek: chybí Autorizace.'));
    if (!parsed.ok) throw new Error(parsed.error.detail);
    const { root } = parsed;
    expect(root).toMatchObject({ name: 'Envelope', namespace: SOAP_ENV_NAMESPACE });
    const [body] = root.children;
    expect(body).toMatchObject({ name: 'Body', namespace: SOAP_ENV_NAMESPACE });
    const [fault] = body?.children ?? [];
    expect(fault).toMatchObject({ name: 'Fault', namespace: SOAP_ENV_NAMESPACE });
    expect(fault?.children.map((child) => [child.name, child.namespace, child.text])).toEqual([
      ['faultcode', '', 'soap:Client'],
      ['faultstring', '', 'Neplatný požadavek: chybí Autorizace.'],
    ]);
  });
});
