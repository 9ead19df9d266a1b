import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RecordListContent, RecordListFrame } from './RecordListFrame';

describe('RecordListFrame', () => {
  it('titles the list, puts what the test gives beside the title and the hint below', () => {
    const markup = renderToStaticMarkup(
      <RecordListFrame
        className="letters"
        testId="letters-screen"
        titleId="letters-title"
        title="Dopisy"
        top={<p>3 dopisy</p>}
        hint="Šipky vybírají."
      >
        <div>seznam</div>
      </RecordListFrame>,
    );
    expect(markup).toBe(
      '<section class="screen record-list letters" aria-labelledby="letters-title" data-testid="letters-screen">' +
        '<div class="record-list__top"><h1 id="letters-title" class="screen__title record-list__title">Dopisy</h1><p>3 dopisy</p></div>' +
        '<div>seznam</div><p class="record-list__hint">Šipky vybírají.</p></section>',
    );
  });
});

describe('RecordListContent', () => {
  it('makes room for the detail only when it is open', () => {
    const closed = renderToStaticMarkup(
      <RecordListContent showDetail={false} table={<div>grid</div>} detail={null} />,
    );
    expect(closed).toBe(
      '<div class="record-list__content"><div class="record-table"><div>grid</div></div></div>',
    );
    const open = renderToStaticMarkup(
      <RecordListContent
        id="panel"
        role="tabpanel"
        showDetail
        table={<div>grid</div>}
        detail={<aside>detail</aside>}
      />,
    );
    expect(open).toBe(
      '<div id="panel" role="tabpanel" class="record-list__content record-list__content--detail">' +
        '<div class="record-table"><div>grid</div></div><aside>detail</aside></div>',
    );
  });
});
