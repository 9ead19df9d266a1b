import { useTranslation } from 'react-i18next';
import type { AppConfig } from '../../../common/contract/types';
import { Field } from '../../ui/Field';
import { ConfigFormFrame } from '../ConfigFormFrame';
import { ConfigTextInput } from '../ConfigTextInput';
import { useConfigForm } from '../useConfigForm';
import {
  checkConversionDraft,
  conversionDraftOf,
  folderSaved,
  type ConversionDraft,
} from './conversionDraft';
import { checkRegisterUrl } from './registerUrl';
import { ScanFolderCheckView } from './ScanFolderCheckView';
import { checkScanFolder } from './scanFolderPath';
import { useScanFolderCheck } from './useScanFolderCheck';

export interface ConversionConfigFormProps {
  config: AppConfig;
  /** This run uses the simulator: its register stands in for an empty address. */
  demo: boolean;
}

type Path = 'conversionRegisterUrl' | 'scanFolder';

/** The conversion register's address and the scanner's folder, saved through `config.update`. */
export function ConversionConfigForm({ config, demo }: ConversionConfigFormProps) {
  const { t } = useTranslation();
  const folderCheck = useScanFolderCheck();
  const form = useConfigForm<ConversionDraft, Path>({
    config,
    draftOf: conversionDraftOf,
    check: checkConversionDraft,
    texts: 'conversionSettings',
  });
  const { draft, touch } = form;

  const url = checkRegisterUrl(draft.registerUrl);
  const folder = checkScanFolder(draft.scanFolder);
  const urlError = form.errorAt('conversionRegisterUrl', url.ok ? null : url.issue);
  const folderError = form.errorAt('scanFolder', folder.ok ? null : folder.issue);
  const saved = folderSaved(config, draft);
  const change = (patch: Partial<ConversionDraft>) => {
    form.change(patch);
    // The check looks at the saved folder: a result for another one would mislead.
    if (patch.scanFolder !== undefined) folderCheck.reset();
  };

  return (
    <ConfigFormFrame form={form} texts="conversionSettings" testId="conversion-settings">
      <Field
        label={t('conversionSettings.register.label')}
        hint={[
          t('conversionSettings.register.hint'),
          demo ? t('conversionSettings.register.hintDemo') : '',
        ]
          .filter(Boolean)
          .join(' ')}
        error={urlError}
      >
        <ConfigTextInput
          type="url"
          value={draft.registerUrl}
          testId="conversion-settings-register"
          onChange={(registerUrl) => change({ registerUrl })}
          onBlur={() => touch('conversionRegisterUrl')}
        />
      </Field>
      <Field
        label={t('conversionSettings.folder.label')}
        hint={t('conversionSettings.folder.hint')}
        error={folderError}
      >
        <ConfigTextInput
          type="text"
          value={draft.scanFolder}
          testId="conversion-settings-folder"
          onChange={(scanFolder) => change({ scanFolder })}
          onBlur={() => touch('scanFolder')}
        />
      </Field>
      <div className="conversion-settings__check">
        <button
          type="button"
          className="button"
          disabled={!saved || folderCheck.state.status === 'checking'}
          data-testid="conversion-settings-check-folder"
          onClick={() => void folderCheck.check()}
        >
          {folderCheck.state.status === 'checking'
            ? t('conversionSettings.folder.checking')
            : t('conversionSettings.folder.check')}
        </button>
        {!saved ? (
          <p className="field__hint" data-testid="conversion-settings-folder-unsaved">
            {t('conversionSettings.folder.unsaved')}
          </p>
        ) : null}
        <ScanFolderCheckView state={folderCheck.state} />
      </div>
    </ConfigFormFrame>
  );
}
