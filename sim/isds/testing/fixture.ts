import { join } from 'node:path';
import { expect } from 'vitest';
import { soapBodyXml } from '../../../common/isds/codec';
import type { OperationName } from '../../../common/isds/operations';
import { ISDS_SPECS, validateXml } from '../../../scripts/testing/xmllint';
import { startSim, type RunningSim, type SimOptions } from '../../server';
import type { IsdsAccount } from '../accounts';
import type { BoxRole, SimBox } from '../types';
import type { Target } from './client';

/** The demo's "today" in the ISDS tests; ISDS's clock starts there. */
export const TODAY = new Date('2026-05-14T08:12:00Z');
/** A small journal keeps the start quick; the ISDS does not depend on it. */
const TEST_DOCUMENTS = 50;

export function startTestSim(options: SimOptions = {}): Promise<RunningSim> {
  return startSim({ port: 0, today: TODAY, documents: TEST_DOCUMENTS, ...options });
}

export function boxOf(sim: RunningSim, role: BoxRole): SimBox {
  const box = sim.isds.boxes().find((candidate) => candidate.role === role);
  if (!box) throw new Error(`no ${role} box`);
  return box;
}

export function accountOf(sim: RunningSim, box: SimBox): IsdsAccount {
  const account = sim.isds.accounts().find((candidate) => candidate.dbID === box.dbID);
  if (!account) throw new Error(`no account of ${box.dbID}`);
  return account;
}

/** A password login (`/DS/…` on the sim's port) as the box of `role`. */
export function passwordTarget(sim: RunningSim, role: BoxRole): Target {
  return { baseUrl: sim.url, method: 'password', login: accountOf(sim, boxOf(sim, role)) };
}

const DM_SCHEMA = join(ISDS_SPECS, 'v3.11', 'dmBaseTypes.xsd');
const DB_SCHEMA = join(ISDS_SPECS, 'v3.11', 'dbTypes.xsd');
const BOX_OPERATIONS: ReadonlyArray<OperationName> = [
  'GetOwnerInfoFromLogin',
  'GetPasswordInfo',
  'FindDataBox',
  'ISDSSearch2',
  'CheckDataBox',
];

/** Box operations are declared in dbTypes.xsd, message operations in dmBaseTypes.xsd. */
export function schemaOf(op: OperationName): string {
  return BOX_OPERATIONS.includes(op) ? DB_SCHEMA : DM_SCHEMA;
}

/** The SOAP body of `op`'s response must be what the ISDS schema allows. */
export async function expectSchemaValid(op: OperationName, envelope: string): Promise<void> {
  const result = await validateXml(soapBodyXml(envelope), schemaOf(op));
  expect(result.errors, `${op}Response`).toEqual([]);
  expect(result.valid).toBe(true);
}

/** Collects the sim's ISDS exchanges (pass `hook` as `onIsdsExchange`). */
export function exchangeRecorder(): {
  hook: NonNullable<SimOptions['onIsdsExchange']>;
  responses: Array<{ op: OperationName; xml: string }>;
} {
  const responses: Array<{ op: OperationName; xml: string }> = [];
  return {
    responses,
    hook: (op, _request, response) => {
      if (op) responses.push({ op, xml: response });
    },
  };
}

export const ALL_RECEIVED = {
  dmFromTime: null,
  dmToTime: null,
  dmStatusFilter: -1,
  dmOffset: null,
  dmLimit: null,
  dmRecipientOrgUnitNum: null,
} as const;

export const ALL_SENT = {
  dmFromTime: null,
  dmToTime: null,
  dmStatusFilter: -1,
  dmOffset: null,
  dmLimit: null,
  dmSenderOrgUnitNum: null,
} as const;
