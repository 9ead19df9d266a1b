import type { Api } from '../../../common/contract/api';
import type { PostLabelRequest, PostLabelResult } from './postLabel';

/** `letters.renderPostLabel`: the envelope or label as a PDF from main. */
export function renderPostLabel(api: Api, args: PostLabelRequest): Promise<PostLabelResult> {
  return api['letters.renderPostLabel'](args);
}
