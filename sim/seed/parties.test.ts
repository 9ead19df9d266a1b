import { describe, expect, it } from 'vitest';
import { isValidIco, partySchema } from '../../common/domain/party';
import {
  AUTHORITIES,
  FIRMS,
  authorityParty,
  createCitizens,
  icoFor,
  type AuthorityKey,
} from './parties';
import { createRandom } from './prng';

describe('demo parties', () => {
  it('gives every firm a valid IČO and data box, stable across runs', () => {
    for (const { party } of FIRMS) {
      expect(partySchema.safeParse(party).success, party.name).toBe(true);
      expect(isValidIco(party.ico ?? '')).toBe(true);
      expect(party.ico?.startsWith('00')).toBe(false);
      expect(party.dataBoxId).toMatch(/^[a-z0-9]{7}$/);
      expect(icoFor(party.name)).toBe(party.ico);
    }
    expect(new Set(FIRMS.map(({ party }) => party.ico)).size).toBe(FIRMS.length);
  });

  it('gives authorities data boxes (except the council, an internal addressee)', () => {
    for (const key of Object.keys(AUTHORITIES) as AuthorityKey[]) {
      const party = authorityParty(key);
      expect(partySchema.safeParse(party).success, party.name).toBe(true);
      expect(party.kind).toBe('authority');
      if (key === 'council') expect(party.dataBoxId).toBeUndefined();
      else expect(party.dataBoxId).toMatch(/^[a-z0-9]{7}$/);
    }
  });

  it('formats each authority’s reference number with the year', () => {
    const rng = createRandom(3);
    for (const spec of Object.values(AUTHORITIES)) {
      const reference = spec.reference(rng, 2026);
      expect(reference.length).toBeLessThanOrEqual(100);
      // Full year, or two digits (a bailiff's case may date from an earlier year).
      expect(reference).toMatch(/2026|\/2[4-6][-/]/);
    }
  });

  it('creates valid citizens with Czech names and addresses', () => {
    const citizens = createCitizens(createRandom(11), 300);
    for (const citizen of citizens) {
      expect(partySchema.safeParse(citizen).success, citizen.name).toBe(true);
      expect(citizen.name).toMatch(/^\p{Lu}\p{L}+ \p{Lu}\p{L}+$/u);
      expect(citizen.address?.postalCode).toMatch(/^\d{3} \d{2}$/);
    }
    expect(citizens.some((citizen) => /[áčďéěíňóřšťúůýž]/i.test(citizen.name))).toBe(true);
    expect(citizens.some((citizen) => citizen.address?.city === 'Horní Lhota')).toBe(true);
    expect(citizens.some((citizen) => citizen.dataBoxId !== undefined)).toBe(true);
  });
});

describe('shared parties', () => {
  it('cannot be changed by one seed’s consumer under another’s feet', () => {
    const firm = FIRMS[0]!.party;
    expect(Object.isFrozen(firm)).toBe(true);
    expect(Object.isFrozen(firm.address)).toBe(true);
    expect(Object.isFrozen(authorityParty('region'))).toBe(true);
  });
});
