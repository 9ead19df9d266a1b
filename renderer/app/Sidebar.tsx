import { useTranslation } from 'react-i18next';
import { navigated, type Screen } from './appSlice';
import { useAppDispatch, useAppSelector } from './store';
import { shortcuts } from './useShortcuts';

interface Item {
  key:
    | 'intake'
    | 'journal'
    | 'databox'
    | 'signing'
    | 'dispatch'
    | 'caseFiles'
    | 'recordsOffice'
    | 'filePlan'
    | 'txlog'
    | 'sync'
    | 'conversion'
    | 'settings';
  screen: Screen | null;
  shortcut?: string;
}

const items: Item[] = [
  { key: 'intake', screen: 'intake', shortcut: shortcuts.intake },
  { key: 'journal', screen: 'journal', shortcut: shortcuts.journal },
  { key: 'databox', screen: 'databox', shortcut: shortcuts.databox },
  { key: 'signing', screen: 'signing', shortcut: shortcuts.signing },
  { key: 'conversion', screen: 'conversion', shortcut: shortcuts.conversion },
  { key: 'caseFiles', screen: 'caseFiles', shortcut: shortcuts.caseFiles },
  { key: 'recordsOffice', screen: 'recordsOffice', shortcut: shortcuts.recordsOffice },
  { key: 'filePlan', screen: 'filePlan' },
  { key: 'txlog', screen: 'txlog' },
  { key: 'sync', screen: 'sync', shortcut: shortcuts.sync },
  { key: 'dispatch', screen: null },
  { key: 'settings', screen: 'settings', shortcut: shortcuts.settings },
];

export function Sidebar() {
  const { t } = useTranslation();
  const dispatch = useAppDispatch();
  const current = useAppSelector((state) => state.app.screen);
  const demo = useAppSelector((state) => state.app.info?.demo ?? false);
  return (
    <nav className="sidebar" aria-label={t('common.nav.label')}>
      <div className="sidebar__brand">{t('common.appName')}</div>
      <ul className="sidebar__list">
        {items.map((item) => {
          const label = t(`common.nav.${item.key}`);
          if (!item.screen) {
            return (
              <li key={item.key}>
                <span className="sidebar__item sidebar__item--disabled" aria-disabled="true">
                  {label}
                  <span className="sidebar__soon">{t('common.nav.comingSoon')}</span>
                </span>
              </li>
            );
          }
          const screen = item.screen;
          const active = current === screen;
          return (
            <li key={item.key}>
              <a
                href={`#/${screen}`}
                className={active ? 'sidebar__item sidebar__item--active' : 'sidebar__item'}
                aria-current={active ? 'page' : undefined}
                aria-keyshortcuts={item.shortcut}
                onClick={(event) => {
                  event.preventDefault();
                  dispatch(navigated(screen));
                }}
              >
                {label}
              </a>
            </li>
          );
        })}
      </ul>
      {demo ? <div className="sidebar__demo">{t('common.status.demo')}</div> : null}
    </nav>
  );
}
