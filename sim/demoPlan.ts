import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The demo municipality's file plan: an nsesss-plan XML file kept beside the seed
 * sources, imported the same way as any municipality's own plan. The seed generator
 * is pure and takes the text; Node callers read it here.
 *
 * The desktop bundle inlines the text instead (scripts/buildMain.ts replaces this
 * module), because a bundled main has no source tree beside it.
 */
export const DEMO_PLAN_FILE = fileURLToPath(new URL('./seed/filePlan.xml', import.meta.url));

export function readDemoPlanXml(): string {
  return readFileSync(DEMO_PLAN_FILE, 'utf8');
}
