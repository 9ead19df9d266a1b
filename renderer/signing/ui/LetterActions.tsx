import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentRecord } from '../../../common/domain/document';
import type { LetterRecord } from '../../../common/domain/letter';
import { useServices } from '../../app/services';
import { ActionButtons } from '../../ui/ActionButtons';
import { PostDispatchDialog } from '../../dispatch/post/PostDispatchDialog';
import { ReturnReceiptDialog } from '../../dispatch/post/ReturnReceiptDialog';
import { useNotify } from '../../ui/useNotify';
import { recordTimestamp } from '../commands/recordTimestamp';
import { LetterDataboxDialog } from './LetterDataboxDialog';
import { letterActionsOf, type LetterDialog } from './letterActionsOf';
import { signingInput } from './letterBytes';
import { ReturnDialog } from './ReturnDialog';
import { SignDialog } from './SignDialog';

const labels = {
  sign: 'signingUi.actions.sign',
  signAgain: 'signingUi.actions.signAgain',
  return: 'signingUi.actions.return',
  databox: 'signingUi.actions.sendDatabox',
  post: 'signingUi.actions.sendPost',
  timestamp: 'signingUi.actions.addTimestamp',
  receipt: 'signingUi.actions.returnReceipt',
} as const;

const testIds = {
  sign: 'letter-sign',
  signAgain: 'letter-sign-again',
  return: 'letter-return',
  databox: 'letter-send-databox',
  post: 'letter-send-post',
  timestamp: 'letter-add-timestamp',
  receipt: 'letter-return-receipt',
} as const;

/**
 * The buttons of a letter's next steps and their dialogs: sign or return, send by data box or post, add the missing timestamp, record the dodejka.
 */
export function LetterActions({ letter, doc }: { letter: LetterRecord; doc: DocumentRecord }) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [dialog, setDialog] = useState<LetterDialog | null>(null);
  const [stamping, setStamping] = useState(false);
  const actions = letterActionsOf(letter, doc);
  const close = () => setDialog(null);

  const addTimestamp = async () => {
    setStamping(true);
    try {
      const pdf = await signingInput(db, letter);
      const stamped = await api['signing.addTimestamp']({ pdf });
      await recordTimestamp(db, {
        letterId: letter.id,
        pdf: stamped.pdf,
        timestampTime: stamped.timestampTime,
      });
      notify.success(t('signingUi.notices.timestamped', { reference: doc.referenceNumber }));
    } catch (error) {
      notify.failure(error);
    } finally {
      setStamping(false);
    }
  };

  if (actions.length === 0) return null;
  return (
    <>
      <ActionButtons
        actions={actions}
        label={t('signingUi.actions.label')}
        testId={(action) => testIds[action]}
        text={(action) =>
          action === 'timestamp' && stamping
            ? t('signingUi.actions.addingTimestamp')
            : t(labels[action])
        }
        primary={(action) => action === 'sign'}
        disabled={(action) => action === 'timestamp' && stamping}
        onStart={(action) => {
          if (action === 'timestamp') void addTimestamp();
          else setDialog(action === 'signAgain' ? 'sign' : action);
        }}
      />
      {dialog === 'sign' ? <SignDialog letter={letter} doc={doc} onClose={close} /> : null}
      {dialog === 'return' ? <ReturnDialog letter={letter} doc={doc} onClose={close} /> : null}
      {dialog === 'databox' ? (
        <LetterDataboxDialog letter={letter} doc={doc} onClose={close} />
      ) : null}
      {dialog === 'post' ? <PostDispatchDialog letter={letter} doc={doc} onClose={close} /> : null}
      {dialog === 'receipt' ? (
        <ReturnReceiptDialog letter={letter} doc={doc} onClose={close} />
      ) : null}
    </>
  );
}
