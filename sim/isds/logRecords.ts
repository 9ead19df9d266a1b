import type { BoxId, MessageFile, MessageId } from '../../common/isds/model';
import type { SimMessage } from './types';

/** A message in the log: file contents as base64. */
export type SerializedMessage = Omit<SimMessage, 'files'> & {
  files: Array<Omit<MessageFile, 'content'> & { content: string }>;
};

/** One line of `<data>/isds/log.jsonl`: a change the sim made, replayed at the next start. */
export type IsdsLogRecord =
  | { t: 'message'; message: SerializedMessage }
  | { t: 'login'; box: BoxId; at: number }
  | { t: 'read'; dmID: MessageId; at: number }
  | { t: 'downloaded'; dmID: MessageId; at: number }
  | { t: 'zfo'; sha256: string }
  | { t: 'clock'; offsetMs: number };
