import { describe, expect, it } from 'vitest';
import type { UpdateStatus } from '../../common/contract/types';
import { canCheckForUpdate, updateStatusText } from './updateStatusText';

const status = (fields: Partial<UpdateStatus>): UpdateStatus => ({
  state: 'idle',
  reason: null,
  version: null,
  percent: null,
  ...fields,
});

describe('updateStatusText', () => {
  it('says why updates are off', () => {
    expect(updateStatusText(status({ state: 'disabled', reason: 'development' })).key).toBe(
      'settings.about.updateState.development',
    );
    expect(updateStatusText(status({ state: 'disabled', reason: 'web' })).key).toBe(
      'settings.about.updateState.web',
    );
    expect(updateStatusText(status({ state: 'disabled', reason: 'noFeed' })).key).toBe(
      'settings.about.updateState.noFeed',
    );
    expect(updateStatusText(status({ state: 'disabled', reason: 'something new' })).key).toBe(
      'settings.about.updateState.disabled',
    );
  });

  it('carries the version of a ready update and the download progress', () => {
    expect(updateStatusText(status({ state: 'ready', version: '0.2.0' }))).toEqual({
      key: 'settings.about.updateState.ready',
      params: { version: '0.2.0' },
    });
    expect(updateStatusText(status({ state: 'downloading', percent: 41.6 }))).toEqual({
      key: 'settings.about.updateState.downloading',
      params: { percent: 42 },
    });
  });

  it('keeps technical error text out of the sentence', () => {
    expect(updateStatusText(status({ state: 'error', reason: 'ENOTFOUND feed.example' }))).toEqual({
      key: 'settings.about.updateState.error',
      params: {},
    });
    expect(updateStatusText(null).key).toBe('settings.about.updateState.unknown');
  });
});

describe('canCheckForUpdate', () => {
  it('offers a manual check only when one can run', () => {
    expect(canCheckForUpdate(status({ state: 'upToDate' }))).toBe(true);
    expect(canCheckForUpdate(status({ state: 'error' }))).toBe(true);
    expect(canCheckForUpdate(status({ state: 'disabled', reason: 'web' }))).toBe(false);
    expect(canCheckForUpdate(status({ state: 'downloading' }))).toBe(false);
    expect(canCheckForUpdate(null)).toBe(false);
  });
});
