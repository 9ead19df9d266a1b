import { useCallback, useEffect, useState } from 'react';
import type { RenderedPdf } from '../../common/contract/types';
import { useServices } from '../app/services';
import { getSetting } from '../db/settings';
import { stampInputOf } from './stampInput';

export type StampState =
  | { status: 'idle' }
  | { status: 'loading' }
  | { status: 'ready'; pdf: RenderedPdf }
  | { status: 'failed'; error: unknown };

type Outcome = { pid: string } & ({ ok: true; pdf: RenderedPdf } | { ok: false; error: unknown });

/**
 * Renders the intake stamp of a stored document (in main) once it is first wanted; the
 * PDF is kept for reopening. `retry` forgets a failure so the next attempt asks again.
 */
export function useStampPdf(
  pid: string,
  active: boolean,
): { state: StampState; retry: () => void } {
  const { api, db } = useServices();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const done = outcome?.pid === pid;
  useEffect(() => {
    if (!active || done) return;
    let cancelled = false;
    const run = async () => {
      const [record, organization] = await Promise.all([
        db.documents.get(pid),
        getSetting(db, 'organization'),
      ]);
      if (!record) throw new Error(`document ${pid} not found`);
      return api['stamp.render'](stampInputOf(record, organization?.name ?? ''));
    };
    run().then(
      (pdf) => !cancelled && setOutcome({ pid, ok: true, pdf }),
      (error: unknown) => !cancelled && setOutcome({ pid, ok: false, error }),
    );
    return () => {
      cancelled = true;
    };
  }, [api, db, pid, active, done]);
  const retry = useCallback(
    () => setOutcome((current) => (current && !current.ok ? null : current)),
    [],
  );
  if (!active) return { state: { status: 'idle' }, retry };
  if (!outcome || !done) return { state: { status: 'loading' }, retry };
  const state: StampState = outcome.ok
    ? { status: 'ready', pdf: outcome.pdf }
    : { status: 'failed', error: outcome.error };
  return { state, retry };
}
