import { describe, expect, it } from 'vitest';
import { resources } from '../../renderer/i18n/resources';
import { accessibleBoxState, boxStateMeaning, boxStates } from './boxState';

describe('boxStateMeaning', () => {
  it('only state 1 is accessible', () => {
    expect(boxStateMeaning(1)).toEqual({ dbState: 1, accessible: true, key: 'isds.boxState.1' });
    for (const state of [0, 2, 3, 4, 5, 6])
      expect(boxStateMeaning(state), String(state)).toEqual({
        dbState: state,
        accessible: false,
        key: `isds.boxState.${state}`,
      });
    expect(accessibleBoxState(null)).toBe(false);
    expect(accessibleBoxState(boxStates.accessible)).toBe(true);
  });

  it('status 5001 without a state means the box does not exist', () => {
    expect(boxStateMeaning(null, '5001')).toEqual({
      dbState: 0,
      accessible: false,
      key: 'isds.boxState.0',
    });
  });

  it('an unknown or missing state is not accessible', () => {
    expect(boxStateMeaning(9)).toEqual({
      dbState: 9,
      accessible: false,
      key: 'isds.boxState.unknown',
    });
    expect(boxStateMeaning(null)).toEqual({
      dbState: null,
      accessible: false,
      key: 'isds.boxState.unknown',
    });
  });

  it('every key has a Czech and an English text', () => {
    const keys = [...Object.values(boxStates), 9].map(
      (state) => boxStateMeaning(state).key.split('.')[2] ?? '',
    );
    for (const key of keys) {
      expect(resources.cs.translation.isds.boxState).toHaveProperty([key]);
      expect(resources.en.translation.isds.boxState).toHaveProperty([key]);
    }
  });
});
