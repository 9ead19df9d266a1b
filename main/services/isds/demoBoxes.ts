import { z } from 'zod';
import type { IsdsBoxSettings } from '../../../common/contract/isds';
import { transportError } from './errors';

const DEMO_TIMEOUT_MS = 10_000;
/** How often the demo's gateway is asked (the real ORP gateway sets its own pace). */
const DEMO_POLL_MINUTES = 15;

const demoAccountSchema = z.object({
  dbID: z.string().regex(/^[a-z0-9]{7}$/),
  username: z.string().min(1).max(100),
  password: z.string().max(1000),
  name: z.string().min(1).max(255),
  role: z.string().max(40).nullable().optional(),
});
const demoIsdsSchema = z.object({
  isds: z.array(demoAccountSchema),
  isdsCaCertPem: z
    .string()
    .max(64 * 1024)
    .nullable()
    .optional(),
  isdsUrls: z
    .object({ password: z.string().url(), certificate: z.string().url().nullable().optional() })
    .nullable()
    .optional(),
});
export type DemoIsdsAccount = z.infer<typeof demoAccountSchema>;

/** A demo box: its settings and the password the simulator made up for it. */
export interface DemoBox {
  settings: IsdsBoxSettings;
  password: string;
}

export interface DemoIsds {
  boxes: DemoBox[];
  /** The simulator's root (PEM): its seals, timestamps and TLS certificates chain to it. */
  caPem: string | null;
}

/** Which of the simulator's boxes the demo office works with, in this order. */
const DEMO_ROLES = [
  { role: 'municipality', key: 'demo-obec' },
  { role: 'school', key: 'demo-skola' },
] as const;

/**
 * The demo's data boxes: the municipality's and its school's, with the logins the
 * built-in simulator lists at `GET /demo/isds-accounts` (it makes them up on its first
 * start), and the simulator's CA. The boxes are reached as the ORP gateway would be,
 * by name and password.
 */
export async function fetchDemoIsds(simUrl: string): Promise<DemoIsds> {
  const body = await fetchJson(new URL('/demo/isds-accounts', simUrl));
  const parsed = demoIsdsSchema.safeParse(body);
  if (!parsed.success)
    throw transportError('demo ISDS accounts: unexpected shape', {
      retryable: false,
      message: 'Ukázkové datové schránky nejsou k dispozici. Spusťte ukázku znovu.',
    });
  const { isds, isdsCaCertPem, isdsUrls } = parsed.data;
  return {
    boxes: demoBoxesFrom(isds, {
      url: isdsUrls?.password ?? new URL(simUrl).origin,
      certUrl: isdsUrls?.certificate ?? null,
    }),
    caPem: isdsCaCertPem?.includes('-----BEGIN CERTIFICATE-----') ? isdsCaCertPem : null,
  };
}

export function demoBoxesFrom(
  accounts: DemoIsdsAccount[],
  urls: { url: string; certUrl: string | null },
): DemoBox[] {
  const boxes: DemoBox[] = [];
  for (const { role, key } of DEMO_ROLES) {
    const account = accounts.find((candidate) => candidate.role === role);
    if (!account?.password) continue;
    boxes.push({
      password: account.password,
      settings: {
        key,
        label: account.name.slice(0, 100),
        dbID: account.dbID,
        login: 'password',
        url: urls.url,
        certUrl: urls.certUrl,
        username: account.username,
        viaGateway: true,
        autoPoll: true,
        pollMinutes: DEMO_POLL_MINUTES,
      },
    });
  }
  return boxes;
}

async function fetchJson(url: URL): Promise<unknown> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(DEMO_TIMEOUT_MS) });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (error) {
    throw transportError(`demo ISDS: ${error instanceof Error ? error.message : String(error)}`, {
      message: 'Ukázkové datové schránky neodpovídají. Zkuste to prosím za chvíli znovu.',
    });
  }
}
