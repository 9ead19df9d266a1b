import { z } from 'zod';
import { ServiceError } from '../../../common/contract/envelope';

const DEMO_TIMEOUT_MS = 10_000;

const demoSigningSchema = z.object({
  name: z.string().min(1).max(200),
  pkcs12: z
    .string()
    .min(1)
    .max(64 * 1024),
  password: z.string().max(1000),
  caPem: z.string().max(64 * 1024),
});

/** The demo mayor's PKCS#12 and the simulator's root, which the demo trusts. */
export interface DemoSigning {
  name: string;
  pkcs12: Uint8Array;
  password: string;
  caPem: string | null;
}

function unavailable(): ServiceError {
  return new ServiceError(
    'errors.signing.demoUnavailable',
    'Ukázkový certifikát starosty není k dispozici. Spusťte ukázku znovu.',
  );
}

/**
 * What the built-in simulator hands out at `GET /demo/signing-certificate`: a certificate
 * from its own CA, so that the demo signs and verifies like a real office (and nothing
 * outside the demo trusts it).
 */
export async function fetchDemoSigning(simUrl: string): Promise<DemoSigning> {
  let body: unknown;
  try {
    const response = await fetch(new URL('/demo/signing-certificate', simUrl), {
      signal: AbortSignal.timeout(DEMO_TIMEOUT_MS),
    });
    if (!response.ok) throw unavailable();
    body = await response.json();
  } catch {
    throw unavailable();
  }
  const parsed = demoSigningSchema.safeParse(body);
  if (!parsed.success) throw unavailable();
  return {
    name: parsed.data.name,
    pkcs12: new Uint8Array(Buffer.from(parsed.data.pkcs12, 'base64')),
    password: parsed.data.password,
    caPem: parsed.data.caPem.includes('-----BEGIN CERTIFICATE-----') ? parsed.data.caPem : null,
  };
}
