import { describe, expect, it } from 'vitest';
import { issuesByPath } from './issuesByPath';

describe('issuesByPath', () => {
  it('keeps the first issue of each field', () => {
    const byPath = issuesByPath([
      {
        path: 'organization.referenceMask',
        message: 'validation.mask.unknownToken',
        params: { token: '{rok}' },
      },
      { path: 'organization.referenceMask', message: 'validation.mask.missingYear' },
      { path: 'organization.ico', message: 'validation.ico' },
    ]);
    expect([...byPath.keys()]).toEqual(['organization.referenceMask', 'organization.ico']);
    expect(byPath.get('organization.referenceMask')?.message).toBe('validation.mask.unknownToken');
  });
});
