import { z } from 'zod';
import { transportError } from './errors';

const DEMO_TIMEOUT_MS = 10_000;

const accountsSchema = z.object({
  essl: z
    .array(
      z.object({
        username: z.string().min(1).max(50),
        password: z.string().min(1),
        name: z.string(),
      }),
    )
    .min(1),
});

export interface DemoLogin {
  username: string;
  password: string;
  name: string;
}

/**
 * The demo's eSSL login: the first account the built-in simulator lists at
 * `GET /demo/accounts` (the simulator makes them up on its first start).
 */
export async function fetchDemoLogin(simUrl: string): Promise<DemoLogin> {
  let body: unknown;
  try {
    const response = await fetch(new URL('/demo/accounts', simUrl), {
      signal: AbortSignal.timeout(DEMO_TIMEOUT_MS),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    body = await response.json();
  } catch (error) {
    throw transportError(
      `demo accounts: ${error instanceof Error ? error.message : String(error)}`,
      {
        message: 'Ukázková eSSL neodpovídá. Zkuste to prosím za chvíli znovu.',
      },
    );
  }
  const parsed = accountsSchema.safeParse(body);
  if (!parsed.success)
    throw transportError('demo accounts: unexpected shape', {
      retryable: false,
      message: 'Ukázková eSSL nenabízí žádný účet. Spusťte ukázku znovu.',
    });
  const [first] = parsed.data.essl;
  if (!first) throw new Error('unreachable: min(1)');
  return first;
}
