import { describe, expect, it } from 'vitest';
import type { Api } from '../../../../common/contract/api';
import type { ElectronicInputExamination } from '../../../../common/contract/conversion';
import { OFFICIAL_EXEMPTION } from '../../../../common/domain/conversionRules';
import { incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../../common/domain/testing/sampleFiles';
import { testRecord } from '../../../databox/ui/testRecord';
import { registerDocument } from '../../../db/commands/registerDocument';
import type { ComponentRecord, UradovnaDatabase } from '../../../db/schema';
import { refusal } from '../../../db/testing/commandTest';
import { eachTestDatabase } from '../../../db/testing/databaseLifecycle';
import { snapshot, testUser } from '../../../db/testing/fixtures';
import { issueText } from '../../../i18n';
import { markupTest } from '../../../ui/testing/markupTest';
import { REGISTER_OUTBOX_KIND } from '../../db/conversionSupport';
import { ElectronicToPaperBody, type ExaminationState } from './ElectronicToPaperBody';
import {
  electronicToPaperDraft,
  submitElectronicToPaper,
  type ElectronicToPaperChoice,
  type ElectronicToPaperValues,
} from './electronicDraft';
import {
  defaultDescription,
  defaultInputDate,
  loadElectronicInput,
  messageOf,
  type ElectronicInput,
} from './electronicInput';
import { examineComponent } from './useExamination';

const { i18n, html } = markupTest();
const now = new Date('2026-03-05T09:00:00.000Z');
let db: UradovnaDatabase;
eachTestDatabase((opened) => {
  db = opened;
});

const signedValid: ElectronicInputExamination = {
  kind: 'signed',
  valid: true,
  certificate: {
    subject: 'CN=Ing. Jana Malá',
    subjectName: 'Ing. Jana Malá',
    issuer: 'CN=PostSignum Qualified CA 4',
    serialNumber: '0A1B2C3D',
    notBefore: '2025-01-01T00:00:00Z',
    notAfter: '2027-01-01T00:00:00Z',
  },
  qualified: true,
  provider: 'PostSignum Qualified CA 4',
  signer: 'Ing. Jana Malá',
  timestamp: {
    time: '2026-03-01T10:15:00Z',
    serialNumber: '77EF',
    provider: 'PostSignum TSA',
    valid: true,
  },
  problems: [],
  pages: 3,
};
const sealedInvalid: ElectronicInputExamination = {
  ...signedValid,
  kind: 'sealed',
  valid: false,
  signer: 'Stavby Lhota s.r.o.',
  qualified: false,
  problems: ['signatureCheck.untrusted', 'signatureCheck.timestamp.imprintMismatch'],
  timestamp: { ...signedValid.timestamp!, valid: false },
};
const unsigned: ElectronicInputExamination = {
  kind: 'none',
  valid: false,
  certificate: null,
  qualified: false,
  provider: null,
  signer: null,
  timestamp: null,
  problems: [],
  pages: 2,
};

const zfoMime = 'application/vnd.software602.filler.form-xml-zip';

/** A received data message registered as a document: its PDF, its ZFO as the signed original. */
async function receivedDocument() {
  const pdf = minimalPdf();
  const { pid, referenceNumber } = await registerDocument(
    db,
    incomingInput({ channel: 'databox', subject: 'Smlouva o dílo' }),
    [{ name: 'smlouva.pdf', bytes: pdf }],
    { now: new Date('2026-03-02T09:00:00.000Z') },
  );
  const [component] = await db.components.where('pid').equals(pid).toArray();
  const zfo: ComponentRecord = {
    ...component!,
    id: crypto.randomUUID(),
    name: 'zprava-1000001.zfo',
    originalName: 'zprava-1000001.zfo',
    mime: zfoMime,
    role: 'signedOriginal',
    addedAt: '2026-03-02T09:00:01.000Z',
    blob: new Blob([new Uint8Array([0x50, 0x4b])], { type: zfoMime }),
  };
  await db.components.add(zfo);
  const message = testRecord({
    documentPid: pid,
    zfoComponentId: zfo.id,
    deliveryTime: '2026-03-01T23:30:00Z',
    files: [
      {
        index: 0,
        name: 'smlouva.pdf',
        originalName: 'smlouva.pdf',
        mime: 'application/pdf',
        metaType: 'main',
        size: pdf.length,
        componentId: component!.id,
      },
    ],
  });
  // The same message each time: a test that needs a second document takes it over.
  await db.isdsMessages.put(message);
  return { pid, referenceNumber, pdf, component: component!, zfo, message };
}

const values = (overrides: Partial<ElectronicToPaperValues> = {}): ElectronicToPaperValues => ({
  duplex: true,
  confirmedInvalid: false,
  description: 'soubor „smlouva.pdf“ z datové zprávy č. 1000001',
  inputDate: '2026-03-02',
  official: true,
  feeCzk: '',
  exemption: '',
  ...overrides,
});

describe('the input of an electronic → paper conversion', () => {
  it('offers the PDF, names the ZFO as not offered, and finds the data message it came in', async () => {
    const received = await receivedDocument();
    const input = (await loadElectronicInput(db, received.pid))!;
    expect(input.pdfs.map((file) => file.id)).toEqual([received.component.id]);
    expect(input.others.map((file) => file.id)).toEqual([received.zfo.id]);
    const message = messageOf(input.messages, received.component.id);
    expect(message?.dmID).toBe('1000001');
    expect(messageOf(input.messages, received.zfo.id)).toBeNull();
    expect(defaultDescription(input.doc, received.component, message)).toBe(
      'soubor „smlouva.pdf“ z datové zprávy č. 1000001 (odesílatel Jan Novák, věc: Žádost o stavební povolení)',
    );
    // Delivered 23:30 UTC on 1 March is 2 March in the office's calendar.
    expect(defaultInputDate(input.doc, message)).toBe('2026-03-02');
    expect(defaultDescription(input.doc, received.component, null)).toBe(
      `soubor „smlouva.pdf“ dokumentu č. j. ${received.referenceNumber} (Smlouva o dílo)`,
    );
    expect(await loadElectronicInput(db, 'OUHL-none')).toBeNull();
  });

  it('sends the file’s bytes to main for verification', async () => {
    const received = await receivedDocument();
    const seen: Uint8Array[] = [];
    const api = {
      'conversion.examineElectronic': async ({ pdf }: { pdf: Uint8Array }) => {
        seen.push(pdf);
        return signedValid;
      },
    } as Pick<Api, 'conversion.examineElectronic'>;
    expect(await examineComponent(api, received.component)).toBe(signedValid);
    expect(seen).toEqual([received.pdf]);
  });
});

describe('ElectronicToPaperBody', () => {
  async function body(
    examination: ExaminationState | null,
    change: Partial<ElectronicToPaperValues> = {},
  ) {
    const received = await receivedDocument();
    const input = (await loadElectronicInput(db, received.pid))!;
    return html(
      <ElectronicToPaperBody
        input={input}
        selected={received.component}
        message={messageOf(input.messages, received.component.id)}
        examination={examination}
        values={values(change)}
        onValues={() => {}}
        onSelect={() => {}}
        onRetry={() => {}}
        fieldError={(path) => (path === 'confirmInvalid' ? 'Potvrďte to.' : null)}
        today="2026-03-05"
      />,
    );
  }

  it('shows a valid signature plainly, with the certificate, provider, signer and timestamp', async () => {
    const markup = await body({ status: 'done', examination: signedValid });
    expect(markup).toContain(
      'Soubor je podepsán elektronickým podpisem. Podpis byl ověřen jako platný.',
    );
    expect(markup).toContain('data-valid="true"');
    expect(markup).toContain('<dt>Podepisující osoba</dt><dd>Ing. Jana Malá</dd>');
    expect(markup).toContain('<dt>Sériové číslo certifikátu</dt><dd>0A1B2C3D</dd>');
    expect(markup).toContain('PostSignum Qualified CA 4 — Certifikát je kvalifikovaný.');
    expect(markup).toContain('<dt>Datum a čas razítka</dt><dd>1. 3. 2026 11:15:00</dd>');
    expect(markup).toContain('<dt>Číslo časového razítka</dt><dd>77EF</dd>');
    expect(markup).toContain('<dt>Razítko vydal</dt><dd>PostSignum TSA</dd>');
    expect(markup).toContain('3 strany');
    expect(markup).not.toContain('data-testid="conversion-confirm-invalid"');
    // Where it came from, and that the signed original stays.
    expect(markup).toContain(
      'Soubor přišel v datové zprávě č. 1000001. Její podepsaný originál (ZFO) zůstává u dokumentu uložen beze změny.',
    );
    expect(markup).toContain(
      'Nenabízí se: „zprava-1000001.zfo“. S ověřovací doložkou lze do listinné podoby převést jen soubory PDF.',
    );
    expect(markup).toContain('Číslo konverze přidělí evidence konverzí.');
    expect(markup).toMatch(/<input[^>]*data-testid="conversion-duplex"[^>]*checked=""/);
    expect(markup).toContain(OFFICIAL_EXEMPTION);
  });

  it('says why a seal did not verify and asks for the confirmation', async () => {
    const markup = await body({ status: 'done', examination: sealedInvalid });
    expect(markup).toContain(
      'Soubor je opatřen elektronickou pečetí. Pečeť nebyla ověřena jako platná.',
    );
    expect(markup).toContain('data-valid="false"');
    expect(markup).toContain(
      '<li>Certifikát podepisující osoby nevydala certifikační autorita, které aplikace důvěřuje.</li>',
    );
    expect(markup).toContain(
      '<li>Časové razítko bylo vydáno pro jiná data, než jaká opatřuje.</li>',
    );
    expect(markup).toContain('<dt>Pečetící osoba</dt><dd>Stavby Lhota s.r.o.</dd>');
    expect(markup).toContain('Časové razítko nebylo ověřeno jako platné.');
    expect(markup).toMatch(
      /<input type="checkbox" required=""[^>]*data-testid="conversion-confirm-invalid"\/>Podpis nebyl ověřen jako platný — přesto převést \(doložka to uvede\)/,
    );
    expect(markup).toContain('<span class="field__error" role="alert">Potvrďte to.</span>');
  });

  it('states an unsigned input as such, without asking to confirm (there was nothing to fail)', async () => {
    const markup = await body({ status: 'done', examination: unsigned });
    expect(markup).toContain(
      'Soubor není podepsán elektronickým podpisem ani opatřen elektronickou pečetí. Doložka uvede, že vstup nebyl podepsán ani zapečetěn.',
    );
    expect(markup).toContain('Vstup nemá časové razítko.');
    expect(markup).not.toContain('Podepisující osoba');
    expect(markup).not.toContain('přesto převést');
  });

  it('says while it verifies, and why verification failed', async () => {
    expect(await body({ status: 'working' })).toContain('Ověřuji elektronický podpis souboru…');
    const failed = await body({ status: 'failed', failure: 'PDF je zašifrované.' });
    expect(failed).toContain('Podpis souboru se nepodařilo ověřit: PDF je zašifrované.');
    expect(failed).toContain('>Ověřit znovu</button>');
    expect(failed).not.toContain('data-testid="conversion-examination"');
  });

  it('explains that only a PDF can be converted when the document has none', () => {
    const input = {
      doc: {},
      pdfs: [],
      others: [{ id: 'z', name: 'zprava.zfo' }],
      messages: [],
    } as unknown as ElectronicInput;
    const markup = html(
      <ElectronicToPaperBody
        input={input}
        selected={null}
        message={null}
        examination={null}
        values={values()}
        onValues={() => {}}
        onSelect={() => {}}
        onRetry={() => {}}
        fieldError={() => null}
        today="2026-03-05"
      />,
    );
    expect(markup).toContain(
      'Dokument nemá žádný soubor PDF. S ověřovací doložkou lze do listinné podoby převést jen PDF.',
    );
    expect(markup).toContain('Nenabízí se: „zprava.zfo“.');
    expect(markup).not.toContain('conversion-register-fields');
  });
});

describe('submitting an electronic → paper conversion', () => {
  async function choice(
    examination: ElectronicInputExamination | null,
    change: Partial<ElectronicToPaperValues> = {},
  ): Promise<ElectronicToPaperChoice> {
    const received = await receivedDocument();
    return {
      pid: received.pid,
      component: received.component,
      message: received.message,
      examination,
      values: values(change),
    };
  }
  const texts = (issues: { path: string; message: string }[]) =>
    issues.map((issue) => [issue.path, issueText(i18n.t, issue)]);

  it('prepares the conversion: the record, its request for a number, nothing with a clause', async () => {
    const ready = await choice(signedValid);
    const id = await submitElectronicToPaper(db, ready, now);
    const record = await db.conversions.get(id);
    expect(record).toMatchObject({
      pid: ready.pid,
      direction: 'electronicToPaper',
      state: 'waitingForNumber',
      official: true,
      fee: { feeCzk: null, exemption: OFFICIAL_EXEMPTION },
      input: {
        description: 'soubor „smlouva.pdf“ z datové zprávy č. 1000001',
        date: '2026-03-02',
        sheets: 3,
        componentId: ready.component.id,
        messageId: ready.message!.id,
      },
      examination: signedValid,
      confirmedInvalid: false,
      duplex: true,
      pages: 3,
      person: testUser,
      body: 'Obec Horní Lhota',
      number: null,
      createdAt: now.toISOString(),
    });
    const outbox = await db.outbox.where('kind').equals(REGISTER_OUTBOX_KIND).toArray();
    expect(outbox.map((entry) => entry.entityId)).toEqual([id]);
    expect(await db.conversionBlobs.count()).toBe(0);
  });

  it('refuses an input that did not verify until the clerk confirms, writing nothing', async () => {
    const unconfirmed = await choice(sealedInvalid);
    const before = await snapshot(db);
    const error = await refusal(submitElectronicToPaper(db, unconfirmed, now));
    expect(texts(error.issues)).toEqual([
      [
        'confirmInvalid',
        'Potvrďte, že soubor chcete převést, přestože jeho podpis nebyl ověřen jako platný.',
      ],
    ]);
    expect(await snapshot(db)).toEqual(before);

    const id = await submitElectronicToPaper(
      db,
      { ...unconfirmed, values: values({ confirmedInvalid: true }) },
      now,
    );
    expect(await db.conversions.get(id)).toMatchObject({
      confirmedInvalid: true,
      examination: { valid: false, problems: sealedInvalid.problems },
    });
  });

  it('converts an unsigned input without a confirmation: the clause states it was not signed', async () => {
    const draft = electronicToPaperDraft(await choice(unsigned), '2026-03-05');
    expect(draft.ok ? [] : texts(draft.issues)).toEqual([]);
    expect(draft.ok && draft.value.confirmedInvalid).toBe(false);
  });

  it('checks the register’s fields in Czech: description, date, fee or exemption', async () => {
    const bad = electronicToPaperDraft(
      await choice(signedValid, {
        description: '  ',
        inputDate: '2026-03-09',
        official: false,
        feeCzk: '12,50',
      }),
      '2026-03-05',
    );
    expect(bad.ok ? [] : texts(bad.issues)).toEqual([
      ['description', 'Uveďte, co se převádí (označení vstupu pro evidenci konverzí).'],
      ['inputDate', 'Datum vstupu nemůže být v budoucnosti.'],
      ['feeCzk', 'Poplatek musí být celé číslo od 0 do 100000 Kč.'],
    ]);
    const neither = electronicToPaperDraft(
      await choice(signedValid, { official: false }),
      '2026-03-05',
    );
    expect(neither.ok ? [] : texts(neither.issues)).toEqual([
      ['exemption', 'Uveďte poplatek, nebo důvod osvobození od poplatku.'],
    ]);
    const paid = electronicToPaperDraft(
      await choice(signedValid, { official: false, feeCzk: ' 30 ' }),
      '2026-03-05',
    );
    expect(paid.ok && paid.value.fields).toMatchObject({ feeCzk: 30, exemption: null, sheets: 3 });
    const notYet = electronicToPaperDraft(await choice(null), '2026-03-05');
    expect(notYet.ok ? [] : texts(notYet.issues)).toEqual([
      ['examination', 'Převést lze až po ověření podpisu souboru.'],
    ]);
  });
});
