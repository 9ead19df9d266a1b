import type { OwnerInfo } from '../../../common/isds/model';

/** The box owner's name as a line: the firm, or the person's first and last name. */
export function ownerName(
  owner: Pick<OwnerInfo, 'firmName' | 'pnFirstName' | 'pnLastName'>,
): string {
  const firm = owner.firmName?.trim();
  if (firm) return firm;
  return [owner.pnFirstName, owner.pnLastName]
    .map((part) => part?.trim())
    .filter(Boolean)
    .join(' ');
}
