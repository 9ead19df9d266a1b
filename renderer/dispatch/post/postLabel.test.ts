import { describe, expect, it } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import type { Party } from '../../../common/domain/party';
import { testOrganization } from '../../db/testing/fixtures';
import { addressLines, postLabelRequest, senderLines } from './postLabel';

describe('postLabelRequest', () => {
  const party = (patch: Partial<Party>): Party => ({
    kind: 'person',
    name: 'Jan Novák',
    ico: undefined,
    dataBoxId: undefined,
    ...patch,
  });
  const address = (patch: Partial<NonNullable<Party['address']>>) => ({
    street: undefined,
    city: undefined,
    postalCode: undefined,
    country: undefined,
    ...patch,
  });
  const doc: Pick<DocumentRecord, 'addressees' | 'referenceNumber'> = {
    referenceNumber: 'OUHL 12/2026',
    addressees: [
      party({
        address: address({
          street: 'Lipová 5',
          postalCode: '111 50',
          city: 'Horní Lhota',
          country: 'Česká republika',
        }),
      }),
      party({ kind: 'authority', name: 'Krajský úřad' }),
    ],
  };

  it('puts our organisation, the addressee and our reference on the label', () => {
    expect(postLabelRequest(testOrganization, doc, 0, 'doporuceneDodejka', 'dl-envelope')).toEqual({
      input: {
        sender: ['Obec Horní Lhota', 'Horní Lhota 1', '111 11 Horní Lhota'],
        addressee: { name: 'Jan Novák', lines: ['Lipová 5', '111 50 Horní Lhota'] },
        mailKind: 'doporuceneDodejka',
        ourRef: 'OUHL 12/2026',
      },
      format: 'dl-envelope',
    });
  });

  it('writes a foreign country in capitals and leaves out missing parts', () => {
    expect(
      addressLines(
        party({
          name: 'Anna',
          address: address({ city: 'Wien', postalCode: '1010', country: 'Rakousko' }),
        }),
      ),
    ).toEqual(['1010 Wien', 'RAKOUSKO']);
    expect(addressLines(party({ kind: 'authority', name: 'Krajský úřad' }))).toEqual([]);
  });

  it('has nothing to print without an addressee or an organisation', () => {
    expect(postLabelRequest(testOrganization, doc, 2, 'obycejne', 'label-a4-3x8')).toBeNull();
    expect(senderLines(undefined)).toEqual([]);
  });
});
