import { createRef } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { gridColumnStyle } from './gridColumns';
import { RecordGrid } from './RecordGrid';
import { RecordRow, TextCell } from './RecordRow';

const noop = () => undefined;

describe('RecordGrid', () => {
  it('is one focusable ARIA grid with a header row and its test id', () => {
    const markup = renderToStaticMarkup(
      <RecordGrid
        rows={['a', 'b', 'c']}
        rowKey={(row) => row}
        columns={['first', 'second']}
        rowId={(index) => `row-${index}`}
        testId="letters"
        label="Dopisy"
        selectedId="b"
        onSelect={noop}
        onOpen={noop}
        onClose={noop}
        gridRef={createRef()}
        headerCell={(column) => column.toUpperCase()}
        headerClassName={(column) => `letters-cell--${column}`}
        renderRow={(row) => <div>{row}</div>}
      />,
    );
    expect(markup).toContain('role="grid" class="record-grid" tabindex="0" aria-label="Dopisy"');
    expect(markup).toContain('aria-rowcount="4" aria-colcount="2"');
    expect(markup).toContain('data-testid="letters"');
    expect(markup).toContain(
      '<div role="columnheader" class="record-cell record-cell--head letters-cell--second">SECOND</div>',
    );
    // Three rows of 34 px; the static render has no viewport, so none is drawn yet.
    expect(markup).toContain('style="height:102px"');
  });
});

describe('RecordRow', () => {
  it('places the row, marks odd and selected rows and carries its data attributes', () => {
    const markup = renderToStaticMarkup(
      <RecordRow
        place={{ index: 3, top: 102, selected: true }}
        id="row-3"
        testId="letter-row"
        classNames={['letter-row--late', false]}
        data={{ 'data-letter-id': 'L1', 'data-level': undefined }}
        onClick={noop}
        onDoubleClick={noop}
      >
        <TextCell className="record-cell" text="Žádost o vyjádření" />
      </RecordRow>,
    );
    expect(markup).toBe(
      '<div role="row" id="row-3" aria-rowindex="5" aria-selected="true"' +
        ' class="record-row record-row--odd record-row--selected letter-row--late"' +
        ' style="transform:translateY(102px)" data-testid="letter-row" data-letter-id="L1">' +
        '<div role="gridcell" class="record-cell" title="Žádost o vyjádření">Žádost o vyjádření</div>' +
        '</div>',
    );
  });

  it('leaves an even, unselected row plain', () => {
    const markup = renderToStaticMarkup(
      <RecordRow
        place={{ index: 2, top: 68, selected: false }}
        id="row-2"
        testId="letter-row"
        onClick={noop}
        onDoubleClick={noop}
      >
        {null}
      </RecordRow>,
    );
    expect(markup).toContain('aria-selected="false" class="record-row"');
  });
});

describe('gridColumnStyle', () => {
  it('lays out the shown columns and sums their least widths', () => {
    const widths = { a: ['100px', 100], b: ['minmax(80px, 1fr)', 80], c: ['50px', 50] } as const;
    expect(gridColumnStyle(['a', 'b'], widths)).toEqual({
      '--record-columns': '100px minmax(80px, 1fr)',
      '--record-min-width': '180px',
    });
  });
});
