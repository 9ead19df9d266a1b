import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { officeYear, formatOfficeDateTime } from '../../common/domain/time';
import { useServices } from '../app/services';
import {
  createDisposalProposal,
  dueForDisposal,
} from '../db/commands/recordsOffice/disposalProposal';
import { Field } from '../ui/Field';
import { useNotify } from '../ui/useNotify';
import { ProposalDetail } from './ProposalDetail';
import { useCommandForm } from './useCommandForm';

const YEAR_FIELDS = ['year'];

/** Parses the year field; null for anything that is not a whole number. */
export function parseYear(text: string): number | null {
  return /^\s*\d{1,4}\s*$/.test(text) ? Number(text) : null;
}

/**
 * Skartační řízení: a proposal of everything whose retention ran out by a year, the
 * proposals made so far, and the chosen one in detail.
 */
export function DisposalPanel() {
  const { t } = useTranslation();
  const { db } = useServices();
  const notify = useNotify();
  const form = useCommandForm(YEAR_FIELDS);
  const [currentYear] = useState(() => officeYear(new Date()));
  const [yearText, setYearText] = useState(String(currentYear));
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const year = parseYear(yearText);

  const proposals = useLiveQuery(
    async () =>
      (await db.disposalProposals.toArray()).sort((a, b) => b.createdAt.localeCompare(a.createdAt)),
    [db],
  );
  const due = useLiveQuery(
    async () =>
      year !== null && year <= currentYear ? (await dueForDisposal(db, year)).length : null,
    [db, year, currentYear],
  );
  const selected =
    proposals?.find((proposal) => proposal.id === selectedId) ?? proposals?.[0] ?? null;

  const submit = async () => {
    let createdId: string | null = null;
    const done = await form.run(async () => {
      const proposal = await createDisposalProposal(db, year ?? Number.NaN);
      createdId = proposal.id;
    });
    if (done && createdId) {
      setSelectedId(createdId);
      notify.success(t('recordsOffice.disposal.created', { year: year ?? '' }));
    }
  };

  return (
    <section className="records-office__section" aria-labelledby="records-office-disposal">
      <h2 id="records-office-disposal">{t('recordsOffice.disposal.heading')}</h2>
      <form
        className="records-office-disposal__form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Field
          label={t('recordsOffice.disposal.year')}
          hint={
            due === null || due === undefined
              ? t('recordsOffice.disposal.yearHint')
              : t('recordsOffice.disposal.dueCount', { count: due, year: year ?? '' })
          }
          error={form.fieldErrors.year}
        >
          <input
            className="input records-office-disposal__year"
            inputMode="numeric"
            value={yearText}
            maxLength={4}
            onChange={(event) => setYearText(event.target.value)}
          />
        </Field>
        <button type="submit" className="button button--primary" disabled={form.working}>
          {t('recordsOffice.disposal.create')}
        </button>
      </form>
      {form.failure ? (
        <p className="records-office__failure" role="alert">
          {form.failure}
        </p>
      ) : null}

      <h3>{t('recordsOffice.disposal.proposals')}</h3>
      {proposals && proposals.length > 0 ? (
        <div className="records-office__table-wrap">
          <table className="records-office-table">
            <thead>
              <tr>
                <th scope="col">{t('recordsOffice.disposal.proposalYear')}</th>
                <th scope="col">{t('recordsOffice.disposal.createdAt')}</th>
                <th scope="col">{t('recordsOffice.disposal.items')}</th>
                <th scope="col">{t('recordsOffice.disposal.state')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('recordsOffice.holdings.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {proposals.map((proposal) => (
                <tr
                  key={proposal.id}
                  aria-current={proposal.id === selected?.id ? 'true' : undefined}
                  className={
                    proposal.id === selected?.id ? 'records-office-table__current' : undefined
                  }
                >
                  <td>{proposal.year}</td>
                  <td>{formatOfficeDateTime(proposal.createdAt)}</td>
                  <td>{proposal.items.length}</td>
                  <td>
                    {proposal.state === 'open'
                      ? t('recordsOffice.disposal.stateOpen')
                      : t('recordsOffice.disposal.stateDecided')}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--small"
                      aria-label={t('recordsOffice.disposal.showFor', {
                        year: proposal.year,
                        at: formatOfficeDateTime(proposal.createdAt),
                      })}
                      onClick={() => setSelectedId(proposal.id)}
                    >
                      {t('recordsOffice.disposal.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="records-office__empty">{t('recordsOffice.disposal.none')}</p>
      )}
      {selected ? <ProposalDetail key={selected.id} proposal={selected} /> : null}
    </section>
  );
}
