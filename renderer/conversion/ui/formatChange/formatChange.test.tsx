import { describe, expect, it } from 'vitest';
import type { Api, MethodArgs } from '../../../../common/contract/api';
import type { FormatChanged } from '../../../../common/contract/conversion';
import { ContractCallError } from '../../../../common/contract/envelope';
import { incomingInput } from '../../../../common/domain/testing/sampleDocuments';
import { minimalPdf, minimalPng } from '../../../../common/domain/testing/sampleFiles';
import { registerDocument } from '../../../db/commands/registerDocument';
import type { ComponentRecord, UradovnaDatabase } from '../../../db/schema';
import { refusal } from '../../../db/testing/commandTest';
import { eachTestDatabase } from '../../../db/testing/databaseLifecycle';
import { snapshot, testUser } from '../../../db/testing/fixtures';
import { errorText } from '../../../i18n';
import { markupTest } from '../../../ui/testing/markupTest';
import { FormatChangeTable } from './FormatChangeTable';
import { formatChangeRows, runFormatChanges, type FormatChangeProgress } from './runFormatChanges';

const { i18n, html } = markupTest();
let db: UradovnaDatabase;
eachTestDatabase((opened) => {
  db = opened;
});

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const encoder = new TextEncoder();
const clock = () => new Date('2026-03-05T10:00:00.000Z');

/** A document with a plain PDF (from intake) and the files a data message could add. */
async function documentWithFiles() {
  const { pid } = await registerDocument(
    db,
    incomingInput(),
    [
      { name: 'zadost.pdf', bytes: minimalPdf() },
      { name: 'mapa.png', bytes: minimalPng() },
    ],
    { now: new Date('2026-03-02T09:00:00.000Z') },
  );
  const registered = await db.components.where('pid').equals(pid).toArray();
  const pdf = registered.find((file) => file.mime === 'application/pdf')!;
  const png = registered.find((file) => file.mime === 'image/png')!;
  const extra = (name: string, mime: string, bytes: Uint8Array): ComponentRecord => ({
    ...pdf,
    id: crypto.randomUUID(),
    name,
    originalName: name,
    mime,
    size: bytes.length,
    blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: mime }),
  });
  const docx = extra('posudek.docx', DOCX, encoder.encode('PK\u0003\u0004 word/document.xml'));
  const locked = extra('zamceny.pdf', 'application/pdf', encoder.encode('%PDF-1.7 /Encrypt'));
  await db.components.bulkAdd([docx, locked]);
  return { pid, pdf, png, docx, locked };
}

/** What main answers: a PDF/A for what it reads, a refusal in Czech for the rest. */
function fakeApi(refusals: Record<string, ContractCallError>) {
  const calls: MethodArgs<'conversion.changeFormat'>[] = [];
  const api = {
    'conversion.changeFormat': async (args: MethodArgs<'conversion.changeFormat'>) => {
      calls.push(args);
      const refused = refusals[args.name];
      if (refused) throw refused;
      const changed: FormatChanged = {
        pdf: minimalPdf(),
        pages: 1,
        originalFormat: `${args.mime} (${args.name})`,
        changes: [],
      };
      return changed;
    },
  } as Pick<Api, 'conversion.changeFormat'>;
  return { api, calls };
}

const unsupported = new ContractCallError({
  code: 'errors.conversion.formatUnsupported',
  message:
    'Formát DOCX aplikace do výstupního formátu PDF/A nepřevede. Převést lze PDF, obrázky JPEG, PNG a TIFF a prostý text v kódování UTF-8.',
  params: { format: 'DOCX' },
});
const encrypted = new ContractCallError({
  code: 'errors.conversion.inputEncrypted',
  message:
    'PDF je zašifrované nebo chráněné heslem, proto je nelze konvertovat ani ověřit jeho podpis. Vyžádejte si soubor bez ochrany.',
});

describe('formatChangeRows', () => {
  it('gives each file its verdict, and says when a PDF/A was already made from it', async () => {
    const files = await documentWithFiles();
    const { api } = fakeApi({});
    await runFormatChanges({ api, db }, [files.pdf], () => {}, clock);
    const output = (await db.components.where('pid').equals(files.pid).toArray()).find(
      (file) => file.role === 'formatChanged',
    )!;
    const rows = await formatChangeRows(db, [files.pdf, files.png, files.docx, output]);
    expect(rows.map((row) => row.verdict)).toEqual(['converted', 'output', 'needsChange', 'kept']);
  });
});

describe('runFormatChanges', () => {
  it('converts one file after another; a refused file is reported and the rest go on, nothing written for it', async () => {
    const files = await documentWithFiles();
    const { api, calls } = fakeApi({ 'posudek.docx': unsupported, 'zamceny.pdf': encrypted });
    const progress: Array<[string, FormatChangeProgress['state']]> = [];
    const last: Record<string, FormatChangeProgress> = {};
    const result = await runFormatChanges(
      { api, db },
      [files.docx, files.pdf, files.locked],
      (id, step) => {
        progress.push([id, step.state]);
        last[id] = step;
      },
      clock,
    );
    expect(result).toEqual({ done: 1, failed: 2 });
    expect(progress).toEqual([
      [files.docx.id, 'converting'],
      [files.docx.id, 'failed'],
      [files.pdf.id, 'converting'],
      [files.pdf.id, 'done'],
      [files.locked.id, 'converting'],
      [files.locked.id, 'failed'],
    ]);
    // Each file went to main with its own bytes and the § 24 clause's body and person.
    expect(calls.map((call) => [call.name, call.mime, call.bytes.length])).toEqual([
      ['posudek.docx', DOCX, files.docx.size],
      ['zadost.pdf', 'application/pdf', files.pdf.size],
      ['zamceny.pdf', 'application/pdf', files.locked.size],
    ]);
    expect(calls[1]!.clause).toEqual({
      body: 'Obec Horní Lhota',
      changedAt: '2026-03-05T10:00:00.000Z',
      person: testUser,
    });

    const outputs = (await db.components.where('pid').equals(files.pid).toArray()).filter(
      (file) => file.role === 'formatChanged',
    );
    expect(outputs).toHaveLength(1);
    expect(outputs[0]).toMatchObject({ derivedFrom: files.pdf.id, name: 'zadost-PDFA.pdf' });
    expect(last[files.pdf.id]).toEqual({
      state: 'done',
      outputId: outputs[0]!.id,
      name: 'zadost-PDFA.pdf',
    });
    const logged = (await db.txlog.toArray()).filter((entry) => entry.event === 'KonverzeFormatu');
    expect(logged.map((entry) => entry.entityId)).toEqual([files.pdf.id]);

    // The refusals read in Czech on their rows.
    const failed = last[files.docx.id];
    expect(failed?.state).toBe('failed');
    if (failed?.state === 'failed')
      expect(errorText(i18n.t, failed.error)).toBe(
        'Formát DOCX aplikace do výstupního formátu PDF/A nepřevede. Převést lze PDF, obrázky JPEG, PNG a TIFF a prostý text v kódování UTF-8.',
      );
  });

  it('writes nothing for a file whose output cannot be kept', async () => {
    const files = await documentWithFiles();
    const api = {
      'conversion.changeFormat': async () => ({
        pdf: encoder.encode('not a pdf'),
        pages: 1,
        originalFormat: 'PDF',
        changes: [],
      }),
    } as Pick<Api, 'conversion.changeFormat'>;
    const before = await snapshot(db);
    const states: FormatChangeProgress[] = [];
    const result = await runFormatChanges(
      { api, db },
      [files.pdf],
      (_id, step) => states.push(step),
      clock,
    );
    expect(result).toEqual({ done: 0, failed: 1 });
    expect(await snapshot(db)).toEqual(before);
    const failed = states.at(-1);
    expect(failed?.state === 'failed' && errorText(i18n.t, failed.error)).toBe(
      'Podepsaný soubor není PDF. Nic nebylo uloženo.',
    );
  });

  it('refuses to start without the office’s name and converts nothing', async () => {
    const files = await documentWithFiles();
    await db.settings.delete('organization');
    const { api, calls } = fakeApi({});
    const error = await refusal(runFormatChanges({ api, db }, [files.pdf], () => {}, clock));
    expect(errorText(i18n.t, error)).toBe('Nejdříve vyplňte údaje o organizaci v Nastavení.');
    expect(calls).toEqual([]);
  });
});

describe('FormatChangeTable', () => {
  it('lists the files with their verdict and progress, a refusal in Czech on its row', async () => {
    const files = await documentWithFiles();
    const rows = await formatChangeRows(db, [files.docx, files.pdf, files.png, files.locked]);
    const markup = html(
      <FormatChangeTable
        rows={rows}
        progress={{
          [files.docx.id]: { state: 'failed', error: unsupported },
          [files.pdf.id]: { state: 'done', outputId: 'x', name: 'zadost-PDFA.pdf' },
          [files.locked.id]: { state: 'converting' },
        }}
      />,
    );
    const row = (id: string) =>
      markup.match(new RegExp(`<tr data-testid="format-change-row-${id}"[^>]*>.*?</tr>`))?.[0] ??
      '';
    expect(row(files.docx.id)).toContain('data-state="failed"');
    expect(row(files.docx.id)).toContain('posudek.docx');
    expect(row(files.docx.id)).toContain('Není ve výstupním formátu');
    expect(row(files.docx.id)).toContain(
      'role="alert">Nepřevedeno: Formát DOCX aplikace do výstupního formátu PDF/A nepřevede.',
    );
    expect(row(files.pdf.id)).toContain('Převedeno do PDF/A (zadost-PDFA.pdf)');
    expect(row(files.png.id)).toContain('Už je ve výstupním formátu');
    expect(row(files.png.id)).toContain('data-state="skipped"');
    expect(row(files.locked.id)).toContain('Převádím…');
  });
});
