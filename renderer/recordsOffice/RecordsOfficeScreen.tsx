import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TabList } from '../ui/TabList';
import { DisposalPanel } from './DisposalPanel';
import { HoldingsPanel } from './HoldingsPanel';
import { TransferPanel } from './TransferPanel';
import { useRecordsOffice } from './useRecordsOffice';
import '../styles/recordsOffice.css';

const tabs = ['holdings', 'transfer', 'disposal'] as const;
type Tab = (typeof tabs)[number];

/**
 * Spisovna: what it keeps (with loans), what is handed to it or could be, and the
 * disposal procedure with the archive.
 */
export function RecordsOfficeScreen() {
  const { t } = useTranslation();
  const data = useRecordsOffice();
  const [tab, setTab] = useState<Tab>('holdings');

  const label = (name: Tab): string => {
    if (name === 'holdings') {
      return t('recordsOffice.tabs.holdings', { count: data?.holdings.length ?? 0 });
    }
    if (name === 'transfer') {
      return t('recordsOffice.tabs.transfer', { count: data?.toTakeOver.length ?? 0 });
    }
    return t('recordsOffice.tabs.disposal');
  };

  return (
    <section className="screen records-office" aria-labelledby="records-office-title">
      <h1 id="records-office-title" className="screen__title">
        {t('recordsOffice.title')}
      </h1>
      <TabList
        tabs={tabs}
        selected={tab}
        onSelect={setTab}
        label={t('recordsOffice.tabs.label')}
        text={label}
        tabId={(name) => `records-office-tab-${name}`}
        panelId={(name) => `records-office-panel-${name}`}
        className="records-office__tabs"
        tabClassName="records-office__tab"
      />
      <div
        role="tabpanel"
        id={`records-office-panel-${tab}`}
        aria-labelledby={`records-office-tab-${tab}`}
        className="records-office__panel"
      >
        {data === undefined ? (
          <p>{t('recordsOffice.loading')}</p>
        ) : tab === 'holdings' ? (
          <HoldingsPanel rows={data.holdings} />
        ) : tab === 'transfer' ? (
          <TransferPanel
            toTakeOver={data.toTakeOver}
            toHandOver={data.toHandOver}
            capped={data.toHandOverCapped}
          />
        ) : (
          <DisposalPanel />
        )}
      </div>
    </section>
  );
}
