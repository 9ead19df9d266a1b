import { describe, expect, it } from 'vitest';
import { CORRECTIONS_SHOWN, correctionNotices } from './correctionNotices';
import { syncTestT } from './testI18n';

describe('correctionNotices', () => {
  it('tells the clerk in Czech which number to rewrite on paper', async () => {
    const t = await syncTestT('cs');
    expect(correctionNotices(t, [{ from: 'PROZATÍMNÍ 1/2026', to: 'OUHL 15/2026' }])).toEqual([
      'Číslo jednací PROZATÍMNÍ 1/2026 bylo v eSSL přiděleno jako OUHL 15/2026 — opravte ho na listině.',
    ]);
  });

  it('names the first few and counts the rest (the sync log lists them all)', async () => {
    const t = await syncTestT('cs');
    const corrections = Array.from({ length: CORRECTIONS_SHOWN + 2 }, (_, index) => ({
      from: `PROZATÍMNÍ ${index + 1}/2026`,
      to: `OUHL ${index + 20}/2026`,
    }));
    const notices = correctionNotices(t, corrections);
    expect(notices).toHaveLength(CORRECTIONS_SHOWN + 1);
    expect(notices[0]).toContain('PROZATÍMNÍ 1/2026');
    expect(notices[CORRECTIONS_SHOWN - 1]).toContain(`PROZATÍMNÍ ${CORRECTIONS_SHOWN}/2026`);
    expect(notices.at(-1)).toContain('ještě 2 dalším záznamům');
    expect(correctionNotices(t, corrections.slice(0, CORRECTIONS_SHOWN + 1)).at(-1)).toContain(
      'ještě 1 dalšímu záznamu',
    );
  });

  it('says nothing when nothing was corrected', async () => {
    expect(correctionNotices(await syncTestT('cs'), [])).toEqual([]);
  });
});
