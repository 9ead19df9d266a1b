import { describe, expect, it } from 'vitest';
import type { NewDocumentInput } from '../../common/domain/document';
import { withTypedLengths } from './issueParams';

const input = {
  direction: 'incoming',
  subject: `  ${'x'.repeat(300)} `,
  sender: { kind: 'person', name: 'y'.repeat(250) },
} as NewDocumentInput;

describe('withTypedLengths', () => {
  it('adds the trimmed length of the value to "too long" issues that lack it', () => {
    expect(
      withTypedLengths(
        [
          { path: 'subject', message: 'validation.subject.tooLong', params: { max: 255 } },
          { path: 'sender.name', message: 'validation.tooLong', params: { max: 200 } },
        ],
        input,
      ),
    ).toEqual([
      { path: 'subject', message: 'validation.subject.tooLong', params: { max: 255, length: 300 } },
      { path: 'sender.name', message: 'validation.tooLong', params: { max: 200, length: 250 } },
    ]);
  });

  it('leaves other issues and given lengths alone', () => {
    const issues = [
      { path: 'subject', message: 'validation.subject.required' },
      { path: 'subject', message: 'validation.subject.tooLong', params: { length: 7 } },
      { path: 'nowhere', message: 'validation.tooLong' },
    ];
    expect(withTypedLengths(issues, input)).toEqual(issues);
  });
});
