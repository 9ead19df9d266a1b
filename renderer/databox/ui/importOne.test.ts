import type { TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { journalTestT } from '../../journal/testI18n';
import { importRowOf } from './importOne';
import { zfoFileRefusal, MAX_ZFO_BYTES } from './zfoDrop';

let t: TFunction;
beforeAll(async () => {
  t = await journalTestT('cs');
});

const stored = {
  stored: true,
  messageId: 'received:1',
  dmID: '1',
  pid: 'P-1',
  referenceNumber: 'OUHL 5/2026',
  suspicious: [],
  renamedFiles: [],
};

describe('importRowOf', () => {
  it('reports an imported message with its journal number', () => {
    expect(importRowOf(t, 'a.zfo', { outcome: 'received', ...stored })).toMatchObject({
      name: 'a.zfo',
      outcome: 'imported',
      reason: 'zapsáno do podacího deníku pod č. j. OUHL 5/2026',
      sealInvalid: false,
      messageId: 'received:1',
    });
  });

  it('flags a message whose seal failed, and says it was not registered', () => {
    const row = importRowOf(t, 'b.zfo', {
      outcome: 'received',
      ...stored,
      pid: null,
      referenceNumber: null,
      suspicious: ['sealInvalid'],
    });
    expect(row).toMatchObject({ outcome: 'imported', sealInvalid: true });
    expect(row.reason).toContain('nezapsáno do deníku');
  });

  it('tells a duplicate and a stranger’s message apart', () => {
    expect(
      importRowOf(t, 'c.zfo', { outcome: 'alreadyStored', messageId: 'received:1', pid: 'P-1' })
        .outcome,
    ).toBe('duplicate');
    expect(
      importRowOf(t, 'd.zfo', {
        outcome: 'notOurs',
        dbIDSender: 'aaa1111',
        dbIDRecipient: 'bbb2222',
      }),
    ).toMatchObject({
      outcome: 'refused',
      reason: 'Zpráva nepatří žádné z vašich schránek (odesílatel aaa1111, adresát bbb2222).',
      messageId: null,
    });
  });

  it('says where a doručenka went', () => {
    expect(
      importRowOf(t, 'dd.zfo', {
        outcome: 'delivery',
        messageId: 'sent:9',
        attached: true,
        suspicious: [],
      }).outcome,
    ).toBe('delivery');
  });
});

describe('zfoFileRefusal', () => {
  it('lets only .zfo files of a sane size through', () => {
    expect(zfoFileRefusal('DZ_123.ZFO', 1000)).toBeNull();
    expect(zfoFileRefusal('faktura.pdf', 1000)).toBe('notZfoName');
    expect(zfoFileRefusal('obri.zfo', MAX_ZFO_BYTES + 1)).toBe('tooLarge');
  });
});
