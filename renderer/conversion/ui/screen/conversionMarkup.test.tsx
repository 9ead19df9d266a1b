import { beforeEach, describe, expect, it, vi } from 'vitest';
import { conversionBlobId } from '../../../../common/domain/conversion';
import { minimalPdf } from '../../../../common/domain/testing/sampleFiles';
import type { UradovnaDatabase } from '../../../db/schema';
import { eachTestDatabase } from '../../../db/testing/databaseLifecycle';
import { testUser } from '../../../db/testing/fixtures';
import { conversionScreen as csScreen } from '../../../i18n/locales/cs/conversionScreen';
import { resources } from '../../../i18n/resources';
import { blobBytes } from '../../../signing/commands/signedBytes';
import { markupTest } from '../../../ui/testing/markupTest';
import { markupText as text } from '../../../ui/testing/markupText';
import { recordSignedConversion } from '../../db/completeConversion';
import { prepareElectronicToPaper, preparePaperToElectronic } from '../../db/prepareConversion';
import { runRegisterQueue } from '../../sync/registerQueue';
import {
  appended,
  documentWithPdf,
  fakeRegister,
  scanFields,
  validExamination,
  type FakeRegister,
} from '../../testing/conversionFixtures';
import { loadConversionRows, loadConversionView } from './conversionData';
import { ConversionDetailPane } from './ConversionDetail';
import { ConversionRegisterView } from './ConversionScreen';

// pdf.js needs a browser; a static render draws no page anyway (effects do not run).
vi.mock('../../../ui/pdfjs', () => ({
  openPdf: () => Promise.reject(new Error('no pdf.js in Node')),
}));

let db: UradovnaDatabase;
let register: FakeRegister;
eachTestDatabase((opened) => {
  db = opened;
});
beforeEach(() => {
  register = fakeRegister();
});
const { html } = markupTest({ services: () => ({ db }) });
const actions = (markup: string) =>
  [...markup.matchAll(/data-testid="conversion-action-(\w+)"/g)].map((match) => match[1]);

const at = (minute: number) => new Date(Date.UTC(2026, 2, 3, 9, minute));

async function paperToElectronic(minute: number, description = 'Dopis Jana Nováka') {
  const { pid } = await documentWithPdf(db, at(minute));
  return preparePaperToElectronic(
    db,
    { pid, pdf: minimalPdf(), pages: 1, fields: scanFields({ description }) },
    { now: at(minute) },
  );
}

async function electronicToPaper(minute: number, examination = validExamination) {
  const { pid, componentId } = await documentWithPdf(db, at(minute));
  return prepareElectronicToPaper(
    db,
    {
      pid,
      componentId,
      messageId: '1234567',
      pages: 3,
      duplex: false,
      examination,
      confirmedInvalid: !examination.valid,
      fields: scanFields({ description: 'Rozhodnutí krajského úřadu', lostElement: null }),
    },
    { now: at(minute) },
  );
}

async function detail(id: string): Promise<string> {
  const view = await loadConversionView(db, id);
  return html(<ConversionDetailPane view={view} onClose={() => undefined} />);
}

describe('the Konverze screen', () => {
  it('shows the register’s count, the waiting conversions and the filters’ values', async () => {
    await electronicToPaper(1);
    await runRegisterQueue(db, register);
    register.mode = 'refuse';
    await paperToElectronic(2, 'Smlouva');
    await runRegisterQueue(db, register);
    register.mode = 'down';
    await paperToElectronic(3, 'Žádost o řízení');
    await runRegisterQueue(db, register);

    const rows = await loadConversionRows(db);
    expect(rows.map((row) => row.conversion.input.description)).toEqual([
      'Žádost o řízení',
      'Smlouva',
      'Rozhodnutí krajského úřadu',
    ]);
    expect(rows[0]?.referenceNumber).toMatch(/^OUHL \d+\/2026$/);
    const markup = html(<ConversionRegisterView rows={rows} />);
    const words = text(markup);
    expect(words).toContain('Konverze');
    expect(words).toContain('3 konverze z 3');
    expect(markup).toMatch(/data-testid="conversion-waiting"[^>]*>1 čeká na číslo z evidence</);
    expect(markup).toContain('<option value="2026">2026</option>');
    expect(markup).toContain(`<option value="${testUser}">${testUser}</option>`);
    expect(markup).toContain('Čeká na číslo z evidence</option>');
    expect(markup).toMatch(/<button(?![^>]*disabled)[^>]*data-testid="conversion-export"/);
    expect(words).toContain('Číslo Datum konverze Směr Vstup Datum vstupu Listy');
    expect(markup).not.toContain('data-testid="conversion-detail"');
  });

  it('says when nothing has been converted yet, and offers no export', () => {
    const markup = html(<ConversionRegisterView rows={[]} />);
    expect(text(markup)).toContain('Zatím nebyla provedena žádná konverze.');
    expect(markup).toMatch(/<button[^>]*disabled=""[^>]*data-testid="conversion-export"/);
    expect(markup).not.toContain('data-testid="conversion-waiting"');
  });

  it('says it is loading before the register is read', () => {
    expect(text(html(<ConversionRegisterView rows={undefined} />))).toContain(
      'Načítám evidenci konverzí…',
    );
  });
});

describe('the conversion’s detail', () => {
  it('says the register is unreachable, with the last error and the attempts, and offers to try now', async () => {
    const id = await paperToElectronic(1);
    register.mode = 'down';
    await runRegisterQueue(db, register);
    await runRegisterQueue(db, register);
    const markup = await detail(id);
    const words = text(markup);
    expect(markup).toMatch(
      /data-testid="conversion-register-status"[^>]*data-state="waitingForNumber"/,
    );
    expect(words).toContain('Evidence nedostupná — zkusíme znovu automaticky.');
    expect(words).toContain('Poslední chyba: Evidence konverzí není dostupná.');
    expect(words).toContain('Proběhly 2 pokusy.');
    expect(actions(markup)).toEqual(['retryNow', 'cancel']);
    expect(words).toContain('čeká na číslo');
    expect(markup).toMatch(/data-testid="conversion-preview"[^>]*data-kind="prepared"/);
    expect(words).toContain('zatím bez ověřovací doložky');
  });

  it('shows the register’s refusal and offers to ask again', async () => {
    const id = await paperToElectronic(1);
    register.mode = 'refuse';
    await runRegisterQueue(db, register);
    const markup = await detail(id);
    const words = text(markup);
    expect(markup).toMatch(
      /role="alert"[^>]*data-testid="conversion-register-status"|data-testid="conversion-register-status"[^>]*role="alert"/,
    );
    expect(words).toContain('Číslo konverze nebylo přiděleno.');
    expect(words).toContain('Důvod: neznámý subjekt');
    expect(actions(markup)).toEqual(['askAgain', 'cancel']);
  });

  it('shows every field and the examination of an e → p input ready to print', async () => {
    const id = await electronicToPaper(1);
    await runRegisterQueue(db, register);
    const conversion = await db.conversions.get(id);
    const markup = await detail(id);
    const words = text(markup);
    expect(conversion?.number).toMatch(/\S/);
    expect(markup).toContain(`<h2 id="conversion-detail-title">${conversion?.number}</h2>`);
    expect(words).toContain('z elektronické do listinné podoby');
    expect(words).toContain('Datová zpráva 1234567');
    expect(words).toContain('Listy výstupu 4');
    expect(words).toContain(`Provedl(a) ${testUser}`);
    expect(words).toContain('Subjekt Obec Horní Lhota');
    expect(words).toContain('Poplatek z moci úřední: konverze z moci úřední');
    expect(words).toContain('Datum vstupu 2. 3. 2026');
    expect(markup).toMatch(/data-testid="conversion-examination"[^>]*data-verdict="valid"/);
    expect(words).toContain('Podepsáno elektronickým podpisem — platný');
    expect(words).toContain('Sériové číslo certifikátu 0A1B2C');
    expect(words).toContain('Poskytovatel PostSignum Qualified CA 4');
    expect(words).toContain('Podepsal(a) Ing. Petr Malý');
    expect(words).toContain('Časové razítko 1. 3. 2026 11:00:00, číslo 99, PostSignum TSA');
    expect(actions(markup)).toEqual(['print', 'cancel']);
    expect(markup).toMatch(/data-testid="conversion-preview"[^>]*data-kind="withClause"/);
    expect(markup).toContain('data-testid="conversion-open-document"');
  });

  it('never shows an invalid input green and lists what is wrong', async () => {
    const id = await electronicToPaper(1, {
      ...validExamination,
      valid: false,
      problems: ['signatureCheck.digestMismatch', 'signatureCheck.somethingNew'],
    });
    const markup = await detail(id);
    const words = text(markup);
    expect(markup).toMatch(/data-testid="conversion-examination"[^>]*data-verdict="invalid"/);
    expect(markup).not.toContain('databox-verdict--ok');
    expect(words).toContain('NEPLATNÝ — ověření selhalo');
    expect(words).toContain('převedl vstup přesto');
    expect(words).toContain('Dokument byl po podepsání změněn');
    expect(words).not.toContain('signatureCheck.digestMismatch');
  });

  it('shows a signed p → e output kept on the document, with nothing more to do', async () => {
    const id = await paperToElectronic(1);
    await runRegisterQueue(db, register);
    const withClause = await db.conversionBlobs.get(conversionBlobId(id, 'withClause'));
    await recordSignedConversion(db, id, appended(await blobBytes(withClause!.blob)), {
      now: at(5),
    });
    const markup = await detail(id);
    const words = text(markup);
    expect(markup).toMatch(/data-testid="conversion-register-status"[^>]*data-state="done"/);
    expect(words).toContain('podepsaný výstup je uložen u dokumentu');
    expect(actions(markup)).toEqual([]);
    expect(markup).toMatch(/data-testid="conversion-preview"[^>]*data-kind="output"/);
    expect(words).toContain('Nepřevedený prvek žádný');
  });

  it('says when the conversion is gone', () => {
    const markup = html(<ConversionDetailPane view={null} onClose={() => undefined} />);
    expect(text(markup)).toContain('Konverze už v evidenci není.');
  });
});

describe('texts', () => {
  it('are wired into the app under conversionScreen and conversionSettings', () => {
    const cs = resources.cs.translation as unknown as Record<string, unknown>;
    expect(cs.conversionScreen).toBe(csScreen);
    expect(cs.conversionSettings).toBeDefined();
    expect(
      (resources.cs.translation.errors.conversionRegister as { notConfigured: string })
        .notConfigured,
    ).toContain('Nastavení → Konverze');
  });
});
