import { useMemo, useState } from 'react';
import { ContractCallError } from '../../../common/contract/envelope';
import { decodeBase64 } from '../../../common/bytes/base64';
import type { LetterLogo } from '../../../common/letters/model';
import { checkLogo, LOGO_PATH } from '../../letters/model/logo';
import type { LetterServices } from '../../letters/model/letterServices';
import { useLetterText } from '../../letters/ui/text';
import { ImagePreview } from '../../ui/ImagePreview';
import type { TemplateFormState } from './useTemplateForm';

export interface LogoFieldProps {
  editor: TemplateFormState;
  openFile: LetterServices['openFile'];
}

function logoBlob(logo: LetterLogo): Blob | null {
  try {
    return new Blob([decodeBase64(logo.base64) as Uint8Array<ArrayBuffer>], { type: logo.mime });
  } catch {
    return null;
  }
}

/** The letterhead logo: picked from disk (PNG or JPEG, ≤ 512 kB, checked by content), shown, removed. */
export function LogoField({ editor, openFile }: LogoFieldProps) {
  const text = useLetterText();
  const [picking, setPicking] = useState(false);
  const logo = editor.form.logo;
  const blob = useMemo(() => (logo ? logoBlob(logo) : null), [logo]);
  const error = editor.errorFor('logo');

  const pick = async () => {
    setPicking(true);
    try {
      const picked = await openFile('logo');
      if (picked.rejected.length > 0) {
        editor.pinIssues(picked.rejected.map((issue) => ({ ...issue, path: LOGO_PATH })));
        return;
      }
      const file = picked.files[0];
      if (picked.canceled || !file) return;
      const checked = checkLogo(file.bytes);
      if (checked.ok) editor.setLogo(checked.logo);
      else editor.pinIssues([checked.issue]);
    } catch (caught) {
      // The dialog itself failed (main refused or is gone): say so at the field.
      editor.pinIssues([
        caught instanceof ContractCallError
          ? { path: LOGO_PATH, message: caught.code, params: caught.params }
          : { path: LOGO_PATH, message: 'errors.unexpected' },
      ]);
    } finally {
      setPicking(false);
    }
  };

  return (
    <div className="field letter-logo" role="group" aria-label={text('templates.fields.logo')}>
      <span className="field__label">{text('templates.fields.logo')}</span>
      {blob ? (
        <div className="letter-logo__image">
          <ImagePreview blob={blob} label={text('templates.fields.logoAlt')} />
        </div>
      ) : (
        <span className="field__hint">{text('templates.fields.logoNone')}</span>
      )}
      <div className="letter-logo__actions">
        <button
          type="button"
          className="button button--small"
          disabled={picking}
          data-testid="template-logo-pick"
          onClick={() => void pick()}
        >
          {text('templates.fields.logoPick')}
        </button>
        {logo ? (
          <button
            type="button"
            className="button button--small"
            data-testid="template-logo-remove"
            onClick={() => editor.setLogo(null)}
          >
            {text('templates.fields.logoRemove')}
          </button>
        ) : null}
      </div>
      <span className="field__hint">{text('templates.fields.logoHint')}</span>
      {error ? (
        <span className="field__error" role="alert" data-testid="template-logo-error">
          {error}
        </span>
      ) : null}
    </div>
  );
}
