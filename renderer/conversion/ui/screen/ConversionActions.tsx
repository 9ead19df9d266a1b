import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConversionRecord } from '../../../../common/domain/conversion';
import { useServices } from '../../../app/services';
import { ActionButtons } from '../../../ui/ActionButtons';
import { useNotify } from '../../../ui/useNotify';
import { askRegisterAgain } from '../../db/registerAnswer';
import { sharedRegisterRunner } from '../../sync/registerRunner';
import { ConversionSignDialog } from '../scan/ConversionSignDialog';
import { CancelConversionDialog } from './CancelConversionDialog';
import { conversionActionsOf, type ConversionAction } from './conversionActionsOf';
import { PrintConversionDialog } from './PrintConversionDialog';

const labels = {
  askAgain: 'conversionScreen.actions.askAgain',
  retryNow: 'conversionScreen.actions.retryNow',
  sign: 'conversionScreen.actions.sign',
  print: 'conversionScreen.actions.print',
  cancel: 'conversionScreen.actions.cancel',
} as const;

type DialogAction = Extract<ConversionAction, 'sign' | 'print' | 'cancel'>;

/** The buttons of the conversion's next steps, by its state, and their dialogs. */
export function ConversionActions({ conversion }: { conversion: ConversionRecord }) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const [dialog, setDialog] = useState<DialogAction | null>(null);
  const [running, setRunning] = useState<ConversionAction | null>(null);
  const actions = conversionActionsOf(conversion);
  const close = () => setDialog(null);
  const label = conversion.number ?? conversion.input.description;

  const askAgain = async () => {
    setRunning('askAgain');
    try {
      await askRegisterAgain(db, conversion.id);
      notify.success(t('conversionScreen.notices.askedAgain', { label }));
      // The queue's own watch starts the request too; asking now saves the clerk a wait.
      void sharedRegisterRunner(db, api).run();
    } catch (error) {
      notify.failure(error);
    } finally {
      setRunning(null);
    }
  };

  const retryNow = async () => {
    setRunning('retryNow');
    try {
      // The same runner the app keeps going: a run already under way is joined, not doubled.
      const report = await sharedRegisterRunner(db, api).run();
      if (report.unreachable)
        notify.info(t('conversionScreen.notices.stillUnreachable', { reason: report.unreachable }));
      else if (report.numbered > 0 || report.clauses > 0)
        notify.success(t('conversionScreen.notices.numbered', { count: report.numbered }));
      else if (report.refused > 0)
        notify.info(t('conversionScreen.notices.refused', { count: report.refused }));
      else notify.info(t('conversionScreen.notices.nothingNew'));
    } catch (error) {
      notify.failure(error);
    } finally {
      setRunning(null);
    }
  };

  const start = (action: ConversionAction) => {
    if (action === 'askAgain') void askAgain();
    else if (action === 'retryNow') void retryNow();
    else setDialog(action);
  };

  // The dialogs stay mounted when the step they finish leaves no action (a signed
  // conversion is done): the sign dialog must still show its outcome.
  return (
    <>
      {actions.length > 0 ? (
        <ActionButtons
          actions={actions}
          label={t('conversionScreen.actions.label')}
          testId={(action) => `conversion-action-${action}`}
          text={(action) =>
            running === action
              ? t('conversionScreen.actions.working')
              : action === 'print' && conversion.state === 'done'
                ? t('conversionScreen.actions.reprint')
                : t(labels[action])
          }
          primary={(action) => action !== 'cancel'}
          disabled={() => running !== null}
          onStart={start}
        />
      ) : null}
      {dialog === 'sign' ? (
        <ConversionSignDialog conversionId={conversion.id} onClose={close} />
      ) : null}
      {dialog === 'print' ? (
        <PrintConversionDialog conversion={conversion} onClose={close} />
      ) : null}
      {dialog === 'cancel' ? (
        <CancelConversionDialog conversion={conversion} onClose={close} />
      ) : null}
    </>
  );
}
