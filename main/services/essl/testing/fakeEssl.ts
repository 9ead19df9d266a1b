/**
 * Answers of a scripted eSSL for the client's tests: the request is decoded with the
 * shared codec and each operation's answer comes from a function the test gives.
 * Tests only (the real stand-in is the simulator in sim/).
 */
import {
  decodeRequest,
  encodeFault,
  encodeResponse,
  type AnyRequest,
} from '../../../../common/erms/codec';
import type { OperationName, RequestOf, ResponseOf } from '../../../../common/erms/operations';
import type { Answer } from './soapServer';

export type Script = {
  [O in OperationName]?: (request: RequestOf<O>, decoded: AnyRequest) => ResponseOf<O>;
};

export function scriptedEssl(script: Script, headers: Record<string, string> = {}): Answer {
  return (received, response) => {
    const decoded = decodeRequest(received.body);
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'Content-Type': 'text/xml; charset=utf-8', ...headers });
      response.end(body);
    };
    if (!decoded.ok)
      return send(
        500,
        encodeFault('soap:Client', `bad request: ${JSON.stringify(decoded.failure)}`),
      );
    const { op, request } = decoded.value;
    const answer = script[op] as ((request: unknown, decoded: AnyRequest) => unknown) | undefined;
    if (!answer) return send(500, encodeFault('soap:Server', `no script for ${op}`));
    const value = answer(request, decoded.value) as ResponseOf<typeof op>;
    send(200, encodeResponse(op, value));
  };
}

export const OK = { code: '0000', description: null } as const;
