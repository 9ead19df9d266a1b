import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  closeRefusal,
  handOverRefusal,
  liveDocuments,
  removeRefusal,
  reopenRefusal,
  settleRefusal,
  unsettledDocuments,
  type Refusal,
} from '../../common/domain/caseFileGuards';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import type { DocumentRecord } from '../../common/domain/document';
import { navigated } from '../app/appSlice';
import { newDocumentInCaseFile } from '../app/appSlice';
import { useAppDispatch } from '../app/store';
import { DocumentLog } from '../journal/DocumentLog';
import { detailOpened } from '../journal/journalSlice';
import { CaseFileDialogs, type CaseFileDialog } from './CaseFileDialogs';
import { CaseFileFields } from './CaseFileFields';
import { GuardedButton } from './GuardedButton';
import { Inventory } from './Inventory';
import { useCaseFileDetail } from './useCaseFileData';

/** A file accepts documents only while it is open (the same key the command refuses with). */
function insertIntoRefusal(caseFile: Pick<CaseFileRecord, 'state'>): Refusal | null {
  return caseFile.state === 'inProgress' ? null : { key: 'errors.caseFile.notOpen' };
}

/** The document the actions start on: the one chosen, else the first still to be settled. */
function chosenDocument(docs: DocumentRecord[], pid: string | null): DocumentRecord | null {
  return docs.find((doc) => doc.pid === pid) ?? unsettledDocuments(docs)[0] ?? docs[0] ?? null;
}

export interface CaseFileDetailProps {
  id: string;
  onBack: () => void;
}

/** One case file: its cover, what can be done with it, its inventory and its log. */
export function CaseFileDetail({ id, onBack }: CaseFileDetailProps) {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const detail = useCaseFileDetail(id);
  const [dialog, setDialog] = useState<CaseFileDialog | null>(null);
  const [pid, setPid] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const loaded = Boolean(detail?.caseFile);
  // Opening a file moves the focus to its heading, so reading starts there.
  useEffect(() => {
    if (loaded) headingRef.current?.focus();
  }, [id, loaded]);

  const back = (
    <button type="button" className="button case-detail__back" onClick={onBack}>
      {t('caseFiles.detail.back')}
    </button>
  );
  if (detail === undefined) {
    return (
      <div className="case-detail">
        {back}
        <p aria-busy="true">{t('caseFiles.loading')}</p>
      </div>
    );
  }
  const { caseFile, documents, groupTitle, log } = detail;
  if (!caseFile) {
    return (
      <div className="case-detail">
        {back}
        <p role="alert">{t('caseFiles.detail.missing')}</p>
      </div>
    );
  }
  const doc = chosenDocument(documents, pid);
  const live = liveDocuments(documents);
  // The document acted on stays chosen afterwards (not the next one still unsettled).
  const act = (next: CaseFileDialog & { doc: DocumentRecord }) => {
    setPid(next.doc.pid);
    setDialog(next);
  };
  const openInJournal = (target: DocumentRecord) => {
    dispatch(detailOpened(target.pid));
    dispatch(navigated('journal'));
  };

  return (
    <div
      className="case-detail"
      onKeyDown={(event) => {
        // Escape outside a dialog goes back to the list (a dialog closes itself first).
        if (event.key !== 'Escape' || dialog) return;
        if (event.target instanceof Element && event.target.closest('dialog')) return;
        event.preventDefault();
        onBack();
      }}
    >
      {back}
      <header className="case-detail__header">
        <span className="case-detail__kicker">{t('caseFiles.detail.kicker')}</span>
        <h1 id="caseFiles-title" ref={headingRef} tabIndex={-1} className="screen__title">
          {caseFile.reference}
        </h1>
        <span className={`case-state case-state--${caseFile.state}`}>
          {t(`common.enums.state.${caseFile.state}`)}
        </span>
      </header>

      <section className="case-detail__section" aria-labelledby="case-detail-fields">
        <h2 id="case-detail-fields">{t('caseFiles.detail.fields')}</h2>
        <CaseFileFields caseFile={caseFile} groupTitle={groupTitle} />
      </section>

      <section className="case-detail__section" aria-labelledby="case-detail-actions">
        <h2 id="case-detail-actions">{t('caseFiles.detail.actions')}</h2>
        <div className="case-actions" role="group" aria-labelledby="case-detail-actions">
          <GuardedButton
            label={t('caseFiles.actions.insert')}
            refusal={insertIntoRefusal(caseFile)}
            onClick={() => setDialog({ kind: 'insert' })}
          />
          <GuardedButton
            label={t('caseFiles.actions.registerInto')}
            refusal={insertIntoRefusal(caseFile)}
            onClick={() => dispatch(newDocumentInCaseFile(caseFile.id))}
          />
          <GuardedButton
            label={t('caseFiles.actions.close')}
            variant="primary"
            refusal={closeRefusal(caseFile, documents)}
            onClick={() => setDialog({ kind: 'close' })}
          />
          <GuardedButton
            label={t('caseFiles.actions.reopen')}
            refusal={reopenRefusal(caseFile)}
            onClick={() => setDialog({ kind: 'reopen' })}
          />
          <GuardedButton
            label={t('caseFiles.actions.handOver')}
            refusal={handOverRefusal({ type: 'caseFile', state: caseFile.state })}
            onClick={() => setDialog({ kind: 'handOver' })}
          />
        </div>
      </section>

      <section className="case-detail__section" aria-labelledby="case-detail-inventory">
        <h2 id="case-detail-inventory">{t('caseFiles.inventory.title', { count: live.length })}</h2>
        <Inventory documents={documents} selectedPid={doc?.pid ?? null} onSelect={setPid} />
        {doc ? (
          <div
            className="case-actions case-actions--document"
            role="group"
            aria-label={t('caseFiles.documentActions.label', {
              referenceNumber: doc.referenceNumber,
            })}
          >
            <p className="case-actions__caption">
              {t('caseFiles.documentActions.caption', { referenceNumber: doc.referenceNumber })}
            </p>
            <GuardedButton
              label={t('caseFiles.documentActions.settle')}
              refusal={settleRefusal(doc)}
              onClick={() => act({ kind: 'settle', doc })}
            />
            <GuardedButton
              label={t('caseFiles.documentActions.remove')}
              refusal={removeRefusal(caseFile, doc, caseFile.documentCount)}
              onClick={() => act({ kind: 'remove', doc })}
            />
            <GuardedButton
              label={t('caseFiles.documentActions.move')}
              refusal={removeRefusal(caseFile, doc, caseFile.documentCount)}
              onClick={() => act({ kind: 'move', doc })}
            />
            <div className="case-action">
              <button type="button" className="button" onClick={() => openInJournal(doc)}>
                {t('caseFiles.documentActions.openInJournal')}
              </button>
            </div>
          </div>
        ) : null}
      </section>

      <DocumentLog entries={log} />
      <CaseFileDialogs caseFile={caseFile} dialog={dialog} onClose={() => setDialog(null)} />
    </div>
  );
}
