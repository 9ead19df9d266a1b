import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ipcChannel } from '../common/contract/api';
import { methodNames } from '../common/contract/methods';
import { CONTENT_SECURITY_POLICY } from '../main/services/security/contentSecurityPolicy';
import { buildMain } from './buildMain';

const run = promisify(execFile);

/** A card driver path that exists nowhere: the answer tells whether pkcs11js loaded. */
const NO_SUCH_DRIVER = '/opt/neexistuje/libkarta.so';

/**
 * A stand-in for Electron's main-process module, enough to run the bundled main
 * under plain Node: it records what the shell does and, once the window loads,
 * plays the renderer (a page request through app://, contract calls through IPC),
 * then quits. The record goes to FAKE_RESULT.
 */
const FAKE_ELECTRON = String.raw`
const { EventEmitter } = require('node:events');
const { mkdirSync, symlinkSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const calls = [];
const record = (name, detail) => calls.push(detail === undefined ? { name } : { name, detail });
const protocolHandlers = new Map();
const ipcHandlers = new Map();
const results = {};
let readyResolve;
const ready = new Promise((resolve) => { readyResolve = resolve; });

const app = new EventEmitter();
Object.assign(app, {
  isPackaged: false,
  enableSandbox: () => record('enableSandbox'),
  requestSingleInstanceLock: () => { record('requestSingleInstanceLock'); return process.env.FAKE_LOCK === '1'; },
  whenReady: () => { record('whenReady'); setTimeout(readyResolve, 10); return ready; },
  getPath: (name) => process.env.FAKE_USER_DATA + (name === 'userData' ? '' : '/' + name),
  getAppPath: () => process.env.FAKE_APP_PATH,
  getVersion: () => '9.8.7',
  exit: (code) => { record('exit', code); finish(code); },
  quit: () => {
    record('quit');
    let prevented = false;
    const event = { preventDefault: () => { prevented = true; } };
    app.emit('before-quit', event);
    if (!prevented) app.emit('will-quit', event);
    if (!prevented) finish(0);
  },
});

function finish(code) {
  writeFileSync(process.env.FAKE_RESULT, JSON.stringify({ calls, results }));
  process.exit(code);
}

class WebContents extends EventEmitter {
  constructor() { super(); this.sent = []; }
  send(channel, message) { this.sent.push({ channel, message }); }
  setWindowOpenHandler(handler) { this.openHandler = handler; }
}

class BrowserWindow extends EventEmitter {
  constructor(options) {
    super();
    this.webContents = new WebContents();
    record('BrowserWindow', options);
    app.emit('web-contents-created', {}, this.webContents);
  }
  isDestroyed() { return false; }
  isMaximized() { return false; }
  getNormalBounds() { return { x: 0, y: 0, width: 1280, height: 800 }; }
  show() {}
  maximize() {}
  async loadURL(url) {
    record('loadURL', url);
    setTimeout(() => playRenderer(this).catch((error) => { results.error = String(error && error.stack || error); finish(2); }), 0);
  }
}

async function playRenderer(window) {
  const serve = protocolHandlers.get('app');
  const page = await serve(new Request('app://uradovna/index.html'));
  results.page = { status: page.status, csp: page.headers.get('content-security-policy'), body: await page.text() };
  const escape = await serve(new Request('app://uradovna/%2e%2e/%2e%2e/secret.txt'));
  results.escapeStatus = escape.status;

  const own = { senderFrame: { url: 'app://uradovna/index.html' } };
  const foreign = { senderFrame: { url: 'https://evil.example/' } };
  results.info = await ipcHandlers.get('uradovna:app.getInfo')(own, {});
  results.malformed = await ipcHandlers.get('uradovna:stamp.render')(own, {});
  results.foreign = await ipcHandlers.get('uradovna:app.getInfo')(foreign, {});
  results.credentials = await ipcHandlers.get('uradovna:credentials.store')(own, { account: 'essl', secret: 'tajne' });
  results.pkcs11Config = await ipcHandlers.get('uradovna:config.update')(own, { pkcs11Modules: [process.env.FAKE_PKCS11_MODULE] });
  results.tokensWithoutBinding = await ipcHandlers.get('uradovna:signing.tokens')(own, {});
  // pkcs11js appears where the package puts it (app/node_modules, beside out/); a failed
  // load is not kept, so the same process finds it on the next use.
  mkdirSync(join(process.env.FAKE_APP_PATH, 'node_modules'), { recursive: true });
  symlinkSync(process.env.FAKE_PKCS11JS, join(process.env.FAKE_APP_PATH, 'node_modules', 'pkcs11js'));
  results.tokensWithBinding = await ipcHandlers.get('uradovna:signing.tokens')(own, {});
  results.update = await ipcHandlers.get('uradovna:update.getStatus')(own, {});
  results.seed = await ipcHandlers.get('uradovna:demo.loadSeed')(own, {});
  if (results.seed.ok) results.seed = { ok: true, documents: results.seed.value.documents.length };
  const navigation = { url: 'https://evil.example/', isMainFrame: true, preventDefault: () => { results.navigationPrevented = true; } };
  window.webContents.emit('will-navigate', navigation);
  results.windowOpen = window.webContents.openHandler({ url: 'file:///etc/passwd' });
  results.channels = [...ipcHandlers.keys()];
  results.sent = window.webContents.sent;
  window.emit('close');
  app.quit();
}

module.exports = {
  app,
  BrowserWindow,
  protocol: {
    registerSchemesAsPrivileged: (schemes) => record('registerSchemesAsPrivileged', schemes),
    handle: (scheme, handler) => { record('protocol.handle', scheme); protocolHandlers.set(scheme, handler); },
  },
  ipcMain: { handle: (channel, handler) => ipcHandlers.set(channel, handler) },
  session: {
    defaultSession: {
      setPermissionRequestHandler: () => record('setPermissionRequestHandler'),
      setPermissionCheckHandler: () => record('setPermissionCheckHandler'),
      setDevicePermissionHandler: () => record('setDevicePermissionHandler'),
    },
  },
  shell: { openExternal: async (url) => record('openExternal', url) },
  dialog: {
    showErrorBox: (title, text) => record('showErrorBox', title + ': ' + text),
    showMessageBox: async () => ({ response: 0 }),
    showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
    showSaveDialog: async () => ({ canceled: true }),
  },
  Menu: {
    buildFromTemplate: (template) => template,
    setApplicationMenu: (menu) => record('setApplicationMenu', menu.map((item) => item.label)),
  },
  safeStorage: {
    isEncryptionAvailable: () => false,
    getSelectedStorageBackend: () => 'basic_text',
    encryptString: () => { throw new Error('must not be called'); },
    decryptString: () => { throw new Error('must not be called'); },
  },
  screen: {
    getAllDisplays: () => [{ bounds: { x: 0, y: 0, width: 1920, height: 1080 } }],
    getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
  },
};
`;

interface FakeRun {
  calls: Array<{ name: string; detail?: unknown }>;
  results: Record<string, unknown>;
}

let dir: string;
let outDir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'uradovna-buildmain-'));
  outDir = join(dir, 'app', 'out');
  await buildMain(outDir);
  await mkdir(join(dir, 'node_modules', 'electron'), { recursive: true });
  await writeFile(join(dir, 'node_modules', 'electron', 'index.js'), FAKE_ELECTRON);
  await mkdir(join(outDir, 'renderer'), { recursive: true });
  await writeFile(join(outDir, 'renderer', 'index.html'), '<!doctype html><title>Úřadovna</title>');
  await writeFile(join(dir, 'app', 'secret.txt'), 'TOP SECRET');
  await symlink(resolve('assets'), join(dir, 'app', 'assets'));
}, 120_000);

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function runBundle(lock: boolean): Promise<FakeRun> {
  const resultFile = join(dir, `result-${lock}.json`);
  const userData = join(dir, `user-data-${lock}`);
  await run(process.execPath, [join(outDir, 'main', 'main.cjs')], {
    cwd: dir,
    env: {
      ...process.env,
      FAKE_LOCK: lock ? '1' : '0',
      FAKE_RESULT: resultFile,
      FAKE_USER_DATA: userData,
      FAKE_APP_PATH: join(dir, 'app'),
      FAKE_PKCS11JS: resolve('node_modules', 'pkcs11js'),
      FAKE_PKCS11_MODULE: NO_SUCH_DRIVER,
    },
    timeout: 60_000,
  }).catch((error: unknown) => {
    throw new Error(`the bundle failed: ${String(error)}`);
  });
  return JSON.parse(await readFile(resultFile, 'utf8')) as FakeRun;
}

describe('buildMain', () => {
  it('writes main and preload bundles with source maps', async () => {
    for (const file of [
      'main/main.cjs',
      'main/main.cjs.map',
      'preload/preload.cjs',
      'preload/preload.cjs.map',
    ]) {
      expect((await readFile(join(outDir, file))).byteLength, file).toBeGreaterThan(0);
    }
  });

  it('bundles a preload that requires nothing but electron and knows every channel', async () => {
    const preload = await readFile(join(outDir, 'preload', 'preload.cjs'), 'utf8');
    expect([...preload.matchAll(/require\(["']([^"']+)["']\)/g)].map((match) => match[1])).toEqual([
      'electron',
    ]);
    for (const name of methodNames) expect(preload).toContain(JSON.stringify(name));
    expect(preload).toContain('uradovna:');
    expect(preload.length).toBeLessThan(20_000);
  });

  it('bundles main with only electron, the native addons and Node built-ins left to require', async () => {
    const main = await readFile(join(outDir, 'main', 'main.cjs'), 'utf8');
    // esbuild writes real requires with double quotes; single-quoted ones are in strings.
    const required = [...main.matchAll(/\brequire\("([^"]+)"\)/g)].map((match) => match[1]!);
    expect(required).toContain('electron');
    expect(required).toContain('pkcs11js');
    expect(required).toContain('sharp');
    const allowed = new Set([
      'electron',
      'pkcs11js',
      'sharp',
      ...builtinModules,
      ...builtinModules.map((name) => `node:${name}`),
    ]);
    expect([...new Set(required)].filter((name) => !allowed.has(name))).toEqual([]);
    // pkcs11js only as the compiled `import('pkcs11js')`: a require inside a promise
    // callback, run when a card is first used and never while main starts.
    for (const addon of ['pkcs11js', 'sharp']) {
      const lazy = main.match(
        new RegExp(
          `Promise\\.resolve\\(\\)\\.then\\(\\(\\) => __toESM\\(require\\("${addon}"\\)`,
          'g',
        ),
      );
      expect(lazy?.length, addon).toBe(required.filter((name) => name === addon).length);
    }
  });

  it('a second instance hardens, registers the scheme, then quits without starting', async () => {
    const { calls } = await runBundle(false);
    expect(calls.map((call) => call.name)).toEqual([
      'enableSandbox',
      'registerSchemesAsPrivileged',
      'requestSingleInstanceLock',
      'quit',
    ]);
    expect(calls[1]!.detail).toEqual([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
    ]);
  });

  it('the first instance starts the demo and answers the renderer through the contract only', async () => {
    // The bundle starts with no pkcs11js it could require, as a package without it would.
    expect(() => createRequire(join(outDir, 'main', 'main.cjs')).resolve('pkcs11js')).toThrow();
    const { calls, results } = await runBundle(true);
    const names = calls.map((call) => call.name);
    expect(names.indexOf('registerSchemesAsPrivileged')).toBeLessThan(names.indexOf('whenReady'));
    expect(names).toContain('protocol.handle');
    expect(names).toContain('setPermissionRequestHandler');
    expect(names).not.toContain('showErrorBox');
    expect(calls.find((call) => call.name === 'setApplicationMenu')?.detail).toEqual([
      'Soubor',
      'Úpravy',
      'Zobrazení',
      'Nápověda',
    ]);
    const window = calls.find((call) => call.name === 'BrowserWindow')?.detail as {
      webPreferences: Record<string, unknown>;
    };
    expect(window.webPreferences).toEqual({
      preload: join(outDir, 'preload', 'preload.cjs'),
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: false,
    });
    expect(calls.find((call) => call.name === 'loadURL')?.detail).toBe('app://uradovna/index.html');

    expect(results.error).toBeUndefined();
    expect(results.page).toEqual({
      status: 200,
      csp: CONTENT_SECURITY_POLICY,
      body: '<!doctype html><title>Úřadovna</title>',
    });
    expect(results.escapeStatus).toBe(404);
    expect(results.info).toMatchObject({
      ok: true,
      value: {
        version: '9.8.7',
        platform: 'electron',
        demo: true,
        simUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
      },
    });
    expect(results.malformed).toMatchObject({
      ok: false,
      error: { code: 'errors.invalidArguments' },
    });
    expect(results.foreign).toMatchObject({ ok: false, error: { code: 'errors.forbiddenSender' } });
    expect(results.credentials).toMatchObject({
      ok: false,
      error: { code: 'errors.credentials.unavailable' },
    });
    expect(results.pkcs11Config).toMatchObject({
      ok: true,
      value: { pkcs11Modules: [NO_SUCH_DRIVER] },
    });
    expect(results.tokensWithoutBinding).toEqual({
      ok: false,
      error: {
        code: 'errors.pkcs11.bindingMissing',
        message:
          'Podpora čipových karet se nenačetla (chybí knihovna pkcs11js). Přeinstalujte aplikaci.',
        params: {},
      },
    });
    expect(results.tokensWithBinding).toMatchObject({
      ok: false,
      error: { code: 'errors.pkcs11.moduleMissing', params: { path: NO_SUCH_DRIVER } },
    });
    expect(results.update).toMatchObject({
      ok: true,
      value: { state: 'disabled', reason: 'development' },
    });
    expect(results.seed).toMatchObject({ ok: true });
    expect((results.seed as { documents: number }).documents).toBeGreaterThan(100);
    expect(results.navigationPrevented).toBe(true);
    expect(results.windowOpen).toEqual({ action: 'deny' });
    expect([...(results.channels as string[])].sort()).toEqual(
      methodNames.map((name) => ipcChannel(name)).sort(),
    );
    expect(results.sent).toContainEqual({
      channel: 'uradovna:event',
      message: {
        event: 'update.status',
        payload: { state: 'disabled', reason: 'development', version: null, percent: null },
      },
    });
  }, 90_000);
});
