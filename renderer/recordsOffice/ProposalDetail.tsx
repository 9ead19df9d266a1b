import { useTranslation } from 'react-i18next';
import type { DisposalProposal, ProposalItem } from '../../common/domain/disposal';
import { formatOfficeDateTime } from '../../common/domain/time';
import { useAppSelector } from '../app/store';
import { DecisionDialog } from './DecisionDialog';
import { groupByMark } from './proposalGroups';
import { useDecisionImport } from './useDecisionImport';
import { useProposalFiles } from './useProposalFiles';

/** One disposal proposal: its records split by retention mark, and the files that go to and from the archive. */
export function ProposalDetail({ proposal }: { proposal: DisposalProposal }) {
  const { t } = useTranslation();
  const demo = useAppSelector((state) => state.app.info?.demo ?? false);
  const files = useProposalFiles(proposal);
  const decision = useDecisionImport(proposal);
  const groups = groupByMark(proposal.items);
  const open = proposal.state === 'open';
  const headingId = `records-office-proposal-${proposal.id}`;

  return (
    <section className="records-office-proposal" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recordsOffice.proposal.title', { year: proposal.year })}</h3>
      <p className="records-office__note">
        {t('recordsOffice.proposal.created', {
          at: formatOfficeDateTime(proposal.createdAt),
          by: proposal.createdBy,
        })}{' '}
        {open
          ? t('recordsOffice.proposal.stateOpen')
          : t('recordsOffice.proposal.stateDecided', {
              at: proposal.decidedAt ? formatOfficeDateTime(proposal.decidedAt) : '',
              archive: proposal.archiveId ?? '',
            })}
      </p>
      <p className="records-office-proposal__counts" data-testid="proposal-counts">
        {groups
          .map((group) =>
            t(`recordsOffice.proposal.markCount.${group.mark}`, { count: group.items.length }),
          )
          .join(' · ')}
      </p>

      <div className="records-office__actions">
        <button
          type="button"
          className="button"
          disabled={files.working}
          onClick={() => void files.saveSip()}
        >
          {files.progress === null
            ? t('recordsOffice.proposal.exportSip')
            : t('recordsOffice.proposal.exporting', { percent: files.progress })}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!open || decision.working}
          onClick={() => void decision.start()}
        >
          {t('recordsOffice.proposal.importDecision')}
        </button>
      </div>
      {files.exported ? (
        <p className="records-office-proposal__exported" role="status">
          {t('recordsOffice.proposal.exported', {
            fileName: files.exported.fileName,
            count: files.exported.entities,
            files: files.exported.files,
            size: files.exported.size,
          })}
        </p>
      ) : null}
      {demo && open ? (
        <div className="records-office-demo" role="note">
          <p>
            <strong>{t('recordsOffice.demoDecision.label')}</strong>{' '}
            {t('recordsOffice.demoDecision.explanation')}
          </p>
          <button
            type="button"
            className="button"
            disabled={files.working}
            onClick={() => void files.saveDemoDecision()}
          >
            {t('recordsOffice.demoDecision.save')}
          </button>
        </div>
      ) : null}

      {groups.map((group) => (
        <section
          key={group.mark}
          className="records-office-proposal__mark"
          aria-labelledby={`${headingId}-${group.mark}`}
        >
          <h4 id={`${headingId}-${group.mark}`}>
            {t(`recordsOffice.proposal.markHeading.${group.mark}`, { count: group.items.length })}
          </h4>
          <ProposalItems items={group.items} />
        </section>
      ))}

      {decision.state.step !== 'idle' ? (
        <DecisionDialog
          state={decision.state}
          working={decision.working}
          onConfirm={() => void decision.confirm()}
          onClose={decision.close}
        />
      ) : null}
    </section>
  );
}

function ProposalItems({ items }: { items: readonly ProposalItem[] }) {
  const { t } = useTranslation();
  return (
    <div className="records-office__table-wrap">
      <table className="records-office-table">
        <thead>
          <tr>
            <th scope="col">{t('recordsOffice.holdings.kind')}</th>
            <th scope="col">{t('recordsOffice.holdings.reference')}</th>
            <th scope="col">{t('recordsOffice.holdings.title')}</th>
            <th scope="col">{t('recordsOffice.holdings.fileMark')}</th>
            <th scope="col">{t('recordsOffice.holdings.retention')}</th>
            <th scope="col">{t('recordsOffice.holdings.disposalYear')}</th>
            <th scope="col">{t('recordsOffice.proposal.decision')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} data-id={item.id}>
              <td>
                {item.type === 'caseFile'
                  ? t('recordsOffice.kind.caseFile')
                  : t('recordsOffice.kind.document')}
              </td>
              <td className="records-office-table__reference">{item.reference}</td>
              <td>{item.title}</td>
              <td>{item.fileMark}</td>
              <td>{`${item.retentionMark}/${item.retentionPeriod}`}</td>
              <td>{item.disposalYear}</td>
              <td>
                {item.decision
                  ? t(`recordsOffice.operation.${item.decision}`)
                  : t('recordsOffice.proposal.noDecision')}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
