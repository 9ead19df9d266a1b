import { describe, expect, it } from 'vitest';
import {
  caseFileStates,
  caseFileTransition,
  caseFileTransitions,
  documentTransition,
  documentTransitions,
  lifecycleStates,
  type CaseFileTransition,
  type DocumentTransition,
} from './lifecycle';

describe('document life cycle', () => {
  // Every transition from every state: allowed exactly from the states the table names.
  for (const name of Object.keys(documentTransitions) as DocumentTransition[]) {
    const from: readonly string[] = documentTransitions[name].from;
    for (const state of lifecycleStates) {
      const allowed = from.includes(state);
      it(`${name} from ${state} is ${allowed ? 'allowed' : 'forbidden'}`, () => {
        const result = documentTransition(name, state);
        expect(result.ok).toBe(allowed);
        if (!result.ok)
          expect(result).toMatchObject({ reason: 'lifecycle.forbidden', from: state });
      });
    }
  }

  it('leads where the records-management order says', () => {
    const path: Array<[DocumentTransition, string]> = [
      ['insertIntoCaseFile', 'inProgress'],
      ['settle', 'settled'],
      ['close', 'closed'],
      ['handOver', 'handedOver'],
      ['takeOver', 'inRecordsOffice'],
      ['lend', 'onLoan'],
      ['returnLoan', 'inRecordsOffice'],
      ['proposeDisposal', 'inDisposal'],
      ['archive', 'archived'],
    ];
    let state: (typeof lifecycleStates)[number] = 'registered';
    for (const [name, expected] of path) {
      const result = documentTransition(name, state);
      if (!result.ok) throw new Error(`${name} refused from ${state}`);
      expect(result.to).toBe(expected);
      state = result.to;
    }
  });

  it('keeps a settled document settled when it joins a case file', () => {
    expect(documentTransition('insertIntoCaseFile', 'settled')).toMatchObject({
      ok: true,
      to: 'settled',
    });
    expect(documentTransition('insertIntoCaseFile', 'inProgress')).toMatchObject({
      ok: true,
      to: 'inProgress',
    });
  });

  it('names the NSESSS event of each transition', () => {
    expect(documentTransition('settle', 'registered')).toMatchObject({ event: 'Vyrizeni' });
    expect(documentTransition('destroy', 'inDisposal')).toMatchObject({
      to: 'destroyed',
      event: 'Zniceni',
    });
    expect(documentTransition('cancel', 'registered')).toMatchObject({
      to: 'cancelled',
      event: 'Storno',
    });
  });

  it('lets nothing follow a final state', () => {
    for (const final of ['archived', 'destroyed', 'cancelled'] as const) {
      for (const name of Object.keys(documentTransitions) as DocumentTransition[]) {
        expect(documentTransition(name, final).ok).toBe(false);
      }
    }
  });
});

describe('case file life cycle', () => {
  for (const name of Object.keys(caseFileTransitions) as CaseFileTransition[]) {
    const from: readonly string[] = caseFileTransitions[name].from;
    for (const state of caseFileStates) {
      const allowed = from.includes(state);
      it(`${name} from ${state} is ${allowed ? 'allowed' : 'forbidden'}`, () => {
        expect(caseFileTransition(name, state).ok).toBe(allowed);
      });
    }
  }

  it('closes, reopens, and ends in the archive or destroyed', () => {
    expect(caseFileTransition('close', 'inProgress')).toMatchObject({
      to: 'closed',
      event: 'Uzavreni',
    });
    expect(caseFileTransition('reopen', 'closed')).toMatchObject({
      to: 'inProgress',
      event: 'Otevreni',
    });
    expect(caseFileTransition('handOver', 'closed')).toMatchObject({
      to: 'handedOver',
      event: 'PredaniNaSpisovnu',
    });
    expect(caseFileTransition('withdrawDisposal', 'inDisposal')).toMatchObject({
      to: 'inRecordsOffice',
    });
    expect(caseFileTransition('destroy', 'inDisposal')).toMatchObject({ to: 'destroyed' });
  });

  it('only ever reaches case-file states', () => {
    for (const name of Object.keys(caseFileTransitions) as CaseFileTransition[]) {
      for (const state of caseFileStates) {
        const result = caseFileTransition(name, state);
        if (result.ok) expect(caseFileStates).toContain(result.to);
      }
    }
  });
});
