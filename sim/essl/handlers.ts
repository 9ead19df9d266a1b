import type { OperationStatus } from '../../common/erms/model';
import type { OperationName, RequestOf, ResponseOf } from '../../common/erms/operations';
import { caseFileProfile, createCaseFile } from './caseFileOps';
import { codeList, codeListsOverview } from './codeLists';
import { createDocument, documentProfile, returnFromKeeping, takeIntoKeeping } from './documentOps';
import { applyEvents } from './events';
import { assignedList, fileContent, wsTest } from './queries';
import { FORBIDDEN, type CallContext, type EsslCore, type SoapFaultReply } from './rules';

export type Reply<O extends OperationName> = ResponseOf<O> | SoapFaultReply;

interface Handler<O extends OperationName> {
  run(core: EsslCore, ctx: CallContext, request: RequestOf<O>): Reply<O>;
  /** The operation's answer when it is refused as a whole with `status`. */
  refuse(request: RequestOf<O>, status: OperationStatus): Reply<O>;
}

const handlers: { [O in OperationName]: Handler<O> } = {
  WsTest: {
    run: (_core, _ctx, request) => wsTest(request),
    refuse: (request, status) => ({ testId: request.testId, status }),
  },
  CiselnikySeznam: {
    run: (core) => codeListsOverview(core),
    // The response has no OperaceStatus: a refusal is a SOAP Fault.
    refuse: (_request, status) => ({
      fault: 'soap:Client',
      text: status.description ?? status.code,
    }),
  },
  CiselnikZadost: {
    run: codeList,
    refuse: (request, status) => ({ listId: request.listId, items: [], reserved: [], status }),
  },
  DokumentZalozeni: {
    run: createDocument,
    refuse: (_request, status) => ({ document: null, status }),
  },
  SpisZalozeni: {
    run: createCaseFile,
    refuse: (_request, status) => ({ caseFile: null, status }),
  },
  Udalosti: {
    run: (core, ctx, request) => ({ outcomes: applyEvents(core, ctx, request.events) }),
    refuse: (request, status) => ({
      outcomes: request.events.map((event, index) => ({
        eventId: event.eventId,
        order: index + 1,
        status,
      })),
    }),
  },
  PrideleneSeznam: {
    run: assignedList,
    refuse: (_request, status) => ({ entries: [], status }),
  },
  ProfilDokumentuZadost: {
    run: (core, _ctx, request) => documentProfile(core, request),
    refuse: (_request, status) => ({ document: null, status }),
  },
  ProfilSpisuZadost: {
    run: (core, _ctx, request) => caseFileProfile(core, request),
    refuse: (_request, status) => ({ caseFile: null, status }),
  },
  SouborZadost: {
    run: (core, _ctx, request) => fileContent(core, request),
    refuse: (_request, status) => ({ file: null, status }),
  },
  DokumentPostoupeniZadost: {
    run: takeIntoKeeping,
    refuse: (_request, status) => ({ document: null, status }),
  },
  DokumentVraceniZadost: {
    run: returnFromKeeping,
    refuse: (_request, status) => ({ document: null, status }),
  },
};

/**
 * Runs one operation for the logged-in user. Autorizace/provedlKdo must name that user
 * (the login is the only proof of who calls); otherwise 0001 and nothing happens.
 */
export function runOperation<O extends OperationName>(
  core: EsslCore,
  ctx: CallContext,
  op: O,
  request: RequestOf<O>,
): Reply<O> {
  const handler: Handler<O> = handlers[op];
  const auth: { user: string } | null = request.auth;
  if (auth && auth.user !== ctx.user) return handler.refuse(request, FORBIDDEN);
  return handler.run(core, ctx, request);
}
