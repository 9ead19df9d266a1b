import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../ui/Field';
import { periodProblem, type TxLogFilter } from './txlogFilter';
import { useTxLogExport } from './useTxLogExport';

/** The period's NSESSS XML and one day's printable PDF. */
export function ExportActions({ filter }: { filter: TxLogFilter }) {
  const { t } = useTranslation();
  const { exportPeriodXml, exportDayPdf, working } = useTxLogExport();
  const [day, setDay] = useState(filter.to);
  const [refusal, setRefusal] = useState<string | null>(null);
  const periodValid = periodProblem(filter.from, filter.to) === null;

  return (
    <section className="txlog-export" aria-labelledby="txlog-export-title">
      <h2 id="txlog-export-title" className="txlog-export__title">
        {t('txlog.export.region')}
      </h2>
      <div className="txlog-export__row">
        <button
          type="button"
          className="button button--primary"
          disabled={working || !periodValid}
          aria-describedby="txlog-export-xml-hint"
          onClick={async () => setRefusal(await exportPeriodXml(filter.from, filter.to))}
        >
          {t('txlog.export.xml')}
        </button>
        <span id="txlog-export-xml-hint" className="field__hint">
          {t('txlog.export.xmlHint')}
        </span>
      </div>
      <div className="txlog-export__row">
        <Field label={t('txlog.export.day')} className="txlog-export__day">
          <input
            type="date"
            className="input"
            value={day}
            onChange={(event) => setDay(event.target.value)}
          />
        </Field>
        <button
          type="button"
          className="button"
          disabled={working}
          onClick={async () => setRefusal(await exportDayPdf(day))}
        >
          {t('txlog.export.pdf')}
        </button>
        {working ? (
          <span className="txlog-export__working" role="status">
            {t('txlog.export.working')}
          </span>
        ) : null}
      </div>
      {refusal ? (
        <p role="alert" className="txlog-refusal">
          {refusal}
        </p>
      ) : null}
    </section>
  );
}
