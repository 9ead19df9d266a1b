import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { useServices } from '../app/services';
import { insertIntoCaseFile } from '../db/commands/caseFiles/insertIntoCaseFile';
import { formatOfficeDate } from '../../common/domain/time';
import { Dialog } from '../ui/Dialog';
import { useCommand } from './useCommand';
import { useFocusOnOpen } from './useFocusOnOpen';
import { useInsertableDocuments } from './useInsertableDocuments';

/** Vložení dokumentu do spisu: find a document that is in no case file yet and put it in. */
export function InsertDocumentDialog({
  caseFile,
  onClose,
}: {
  caseFile: CaseFileRecord;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { db } = useServices();
  const command = useCommand();
  const [query, setQuery] = useState('');
  const [pid, setPid] = useState('');
  const results = useInsertableDocuments(caseFile, query);
  const searchRef = useRef<HTMLInputElement>(null);
  useFocusOnOpen(searchRef);
  const id = useId();
  const chosen = results?.found.find((doc) => doc.pid === pid);

  const submit = async () => {
    if (!chosen) {
      command.showIssues([{ path: 'pid', message: 'caseFiles.insert.required' }]);
      return;
    }
    const ok = await command.run(
      () => insertIntoCaseFile(db, { pid: chosen.pid, caseFileId: caseFile.id }),
      () =>
        t('caseFiles.insert.done', {
          referenceNumber: chosen.referenceNumber,
          reference: caseFile.reference,
        }),
    );
    if (ok) onClose();
  };

  const error = command.fieldError('pid');
  return (
    <Dialog
      open
      wide
      title={t('caseFiles.insert.title', { reference: caseFile.reference })}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('common.actions.cancel')}
          </button>
          <button
            type="submit"
            form="case-insert-form"
            className="button button--primary"
            disabled={command.working}
          >
            {command.working ? t('caseFiles.working') : t('caseFiles.insert.confirm')}
          </button>
        </>
      }
    >
      <form
        id="case-insert-form"
        className="case-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <label className="field__label" htmlFor={`${id}-search`}>
          {t('caseFiles.insert.search')}
        </label>
        <input
          id={`${id}-search`}
          ref={searchRef}
          type="search"
          className="input"
          value={query}
          placeholder={t('caseFiles.insert.placeholder')}
          aria-describedby={`${id}-hint`}
          onChange={(event) => {
            setQuery(event.target.value);
            setPid('');
          }}
        />
        <span id={`${id}-hint`} className="field__hint">
          {t('caseFiles.insert.hint')}
        </span>
        <fieldset
          className="case-picker__list"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        >
          <legend>{t('caseFiles.insert.legend')}</legend>
          {query.trim() && results && results.found.length === 0 ? (
            <p>{t('caseFiles.insert.none')}</p>
          ) : null}
          {results?.found.map((doc) => (
            <label key={doc.pid} className="case-picker__option">
              <input
                type="radio"
                name={`${id}-doc`}
                value={doc.pid}
                checked={pid === doc.pid}
                onChange={() => setPid(doc.pid)}
              />
              <span className="case-picker__reference">{doc.referenceNumber}</span>
              <span className="case-picker__title">{doc.subject}</span>
              <span className="case-picker__mark">
                {formatOfficeDate(doc.documentDate)} · {doc.counterparty}
              </span>
            </label>
          ))}
          {results?.more ? <p className="field__hint">{t('caseFiles.insert.more')}</p> : null}
        </fieldset>
        {error ? (
          <span id={`${id}-error`} className="field__error" role="alert">
            {error}
          </span>
        ) : null}
        {command.failure && !error ? (
          <p className="field__error" role="alert">
            {command.failure}
          </p>
        ) : null}
      </form>
    </Dialog>
  );
}
