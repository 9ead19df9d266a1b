import { describe, expect, it } from 'vitest';
import { DATA_BOX_ID, isValidIco } from '../../common/domain/party';
import { checkReferenceMask, DEFAULT_REFERENCE_MASK } from '../../common/domain/referenceNumber';
import { DEMO_CURRENT_USER, DEMO_HANDLERS, DEMO_ORGANIZATION } from './organization';

describe('demo organisation', () => {
  it('is Obec Horní Lhota with valid identifiers', () => {
    expect(DEMO_ORGANIZATION.name).toBe('Obec Horní Lhota');
    expect(DEMO_ORGANIZATION.abbreviation).toBe('OUHL');
    expect(DEMO_ORGANIZATION.pidPrefix).toBe('OUHL');
    expect(DEMO_ORGANIZATION.referenceMask).toBe(DEFAULT_REFERENCE_MASK);
    expect(checkReferenceMask(DEMO_ORGANIZATION.referenceMask)).toEqual([]);
    expect(isValidIco(DEMO_ORGANIZATION.ico)).toBe(true);
    // Municipalities' IČOs all start with 00; ours must not pose as one of them.
    expect(DEMO_ORGANIZATION.ico.startsWith('00')).toBe(false);
    expect(DEMO_ORGANIZATION.dataBoxId).toMatch(DATA_BOX_ID);
    expect(DEMO_ORGANIZATION.address).toMatch(/\d{3} \d{2} Horní Lhota$/);
  });

  it('has three or four handlers, the clerk being the current user', () => {
    const names = Object.values(DEMO_HANDLERS);
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(names.length).toBeLessThanOrEqual(4);
    expect(new Set(names).size).toBe(names.length);
    expect(DEMO_CURRENT_USER).toBe(DEMO_HANDLERS.clerk);
  });
});
