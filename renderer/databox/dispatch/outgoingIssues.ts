import { issuesFromZod, type ValidationIssue } from '../../../common/domain/validation';
import { checkOutgoing } from '../../../common/isds/limits';
import { envelopeSubSchema } from '../../../common/isds/schemas';
import type { ComponentRecord } from '../../db/schema';
import type { DispatchEnvelope, DispatchOptions } from './sendEntry';

/**
 * What stops a message from being sent, as issues with i18n keys: the envelope's
 * fields (`validation.*`), and the ISDS limits (`isds.limits.*`: count, total size,
 * names, formats) as main checks them again before CreateMessage. Reads the files'
 * bytes (the limits look at their sizes and names only, but the check takes the message).
 */
export async function outgoingIssues(
  envelope: DispatchEnvelope,
  options: DispatchOptions,
  components: ReadonlyArray<Pick<ComponentRecord, 'name' | 'mime' | 'size'>>,
): Promise<ValidationIssue[]> {
  const issues: ValidationIssue[] = [];
  const parsed = envelopeSubSchema.safeParse(envelope);
  if (!parsed.success)
    issues.push(
      ...issuesFromZod(parsed.error).map((issue) => ({ ...issue, path: `envelope.${issue.path}` })),
    );
  const limits = checkOutgoing({
    envelope,
    dmOVM: options.dmOVM,
    dmPublishOwnID: options.dmPublishOwnID,
    dmType: options.dmType,
    // Sizes stand in for the bytes: no limit looks inside a file.
    files: components.map((component, index) => ({
      dmMimeType: component.mime,
      dmFileMetaType: index === 0 ? 'main' : 'enclosure',
      dmFileDescr: component.name,
      content: { length: component.size } as unknown as Uint8Array,
    })),
  });
  for (const issue of limits) {
    // The envelope's schema already named a wrong recipient or subject.
    if (
      !parsed.success &&
      (issue.code === 'isds.limits.recipientInvalid' ||
        issue.code === 'isds.limits.annotationEmpty' ||
        issue.code === 'isds.limits.annotationTooLong')
    )
      continue;
    issues.push({
      path: issue.file === undefined ? limitPath(issue.code) : `files.${issue.file}`,
      message: issue.code,
      params: issue.params,
    });
  }
  return issues;
}

function limitPath(code: string): string {
  if (code === 'isds.limits.recipientInvalid') return 'envelope.dbIDRecipient';
  if (code.startsWith('isds.limits.annotation')) return 'envelope.dmAnnotation';
  return 'files';
}
