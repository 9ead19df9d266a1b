/**
 * Validates XML against the official NSESSS / ISDS schemas with xmllint (Debian
 * libxml2-utils), the way the project promises every XML it writes is checked.
 * The schemas stay in ../shared/specs (never copied into the repository). Tests only.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireTool } from '../../main/services/pdf/testTools';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const NSESSS_SPECS = resolve(repoRoot, '..', 'shared', 'specs', 'nsesss');
export const ISDS_SPECS = resolve(repoRoot, '..', 'shared', 'specs', 'isds');

export interface XmllintResult {
  valid: boolean;
  /** xmllint's messages (file name stripped), empty when valid. */
  errors: string[];
}

/** Validates `xml` against `schema` (a path, or a file name inside the NSESSS specs). */
export async function validateXml(
  xml: string | Uint8Array,
  schema: string,
): Promise<XmllintResult> {
  const xmllint = requireTool('xmllint', 'libxml2-utils');
  const schemaPath = schema.includes('/') ? schema : join(NSESSS_SPECS, schema);
  const dir = await mkdtemp(join(tmpdir(), 'xmllint-'));
  const file = join(dir, 'document.xml');
  try {
    await writeFile(file, xml);
    const { code, stderr } = await new Promise<{ code: number; stderr: string }>((done) => {
      execFile(
        xmllint,
        ['--noout', '--nonet', '--schema', schemaPath, file],
        // METS refers to xlink.xsd by URL; the catalog maps it to the local copy.
        {
          env: { ...process.env, XML_CATALOG_FILES: join(NSESSS_SPECS, 'catalog.xml') },
          maxBuffer: 16 << 20,
        },
        (error, _stdout, stderr) => done({ code: error ? Number(error.code ?? 1) : 0, stderr }),
      );
    });
    const errors = stderr
      .split('\n')
      .map((line) => line.replace(file, 'document.xml').trim())
      .filter((line) => line && !line.endsWith(' validates'));
    return { valid: code === 0, errors };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
