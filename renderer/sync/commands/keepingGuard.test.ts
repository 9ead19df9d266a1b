import { describe, expect, it } from 'vitest';
import type { EsslLink } from '../../../common/domain/sync';
import { returnRefusal, takeRefusal } from './keepingGuard';

const link = (keptHere: boolean): EsslLink => ({
  id: { value: 'OUHL0000000001', source: 'URADOVNA' },
  changedAt: null,
  base: {},
  keptHere,
});

describe('taking into and giving back from exclusive keeping', () => {
  it('takes only a document the eSSL holds, not kept here yet, with nothing waiting', () => {
    expect(takeRefusal({ essl: undefined }, 0)).toEqual({ key: 'errors.sync.keeping.notInEssl' });
    expect(takeRefusal({ essl: link(true) }, 0)).toEqual({
      key: 'errors.sync.keeping.alreadyKept',
    });
    expect(takeRefusal({ essl: link(false) }, 2)).toEqual({
      key: 'errors.sync.keeping.waitingTake',
      params: { count: 2 },
    });
    expect(takeRefusal({ essl: link(false) }, 0)).toBeNull();
  });

  it('gives back only a document kept here whose changes all reached the eSSL', () => {
    expect(returnRefusal({ essl: undefined }, 0)).toEqual({ key: 'errors.sync.keeping.notKept' });
    expect(returnRefusal({ essl: link(false) }, 0)).toEqual({
      key: 'errors.sync.keeping.notKept',
    });
    expect(returnRefusal({ essl: link(true) }, 1)).toEqual({
      key: 'errors.sync.keeping.waitingReturn',
      params: { count: 1 },
    });
    expect(returnRefusal({ essl: link(true) }, 0)).toBeNull();
  });
});
