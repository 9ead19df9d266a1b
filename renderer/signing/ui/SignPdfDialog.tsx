import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SigningCertificateCheck, SigningOutcome } from '../../../common/contract/signing';
import type { SignatureBox } from '../../../common/domain/letter';
import { useServices } from '../../app/services';
import { errorText, issueText } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { CloseButton } from '../../ui/DialogButtons';
import { FormFailure } from '../../ui/FormFailure';
import { useNotify } from '../../ui/useNotify';
import { CertificateCheckView } from './CertificateCheckView';
import { Pkcs12Fields } from './Pkcs12Fields';
import { signAndKeep } from './signAndKeep';
import {
  checkOf,
  initialSignForm,
  signerChoiceOf,
  signReadiness,
  withoutSecrets,
  type KeySource,
  type SignForm,
} from './signForm';
import { SignOutcomeView } from './SignOutcomeView';
import { StoredSignerList } from './StoredSignerList';
import { TokenList } from './TokenList';
import { useSignerSources } from './useSignerSources';
import './signing.css';

export interface SignPdfDialogProps {
  title: string;
  /** The PDF to sign, read when the signer confirms; a refusal (thrown) is shown in Czech. */
  loadPdf: () => Promise<Uint8Array<ArrayBuffer>>;
  /** Where a visible signature is drawn; null when the PDF has no such place. */
  signatureBox: SignatureBox | null;
  /** Whether the visible signature is ticked when the dialog opens (default: when there is a box). */
  visibleAtFirst?: boolean;
  /** The checkbox's label for a visible signature in the box. */
  visibleLabel: string;
  /** Said instead of the checkbox when there is no box. */
  noBoxText: string;
  /** The signature's reason (`/Reason`), e.g. "Autorizovaná konverze č. KV 12/2026". */
  reason?: string;
  /**
   * Keeps the signed PDF (one Dexie command). What it throws is shown and the dialog
   * stays open: nothing counts as signed until it is kept.
   */
  onSigned: (outcome: SigningOutcome) => Promise<void>;
  onClose: () => void;
}

const sources: KeySource[] = ['pkcs12', 'stored', 'pkcs11'];

/**
 * Signing one PDF: choose the key (a certificate file with its password, a certificate
 * kept in the keychain, or a card with its PIN), see the certificate checked, sign in
 * main (PAdES, B-T when the timestamp authority answers) and hand the outcome over to
 * be kept. Nothing is kept when main refuses; the password and the PIN are emptied
 * after every call.
 */
export function SignPdfDialog({
  title,
  loadPdf,
  signatureBox,
  visibleAtFirst,
  visibleLabel,
  noBoxText,
  reason,
  onSigned,
  onClose,
}: SignPdfDialogProps) {
  const { t } = useTranslation();
  const { api } = useServices();
  const notify = useNotify();
  const formId = useId();
  const signerSources = useSignerSources();
  const [form, setForm] = useState<SignForm>(() => ({
    ...initialSignForm({ hasStored: false, hasSignatureBox: signatureBox !== null }),
    visible: signatureBox !== null && (visibleAtFirst ?? true),
  }));
  const [sourceChosen, setSourceChosen] = useState(false);
  const [inspected, setInspected] = useState<SigningCertificateCheck | null>(null);
  const [inspecting, setInspecting] = useState(false);
  const [pickProblem, setPickProblem] = useState<string | null>(null);
  const [working, setWorking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const [done, setDone] = useState<{ outcome: SigningOutcome; asked: boolean } | null>(null);

  // Until the signer picks a source, one stored in the keychain is offered first.
  const stored = signerSources.stored ?? [];
  const source: KeySource = sourceChosen ? form.source : stored.length > 0 ? 'stored' : 'pkcs12';
  const tokens = signerSources.tokens ?? [];
  // A single stored certificate or a single card key is the one meant.
  const current: SignForm = {
    ...form,
    source,
    storedId: form.storedId ?? (stored.length === 1 ? (stored[0]?.id ?? null) : null),
    tokenId: form.tokenId ?? (tokens.length === 1 ? (tokens[0]?.id ?? null) : null),
  };
  const check = checkOf(current, { inspected, stored, tokens });
  const readiness = signReadiness(current, check);

  const change = (patch: Partial<SignForm>) => {
    // Whatever the signer touches fixes the source shown: the keychain's list arriving
    // later must not swap the picked file for a stored certificate behind their back.
    setSourceChosen(true);
    setForm((before) => ({ ...before, source, ...patch }));
    // A new file or password must be checked again.
    if ('pkcs12' in patch || 'password' in patch) setInspected(null);
    setFailure(null);
  };

  const chooseSource = (next: KeySource) => {
    change({ source: next });
    if (next === 'pkcs11' && signerSources.tokens === null) void signerSources.loadTokens();
  };

  const pick = async () => {
    change({ source: 'pkcs12' });
    setPickProblem(null);
    try {
      const result = await api['files.open']({ purpose: 'pkcs12' });
      const rejected = result.rejected[0];
      if (rejected) setPickProblem(issueText(t, rejected));
      const file = result.files[0];
      if (!result.canceled && file)
        change({ pkcs12: { name: file.name, bytes: file.bytes as Uint8Array<ArrayBuffer> } });
    } catch (error) {
      setPickProblem(errorText(t, error));
    }
  };

  const inspect = async () => {
    if (!current.pkcs12) return;
    setInspecting(true);
    setFailure(null);
    try {
      setInspected(
        await api['signing.inspect']({
          signer: { kind: 'pkcs12', pkcs12: current.pkcs12.bytes, password: current.password },
        }),
      );
    } catch (error) {
      setInspected(null);
      setFailure(errorText(t, error));
    } finally {
      setInspecting(false);
    }
  };

  const forget = async (id: string, name: string) => {
    const signer = stored.find((item) => item.id === id);
    if (!signer) return;
    if (await signerSources.forget(signer)) {
      notify.success(t('signingUi.sign.forgotten', { name }));
      if (form.storedId === id) change({ storedId: null });
    }
  };

  const submit = async () => {
    const signer = signerChoiceOf(current);
    if (readiness !== 'ready' || !signer) {
      setFailure(
        readiness === 'blocked' ? t('signingUi.sign.blocked') : t('signingUi.sign.needCheck'),
      );
      return;
    }
    setWorking(true);
    setFailure(null);
    const asked = current.timestamp;
    try {
      const outcome = await signAndKeep(
        api,
        {
          loadPdf,
          signer,
          timestamp: asked,
          visible: current.visible ? signatureBox : null,
          ...(reason ? { reason } : {}),
        },
        onSigned,
      );
      setDone({ outcome, asked });
    } catch (error) {
      setFailure(errorText(t, error));
      // The password is gone with the failure: the file is checked again with the next one.
      if (source === 'pkcs12') setInspected(null);
    } finally {
      setForm((before) => withoutSecrets(before));
      setWorking(false);
    }
  };

  if (done) {
    return (
      <Dialog open title={title} onClose={onClose} footer={<CloseButton onClose={onClose} />}>
        <SignOutcomeView outcome={done.outcome} askedTimestamp={done.asked} />
      </Dialog>
    );
  }

  const reasonId = `${formId}-reason`;
  return (
    <Dialog
      open
      wide
      title={title}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form={formId}
            className="button button--primary"
            data-testid="sign-confirm"
            disabled={working || readiness !== 'ready'}
            aria-describedby={readiness !== 'ready' ? reasonId : undefined}
          >
            {working ? t('signingUi.sign.working') : t('signingUi.sign.confirm')}
          </button>
        </>
      }
    >
      <form
        id={formId}
        className="dialog-form sign-dialog"
        noValidate
        data-testid="sign-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <fieldset className="sign-dialog__sources">
          <legend className="field__label">{t('signingUi.sign.keySource')}</legend>
          {sources.map((item) => (
            <label key={item} className="sign-dialog__choice">
              <input
                type="radio"
                name="sign-source"
                value={item}
                checked={source === item}
                data-testid={`sign-source-${item}`}
                onChange={() => chooseSource(item)}
              />
              {t(`signingUi.sign.source.${item}`)}
            </label>
          ))}
        </fieldset>
        {source === 'pkcs12' ? (
          <Pkcs12Fields
            form={current}
            onChange={change}
            onPick={() => void pick()}
            onInspect={() => void inspect()}
            inspecting={inspecting}
            pickProblem={pickProblem}
          />
        ) : null}
        {source === 'stored' ? (
          <StoredSignerList
            signers={signerSources.stored}
            failure={signerSources.storedFailure}
            selectedId={current.storedId}
            onSelect={(id) => change({ storedId: id })}
            onForget={(signer) => void forget(signer.id, signer.check.certificate.subjectName)}
          />
        ) : null}
        {source === 'pkcs11' ? (
          <TokenList
            tokens={signerSources.tokens}
            loading={signerSources.tokensLoading}
            failure={signerSources.tokensFailure}
            selectedId={current.tokenId}
            pin={current.pin}
            onLoad={() => void signerSources.loadTokens()}
            onSelect={(id) => change({ tokenId: id })}
            onPin={(pin) => change({ pin })}
          />
        ) : null}
        {check ? <CertificateCheckView check={check} /> : null}
        <fieldset className="sign-dialog__options">
          <legend className="field__label">{t('signingUi.sign.options')}</legend>
          <label className="sign-dialog__choice">
            <input
              type="checkbox"
              checked={current.timestamp}
              data-testid="sign-timestamp"
              onChange={(event) => change({ timestamp: event.target.checked })}
            />
            {t('signingUi.sign.timestamp')}
          </label>
          <p className="field__hint">{t('signingUi.sign.timestampHint')}</p>
          {signatureBox ? (
            <label className="sign-dialog__choice">
              <input
                type="checkbox"
                checked={current.visible}
                data-testid="sign-visible"
                onChange={(event) => change({ visible: event.target.checked })}
              />
              {visibleLabel}
            </label>
          ) : (
            <p className="field__hint">{noBoxText}</p>
          )}
        </fieldset>
        {readiness === 'needCheck' || readiness === 'blocked' ? (
          <p id={reasonId} className="field__hint" data-testid="sign-reason">
            {readiness === 'blocked' ? t('signingUi.sign.blocked') : t('signingUi.sign.needCheck')}
          </p>
        ) : (
          <span id={reasonId} hidden />
        )}
        <FormFailure text={failure} />
      </form>
    </Dialog>
  );
}
