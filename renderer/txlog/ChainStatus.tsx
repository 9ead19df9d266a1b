import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useServices } from '../app/services';
import { checkPeriodChain, type PeriodChain } from './periodChain';
import type { PeriodBounds } from './txlogFilter';

type Outcome = { ok: true; chain: PeriodChain } | { ok: false };

/** The hash-chain check of the period, re-run whenever the log in the period changes. */
export function ChainStatus({ bounds }: { bounds: PeriodBounds | null }) {
  const { t } = useTranslation();
  const { db } = useServices();
  const [run, setRun] = useState(0);
  const outcome = useLiveQuery(async (): Promise<Outcome | null> => {
    if (!bounds) return null;
    try {
      return { ok: true, chain: await checkPeriodChain(db, bounds) };
    } catch {
      return { ok: false };
    }
  }, [db, bounds?.lower, bounds?.upper, run]);

  let text = t('txlog.chain.checking');
  let tone = 'txlog-chain';
  if (outcome && !outcome.ok) {
    text = t('txlog.chain.failed');
    tone += ' txlog-chain--broken';
  } else if (outcome?.ok && outcome.chain.empty) {
    text = t('txlog.chain.empty');
  } else if (outcome?.ok && !outcome.chain.empty) {
    const { check, firstSeq, lastSeq } = outcome.chain;
    if (check.ok) {
      text = t('txlog.chain.ok', { count: check.entries, first: firstSeq, last: lastSeq });
      tone += ' txlog-chain--ok';
    } else {
      text = t('txlog.chain.broken', {
        seq: check.brokenAt,
        reason: t(`txlog.chain.reasons.${check.reason}`),
      });
      tone += ' txlog-chain--broken';
    }
  }

  if (!bounds) return null;
  return (
    <section className={tone} aria-labelledby="txlog-chain-title">
      <h2 id="txlog-chain-title" className="txlog-chain__title">
        {t('txlog.chain.title')}
      </h2>
      <p role="status" className="txlog-chain__text" data-testid="txlog-chain">
        {text}
      </p>
      <button type="button" className="button txlog-chain__again" onClick={() => setRun(run + 1)}>
        {t('txlog.chain.recheck')}
      </button>
    </section>
  );
}
