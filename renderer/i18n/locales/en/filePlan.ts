import type { Catalog } from '../../catalog';
import type { filePlan as cs } from '../cs/filePlan';

export const filePlan: Catalog<typeof cs> = {
  title: 'File plan',
  import: {
    empty: 'The file is empty.',
    tooLarge: 'The file is too large for a file plan.',
    doctype:
      'The file contains a DOCTYPE or ENTITY declaration (line {{line}}). An NSESSS file plan has none, and for security such a file is not loaded.',
    invalidChar: 'The file contains a character XML does not allow (line {{line}}).',
    notWellFormed:
      'The file is not a valid XML document (error on line {{line}}, column {{column}}).',
    entity: 'The file refers to an entity that XML without a DTD does not know (line {{line}}).',
    namespace: 'The file uses an undeclared namespace prefix (line {{line}}).',
    tooDeep: 'The file is nested deeper than a file plan can be (line {{line}}).',
    notPlan:
      'The file is not an NSESSS file plan: its root element is {{element}}, SpisovyPlan is expected.',
    wrongNamespace:
      'The file plan is not in the NSESSS 2023 namespace (http://www.mvcr.cz/nsesss/v4) but in "{{namespace}}". A plan in the older format has to be converted first.',
    missingElement: 'Element {{parent}} lacks the required element {{element}} (line {{line}}).',
    unexpectedElement:
      'Element {{element}} does not belong at this place in {{parent}} according to the schema (line {{line}}).',
    unexpectedText:
      'Element {{element}} may contain only other elements, not text (line {{line}}).',
    missingAttribute:
      'Element {{element}} lacks the required attribute {{attribute}} (line {{line}}).',
    unexpectedAttribute:
      'Element {{element}} has a disallowed attribute {{attribute}} (line {{line}}).',
    emptyText: 'Element {{element}} must not be empty (line {{line}}).',
    tooLong: 'Element {{element}} is longer than {{max}} characters (line {{line}}).',
    invalidDate:
      'Element {{element}} should hold a date as YYYY-MM-DD but holds "{{value}}" (line {{line}}).',
    invalidNumber:
      'Element {{element}} should hold a whole number but holds "{{value}}" (line {{line}}).',
    invalidEnum:
      'Element {{element}} has the value "{{value}}"; allowed values are {{allowed}} (line {{line}}).',
    invalidValue: 'The value "{{value}}" in {{element}} does not match the schema (line {{line}}).',
    invalidId:
      'The identifier "{{id}}" in an ID attribute is not a valid XML name — it must start with a letter or an underscore (line {{line}}).',
    duplicateId:
      'The identifier "{{id}}" in an ID attribute occurs more than once (line {{line}}).',
    issuerNotOrganization:
      'The issuer of a file plan must be an organisation (IdentifikatorOrganizace, NazevOrganizace, SidloOrganizace), not a natural person (line {{line}}).',
    invalidSimpleMark:
      'The simple file mark "{{mark}}" must not be empty or contain a space or a dot — the dot separates the levels of the fully qualified mark (line {{line}}).',
    markMismatch:
      "The fully qualified file mark {{mark}} does not match the group's place in the plan: under its parent it should be {{expected}} (line {{line}}).",
    cycle:
      'The file plan contains a cycle: group {{mark}} is nested under group {{ancestor}}, which by its mark it should itself contain (line {{line}}).',
    duplicateMark: 'File mark {{mark}} occurs twice in the plan (line {{line}}).',
    missingRetention:
      'Subject group {{mark}} is on the lowest level but has no retention rule — documents cannot be classified under it without one (line {{line}}).',
    periodRange:
      'The retention period of group {{mark}} must be 0 to {{max}} years; the file says {{value}} (line {{line}}).',
    fixedYear:
      'Subject group {{mark}} has a fixed disposal year (RokVyrazeni) instead of a retention period; Úřadovna works only with a period in years after the trigger event (line {{line}}).',
    typeFiles:
      'Subject group {{mark}} is meant for type files, which Úřadovna does not support yet (line {{line}}).',
    legacyMark:
      'Group {{mark}} has retention mark V but is valid from {{date}}; only groups of older plans opened before 1 January 2024 may have mark V (line {{line}}).',
    planClosedBeforeOpened: 'The file plan is closed ({{to}}) before it was opened ({{from}}).',
    closedBeforeOpened:
      'Subject group {{mark}} is closed ({{to}}) before it was opened ({{from}}) (line {{line}}).',
    outsideParent:
      'The validity of group {{mark}} ({{from}} – {{to}}) goes beyond that of its parent group {{parent}} (line {{line}}).',
    outsidePlan:
      'The validity of group {{mark}} ({{from}} – {{to}}) goes beyond that of the whole plan (line {{line}}).',
    moreIssues_one: '… and {{count}} more problem.',
    moreIssues_few: '… and {{count}} more problems.',
    moreIssues_other: '… and {{count}} more problems.',
  },
  screen: {
    loading: 'Loading the file plan…',
    import: 'Load a file plan (XML)',
    export: 'Save as XML',
  },
  header: {
    title: 'Plan version in force',
    empty: 'No file plan has been loaded yet. Load it from an XML file.',
    noVersion:
      'The plan groups are stored without a version header (title, issuer, validity). Load the plan from an XML file.',
    identifier: 'Identifier',
    issuer: 'Issuer',
    unknown: 'not given',
    validFrom: 'Valid from',
    validTo: 'Valid to',
    open: 'open-ended',
    groups: 'Subject groups',
    groupCount_one: '{{count}} group, {{classifiable}} of them for classifying documents',
    groupCount_few: '{{count}} groups, {{classifiable}} of them for classifying documents',
    groupCount_other: '{{count}} groups, {{classifiable}} of them for classifying documents',
    legacy: 'The plan contains retention mark V — for older plans only.',
  },
  tree: {
    title: 'Subject groups',
    search: 'Search the file plan',
    searchLabel: 'Find a group (file mark or title)',
    searchPlaceholder: 'e.g. 2.1 or budget',
    showRetired: 'Show retired groups too',
    expandAll: 'Expand all',
    collapseAll: 'Collapse all',
    shown_one: '{{count}} group shown',
    shown_few: '{{count}} groups shown',
    shown_other: '{{count}} groups shown',
    found_one: '{{count}} group found',
    found_few: '{{count}} groups found',
    found_other: '{{count}} groups found',
    nothingFound: 'No group matches the search.',
    empty: 'The plan has no groups.',
    retentionTitle: 'Retention mark / retention period in years',
    trigger: 'trigger event: {{event}}',
    keyboardHint:
      'Use the up and down arrows to move between groups, the right arrow to expand a group, the left arrow to collapse it.',
  },
  mode: {
    collectionSheet: 'collection sheet',
    linking: 'linking',
  },
  validity: {
    from: 'valid from {{date}}',
    range: 'valid {{from}} – {{to}}',
    upcoming: 'takes effect {{date}}',
    ended: 'validity ended {{date}}',
  },
  versions: {
    title: 'Earlier plan versions',
    none: 'No earlier version is stored.',
    name: 'Title',
    identifier: 'Identifier',
    validity: 'Validity',
    imported: 'Loaded',
    legacy: '(with mark V)',
  },
  importDialog: {
    file: 'File: {{name}}',
    refusedTitle: 'The file plan cannot be loaded',
    refused: 'The file was not loaded and nothing changed. Reason:',
    issueAt: '{{text}} (at: {{path}})',
    confirmTitle: 'Load a new file plan?',
    planTitle: 'Plan title',
    validFrom: 'Valid from',
    groups: 'Subject groups',
    groupCount_one: '{{count}} group, {{classifiable}} of them for classifying',
    groupCount_few: '{{count}} groups, {{classifiable}} of them for classifying',
    groupCount_other: '{{count}} groups, {{classifiable}} of them for classifying',
    retiring: 'Will be retired',
    retiringCount_one: '{{count}} group in force so far',
    retiringCount_few: '{{count}} groups in force so far',
    retiringCount_other: '{{count}} groups in force so far',
    history:
      'Documents and case files classified under the current plan keep their file mark and retention rule.',
    confirm: 'Load the plan',
    working: 'Loading…',
    done_one: 'File plan “{{title}}” loaded ({{count}} group, {{retired}} retired).',
    done_few: 'File plan “{{title}}” loaded ({{count}} groups, {{retired}} retired).',
    done_other: 'File plan “{{title}}” loaded ({{count}} groups, {{retired}} retired).',
  },
  xmlFile: {
    notUtf8: 'The file is not UTF-8 encoded, as NSESSS requires.',
  },
  export: {
    done_one: 'The file plan was saved as XML ({{count}} group).',
    done_few: 'The file plan was saved as XML ({{count}} groups).',
    done_other: 'The file plan was saved as XML ({{count}} groups).',
  },
};
