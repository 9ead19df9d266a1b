import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConflictRecord } from '../../../common/domain/sync';
import { formatOfficeDateTime } from '../../../common/domain/time';
import { ConflictDialog } from './ConflictDialog';
import { fieldNameText } from './fieldValue';

/** Open conflicts, each with the fields both sides changed; one opens side by side. */
export function ConflictList({ conflicts }: { conflicts: ConflictRecord[] }) {
  const { t } = useTranslation();
  const [openId, setOpenId] = useState<string | null>(null);
  const open = conflicts.find((conflict) => conflict.id === openId) ?? null;

  if (conflicts.length === 0) return <p className="sync-empty">{t('sync.conflicts.empty')}</p>;
  return (
    <>
      <ul className="sync-conflicts">
        {conflicts.map((conflict) => (
          <li key={conflict.id} className="sync-conflicts__item" data-conflict={conflict.id}>
            <p>
              <strong>{conflict.label}</strong>
              <span className="sync-conflicts__fields">
                {t('sync.conflicts.fields', {
                  fields: conflict.fields.map((field) => fieldNameText(t, field.field)).join(', '),
                })}
              </span>
              <span className="sync-conflicts__at">
                {t('sync.conflicts.detected', { at: formatOfficeDateTime(conflict.detectedAt) })}
              </span>
            </p>
            <button
              type="button"
              className="button button--primary"
              aria-label={t('sync.conflicts.openLabel', { reference: conflict.label })}
              onClick={() => setOpenId(conflict.id)}
            >
              {t('sync.conflicts.open')}
            </button>
          </li>
        ))}
      </ul>
      {open ? <ConflictDialog conflict={open} onClose={() => setOpenId(null)} /> : null}
    </>
  );
}
