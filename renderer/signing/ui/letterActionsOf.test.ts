import { describe, expect, it } from 'vitest';
import type { LetterRecord } from '../../../common/domain/letter';
import { letterActionsOf } from './letterActionsOf';

const base: Pick<LetterRecord, 'state' | 'signatureLevel' | 'post'> = {
  state: 'draft',
  signatureLevel: null,
  post: null,
};
const open = { state: 'inProgress' as const };
const cancelled = { state: 'cancelled' as const };

describe('letterActionsOf', () => {
  it('leaves drafts and returned letters to the letter editor', () => {
    expect(letterActionsOf(base, open)).toEqual([]);
    expect(letterActionsOf({ ...base, state: 'returned' }, open)).toEqual([]);
  });

  it('offers signing and returning in the queue; only returning once the document is cancelled', () => {
    expect(letterActionsOf({ ...base, state: 'awaitingSignature' }, open)).toEqual([
      'sign',
      'return',
    ]);
    expect(letterActionsOf({ ...base, state: 'awaitingSignature' }, cancelled)).toEqual(['return']);
  });

  it('offers dispatch of a signed letter, and the timestamp only to a B-B one', () => {
    expect(letterActionsOf({ ...base, state: 'signed', signatureLevel: 'B-T' }, open)).toEqual([
      'databox',
      'post',
      'signAgain',
    ]);
    expect(letterActionsOf({ ...base, state: 'signed', signatureLevel: 'B-B' }, open)).toEqual([
      'databox',
      'post',
      'timestamp',
      'signAgain',
    ]);
  });

  it('offers the return receipt only for mail that has one, until it is recorded', () => {
    const posted = (
      mailKind: 'doporuceneDodejka' | 'obycejne',
      returnReceiptOn: string | null,
    ) => ({
      ...base,
      state: 'dispatched' as const,
      post: { mailKind, sentOn: '2026-03-04', returnReceiptOn },
    });
    expect(letterActionsOf(posted('doporuceneDodejka', null), open)).toEqual(['receipt']);
    expect(letterActionsOf(posted('doporuceneDodejka', '2026-03-06'), open)).toEqual([]);
    expect(letterActionsOf(posted('obycejne', null), open)).toEqual([]);
    expect(letterActionsOf({ ...base, state: 'dispatched' }, open)).toEqual([]);
  });
});
