import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { ServiceError } from '../../../../common/contract/envelope';
import { bindingLoader, loadPkcs11Binding, type Pkcs11Binding } from './binding';

const run = promisify(execFile);

const MISSING =
  'Podpora čipových karet se nenačetla (chybí knihovna pkcs11js). Přeinstalujte aplikaci.';

const fakeBinding = { PKCS11: class {} } as unknown as Pkcs11Binding;

describe('bindingLoader', () => {
  it('imports the binding once and keeps it', async () => {
    let imports = 0;
    const load = bindingLoader(async () => {
      imports += 1;
      return fakeBinding;
    });
    expect(imports).toBe(0);
    const [first, second] = await Promise.all([load(), load()]);
    expect(await load()).toBe(first);
    expect(second).toBe(first);
    expect(imports).toBe(1);
  });

  it('turns a binary that will not load into the Czech bindingMissing error, keeping the cause', async () => {
    const cause = new Error('was compiled against a different Node.js version');
    const load = bindingLoader(() => Promise.reject(cause));
    const error: unknown = await load().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ServiceError);
    expect(error).toMatchObject({ code: 'errors.pkcs11.bindingMissing', message: MISSING });
    expect((error as Error).cause).toBe(cause);
  });

  it('tries again after a failure instead of keeping it', async () => {
    let imports = 0;
    const load = bindingLoader(async () => {
      imports += 1;
      if (imports === 1) throw new Error("Cannot find module 'pkcs11js'");
      return fakeBinding;
    });
    await expect(load()).rejects.toMatchObject({ code: 'errors.pkcs11.bindingMissing' });
    expect(await load()).toBe(fakeBinding);
    expect(imports).toBe(2);
  });

  it('loads the real pkcs11js', async () => {
    const binding = await loadPkcs11Binding();
    expect(typeof new binding.PKCS11().load).toBe('function');
  });
});

describe('loading on first use', () => {
  // A fresh Node process: this one may have loaded the addon for another test already.
  const script = `
    const addons = () => Object.keys(require.cache).filter((file) => file.endsWith('.node'));
    import('./main/services/signing/pkcs11/index.ts').then(async () => {
      const atImport = addons();
      const { loadPkcs11Binding } = await import('./main/services/signing/pkcs11/binding.ts');
      await loadPkcs11Binding();
      console.log(JSON.stringify({ atImport, atFirstUse: addons() }));
    });
  `;

  it('importing the PKCS#11 signing code loads no native addon; the first use loads pkcs11js', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', '-e', script], {
      cwd: process.cwd(),
    });
    const { atImport, atFirstUse } = JSON.parse(stdout) as Record<string, string[]>;
    expect(atImport).toEqual([]);
    expect(atFirstUse).toEqual([
      expect.stringMatching(/pkcs11js[\\/]build[\\/]Release[\\/]pkcs11\.node$/),
    ]);
  });
});
