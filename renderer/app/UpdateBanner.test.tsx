import { isValidElement, type ReactElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type { Api } from '../../common/contract/api';
import type { UpdateState, UpdateStatus } from '../../common/contract/types';
import { openTestDatabase } from '../db/testing/fixtures';
import { markupTest } from '../ui/testing/markupTest';
import { updateChanged } from './statusSlice';
import { createStore, type AppStore } from './store';
import { UpdateBanner } from './UpdateBanner';

const restartAndInstall = vi.fn(async () => ({ accepted: true }));
const api = new Proxy({ 'update.restartAndInstall': restartAndInstall } as unknown as Api, {
  get: (target, name) =>
    name in target
      ? target[name as keyof Api]
      : () => Promise.reject(new Error(`${String(name)} is not the banner's to call`)),
});
// The banner reads no table; the database is never opened.
const db = openTestDatabase();
const { html } = markupTest({ services: () => ({ db, api }) });

const status = (state: UpdateState): UpdateStatus => ({
  state,
  reason: null,
  version: '1.4.0',
  percent: state === 'downloading' ? 40 : null,
});

function storeWith(update: UpdateStatus | null): AppStore {
  const store = createStore();
  if (update) store.dispatch(updateChanged(update));
  return store;
}

/**
 * The banner's element tree as rendered in the app's providers. The banner is called from
 * a component of the test's own, so its hooks are that component's and what it returns (with
 * its click handlers) can be kept; a static render runs no DOM to click in.
 */
function renderedTree(store: AppStore): { markup: string; tree: ReactNode } {
  const seen: { tree: ReactNode } = { tree: null };
  function Probe() {
    seen.tree = UpdateBanner();
    return seen.tree;
  }
  const markup = html(<Probe />, { store });
  return { markup, tree: seen.tree };
}

function button(tree: ReactNode, label: string): ReactElement<{ onClick: () => void }> {
  const found: ReactElement<{ onClick: () => void }>[] = [];
  const walk = (node: ReactNode) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (isValidElement<{ children?: ReactNode; onClick: () => void }>(node)) {
      if (node.type === 'button' && node.props.children === label) found.push(node);
      walk(node.props.children);
    }
  };
  walk(tree);
  expect(found, label).toHaveLength(1);
  return found[0]!;
}

describe('UpdateBanner', () => {
  it('offers the restart once an update is downloaded', () => {
    const { markup } = renderedTree(storeWith(status('ready')));
    expect(markup).toContain(
      '<div class="banner banner--info" role="region" aria-label="Aktualizace 1.4.0 je připravena — restartovat">',
    );
    expect(markup).toContain('<span>Aktualizace 1.4.0 je připravena — restartovat</span>');
    expect(markup).toContain(
      '<button type="button" class="button button--primary">Restartovat</button>',
    );
    expect(markup).toContain('<button type="button" class="button">Později</button>');
  });

  it.each(['disabled', 'idle', 'checking', 'downloading', 'upToDate', 'error'] as const)(
    'shows nothing while the updater is %s',
    (state) => {
      expect(renderedTree(storeWith(status(state))).markup).toBe('');
    },
  );

  it('shows nothing before the updater has said anything', () => {
    expect(renderedTree(storeWith(null)).markup).toBe('');
  });

  it('restarts into the update only when the clerk clicks Restartovat', () => {
    restartAndInstall.mockClear();
    const store = storeWith(status('ready'));
    const { tree } = renderedTree(store);
    expect(restartAndInstall).not.toHaveBeenCalled();
    button(tree, 'Restartovat').props.onClick();
    expect(restartAndInstall).toHaveBeenCalledExactlyOnceWith({});
    // The banner stays until the app restarts.
    expect(store.getState().status.updateDismissed).toBe(false);
  });

  it('goes away on Později without restarting, and comes back with the next update', () => {
    restartAndInstall.mockClear();
    const store = storeWith(status('ready'));
    button(renderedTree(store).tree, 'Později').props.onClick();
    expect(restartAndInstall).not.toHaveBeenCalled();
    expect(renderedTree(store).markup).toBe('');
    store.dispatch(updateChanged(status('downloading')));
    store.dispatch(updateChanged({ ...status('ready'), version: '1.5.0' }));
    expect(renderedTree(store).markup).toContain('Aktualizace 1.5.0 je připravena');
  });
});
