import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ContractCallError } from '../../../common/contract/envelope';
import { defaultLetterTemplates } from '../../../common/letters/defaults';
import type { LetterContent, LetterTemplate } from '../../../common/letters/model';
import { refusal } from '../../db/testing/commandTest';
import {
  configureOffice,
  openTestDatabase,
  snapshot,
  testOrganization,
} from '../../db/testing/fixtures';
import type { UradovnaDatabase } from '../../db/schema';
import { errorText } from '../../i18n';
import { formOfContent } from '../model/letterForm';
import type { RenderedLetter } from '../model/letterServices';
import { registerOwn, sampleContent, sampleRendered } from '../testing/fixtures';
import { letterTestT } from '../testing/letterI18n';
import { renderFailureText } from '../ui/letterErrorText';
import { draftLetter } from './draftLetter';

const NOW = new Date('2026-03-10T09:00:00.000Z');

let db: UradovnaDatabase;
let t: TFunction;
let pid: string;
let template: LetterTemplate;

beforeAll(async () => {
  t = await letterTestT();
  const [first] = defaultLetterTemplates(testOrganization);
  if (!first) throw new Error('no default template');
  template = first;
});

beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await configureOffice(db);
  ({ pid } = await registerOwn(db, NOW));
});

afterEach(async () => {
  await db.delete();
});

/** main's refusal of a character its font lacks, as the contract delivers it. */
const missingGlyph = (char: string) =>
  new ContractCallError({
    code: 'errors.letters.missingGlyph',
    message: `Znak „${char}“ v poli Věc není v písmu dopisu.`,
    params: {
      char,
      codePoint: `U+${(char.codePointAt(0) ?? 0).toString(16).toUpperCase()}`,
      field: 'Věc',
      fieldKey: 'subject',
    },
  });

function renderStub(result: (content: LetterContent) => Promise<RenderedLetter>) {
  return vi.fn((_template: LetterTemplate, content: LetterContent) => result(content));
}

describe('draftLetter', () => {
  it('renders exactly the content it saves', async () => {
    const render = renderStub(() => Promise.resolve(sampleRendered()));
    const content = sampleContent();
    const result = await draftLetter(
      { db, services: { render } },
      { pid, template, form: formOfContent(content, template.id) },
      NOW,
    );
    expect(render).toHaveBeenCalledWith(template, content);
    expect((await db.letters.get(result.letterId))?.content).toEqual(content);
  });

  it('shows the renderer’s refusal of a CJK character in Czech and saves nothing', async () => {
    const render = renderStub(() => Promise.reject(missingGlyph('字')));
    const before = await snapshot(db);
    const error = await draftLetter(
      { db, services: { render } },
      {
        pid,
        template,
        form: formOfContent(sampleContent({ subject: 'Žádost 字' }), template.id),
      },
      NOW,
    ).then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(renderFailureText(t, error)).toBe(
      'Znak „字“ (U+5B57) v poli Věc nelze vysázet — písmo dopisu ho neobsahuje. Nahraďte ho jiným znakem nebo ho vynechte.',
    );
    expect(await snapshot(db)).toEqual(before);
    expect(await db.letters.count()).toBe(0);
  });

  it('does not render content the schema refuses', async () => {
    const render = renderStub(() => Promise.resolve(sampleRendered()));
    const error = await refusal(
      draftLetter(
        { db, services: { render } },
        { pid, template, form: formOfContent(sampleContent({ subject: '' }), template.id) },
        NOW,
      ),
    );
    expect(error.issues.map((issue) => issue.path)).toEqual(['subject']);
    expect(render).not.toHaveBeenCalled();
  });

  it('does not render a letter waiting in the mayor’s queue', async () => {
    const render = renderStub(() => Promise.resolve(sampleRendered()));
    const form = formOfContent(sampleContent(), template.id);
    const { letterId } = await draftLetter(
      { db, services: { render } },
      { pid, template, form },
      NOW,
    );
    await db.letters.update(letterId, { state: 'awaitingSignature' });
    render.mockClear();
    const error = await refusal(
      draftLetter({ db, services: { render } }, { pid, template, form }, NOW),
    );
    expect(errorText(t, error)).toBe(
      'Dopis čeká na podpis ve frontě „K podpisu“ — teď ho upravit nelze. Upravit ho půjde, až ho starosta vrátí.',
    );
    expect(render).not.toHaveBeenCalled();
  });
});
