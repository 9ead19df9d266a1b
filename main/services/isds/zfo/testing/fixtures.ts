/** The real ZFOs from the ISDS test environment (`../shared/fixtures/isds/`). Tests only. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ISDS_FIXTURES } from '../../../../../common/isds/codec/fixtures.node';

export const ZFO_FIXTURES = [
  { file: 'received_message-330141.zfo', kind: 'received', dmID: '330141' },
  { file: 'signed_delivered-DD_170272.zfo', kind: 'delivery', dmID: '170272' },
  { file: 'signed_sent_message-151874.zfo', kind: 'sent', dmID: '151874' },
  { file: 'signed_sent_xml_message-376701.zfo', kind: 'sent', dmID: '376701' },
] as const;

export function readFixture(file: string): Uint8Array {
  return new Uint8Array(readFileSync(join(ISDS_FIXTURES, file)));
}
