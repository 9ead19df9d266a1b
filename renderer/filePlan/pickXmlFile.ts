import type { Api } from '../../common/contract/api';
import type { ValidationIssue } from '../../common/domain/validation';

export type PickedXml =
  | { kind: 'canceled' }
  | { kind: 'refused'; fileName: string | null; issues: ValidationIssue[] }
  | { kind: 'text'; fileName: string; text: string };

/**
 * Asks for one XML file (a file plan, an archive's decision) and reads it as text. A
 * file that is not UTF-8 is refused here rather than read with replaced characters
 * that would then be imported as if they were right.
 */
export async function pickXmlFile(api: Api): Promise<PickedXml> {
  const result = await api['files.open']({ purpose: 'xml' });
  if (result.rejected.length > 0) {
    return { kind: 'refused', fileName: null, issues: result.rejected };
  }
  const [file] = result.files;
  if (result.canceled || !file) return { kind: 'canceled' };
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
    return { kind: 'text', fileName: file.name, text };
  } catch {
    return {
      kind: 'refused',
      fileName: file.name,
      issues: [{ path: '', message: 'filePlan.xmlFile.notUtf8' }],
    };
  }
}
