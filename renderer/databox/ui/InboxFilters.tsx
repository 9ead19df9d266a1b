import { useTranslation } from 'react-i18next';
import type { IsdsBoxInfo } from '../../../common/contract/isds';
import type { MessageDirection } from '../../../common/domain/databox';
import { Field } from '../../ui/Field';
import { TabList } from '../../ui/TabList';
import type { BoxFilter } from './databoxSlice';

const tabs: MessageDirection[] = ['received', 'sent'];

export function tabId(tab: MessageDirection): string {
  return `databox-tab-${tab}`;
}

export const TABPANEL_ID = 'databox-tabpanel';

/** Přijaté / Odeslané as tabs (arrows move between them), the box filter and the search box. */
export function InboxFilters({
  boxes,
  unread,
  box,
  tab,
  search,
  onBox,
  onTab,
  onSearch,
}: {
  boxes: IsdsBoxInfo[];
  unread: Map<string, number> | undefined;
  box: BoxFilter;
  tab: MessageDirection;
  search: string;
  onBox: (box: BoxFilter) => void;
  onTab: (tab: MessageDirection) => void;
  onSearch: (text: string) => void;
}) {
  const { t } = useTranslation();
  const total = unread ? [...unread.values()].reduce((sum, count) => sum + count, 0) : 0;
  return (
    <div className="databox-filters">
      <TabList
        tabs={tabs}
        selected={tab}
        onSelect={onTab}
        label={t('databox.tabs.label')}
        text={(name) => (
          <>
            {t(`databox.tabs.${name}`)}
            {name === 'received' && total > 0 ? (
              <span className="databox-tab__count">
                {t('databox.tabs.unread', { count: total })}
              </span>
            ) : null}
          </>
        )}
        tabId={tabId}
        panelId={() => TABPANEL_ID}
        className="databox-tabs"
        tabClassName="databox-tab"
        testId={(name) => `databox-tab-${name}`}
      />
      <Field label={t('databox.filter.box')} className="databox-filters__box">
        <select
          className="select"
          value={box}
          data-testid="databox-box-filter"
          onChange={(event) => onBox(event.target.value)}
        >
          <option value="all">{t('databox.filter.allBoxes')}</option>
          {boxes.map((item) => {
            const count = unread?.get(item.key) ?? 0;
            return (
              <option key={item.key} value={item.key}>
                {count > 0
                  ? t('databox.filter.boxUnread', { label: item.label, count })
                  : item.label}
              </option>
            );
          })}
        </select>
      </Field>
      <Field label={t('databox.filter.search')} className="databox-filters__search">
        <input
          className="input"
          type="search"
          value={search}
          data-testid="databox-search"
          onChange={(event) => onSearch(event.target.value)}
        />
      </Field>
    </div>
  );
}
