/**
 * Answers of a scripted ISDS for the client's tests: the request is decoded with the
 * shared codec and each operation's answer comes from a function the test gives.
 * Tests only (the real stand-in is the simulator in sim/isds).
 */
import { decodeRequest, encodeFault, encodeResponse } from '../../../../common/isds/codec';
import type { IsdsStatus } from '../../../../common/isds/model';
import type {
  Answer as IsdsAnswer,
  OperationName,
  RequestOf,
} from '../../../../common/isds/operations';
import type { Answer, ReceivedRequest } from '../../essl/testing/soapServer';

export type IsdsScript = {
  [O in OperationName]?: (request: RequestOf<O>, received: ReceivedRequest) => IsdsAnswer<O>;
};

export function scriptedIsds(script: IsdsScript): Answer {
  return (received, response) => {
    const send = (status: number, body: string) => {
      response.writeHead(status, { 'Content-Type': 'text/xml; charset=utf-8' });
      response.end(body);
    };
    const decoded = decodeRequest(received.body);
    if (!decoded.ok)
      return send(
        500,
        encodeFault('soap:Client', `bad request: ${JSON.stringify(decoded.failure)}`),
      );
    const { op, request } = decoded.value;
    const answer = script[op] as
      ((request: unknown, received: ReceivedRequest) => IsdsAnswer<typeof op>) | undefined;
    if (!answer) return send(500, encodeFault('soap:Server', `no script for ${op}`));
    send(200, encodeResponse(op, answer(request, received)));
  };
}

export const OK: IsdsStatus = { code: '0000', message: 'Provedeno úspěšně.' };

export function status(code: string, message = `stav ${code}`): IsdsStatus {
  return { code, message };
}
