import type { OrganizationProfile } from '../../common/contract/types';
import { DEFAULT_REFERENCE_MASK } from '../../common/domain/referenceNumber';

export const DEMO_VILLAGE = 'Horní Lhota';
export const DEMO_POSTAL_CODE = '391 99';

/**
 * The fictional demo municipality. Its IČO passes the mod-11 check but lies outside the
 * `00…` range from which Czech municipalities got theirs, so it names no real obec.
 */
export const DEMO_ORGANIZATION: OrganizationProfile = {
  name: 'Obec Horní Lhota',
  abbreviation: 'OUHL',
  pidPrefix: 'OUHL',
  referenceMask: DEFAULT_REFERENCE_MASK,
  ico: '99120348',
  dataBoxId: 'hl7q2ab',
  address: `${DEMO_VILLAGE} 1, ${DEMO_POSTAL_CODE} ${DEMO_VILLAGE}`,
};

export type HandlerRole = 'clerk' | 'mayor' | 'accountant' | 'deputy';

/** The people who handle (vyřizují) documents; the clerk registers almost all of them. */
export const DEMO_HANDLERS: Readonly<Record<HandlerRole, string>> = {
  clerk: 'Jana Dvořáková',
  mayor: 'Petr Novák',
  accountant: 'Marie Svobodová',
  deputy: 'Tomáš Procházka',
};

export const DEMO_CURRENT_USER = DEMO_HANDLERS.clerk;
