import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  const tabRefs = useRef(new Map<Tab, HTMLButtonElement>());

  const label = (name: Tab): string => {
    if (name === 'holdings') {
      return t('recordsOffice.tabs.holdings', { count: data?.holdings.length ?? 0 });
    }
    if (name === 'transfer') {
      return t('recordsOffice.tabs.transfer', { count: data?.toTakeOver.length ?? 0 });
    }
    return t('recordsOffice.tabs.disposal');
  };

  // Arrow keys move between the tabs (the ARIA tabs pattern); Tab goes into the panel.
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = tabs.indexOf(tab);
    const next =
      event.key === 'ArrowRight'
        ? tabs[(index + 1) % tabs.length]
        : event.key === 'ArrowLeft'
          ? tabs[(index + tabs.length - 1) % tabs.length]
          : event.key === 'Home'
            ? tabs[0]
            : event.key === 'End'
              ? tabs[tabs.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    setTab(next);
    tabRefs.current.get(next)?.focus();
  };

  return (
    <section className="screen records-office" aria-labelledby="records-office-title">
      <h1 id="records-office-title" className="screen__title">
        {t('recordsOffice.title')}
      </h1>
      <div
        role="tablist"
        className="records-office__tabs"
        aria-label={t('recordsOffice.tabs.label')}
        onKeyDown={onKeyDown}
      >
        {tabs.map((name) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`records-office-tab-${name}`}
            className="records-office__tab"
            aria-selected={tab === name}
            aria-controls={`records-office-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            ref={(element) => {
              if (element) tabRefs.current.set(name, element);
              else tabRefs.current.delete(name);
            }}
            onClick={() => setTab(name)}
          >
            {label(name)}
          </button>
        ))}
      </div>
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
