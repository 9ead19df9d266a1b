import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CaseFileRecord } from '../../common/domain/caseFile';
import { formatOfficeDate } from '../../common/domain/time';
import { useServices } from '../app/services';
import { insertIntoCaseFile } from '../db/commands/caseFiles/insertIntoCaseFile';
import { CommandDialog } from '../ui/CommandDialog';
import { SearchPicker } from '../ui/SearchPicker';
import { useCommand } from '../ui/useCommand';
import { useFocusOnOpen } from '../ui/useFocusOnOpen';
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

  return (
    <CommandDialog
      wide
      title={t('caseFiles.insert.title', { reference: caseFile.reference })}
      onClose={onClose}
      confirmLabel={t('caseFiles.insert.confirm')}
      workingLabel={t('caseFiles.working')}
      working={command.working}
      onSubmit={submit}
      failure={command.generalFailure(['pid'])}
    >
      <SearchPicker
        searchLabel={t('caseFiles.insert.search')}
        placeholder={t('caseFiles.insert.placeholder')}
        hint={t('caseFiles.insert.hint')}
        search={query}
        onSearch={(text) => {
          setQuery(text);
          setPid('');
        }}
        searchRef={searchRef}
        legend={t('caseFiles.insert.legend')}
        options={(results?.found ?? []).map((doc) => ({
          value: doc.pid,
          reference: doc.referenceNumber,
          title: doc.subject,
          note: `${formatOfficeDate(doc.documentDate)} · ${doc.counterparty}`,
        }))}
        value={pid}
        onChange={setPid}
        status={
          query.trim() && results && results.found.length === 0 ? t('caseFiles.insert.none') : null
        }
        more={results?.more ? t('caseFiles.insert.more') : null}
        error={command.fieldError('pid')}
      />
    </CommandDialog>
  );
}
