import { formatOfficeDateTime } from '../common/domain/time';
import { seriousViolations } from './axe';
import {
  downloadedBytes,
  fieldValue,
  messageRow,
  openDatabox,
  openMessage,
  receiveAll,
  simAdmin,
} from './databoxSupport';
import { expect, test } from './fixtures';
import { readStore } from './indexedDb';
import { detail as journalDetail } from './journalSupport';

/**
 * Downloading the demo boxes: a letter that arrived in the municipality's box is in
 * the inbox and in the podací deník as an incoming document by data box, its seal is
 * shown verified with the timestamp's time, and the ZFO the clerk saves is byte for
 * byte the one ISDS issued.
 */

interface StoredMessage {
  id: string;
  zfoSha256: string | null;
  documentPid: string | null;
}

test('downloaded messages: in the inbox and the journal, seal verified, the ZFO saved as ISDS issued it', async ({
  openApp,
  app,
}) => {
  const admin = simAdmin(app);
  const municipality = await admin.box((box) => box.role === 'municipality');
  const authority = await admin.box((box) => box.name.startsWith('Finanční úřad'));
  const subject = 'Výzva k podání daňového přiznání k dani z nemovitých věcí';
  const [dmID] = await admin.deliver({ to: municipality.dbID, from: authority.dbID, subject });
  if (!dmID) throw new Error('the simulator delivered nothing');
  const inSim = admin.messages().find((message) => message.dmID === dmID);
  if (!inSim) throw new Error('the delivered message is not in the simulator');

  const page = await openDatabox(openApp);
  expect(await receiveAll(page)).toMatch(/^Staže(na|ny|no) \d+ zpráv/);
  const id = `received:${dmID}`;
  await expect(messageRow(page, id)).toBeVisible();
  await expect(messageRow(page, id)).toHaveAttribute('data-unread', 'true');

  const detail = await openMessage(page, id, dmID);
  await expect(messageRow(page, id).locator('.databox-cell--counterparty')).toHaveText(
    authority.name,
  );
  await expect(messageRow(page, id).locator('.databox-cell--subject')).toHaveText(subject);
  const envelope = detail.getByTestId('databox-envelope');
  await expect(detail.getByTestId('databox-subject')).toHaveText(subject);
  await expect(fieldValue(envelope, 'Odesílatel')).toHaveText(authority.name);
  await expect(fieldValue(envelope, 'Schránka odesílatele')).toHaveText(authority.dbID);
  await expect(fieldValue(envelope, 'Schránka adresáta')).toHaveText(municipality.dbID);
  await expect(fieldValue(envelope, 'ID zprávy')).toHaveText(dmID);
  // Only a seal that verifies AND comes from a trusted issuer is shown as valid.
  const seal = detail.getByTestId('databox-seal');
  await expect(seal).toHaveAttribute('data-verdict', 'valid');
  await expect(seal).toHaveText(/Pečeť ISDS je platná/);
  const stamp = detail.getByTestId('databox-timestamp');
  await expect(stamp).toHaveAttribute('data-verdict', 'valid');
  await expect(stamp).toHaveText(/Kvalifikované časové razítko je platné/);
  // The sim stamps a message when it is submitted.
  await expect(fieldValue(detail, 'Čas razítka')).toHaveText(
    formatOfficeDateTime(new Date(inSim.submittedAt).toISOString()),
  );
  await expect(fieldValue(detail, 'Otisk zprávy')).toHaveText('souhlasí s razítkem');
  await expect(messageRow(page, id)).not.toHaveAttribute('data-unread', 'true');
  expect(await seriousViolations(page)).toEqual([]);

  // "Uložit ZFO": the bytes ISDS issued, unchanged.
  const downloading = page.waitForEvent('download');
  await detail.getByTestId('databox-save-zfo').click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.zfo$/);
  const saved = await downloadedBytes(download);
  expect(saved.bytes[0]).toBe(0x30);
  const [stored] = await readStore<StoredMessage>(page, 'isdsMessages', { key: id });
  expect(stored?.zfoSha256).toBe(saved.sha256);
  // AuthenticateMessage: ISDS itself confirms it issued exactly these bytes.
  const { authentic } = await app.launched.host.handlers['isds.authenticate']({
    key: 'demo-obec',
    zfo: new Uint8Array(saved.bytes),
  });
  expect(authentic).toBe(true);
  const tampered = new Uint8Array(saved.bytes);
  tampered[tampered.length - 1] = (tampered[tampered.length - 1] ?? 0) ^ 0x01;
  expect(
    (await app.launched.host.handlers['isds.authenticate']({ key: 'demo-obec', zfo: tampered }))
      .authentic,
  ).toBe(false);

  // The journal: an incoming document by data box, with the sender and the subject.
  const reference = detail.getByTestId('databox-document').getByRole('button');
  await expect(reference).toHaveText(/^Otevřít v podacím deníku: OUHL \d+\/\d{4}$/);
  const number = ((await reference.textContent()) ?? '').replace('Otevřít v podacím deníku: ', '');
  await reference.click();
  const doc = journalDetail(page);
  await expect(doc.getByRole('heading', { level: 2 })).toHaveText(number);
  await expect(fieldValue(doc, 'Směr')).toHaveText('Doručený');
  await expect(fieldValue(doc, 'Způsob doručení')).toHaveText('Datová schránka');
  await expect(fieldValue(doc, 'Odesílatel')).toContainText(authority.name);
  await expect(fieldValue(doc, 'Věc')).toHaveText(subject);
  await expect(doc.getByTestId('dispatch-panel')).toContainText(
    `Přijato od ${authority.name}, zpráva ${dmID}`,
  );
  expect(stored?.documentPid).toBeTruthy();
  // The journal's grid finds it among the demo's documents.
  await page.getByRole('searchbox', { name: 'Hledat v deníku' }).fill(number);
  const row = page
    .getByRole('grid', { name: 'Dokumenty podacího deníku' })
    .locator(`[role="row"][data-pid="${stored?.documentPid}"]`);
  await expect(row).toContainText(subject);
  await expect(row).toContainText(authority.name);
});

test('a subject with markup is shown as the sender typed it, never as markup', async ({
  openApp,
  app,
}) => {
  const admin = simAdmin(app);
  const subject = '<b>tučně</b><script>window.__injected = 1</script>';
  const [dmID] = await admin.deliver({ subject });
  if (!dmID) throw new Error('the simulator delivered nothing');
  const page = await openDatabox(openApp);
  await receiveAll(page);
  const id = `received:${dmID}`;
  const detail = await openMessage(page, id, dmID);
  await expect(messageRow(page, id).locator('.databox-cell--subject')).toHaveText(subject);
  await expect(detail.getByTestId('databox-subject')).toHaveText(subject);
  await expect(page.locator('.databox b, .databox script')).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();

  // The journal's copy of the subject too.
  await detail.getByTestId('databox-document').getByRole('button').click();
  await expect(fieldValue(journalDetail(page), 'Věc')).toHaveText(subject);
  await expect(journalDetail(page).locator('b, script')).toHaveCount(0);
});
