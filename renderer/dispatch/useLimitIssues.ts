import { useEffect, useState } from 'react';
import type { ValidationIssue } from '../../common/domain/validation';
import { dispatchEnvelopeOf, defaultDispatchOptions } from '../databox/dispatch/queueDispatch';
import { outgoingIssues } from '../databox/dispatch/outgoingIssues';
import type { DraftFile } from './dispatchForm';

/** Stands in for fields the clerk has not filled yet: only the files' limits are judged live. */
const PLACEHOLDER = { dbIDRecipient: 'aaaaaaa', dmAnnotation: '-' };

/**
 * The ISDS limits the chosen files break (size, count, formats, names), checked as the
 * clerk picks and orders them — the same check the queue runs before it stores anything.
 */
export function useLimitIssues(files: ReadonlyArray<DraftFile>): ValidationIssue[] {
  const [issues, setIssues] = useState<ValidationIssue[]>([]);
  const key = files.map((file) => `${file.componentId}:${file.size}`).join('|');
  useEffect(() => {
    let current = true;
    const components = files.map((file) => ({ name: file.name, mime: file.mime, size: file.size }));
    void outgoingIssues(dispatchEnvelopeOf(PLACEHOLDER, ''), defaultDispatchOptions, components)
      .then((found) => {
        if (current) setIssues(found.filter((issue) => issue.path.startsWith('files')));
      })
      .catch(() => undefined);
    return () => {
      current = false;
    };
    // `key` stands for the files' identity and order.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return issues;
}
