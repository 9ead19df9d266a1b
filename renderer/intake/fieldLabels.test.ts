import i18next from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { resources } from '../i18n/resources';
import { fieldOrder } from './fieldKeys';
import { fieldLabel } from './fieldLabels';
import { emptyForm, emptyParty } from './formState';

const t = i18next.createInstance();
beforeAll(async () => {
  await t.init({ resources, lng: 'cs', interpolation: { escapeValue: false } });
});

describe('fieldLabel', () => {
  const form = {
    ...emptyForm({ now: new Date('2026-03-05T09:00:00Z'), currentUser: 'Jana' }),
    sender: emptyParty('organization'),
    addressees: [emptyParty(), emptyParty('authority')],
  };

  it('names party fields with whose they are', () => {
    expect(fieldLabel(t.t, 'sender.name', form)).toBe('Odesílatel – Název firmy');
    expect(fieldLabel(t.t, 'sender.dataBoxId', form)).toBe('Odesílatel – ID datové schránky');
    expect(fieldLabel(t.t, 'addressees.1.name', form)).toBe('Adresát 2 – Název úřadu');
    expect(fieldLabel(t.t, 'senderReference.date', form)).toBe('Ze dne');
  });

  it('has a real label for every field of both kinds of document', () => {
    for (const field of [...fieldOrder('incoming', 0), ...fieldOrder('own', 2)]) {
      const label = fieldLabel(t.t, field, form);
      expect(label, field).not.toBe(field);
      expect(label, field).not.toMatch(/intake\./);
    }
  });
});
