import { describe, expect, it } from 'vitest';
import type { UpdateState } from '../../common/contract/types';
import { validateOrganizationSettings } from '../db/commands/updateOrganization';
import { resources } from '../i18n/resources';
import { chainCheckText } from './chainCheckText';
import { checkServiceUrl } from './serviceUrl';
import { updateStatusText } from './updateStatusText';

function lookup(language: 'cs' | 'en', key: string): unknown {
  return key.split('.').reduce<unknown>((node, part) => {
    if (node === null || typeof node !== 'object') return undefined;
    const record = node as Record<string, unknown>;
    return record[part] ?? record[`${part}_other`];
  }, resources[language].translation);
}

/** Every message key the settings rules can emit, gathered by running them on bad input. */
function emittedKeys(): string[] {
  const keys = new Set<string>();
  const bad = [
    {
      name: '',
      abbreviation: '',
      pidPrefix: '',
      referenceMask: '',
      ico: '1',
      dataBoxId: 'x',
      address: 'a'.repeat(400),
    },
    {
      name: 'a'.repeat(300),
      abbreviation: '{x}',
      pidPrefix: 'Ú',
      referenceMask: '{abbr} {rok}',
      ico: '',
      dataBoxId: '',
      address: '',
    },
    {
      name: 'x',
      abbreviation: 'a'.repeat(30),
      pidPrefix: 'AB',
      referenceMask: 'x'.repeat(70),
      ico: '',
      dataBoxId: '',
      address: '',
    },
  ];
  for (const organization of bad) {
    const result = validateOrganizationSettings({
      organization,
      currentUser: '',
      handlers: Array(101).fill('x'.repeat(130)),
    });
    if (!result.ok) result.issues.forEach((issue) => keys.add(issue.message));
  }
  for (const url of [
    '',
    'x',
    'javascript:1',
    'http://orp.example.cz',
    'https://a:b@orp.example.cz',
    `https://a/${'a'.repeat(600)}`,
  ]) {
    const result = checkServiceUrl(url, 'esslUrl', true);
    if (!result.ok) keys.add(result.issue.message);
  }
  keys.add('settings.validation.pidPrefixLocked');
  for (const reason of ['hash', 'link', 'gap'] as const) {
    const text = chainCheckText({ ok: false, entries: 1, brokenAt: 1, reason });
    keys.add(text.key);
    if (text.key === 'settings.txlog.broken') keys.add(text.reason);
  }
  keys.add(chainCheckText({ ok: true, entries: 1 }).key);
  const states: UpdateState[] = [
    'disabled',
    'idle',
    'checking',
    'downloading',
    'ready',
    'upToDate',
    'error',
  ];
  for (const state of states) {
    for (const reason of [null, 'development', 'noFeed', 'web']) {
      keys.add(updateStatusText({ state, reason, version: null, percent: null }).key);
    }
  }
  return [...keys].sort();
}

describe('settings messages', () => {
  const keys = emittedKeys();

  it('covers the whole range of rules', () => {
    expect(keys).toEqual(
      expect.arrayContaining([
        'settings.validation.nameRequired',
        'settings.validation.abbreviationChars',
        'settings.validation.pidPrefixFormat',
        'settings.validation.tooManyHandlers',
        'settings.validation.urlInsecure',
        'validation.mask.unknownToken',
        'validation.mask.tooLong',
        'validation.dataBoxId',
        'validation.ico',
        'validation.tooLong',
      ]),
    );
  });

  it.each(['cs', 'en'] as const)('has a %s text for every key the rules emit', (language) => {
    const missing = keys.filter((key) => typeof lookup(language, key) !== 'string');
    expect(missing).toEqual([]);
  });
});
