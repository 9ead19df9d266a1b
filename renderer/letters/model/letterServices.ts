import type { Api } from '../../../common/contract/api';
import type { ImportedPdf, RenderedLetter } from '../../../common/contract/letters';
import type { OpenFilesResult } from '../../../common/contract/types';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';

export type { ImportedPdf, RenderedLetter };

/**
 * The part of the contract letters use, as plain functions: the editor and its tests
 * depend on this, not on the whole API (tests pass stubs).
 */
export interface LetterServices {
  render: (template: LetterTemplate, content: LetterContent) => Promise<RenderedLetter>;
  importAsPdfA: (bytes: Uint8Array<ArrayBuffer>, title: string) => Promise<ImportedPdf>;
  openFile: (purpose: 'pdf' | 'logo') => Promise<OpenFilesResult>;
}

export function letterServicesOf(api: Api): LetterServices {
  return {
    render: (template, content) => api['letters.render']({ template, content }),
    importAsPdfA: (bytes, title) => api['pdf.importAsPdfA']({ bytes, title }),
    openFile: (purpose) => api['files.open']({ purpose }),
  };
}
