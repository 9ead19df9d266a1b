import type { FormEvent } from 'react';
import { describe, expect, it } from 'vitest';
import type { Api } from '../../common/contract/api';
import { ContractCallError } from '../../common/contract/envelope';
import type { AppConfig, AppConfigPatch } from '../../common/contract/types';
import type { UradovnaDatabase } from '../db/schema';
import { markupTest } from '../ui/testing/markupTest';
import { demoInfo, settingsStore, testConfig } from './testing/settingsMarkup';
import { useConfigForm, type CheckedConfig, type ConfigForm } from './useConfigForm';

interface Draft {
  url: string;
}

/** What the form sent to main, and what main answers. */
function fakeMain(refusal?: ContractCallError) {
  const updates: AppConfigPatch[] = [];
  const api = {
    'config.update': async (patch: AppConfigPatch): Promise<AppConfig> => {
      updates.push(patch);
      if (refusal) throw refusal;
      return testConfig({ conversionRegisterUrl: patch.conversionRegisterUrl ?? null });
    },
  } as unknown as Api;
  return { api, updates };
}

let main = fakeMain();
const { html } = markupTest({ services: () => ({ db: {} as UradovnaDatabase, api: main.api }) });
const submitEvent = { preventDefault: () => undefined } as FormEvent;

/** Renders a form over the check and hands back the hook, as the first render had it. */
function formOver(check: (draft: Draft) => CheckedConfig | Promise<CheckedConfig>) {
  const store = settingsStore({ info: demoInfo, config: testConfig() });
  let form: ConfigForm<Draft, 'url'> | null = null;
  function Probe() {
    form = useConfigForm<Draft, 'url'>({
      config: testConfig({ conversionRegisterUrl: 'https://stara.cz' }),
      draftOf: (config) => ({ url: config.conversionRegisterUrl ?? '' }),
      check,
      texts: 'conversionSettings',
    });
    return null;
  }
  html(<Probe />, { store });
  if (!form) throw new Error('the form did not render');
  return { form: form as ConfigForm<Draft, 'url'>, store };
}

const notices = (store: ReturnType<typeof settingsStore>) =>
  store.getState().status.notices.map((notice) => notice.text);

describe('useConfigForm', () => {
  it('starts from the saved configuration and shows no problem before a field is left', () => {
    const { form } = formOver((draft) => ({
      ok: true,
      patch: { conversionRegisterUrl: draft.url },
    }));
    expect(form.draft).toEqual({ url: 'https://stara.cz' });
    expect(
      form.errorAt('url', { path: 'url', message: 'conversion.validation.sheets' }),
    ).toBeNull();
    expect(form.saving).toBe(false);
    expect(form.failure).toBeNull();
  });

  it('saves what the check lets through, takes main’s answer into the store and says so', async () => {
    main = fakeMain();
    const { form, store } = formOver((draft) => ({
      ok: true,
      patch: { conversionRegisterUrl: `${draft.url}/evidence` },
    }));
    await form.submit(submitEvent);
    expect(main.updates).toEqual([{ conversionRegisterUrl: 'https://stara.cz/evidence' }]);
    expect(store.getState().app.config?.conversionRegisterUrl).toBe('https://stara.cz/evidence');
    expect(notices(store)).toEqual(['Nastavení konverzí je uloženo.']);
  });

  it('saves nothing the check refuses, whether it answers at once or after reading', async () => {
    main = fakeMain();
    const atOnce = formOver(() => ({ ok: false }));
    await atOnce.form.submit(submitEvent);
    const afterReading = formOver(async () => ({ ok: false }));
    await afterReading.form.submit(submitEvent);
    expect(main.updates).toEqual([]);
    expect(notices(atOnce.store)).toEqual([]);
    expect(notices(afterReading.store)).toEqual([]);
  });

  it('keeps the configuration when main refuses the save', async () => {
    main = fakeMain(
      new ContractCallError({ code: 'errors.config.writeFailed', message: 'disk full' }),
    );
    const { form, store } = formOver(() => ({ ok: true, patch: { conversionRegisterUrl: 'x' } }));
    await form.submit(submitEvent);
    expect(main.updates).toEqual([{ conversionRegisterUrl: 'x' }]);
    expect(store.getState().app.config?.conversionRegisterUrl).toBeNull();
    expect(notices(store)).toEqual([]);
  });
});
