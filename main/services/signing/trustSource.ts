import type { AppConfig, AppInfo } from '../../../common/contract/types';
import { SimAnswers } from '../demo/simAnswers';
import { ZfoTrust } from '../isds/zfo/trust';
import { fetchDemoSigning, type DemoSigning } from './demoSigning';

export interface SigningTrust {
  /** The demo mayor's certificate and the simulator's CA; null outside the demo. */
  demoSigning(): Promise<DemoSigning | null>;
  /** The anchors a PDF signature's chain is checked against, as configured now. */
  trust(): Promise<ZfoTrust>;
}

export interface SigningTrustDeps {
  info: AppInfo;
  config: { get(): Promise<AppConfig> };
  fetchDemoSigning?: (simUrl: string) => Promise<DemoSigning>;
}

/**
 * Where signature verification gets its trust anchors: the configured signing and ISDS
 * anchors, plus the simulator's CA in the demo. Signing and conversion share it.
 */
export function createSigningTrust(deps: SigningTrustDeps): SigningTrust {
  const demo = new SimAnswers(deps.fetchDemoSigning ?? fetchDemoSigning);

  async function demoSigning(): Promise<DemoSigning | null> {
    if ((await deps.config.get()).mode !== 'demo' || !deps.info.simUrl) return null;
    return demo.get(deps.info.simUrl);
  }

  async function trust(): Promise<ZfoTrust> {
    const current = await deps.config.get();
    const demoCa = (await demoSigning().catch(() => null))?.caPem ?? null;
    return ZfoTrust.readable(
      [current.signingTrustAnchorsPem, current.isdsTrustAnchorsPem, demoCa].filter(
        (pem): pem is string => !!pem,
      ),
    );
  }

  return { demoSigning, trust };
}
