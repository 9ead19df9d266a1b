import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { registerDocument } from '../db/commands/registerDocument';
import type { UradovnaDatabase } from '../db/schema';
import {
  demoDevice,
  demoInput,
  engineFor,
  portFor,
  startLiveEssl,
  type LiveEssl,
} from './testing/liveEssl.node';

describe('files travel with their documents', () => {
  let live: LiveEssl;
  let a: UradovnaDatabase;
  let b: UradovnaDatabase;

  beforeEach(async () => {
    live = await startLiveEssl();
    a = await demoDevice(live);
    b = await demoDevice(live);
  });
  afterEach(async () => {
    a.close();
    b.close();
    await live.close();
  });

  it('a scan registered on one PC reaches the eSSL and the other PC, byte for byte, with a safe name', async () => {
    const bytes = new TextEncoder().encode(
      '%PDF-1.4\n% naskenovaný dopis\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n',
    );
    const registered = await registerDocument(a, await demoInput(a, 'Dopis se skenem'), [
      { name: '../../sken dopisu.pdf', bytes },
    ]);
    expect((await engineFor(a, portFor(live)).syncNow()).ok).toBe(true);
    const onServer = live.sim.essl.documents().find((doc) => doc.id.value === registered.pid);
    expect(onServer?.files).toHaveLength(1);

    expect((await engineFor(b, portFor(live)).syncNow()).ok).toBe(true);
    const pulled = await b.documents.get(registered.pid);
    expect(pulled?.componentCount).toBe(1);
    const [component] = await b.components.where('pid').equals(registered.pid).toArray();
    expect(component?.name).not.toContain('/');
    expect(new Uint8Array(await (component?.blob as Blob).arrayBuffer())).toEqual(bytes);
    const [original] = await a.components.where('pid').equals(registered.pid).toArray();
    expect(component?.sha256).toBe(original?.sha256);
  });
});
