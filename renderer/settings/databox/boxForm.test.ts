import { describe, expect, it } from 'vitest';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import {
  checkBoxDraft,
  draftOf,
  emptyDraft,
  ISDS_URLS,
  keyFromLabel,
  loginNeeds,
  withPreset,
} from './boxForm';

const noPassword = { takenKeys: [] as string[], hasPassword: false };

describe('keyFromLabel', () => {
  it('makes a readable key and keeps it unique', () => {
    expect(keyFromLabel('ZŠ Horní Lhota', [])).toBe('zs-horni-lhota');
    expect(keyFromLabel('ZŠ Horní Lhota', ['zs-horni-lhota'])).toBe('zs-horni-lhota-2');
    expect(keyFromLabel('!!!', [])).toBe('schranka');
    expect(keyFromLabel('x'.repeat(80), []).length).toBeLessThanOrEqual(40);
  });
});

describe('presets', () => {
  it('fill in the ISDS addresses and switch scheduled downloads off', () => {
    const draft = withPreset({ ...emptyDraft(), autoPoll: true }, 'production');
    expect(draft).toMatchObject({
      url: ISDS_URLS.production,
      certUrl: ISDS_URLS.productionCert,
      autoPoll: false,
    });
    expect(withPreset(draft, 'test')).toMatchObject({
      url: ISDS_URLS.test,
      certUrl: ISDS_URLS.testCert,
    });
    expect(withPreset(draft, 'gateway')).toMatchObject({ url: '', certUrl: '' });
  });

  it('are recognised again when a saved box is edited', () => {
    const box: IsdsBoxInfo = {
      key: 'obec',
      label: 'Obec',
      dbID: 'abc1234',
      login: 'password',
      url: ISDS_URLS.test,
      certUrl: null,
      username: 'obec01',
      viaGateway: false,
      autoPoll: false,
      pollMinutes: 15,
      hasPassword: true,
      hasCertificate: false,
    };
    expect(draftOf(box)).toMatchObject({ preset: 'test', password: '', username: 'obec01' });
    expect(draftOf({ ...box, url: 'https://brana.orp.cz' }).preset).toBe('gateway');
  });
});

describe('checkBoxDraft', () => {
  it('asks for what the login method needs', () => {
    expect(loginNeeds('hosted')).toEqual({ username: false, password: false, certificate: true });
    const result = checkBoxDraft({ ...emptyDraft(), label: ' ' }, noPassword);
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.issues.map((issue) => issue.path).sort()).toEqual([
        'label',
        'password',
        'url',
        'username',
      ]);
  });

  it('needs no password typed again when the keychain has one', () => {
    const draft = {
      ...emptyDraft(),
      label: 'Obec',
      url: 'https://brana.orp.cz',
      username: 'obec01',
    };
    expect(checkBoxDraft(draft, { takenKeys: [], hasPassword: true }).ok).toBe(true);
  });

  it('polls only a box behind the gateway, within the allowed minutes', () => {
    const base = { ...emptyDraft(), label: 'Obec', username: 'obec01', password: 'tajne' };
    const gateway = checkBoxDraft(
      { ...base, url: 'https://brana.orp.cz', autoPoll: true, pollMinutes: '30' },
      noPassword,
    );
    expect(gateway.ok && gateway.settings).toMatchObject({
      viaGateway: true,
      autoPoll: true,
      pollMinutes: 30,
      key: 'obec',
      username: 'obec01',
    });
    const tooOften = checkBoxDraft(
      { ...base, url: 'https://brana.orp.cz', autoPoll: true, pollMinutes: '1' },
      noPassword,
    );
    expect(tooOften.ok ? [] : tooOften.issues.map((issue) => issue.path)).toEqual(['pollMinutes']);
    const direct = checkBoxDraft({ ...withPreset(base, 'production'), autoPoll: true }, noPassword);
    expect(direct.ok && direct.settings).toMatchObject({ viaGateway: false, autoPoll: false });
  });

  it('refuses a gateway reached without encryption', () => {
    const result = checkBoxDraft(
      { ...emptyDraft(), label: 'Obec', url: 'http://brana.orp.cz', username: 'u', password: 'p' },
      noPassword,
    );
    expect(result.ok ? [] : result.issues.map((issue) => issue.message)).toEqual([
      'settings.validation.urlInsecure',
    ]);
  });

  it('sends no user name for a certificate login', () => {
    const result = checkBoxDraft(
      {
        ...emptyDraft(),
        login: 'systemCertificate',
        label: 'Obec',
        url: 'https://brana.orp.cz',
        username: 'stale',
      },
      noPassword,
    );
    expect(result.ok && result.settings.username).toBeNull();
  });
});
