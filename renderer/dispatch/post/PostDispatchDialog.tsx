import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mailKinds, type MailKind } from '../../../common/domain/letter';
import { officeDateString } from '../../../common/domain/time';
import { useServices } from '../../app/services';
import { getSetting } from '../../db/settings';
import { errorText } from '../../i18n';
import { CommandDialog } from '../../ui/CommandDialog';
import { Field } from '../../ui/Field';
import { useLetterCommand, type LetterDialogProps } from '../../signing/ui/useLetterCommand';
import { useNotify } from '../../ui/useNotify';
import { markSentByPost } from './markSentByPost';
import { postLabelFormats, postLabelRequest, type PostLabelFormat } from './postLabel';
import { renderPostLabel } from './postLabelApi';
import '../../signing/ui/signing.css';

/**
 * "Odeslat poštou": the kind of mail, the day it goes, printing the envelope or the
 * label, and recording the letter as sent.
 */
export function PostDispatchDialog({ letter, doc, onClose }: LetterDialogProps) {
  const { t } = useTranslation();
  const { api, db } = useServices();
  const notify = useNotify();
  const command = useLetterCommand(onClose);
  const [mailKind, setMailKind] = useState<MailKind>('doporucene');
  const [sentOn, setSentOn] = useState(() => officeDateString(new Date()));
  const [format, setFormat] = useState<PostLabelFormat>('dl-envelope');
  const [addressee, setAddressee] = useState(0);
  const [printing, setPrinting] = useState(false);
  const [printFailure, setPrintFailure] = useState<string | null>(null);

  const print = async () => {
    setPrinting(true);
    setPrintFailure(null);
    try {
      const request = postLabelRequest(
        await getSetting(db, 'organization'),
        doc,
        addressee,
        mailKind,
        format,
      );
      if (!request) {
        setPrintFailure(t('postDispatch.addresseeNone'));
        return;
      }
      const label = await renderPostLabel(api, request);
      const saved = await api['files.save']({
        suggestedName: label.fileName,
        mime: 'application/pdf',
        bytes: new Uint8Array(label.pdf),
      });
      if (saved.saved) notify.success(t('postDispatch.print.saved', { name: label.fileName }));
    } catch (error) {
      setPrintFailure(errorText(t, error));
    } finally {
      setPrinting(false);
    }
  };

  const submit = () =>
    command.submit(
      () => markSentByPost(db, { letterId: letter.id, mailKind, sentOn }),
      () => t('postDispatch.done', { reference: doc.referenceNumber }),
    );

  return (
    <CommandDialog
      title={t('postDispatch.title', { reference: doc.referenceNumber })}
      onClose={onClose}
      confirmLabel={t('postDispatch.confirm')}
      workingLabel={t('postDispatch.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(['mailKind', 'sentOn'])}
      testId="post-dialog"
    >
      <fieldset className="post-dialog__kinds">
        <legend className="field__label">{t('postDispatch.mailKind')}</legend>
        {mailKinds.map((kind) => (
          <label key={kind} className="sign-dialog__choice">
            <input
              type="radio"
              name="post-kind"
              value={kind}
              checked={mailKind === kind}
              data-testid={`post-kind-${kind}`}
              onChange={() => setMailKind(kind)}
            />
            {t(`postDispatch.mailKinds.${kind}`)}
          </label>
        ))}
        {command.fieldError('mailKind') ? (
          <span className="field__error" role="alert">
            {command.fieldError('mailKind')}
          </span>
        ) : null}
      </fieldset>
      {doc.addressees.length > 1 ? (
        <Field label={t('postDispatch.addressee')}>
          <select
            className="select"
            value={addressee}
            data-testid="post-addressee"
            onChange={(event) => setAddressee(Number(event.target.value))}
          >
            {doc.addressees.map((party, index) => (
              <option key={`${party.name}-${index}`} value={index}>
                {party.name}
              </option>
            ))}
          </select>
        </Field>
      ) : null}
      <Field label={t('postDispatch.sentOn')} error={command.fieldError('sentOn')} required>
        <input
          className="input"
          type="date"
          value={sentOn}
          max={officeDateString(new Date())}
          data-testid="post-sent-on"
          onChange={(event) => setSentOn(event.target.value)}
        />
      </Field>
      <fieldset className="post-dialog__kinds">
        <legend className="field__label">{t('postDispatch.print.title')}</legend>
        <Field label={t('postDispatch.print.format')}>
          <select
            className="select"
            value={format}
            data-testid="post-format"
            onChange={(event) => setFormat(event.target.value as PostLabelFormat)}
          >
            {postLabelFormats.map((item) => (
              <option key={item} value={item}>
                {t(`postDispatch.print.formats.${item}`)}
              </option>
            ))}
          </select>
        </Field>
        <p>
          <button
            type="button"
            className="button button--small"
            data-testid="post-print"
            disabled={printing}
            onClick={() => void print()}
          >
            {printing ? t('postDispatch.print.working') : t('postDispatch.print.button')}
          </button>
        </p>
        <p className="field__hint">{t('postDispatch.print.hint')}</p>
        {printFailure ? (
          <p className="field__error" role="alert">
            {printFailure}
          </p>
        ) : null}
      </fieldset>
    </CommandDialog>
  );
}
