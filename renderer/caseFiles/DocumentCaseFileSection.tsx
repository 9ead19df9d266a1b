import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { insertRefusal, removeRefusal, settleRefusal } from '../../common/domain/caseFileGuards';
import type { DocumentRecord } from '../../common/domain/document';
import { navigated } from '../app/appSlice';
import { useAppDispatch } from '../app/store';
import '../styles/caseFiles.css';
import { detailOpened } from '../journal/journalSlice';
import { formatCalendarDate } from '../journal/format';
import { caseFileSelected } from './caseFilesSlice';
import { RemoveDialog } from './CaseFileDialogs';
import { ChooseCaseFileDialog } from './ChooseCaseFileDialog';
import { CreateCaseFileDialog } from './CreateCaseFileDialog';
import { methodText } from './format';
import { GuardedButton } from './GuardedButton';
import { SettleDialog } from './SettleDialog';
import { useCaseFile } from './useCaseFileData';
import { useSettlementLinks, type LinkedDocument } from './useSettlementLinks';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="journal-fields__row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** Whether a stand-alone document could go into an open case file at all. */
const OPEN_FILE = { state: 'inProgress', initiatorPid: null } as const;

type Dialog = 'create' | 'join' | 'remove' | 'settle' | null;

/**
 * Spis a vyřízení in the journal's detail: the document's case file (a link to it on
 * the Spisy screen), its settlement with the settling document linked both ways, and
 * the steps: create a file from it, put it into one, take it out, settle it.
 */
export function DocumentCaseFileSection({ doc }: { doc: DocumentRecord }) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const caseFile = useCaseFile(doc.caseFileId);
  const links = useSettlementLinks(doc);
  const [dialog, setDialog] = useState<Dialog>(null);
  const empty = t('caseFiles.empty');
  const settlement = doc.settlement;

  const openCaseFile = (id: string) => {
    dispatch(caseFileSelected(id));
    dispatch(navigated('caseFiles'));
  };
  const docLink = (linked: LinkedDocument) => (
    <button
      key={linked.pid}
      type="button"
      className="case-link"
      onClick={() => dispatch(detailOpened(linked.pid))}
    >
      {linked.referenceNumber}
    </button>
  );

  return (
    <section className="journal-detail__section" aria-labelledby="journal-detail-case-file">
      <h3 id="journal-detail-case-file">{t('caseFiles.document.section')}</h3>
      <dl className="journal-fields">
        <Row label={t('caseFiles.document.caseFile')}>
          {doc.caseFileId === null ? (
            t('caseFiles.document.none')
          ) : caseFile ? (
            <>
              <button
                type="button"
                className="case-link"
                data-testid="document-case-file"
                onClick={() => openCaseFile(caseFile.id)}
              >
                {caseFile.reference}
              </button>
              <span className="journal-fields__line">{caseFile.title}</span>
            </>
          ) : (
            empty
          )}
        </Row>
        {doc.caseFileOrder !== null ? (
          <Row label={t('caseFiles.document.order')}>{doc.caseFileOrder}</Row>
        ) : null}
        <Row label={t('caseFiles.document.settlement')}>
          <span data-testid="document-settlement">
            {settlement ? methodText(t, settlement.method) : t('caseFiles.document.unsettled')}
          </span>
        </Row>
        {settlement ? (
          <>
            <Row label={t('caseFiles.document.settledOn')}>
              {formatCalendarDate(settlement.date)}
            </Row>
            {settlement.content ? (
              <Row label={t('caseFiles.document.content')}>
                <span className="journal-fields__note">{settlement.content}</span>
              </Row>
            ) : null}
            {settlement.reason ? (
              <Row label={t('caseFiles.document.reason')}>
                <span className="journal-fields__note">{settlement.reason}</span>
              </Row>
            ) : null}
            {settlement.settlingPid ? (
              <Row label={t('caseFiles.document.settlingDocument')}>
                {links?.settledBy ? docLink(links.settledBy) : empty}
              </Row>
            ) : null}
            <Row label={t('caseFiles.document.settledBy')}>{settlement.settledBy}</Row>
          </>
        ) : null}
        {links && links.settles.length > 0 ? (
          <Row label={t('caseFiles.document.settles')}>
            <span className="case-links">{links.settles.map(docLink)}</span>
          </Row>
        ) : null}
      </dl>
      <div
        className="journal-detail__actions case-actions case-actions--compact"
        role="group"
        aria-label={t('caseFiles.document.actions')}
      >
        {doc.caseFileId === null ? (
          <>
            <GuardedButton
              small
              label={t('caseFiles.document.create')}
              refusal={insertRefusal(OPEN_FILE, doc)}
              onClick={() => setDialog('create')}
            />
            <GuardedButton
              small
              label={t('caseFiles.document.join')}
              refusal={insertRefusal(OPEN_FILE, doc)}
              onClick={() => setDialog('join')}
            />
          </>
        ) : caseFile ? (
          <GuardedButton
            small
            label={t('caseFiles.document.remove')}
            refusal={removeRefusal(caseFile, doc, caseFile.documentCount)}
            onClick={() => setDialog('remove')}
          />
        ) : null}
        <GuardedButton
          small
          label={t('caseFiles.document.settle')}
          refusal={settleRefusal(doc)}
          onClick={() => setDialog('settle')}
        />
      </div>
      {dialog === 'create' ? (
        <CreateCaseFileDialog initiator={doc} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'join' ? (
        <ChooseCaseFileDialog doc={doc} mode="insert" onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'remove' && caseFile ? (
        <RemoveDialog doc={doc} reference={caseFile.reference} onClose={() => setDialog(null)} />
      ) : null}
      {dialog === 'settle' ? <SettleDialog doc={doc} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
