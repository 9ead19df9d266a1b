/** The real ZFOs from the ISDS test environment (`../shared/fixtures/isds/`). Tests only. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
/** main/services/isds/zfo/testing → the repository → its sibling `shared`. */
export const FIXTURE_DIR = resolve(
  here,
  '..',
  '..',
  '..',
  '..',
  '..',
  '..',
  'shared',
  'fixtures',
  'isds',
);

export const ZFO_FIXTURES = [
  { file: 'received_message-330141.zfo', kind: 'received', dmID: '330141' },
  { file: 'signed_delivered-DD_170272.zfo', kind: 'delivery', dmID: '170272' },
  { file: 'signed_sent_message-151874.zfo', kind: 'sent', dmID: '151874' },
  { file: 'signed_sent_xml_message-376701.zfo', kind: 'sent', dmID: '376701' },
] as const;

export function readFixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURE_DIR, file)));
}
