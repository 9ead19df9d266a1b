/** Which ISDS schema declares an operation's messages. Tests only. */
import { join } from 'node:path';
import type { OperationName } from '../../../../common/isds/operations';
import { ISDS_SPECS } from '../../../../scripts/testing/xmllint';

const DM_SCHEMA = join(ISDS_SPECS, 'v3.11', 'dmBaseTypes.xsd');
const DB_SCHEMA = join(ISDS_SPECS, 'v3.11', 'dbTypes.xsd');

/** Box operations are declared in dbTypes.xsd (db_access, db_search), message operations in dmBaseTypes.xsd. */
const BOX_OPERATIONS: ReadonlySet<OperationName> = new Set([
  'GetOwnerInfoFromLogin',
  'GetPasswordInfo',
  'FindDataBox',
  'ISDSSearch2',
  'CheckDataBox',
]);

export function schemaOfOperation(op: OperationName): string {
  return BOX_OPERATIONS.has(op) ? DB_SCHEMA : DM_SCHEMA;
}
