import { describe, expect, it } from 'vitest';
import { checkDispatchDraft, initialDraft, moveFile, type DispatchDraft } from './dispatchForm';

const files = [
  { componentId: 'c1', name: 'dopis.pdf', mime: 'application/pdf', size: 1000 },
  { componentId: 'c2', name: 'priloha.pdf', mime: 'application/pdf', size: 2000 },
  { componentId: 'c3', name: 'mapa.png', mime: 'image/png', size: 3000 },
];
const doc = { subject: 'Rozhodnutí o přestupku', referenceNumber: 'OUHL 12/2026' };
const recipient = { dbID: 'xyz9876', name: 'Jan Novák', address: null, ico: null, dbState: 1 };

function ready(overrides: Partial<DispatchDraft> = {}): DispatchDraft {
  return { ...initialDraft(doc, files, 'obec'), recipient, ...overrides };
}

describe('initialDraft', () => {
  it('fills in the subject and our reference number, and allows fiction', () => {
    const draft = initialDraft(doc, files, 'obec');
    expect(draft).toMatchObject({
      annotation: 'Rozhodnutí o přestupku',
      senderRef: 'OUHL 12/2026',
      allowFiction: true,
      personalDelivery: false,
      recipient: null,
    });
    expect(draft.files.every((file) => file.include)).toBe(true);
  });
});

describe('moveFile', () => {
  it('moves a file within the list and stops at its ends', () => {
    const draft = initialDraft(doc, files, 'obec');
    expect(moveFile(draft.files, 2, -1).map((file) => file.componentId)).toEqual([
      'c1',
      'c3',
      'c2',
    ]);
    expect(moveFile(draft.files, 0, -1).map((file) => file.componentId)).toEqual([
      'c1',
      'c2',
      'c3',
    ]);
  });
});

describe('checkDispatchDraft', () => {
  it('builds the envelope ISDS gets, with the chosen files in order', () => {
    const draft = ready({
      files: moveFile(initialDraft(doc, files, 'obec').files, 1, -1).map((file) =>
        file.componentId === 'c3' ? { ...file, include: false } : file,
      ),
      toHands: ' Ing. Nováková ',
      recipientRef: '',
      personalDelivery: true,
      law: '500',
      year: '2004',
      section: '19',
    });
    const result = checkDispatchDraft(draft);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.fileComponentIds).toEqual(['c2', 'c1']);
    expect(result.envelope).toMatchObject({
      dbIDRecipient: 'xyz9876',
      dmAnnotation: 'Rozhodnutí o přestupku',
      dmSenderRefNumber: 'OUHL 12/2026',
      dmRecipientRefNumber: null,
      dmToHands: 'Ing. Nováková',
      dmPersonalDelivery: true,
      dmAllowSubstDelivery: true,
      dmLegalTitleLaw: 500,
      dmLegalTitleYear: 2004,
      dmLegalTitleSect: '19',
      dmLegalTitlePar: null,
    });
  });

  it('says what is missing', () => {
    const result = checkDispatchDraft({
      ...initialDraft({ subject: ' ', referenceNumber: 'X 1/2026' }, files, 'obec'),
      files: [],
      law: 'pětistý',
    });
    expect(result.ok ? [] : result.issues.map((issue) => issue.path)).toEqual([
      'recipient',
      'annotation',
      'law',
      'files',
    ]);
  });

  it('keeps the subject within the ISDS limit', () => {
    const result = checkDispatchDraft(ready({ annotation: 'x'.repeat(256) }));
    expect(result.ok ? [] : result.issues).toEqual([
      { path: 'annotation', message: 'validation.tooLong', params: { max: 255 } },
    ]);
  });
});
