import type { OrganizationProfile } from '../../../common/contract/types';
import { DATA_BOX_ID, isValidIco } from '../../../common/domain/party';
import { checkReferenceMask } from '../../../common/domain/referenceNumber';
import type { Validated, ValidationIssue } from '../../../common/domain/validation';
import { CommandError, runCommand } from '../errors';
import { enqueue } from '../outbox';
import type { UradovnaDatabase } from '../schema';
import { getSetting, putSetting } from '../settings';
import { appendTxLog } from '../txlog/append';
import type { TxDetail } from '../txlog/entry';

/** Who runs the office on this PC and who may handle documents, with the organisation. */
export interface OrganizationSettings {
  organization: OrganizationProfile;
  currentUser: string;
  handlers: string[];
}

/** What a caller may change; missing parts keep their stored value. */
export interface OrganizationSettingsPatch {
  organization?: Partial<OrganizationProfile>;
  currentUser?: string;
  handlers?: string[];
}

export interface UpdateOrganizationResult extends OrganizationSettings {
  /** Paths of the values that changed (`organization.abbreviation`, `handlers`, …); empty when nothing did. */
  changed: string[];
}

export const ORGANIZATION_LIMITS = {
  name: 200,
  abbreviation: 20,
  pidPrefixMin: 2,
  pidPrefixMax: 12,
  address: 300,
  person: 120,
  handlers: 100,
} as const;

const EMPTY_PROFILE: OrganizationProfile = {
  name: '',
  abbreviation: '',
  pidPrefix: '',
  referenceMask: '',
  ico: '',
  dataBoxId: '',
  address: '',
};

/** Letters (with diacritics), digits, and the separators Czech offices use in a zkratka ("OÚ-HL", "MěÚ"). */
const ABBREVIATION = /^[\p{L}\p{N}](?:[\p{L}\p{N} .-]*[\p{L}\p{N}.])?$/u;
/** ASCII only: a PID is read aloud, typed from stamps and exchanged with other systems. */
const PID_PREFIX = /^[A-Z0-9]+$/;

function collapse(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}

/** The current user leads the list and appears once; blank and repeated names go. */
export function handlersWithCurrentUser(
  currentUser: string,
  handlers: readonly string[],
): string[] {
  const seen = new Set<string>();
  const result: string[] = [];
  for (const raw of [currentUser, ...handlers]) {
    const name = collapse(raw);
    if (name.length === 0 || seen.has(name)) continue;
    seen.add(name);
    result.push(name);
  }
  return result;
}

function normalizeProfile(profile: OrganizationProfile): OrganizationProfile {
  return {
    name: collapse(profile.name),
    abbreviation: collapse(profile.abbreviation),
    pidPrefix: profile.pidPrefix.trim().toUpperCase(),
    referenceMask: profile.referenceMask.trim(),
    ico: profile.ico.replace(/\s+/g, ''),
    dataBoxId: profile.dataBoxId.trim().toLowerCase(),
    address: collapse(profile.address),
  };
}

function profileIssues(profile: OrganizationProfile): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (
    field: keyof OrganizationProfile,
    message: string,
    params?: ValidationIssue['params'],
  ) => issues.push({ path: `organization.${field}`, message, ...(params ? { params } : {}) });

  if (profile.name.length === 0) add('name', 'settings.validation.nameRequired');
  else if (profile.name.length > ORGANIZATION_LIMITS.name)
    add('name', 'validation.tooLong', { max: ORGANIZATION_LIMITS.name });

  if (profile.abbreviation.length === 0)
    add('abbreviation', 'settings.validation.abbreviationRequired');
  else if (profile.abbreviation.length > ORGANIZATION_LIMITS.abbreviation)
    add('abbreviation', 'validation.tooLong', { max: ORGANIZATION_LIMITS.abbreviation });
  else if (!ABBREVIATION.test(profile.abbreviation))
    add('abbreviation', 'settings.validation.abbreviationChars');

  if (profile.pidPrefix.length === 0) add('pidPrefix', 'settings.validation.pidPrefixRequired');
  else if (
    !PID_PREFIX.test(profile.pidPrefix) ||
    profile.pidPrefix.length < ORGANIZATION_LIMITS.pidPrefixMin ||
    profile.pidPrefix.length > ORGANIZATION_LIMITS.pidPrefixMax
  )
    add('pidPrefix', 'settings.validation.pidPrefixFormat', {
      min: ORGANIZATION_LIMITS.pidPrefixMin,
      max: ORGANIZATION_LIMITS.pidPrefixMax,
    });

  for (const problem of checkReferenceMask(profile.referenceMask)) {
    add(
      'referenceMask',
      `validation.${problem.code}`,
      problem.code === 'mask.unknownToken' ? { token: problem.token } : undefined,
    );
  }

  // IČO and data box are filled in when known; a value that is there must be right.
  if (profile.ico.length > 0 && !isValidIco(profile.ico)) add('ico', 'validation.ico');
  if (profile.dataBoxId.length > 0 && !DATA_BOX_ID.test(profile.dataBoxId))
    add('dataBoxId', 'validation.dataBoxId', { length: profile.dataBoxId.length });

  if (profile.address.length > ORGANIZATION_LIMITS.address)
    add('address', 'validation.tooLong', { max: ORGANIZATION_LIMITS.address });
  return issues;
}

function personIssues(currentUser: string, handlers: readonly string[]): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = collapse(currentUser);
  if (name.length === 0)
    issues.push({ path: 'currentUser', message: 'settings.validation.currentUserRequired' });
  else if (name.length > ORGANIZATION_LIMITS.person)
    issues.push({
      path: 'currentUser',
      message: 'validation.tooLong',
      params: { max: ORGANIZATION_LIMITS.person },
    });
  handlers.forEach((handler, index) => {
    if (collapse(handler).length > ORGANIZATION_LIMITS.person)
      issues.push({
        path: `handlers.${index}`,
        message: 'validation.tooLong',
        params: { max: ORGANIZATION_LIMITS.person },
      });
  });
  if (handlers.length > ORGANIZATION_LIMITS.handlers)
    issues.push({
      path: 'handlers',
      message: 'settings.validation.tooManyHandlers',
      params: { max: ORGANIZATION_LIMITS.handlers },
    });
  return issues;
}

/**
 * Checks and normalises the settings as a whole (pure; the form shows the same
 * messages while typing). Issue paths: `organization.<field>`, `currentUser`, `handlers.<i>`.
 */
export function validateOrganizationSettings(
  input: OrganizationSettings,
): Validated<OrganizationSettings> {
  const organization = normalizeProfile(input.organization);
  const issues = [
    ...profileIssues(organization),
    ...personIssues(input.currentUser, input.handlers),
  ];
  if (issues.length > 0) return { ok: false, issues };
  const currentUser = collapse(input.currentUser);
  return {
    ok: true,
    value: {
      organization,
      currentUser,
      handlers: handlersWithCurrentUser(currentUser, input.handlers),
    },
  };
}

function changedPaths(before: OrganizationSettings | null, after: OrganizationSettings): string[] {
  const changed: string[] = [];
  for (const field of Object.keys(after.organization) as Array<keyof OrganizationProfile>) {
    if (before?.organization[field] !== after.organization[field])
      changed.push(`organization.${field}`);
  }
  if (before?.currentUser !== after.currentUser) changed.push('currentUser');
  if (before?.handlers.join('\n') !== after.handlers.join('\n')) changed.push('handlers');
  return changed;
}

function logDetail(after: OrganizationSettings, changed: string[]): TxDetail {
  const detail: TxDetail = { changed: changed.join(',') };
  for (const path of changed) {
    if (path.startsWith('organization.')) {
      detail[path] =
        after.organization[path.slice('organization.'.length) as keyof OrganizationProfile];
    }
  }
  if (changed.includes('currentUser')) detail.currentUser = after.currentUser;
  if (changed.includes('handlers')) detail.handlers = after.handlers.join('; ');
  return detail;
}

/**
 * Saves the organisation, the current user and the handlers: validates the result
 * of applying `patch` to what is stored, writes the settings, queues them for the
 * eSSL and logs `Uprava` — in one transaction. A new mask or abbreviation shapes
 * only numbers given from now on (given numbers are stored as text). The PID prefix
 * cannot change once documents exist: a PID belongs to its document for life.
 */
export async function updateOrganization(
  db: UradovnaDatabase,
  patch: OrganizationSettingsPatch,
  now = new Date(),
): Promise<UpdateOrganizationResult> {
  return runCommand(() =>
    db.transaction('rw', [db.settings, db.documents, db.outbox, db.txlog], async () => {
      const [organization, currentUser, handlers] = await Promise.all([
        getSetting(db, 'organization'),
        getSetting(db, 'currentUser'),
        getSetting(db, 'handlers'),
      ]);
      const before: OrganizationSettings | null = organization
        ? { organization, currentUser: currentUser ?? '', handlers: handlers ?? [] }
        : null;
      const validated = validateOrganizationSettings({
        organization: { ...EMPTY_PROFILE, ...organization, ...patch.organization },
        currentUser: patch.currentUser ?? currentUser ?? '',
        handlers: patch.handlers ?? handlers ?? [],
      });
      if (!validated.ok) throw new CommandError('errors.validation', validated.issues);
      const after = validated.value;

      if (organization && organization.pidPrefix !== after.organization.pidPrefix) {
        const anyDocument = await db.documents.limit(1).primaryKeys();
        if (anyDocument.length > 0) {
          throw new CommandError('errors.validation', [
            { path: 'organization.pidPrefix', message: 'settings.validation.pidPrefixLocked' },
          ]);
        }
      }

      const changed = changedPaths(before, after);
      if (changed.length === 0) return { ...after, changed };

      await putSetting(db, 'organization', after.organization);
      await putSetting(db, 'currentUser', after.currentUser);
      await putSetting(db, 'handlers', after.handlers);
      await enqueue(
        db,
        [{ kind: 'settings.update', entityId: 'organization', payload: after }],
        now,
      );
      // The change is made by whoever sat at this PC until now; on first run, by the new user.
      const actor = before?.currentUser || after.currentUser;
      await appendTxLog(
        db,
        [
          {
            event: 'Uprava',
            entityType: 'settings',
            entityId: 'organization',
            actor,
            detail: logDetail(after, changed),
          },
        ],
        now,
      );
      return { ...after, changed };
    }),
  );
}
