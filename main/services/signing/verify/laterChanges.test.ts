import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDF } from '@libpdf/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { requireTool } from '../../pdf/testTools';
import { pdfsigValidations } from './testing/crossCheck';
import { plainPdf, signPdf } from './testing/pdfs';
import { makeTestPki, type TestPki } from './testing/pki';
import {
  appendUpdate,
  objectBody,
  objectNumberOf,
  rawPdf,
  trailerNumber,
  type Update,
} from './testing/rawPdf';
import { verifyPdfSignatures } from './verifyPdfSignatures';

let pki: TestPki;
let signed: Uint8Array;

beforeAll(async () => {
  pki = makeTestPki();
  signed = await signPdf(await plainPdf(), pki.signer);
});

async function firstSignature(pdf: Uint8Array) {
  const report = await verifyPdfSignatures(pdf, { trust: [pki.caPem] });
  const first = report.signatures[0];
  if (!first) throw new Error('no signature reported');
  return first;
}

/** `signed` with an incremental update; the trailer keeps the catalog. */
function updated(update: Omit<Update, 'size' | 'trailer'> & { size?: number }): Uint8Array {
  return appendUpdate(signed, {
    trailer: `/Root ${trailerNumber(signed, 'Root')} 0 R`,
    size: trailerNumber(signed, 'Size'),
    ...update,
  });
}

const pageNum = () => objectNumberOf(signed, /\/Type \/Page\b(?!s)/);
const formNum = () => objectNumberOf(signed, /\/SigFlags/);
const next = () => trailerNumber(signed, 'Size');

describe('laterChanges: what may follow a signed revision', () => {
  it('takes an object rewritten unchanged as no change', async () => {
    const pdf = updated({ objects: { [pageNum()]: objectBody(signed, pageNum()) } });
    expect(await firstSignature(pdf)).toMatchObject({
      laterChanges: 'signaturesOnly',
      status: 'valid',
      problems: [],
    });
  });

  it('allows an empty signature field added to the form and to the page', async () => {
    const widget = next();
    const page = objectBody(signed, pageNum()).replace(/>>\s*$/, `/Annots [${widget} 0 R]\n>>`);
    const form = objectBody(signed, formNum()).replace(
      /\/Fields \[([^\]]*)\]/,
      `/Fields [$1 ${widget} 0 R]`,
    );
    const pdf = updated({
      size: widget + 1,
      objects: {
        [pageNum()]: page,
        [formNum()]: form,
        [widget]: `<< /FT /Sig /T (Prazdny) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /F 132 /P ${pageNum()} 0 R >>`,
      },
    });
    expect((await firstSignature(pdf)).laterChanges).toBe('signaturesOnly');
  });

  it('allows validation data (a DSS) added to the catalog', async () => {
    const root = trailerNumber(signed, 'Root');
    const dss = next();
    const catalog = objectBody(signed, root).replace(/>>\s*$/, `/DSS ${dss} 0 R\n>>`);
    const pdf = updated({
      size: dss + 2,
      objects: {
        [root]: catalog,
        [dss]: `<< /Type /DSS /Certs [${dss + 1} 0 R] >>`,
        [dss + 1]: '<< /Length 3 >>\nstream\n\x30\x00\x00\nendstream',
      },
    });
    expect((await firstSignature(pdf)).laterChanges).toBe('signaturesOnly');
  });

  it('allows the validation data libpdf adds for B-LT (a DSS with the certificates)', async () => {
    const pdf = await PDF.load(signed);
    const { bytes } = await pdf.addValidationData({
      revocationProvider: {
        getOCSP: () => Promise.resolve(null),
        getCRL: () => Promise.resolve(null),
      },
    });
    expect(Buffer.from(bytes).toString('latin1')).toContain('/DSS');
    expect(await firstSignature(bytes)).toMatchObject({
      status: 'valid',
      laterChanges: 'signaturesOnly',
    });
  });

  it('refuses a drawable object smuggled in as validation data', async () => {
    const root = trailerNumber(signed, 'Root');
    const dss = next();
    const catalog = objectBody(signed, root).replace(/>>\s*$/, `/DSS ${dss} 0 R\n>>`);
    const pdf = updated({
      size: dss + 2,
      objects: {
        [root]: catalog,
        [dss]: `<< /Type /DSS /Certs [${dss + 1} 0 R] >>`,
        [dss + 1]:
          '<< /Type /XObject /Subtype /Form /BBox [0 0 9 9] /Length 0 >>\nstream\n\nendstream',
      },
    });
    expect((await firstSignature(pdf)).laterChanges).toBe('modified');
  });

  it('takes the catalog gaining an /OpenAction as a modification', async () => {
    const root = trailerNumber(signed, 'Root');
    const catalog = objectBody(signed, root).replace(/>>\s*$/, '/OpenAction [0 0 R /Fit]\n>>');
    const signature = await firstSignature(updated({ objects: { [root]: catalog } }));
    expect(signature).toMatchObject({ laterChanges: 'modified', status: 'valid' });
    expect(signature.problems).toEqual(['signatureCheck.modifiedAfterSigning']);
  });

  it('takes a page gaining an annotation that is not a signature widget as a modification', async () => {
    const note = next();
    const page = objectBody(signed, pageNum()).replace(/>>\s*$/, `/Annots [${note} 0 R]\n>>`);
    const pdf = updated({
      size: note + 1,
      objects: {
        [pageNum()]: page,
        [note]:
          '<< /Type /Annot /Subtype /FreeText /Rect [50 500 300 550] /Contents (Neplatne) /DA (/Helv 12 Tf 0 g) >>',
      },
    });
    expect((await firstSignature(pdf)).laterChanges).toBe('modified');
  });

  it('takes a new object that nothing added refers to as a modification', async () => {
    const pdf = updated({ size: next() + 1, objects: { [next()]: '<< /Whatever true >>' } });
    expect((await firstSignature(pdf)).laterChanges).toBe('modified');
  });

  it('takes an object freed as a modification', async () => {
    const info = objectNumberOf(signed, /\/Producer/);
    expect((await firstSignature(updated({ free: [info] }))).laterChanges).toBe('modified');
  });

  it('takes the signature dictionary rewritten as a modification', async () => {
    const dict = objectNumberOf(signed, /\/Type \/Sig\b/);
    const body = objectBody(signed, dict).replace(/\/M \(/, '/Reason (Podvrzeno) /M (');
    expect((await firstSignature(updated({ objects: { [dict]: body } }))).laterChanges).toBe(
      'modified',
    );
  });

  it('takes an update whose /Prev skips the signed revision as a modification', async () => {
    // The update chains to the unsigned original and lists the signature's objects itself
    // (the signature dictionary where it stands), so the signature still shows.
    const text = Buffer.from(signed).toString('latin1');
    const first = Number(/startxref\s+(\d+)/.exec(text)![1]);
    const root = trailerNumber(signed, 'Root');
    const dict = objectNumberOf(signed, /\/Type \/Sig\b/);
    const field = objectNumberOf(signed, /\/FT \/Sig/);
    const pdf = updated({
      prev: first,
      keep: { [dict]: text.lastIndexOf(`\n${dict} 0 obj`) + 1 },
      objects: {
        [root]: objectBody(signed, root),
        [formNum()]: objectBody(signed, formNum()),
        [field]: objectBody(signed, field),
      },
    });
    expect(await firstSignature(pdf)).toMatchObject({ status: 'valid', laterChanges: 'modified' });
  });

  it('takes bytes after the signed revision that are no update as a modification, and blank ones as none', async () => {
    const junk = Buffer.concat([signed, Buffer.from('4 0 obj\n<< >>\nendobj\n')]);
    expect((await firstSignature(junk)).laterChanges).toBe('modified');
    const blank = Buffer.concat([signed, Buffer.from('\r\n\n')]);
    expect((await firstSignature(blank)).laterChanges).toBe('none');
  });

  describe('a reference the signed revision left dangling, filled later', () => {
    const drawing = '0 0 1 rg 0 0 200 200 re f';
    const xobject = `<< /Type /XObject /Subtype /Form /BBox [0 0 200 200] /Length ${drawing.length} >>\nstream\n${drawing}\nendstream`;
    let withSignature: Uint8Array;

    beforeAll(async () => {
      // The page draws /X, which names object 40 — not defined: nothing is drawn.
      const content = 'q /X Do Q';
      const base = rawPdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Resources << /XObject << /X 40 0 R >> >> /Contents 4 0 R >>',
        `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
      ]);
      withSignature = await signPdf(base, pki.signer);
    });

    it('is a modification when the object comes on its own', async () => {
      const pdf = appendUpdate(withSignature, {
        trailer: '/Root 1 0 R',
        size: 41,
        objects: { 40: xobject },
      });
      expect((await firstSignature(withSignature)).laterChanges).toBe('none');
      expect((await firstSignature(pdf)).laterChanges).toBe('modified');
    });

    it("is a modification when it comes as a new signature widget's appearance", async () => {
      const size = trailerNumber(withSignature, 'Size');
      const widget = size;
      const form = objectNumberOf(withSignature, /\/SigFlags/);
      const pdf = appendUpdate(withSignature, {
        trailer: '/Root 1 0 R',
        size: 41,
        objects: {
          3: objectBody(withSignature, 3).replace(/>>\s*$/, `/Annots [${widget} 0 R] >>`),
          [form]: objectBody(withSignature, form).replace(
            /\/Fields \[([^\]]*)\]/,
            `/Fields [$1 ${widget} 0 R]`,
          ),
          [widget]: `<< /FT /Sig /T (Prazdny) /Type /Annot /Subtype /Widget /Rect [0 0 0 0] /P 3 0 R /AP << /N 40 0 R >> >>`,
          40: xobject,
        },
      });
      expect((await firstSignature(pdf)).laterChanges).toBe('modified');
    });
  });

  it('reads revisions of files with cross-reference and object streams (qpdf) — a second signature is signatures only, as pdfsig agrees', async () => {
    const qpdf = requireTool('qpdf', 'qpdf');
    const dir = await mkdtemp(join(tmpdir(), 'pdf-verify-qpdf-'));
    let compact: Uint8Array;
    try {
      await writeFile(join(dir, 'in.pdf'), await plainPdf());
      await promisify(execFile)(qpdf, ['--object-streams=generate', 'in.pdf', 'out.pdf'], {
        cwd: dir,
      });
      compact = new Uint8Array(await readFile(join(dir, 'out.pdf')));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
    expect(Buffer.from(compact).toString('latin1')).toContain('/ObjStm');
    const twice = await signPdf(await signPdf(compact, pki.signer), pki.signer, {
      fieldName: 'Druhy',
    });
    const report = await verifyPdfSignatures(twice, { trust: [pki.caPem] });
    expect(report.signatures.map((item) => [item.status, item.laterChanges])).toEqual([
      ['valid', 'signaturesOnly'],
      ['valid', 'none'],
    ]);
    expect(await pdfsigValidations(twice)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
  });
});
