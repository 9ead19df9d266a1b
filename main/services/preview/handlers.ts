import type { Handlers } from '../../../common/contract/api';
import { previewTiff, type TiffPreviewDeps } from './tiffPreview';

export type PreviewHandlers = Pick<Handlers, 'files.previewTiff'>;

/** Previews of files the renderer cannot draw itself. */
export function createPreviewHandlers(deps: TiffPreviewDeps = {}): PreviewHandlers {
  return {
    'files.previewTiff': ({ bytes }) => previewTiff(bytes, deps),
  };
}
