/**
 * The file plan as NSESSS XML (nsesss-plan.xsd): `parsePlanXml` for import,
 * `writePlanXml` for export. See planRead.ts, planRules.ts and planWrite.ts.
 */
export { parsePlanXml } from './planRead';
export { writePlanXml, type PlanGroupForXml, type PlanVersionForXml } from './planWrite';
export {
  DEFAULT_CASE_FILE_MODE,
  groupsOfPlan,
  MARK_SEPARATOR,
  PLAN_IMPORT_KEYS,
  V_MARK_LAST_OPENED_BEFORE,
  type PlanIssuerDetails,
  type PlanXml,
  type PlanXmlVersion,
} from './planModel';
