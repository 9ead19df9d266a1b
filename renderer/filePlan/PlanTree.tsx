import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { retentionLabel } from '../../common/domain/filePlan';
import { modeText, validityText } from './planText';
import { visibleRows, type PlanNode, type VisibleRow } from './planTree';

export interface PlanTreeProps {
  nodes: PlanNode[];
  expanded: ReadonlySet<string>;
  onExpandedChange: (expanded: Set<string>) => void;
  matches: ReadonlySet<string>;
  labelledBy: string;
}

/**
 * The file plan as an ARIA tree: one Tab stop; arrows walk the rows, Right opens a
 * group or steps into it, Left closes it or steps out to its parent, Home/End jump,
 * Enter and Space open and close.
 */
export function PlanTree({
  nodes,
  expanded,
  onExpandedChange,
  matches,
  labelledBy,
}: PlanTreeProps) {
  const rows = useMemo(() => visibleRows(nodes, expanded), [nodes, expanded]);
  const [focused, setFocused] = useState<string | null>(null);
  const items = useRef(new Map<string, HTMLLIElement>());

  // The focused row may vanish (a search, a closed parent): the first row takes the Tab stop.
  const active = rows.some((row) => row.node.group.fileMark === focused)
    ? focused
    : (rows[0]?.node.group.fileMark ?? null);

  const focusRow = (mark: string | undefined) => {
    if (mark === undefined) return;
    setFocused(mark);
    items.current.get(mark)?.focus();
  };

  const toggle = (mark: string, open?: boolean) => {
    const next = new Set(expanded);
    if (open ?? !next.has(mark)) next.add(mark);
    else next.delete(mark);
    onExpandedChange(next);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = rows.findIndex((row) => row.node.group.fileMark === active);
    const row = rows[index];
    if (!row) return;
    const mark = row.node.group.fileMark;
    const branch = row.node.children.length > 0;
    const at = (position: number) => rows[position]?.node.group.fileMark;
    const firstChild = row.node.children[0]?.group.fileMark;
    const handled = (() => {
      switch (event.key) {
        case 'ArrowDown':
          focusRow(at(index + 1));
          return true;
        case 'ArrowUp':
          focusRow(at(index - 1));
          return true;
        case 'Home':
          focusRow(at(0));
          return true;
        case 'End':
          focusRow(at(rows.length - 1));
          return true;
        case 'ArrowRight':
          if (branch && !expanded.has(mark)) toggle(mark, true);
          else focusRow(firstChild);
          return true;
        case 'ArrowLeft':
          if (branch && expanded.has(mark)) toggle(mark, false);
          else focusRow(row.parentMark ?? undefined);
          return true;
        case 'Enter':
        case ' ':
          if (branch) toggle(mark);
          return true;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  };

  const render = (level: readonly VisibleRow[]) => (
    <>
      {level.map((row) => (
        <TreeItem
          key={row.node.group.id}
          row={row}
          rows={rows}
          expanded={expanded}
          matches={matches}
          tabbable={row.node.group.fileMark === active}
          register={(mark, element) => {
            if (element) items.current.set(mark, element);
            else items.current.delete(mark);
          }}
          onActivate={(mark, branch) => {
            setFocused(mark);
            if (branch) toggle(mark);
          }}
          renderChildren={render}
        />
      ))}
    </>
  );

  return (
    <ul
      role="tree"
      className="file-plan-tree"
      aria-labelledby={labelledBy}
      onKeyDown={onKeyDown}
      onFocus={(event) => {
        const mark = (event.target as HTMLElement).dataset.mark;
        if (mark && mark !== active) setFocused(mark);
      }}
    >
      {render(rows.filter((row) => row.level === 1))}
    </ul>
  );
}

interface TreeItemProps {
  row: VisibleRow;
  rows: readonly VisibleRow[];
  expanded: ReadonlySet<string>;
  matches: ReadonlySet<string>;
  tabbable: boolean;
  register: (mark: string, element: HTMLLIElement | null) => void;
  onActivate: (mark: string, branch: boolean) => void;
  renderChildren: (rows: readonly VisibleRow[]) => ReactNode;
}

function TreeItem({
  row,
  rows,
  expanded,
  matches,
  tabbable,
  register,
  onActivate,
  renderChildren,
}: TreeItemProps) {
  const { t } = useTranslation();
  const { node } = row;
  const { group } = node;
  const mark = group.fileMark;
  const branch = node.children.length > 0;
  const open = branch && expanded.has(mark);
  const labelId = `file-plan-node-${group.id.replace(/[^\w-]/g, '_')}`;
  const children = open ? rows.filter((child) => child.parentMark === mark) : [];
  const mode = modeText(t, group);
  const classes = ['file-plan-tree__row'];
  if (node.status !== 'current') classes.push(`file-plan-tree__row--${node.status}`);
  if (matches.has(mark)) classes.push('file-plan-tree__row--match');

  return (
    <li
      role="treeitem"
      className="file-plan-tree__item"
      aria-labelledby={group.retention ? `${labelId} ${labelId}-facts` : labelId}
      aria-level={row.level}
      aria-posinset={row.position}
      aria-setsize={row.siblings}
      aria-expanded={branch ? open : undefined}
      tabIndex={tabbable ? 0 : -1}
      data-mark={mark}
      ref={(element) => register(mark, element)}
    >
      <div
        className={classes.join(' ')}
        onClick={(event) => {
          event.stopPropagation();
          (event.currentTarget.parentElement as HTMLLIElement).focus();
          onActivate(mark, branch);
        }}
      >
        <span className="file-plan-tree__toggle" aria-hidden="true">
          {branch ? (open ? '▾' : '▸') : ''}
        </span>
        <span id={labelId} className="file-plan-tree__label">
          <span className="file-plan-tree__mark">{mark}</span>{' '}
          <span className="file-plan-tree__title">{group.title}</span>
          {node.status === 'retired' ? (
            <span className="file-plan-tree__ended"> ({validityText(t, group, node.status)})</span>
          ) : null}
        </span>
        {group.retention ? (
          <span id={`${labelId}-facts`} className="file-plan-tree__facts">
            <span
              className={`file-plan-tree__retention file-plan-tree__retention--${group.retention.mark}`}
              title={t('filePlan.tree.retentionTitle')}
            >
              {retentionLabel(group.retention)}
            </span>
            <span>{t('filePlan.tree.trigger', { event: group.retention.triggerEvent })}</span>
            {mode ? <span>{mode}</span> : null}
            {node.status !== 'retired' ? (
              <span className="file-plan-tree__validity">
                {validityText(t, group, node.status)}
              </span>
            ) : null}
          </span>
        ) : node.status === 'upcoming' ? (
          <span className="file-plan-tree__facts">{validityText(t, group, node.status)}</span>
        ) : null}
      </div>
      {open ? (
        <ul role="group" className="file-plan-tree__group">
          {renderChildren(children)}
        </ul>
      ) : null}
    </li>
  );
}
