import type { LetterRecord } from '../../../common/domain/letter';

/** A letter from a template waiting for the mayor's signature, as the dialogs' tests start. */
export function sampleLetter(overrides: Partial<LetterRecord> = {}): LetterRecord {
  return {
    id: 'l1',
    pid: 'OUHL0001',
    source: 'template',
    templateId: null,
    content: null,
    state: 'awaitingSignature',
    draftBlobId: 'b1',
    signedComponentId: null,
    signatureLevel: null,
    signatureBox: { page: 0, x: 300, y: 80, width: 200, height: 60 },
    request: null,
    queuedAt: '2026-03-02T09:00:00.000Z',
    post: null,
    history: [],
    createdAt: '2026-03-02T09:00:00.000Z',
    updatedAt: '2026-03-02T09:00:00.000Z',
    ...overrides,
  };
}
