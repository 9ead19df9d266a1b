import type { TFunction } from 'i18next';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { defaultLetterTemplates } from '../../../common/letters/defaults';
import type { LetterTemplate } from '../../../common/letters/model';
import { errorText } from '../../i18n';
import { refusal } from '../../db/testing/commandTest';
import {
  configureOffice,
  openTestDatabase,
  snapshot,
  testOrganization,
  testUser,
} from '../../db/testing/fixtures';
import type { UradovnaDatabase } from '../../db/schema';
import { verifyTxLog } from '../../db/txlog/verify';
import { letterIssueDisplay } from '../ui/letterErrorText';
import { letterTestT } from '../testing/letterI18n';
import { removeLetterTemplate } from './removeLetterTemplate';
import { saveLetterTemplate } from './saveLetterTemplate';
import { LETTER_TEMPLATES_KEY, letterTemplatesOf, storedLetterTemplates } from './templates';

const NOW = new Date('2026-03-10T09:00:00.000Z');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);

let db: UradovnaDatabase;
let t: TFunction;

beforeAll(async () => {
  t = await letterTestT();
});

beforeEach(async () => {
  db = openTestDatabase();
  await db.open();
  await configureOffice(db);
});

afterEach(async () => {
  vi.restoreAllMocks();
  await db.delete();
});

const defaults = () => defaultLetterTemplates(testOrganization);

function template(overrides: Partial<LetterTemplate> = {}): LetterTemplate {
  const [first] = defaults();
  if (!first) throw new Error('no default template');
  return { ...first, id: 'vlastni', name: 'Vlastní dopis', ...overrides };
}

describe('letterTemplatesOf', () => {
  it('offers the defaults from the organisation until a template is saved', async () => {
    expect(await storedLetterTemplates(db)).toBeUndefined();
    const templates = await letterTemplatesOf(db);
    expect(templates.map((item) => item.id)).toEqual(['obec-dopis', 'obec-rozhodnuti']);
    expect(templates[0]?.letterhead.organizationName).toBe('Obec Horní Lhota');
  });
});

describe('saveLetterTemplate', () => {
  it('stores the defaults with a new template, logs Uprava of the settings and queues it', async () => {
    const result = await saveLetterTemplate(db, template(), NOW);
    expect(result.replaced).toBe(false);
    const stored = await storedLetterTemplates(db);
    expect(stored?.map((item) => item.id)).toEqual(['obec-dopis', 'obec-rozhodnuti', 'vlastni']);

    const log = await db.txlog.toArray();
    expect(log.at(-1)).toMatchObject({
      event: 'Uprava',
      entityType: 'settings',
      entityId: LETTER_TEMPLATES_KEY,
      actor: testUser,
      detail: { action: 'letterTemplate.add', templateId: 'vlastni', name: 'Vlastní dopis' },
    });
    const outbox = await db.outbox.toArray();
    expect(outbox.at(-1)).toMatchObject({
      kind: 'settings.update',
      entityId: LETTER_TEMPLATES_KEY,
    });
    expect(await verifyTxLog(db)).toMatchObject({ ok: true });
  });

  it('replaces a template with the same id in place', async () => {
    const [first] = defaults();
    if (!first) throw new Error('no default template');
    const result = await saveLetterTemplate(db, { ...first, closing: 'S úctou' }, NOW);
    expect(result.replaced).toBe(true);
    const stored = await storedLetterTemplates(db);
    expect(stored?.map((item) => [item.id, item.closing])).toEqual([
      ['obec-dopis', 'S úctou'],
      ['obec-rozhodnuti', ''],
    ]);
  });

  it('keeps a valid PNG logo', async () => {
    const logo = { mime: 'image/png' as const, base64: btoa(String.fromCharCode(...PNG)) };
    await saveLetterTemplate(db, template({ letterhead: { ...template().letterhead, logo } }), NOW);
    const stored = await storedLetterTemplates(db);
    expect(stored?.at(-1)?.letterhead.logo).toEqual(logo);
  });

  it('refuses a template without a name, in Czech, and writes nothing', async () => {
    const before = await snapshot(db);
    const error = await refusal(saveLetterTemplate(db, template({ name: '  ' }), NOW));
    expect(error.code).toBe('errors.validation');
    expect(error.issues.map((issue) => [issue.path, letterIssueDisplay(t, issue)])).toEqual([
      ['name', 'Vyplňte název šablony.'],
    ]);
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses a logo that is not PNG or JPEG even when it says it is', async () => {
    const gif = btoa('GIF89a\u0001\u0000\u0001\u0000');
    const error = await refusal(
      saveLetterTemplate(
        db,
        template({
          letterhead: { ...template().letterhead, logo: { mime: 'image/png', base64: gif } },
        }),
        NOW,
      ),
    );
    expect(error.issues.map((issue) => letterIssueDisplay(t, issue))).toEqual([
      'Logo musí být obrázek PNG nebo JPEG.',
    ]);
    expect(await storedLetterTemplates(db)).toBeUndefined();
  });

  it('needs the user at this PC to be known', async () => {
    await db.settings.delete('currentUser');
    const error = await refusal(saveLetterTemplate(db, template(), NOW));
    expect(errorText(t, error)).toBe('Nejdříve vyplňte údaje o organizaci v Nastavení.');
  });
});

describe('removeLetterTemplate', () => {
  it('removes one of the defaults, storing the other', async () => {
    await removeLetterTemplate(db, 'obec-rozhodnuti', NOW);
    expect((await storedLetterTemplates(db))?.map((item) => item.id)).toEqual(['obec-dopis']);
    expect((await db.txlog.toArray()).at(-1)?.detail).toMatchObject({
      action: 'letterTemplate.remove',
      templateId: 'obec-rozhodnuti',
    });
    expect((await db.outbox.toArray()).at(-1)?.kind).toBe('settings.update');
  });

  it('refuses to remove the last template, in Czech', async () => {
    await removeLetterTemplate(db, 'obec-rozhodnuti', NOW);
    const before = await snapshot(db);
    const error = await refusal(removeLetterTemplate(db, 'obec-dopis', NOW));
    expect(error.code).toBe('errors.letterEditor.lastTemplate');
    expect(errorText(t, error)).toBe(
      'Poslední šablonu dopisu nelze smazat — dopis potřebuje aspoň jednu.',
    );
    expect(await snapshot(db)).toEqual(before);
  });

  it('refuses an unknown template', async () => {
    const error = await refusal(removeLetterTemplate(db, 'neni', NOW));
    expect(errorText(t, error)).toBe(
      'Šablona dopisu nebyla nalezena (mezitím byla smazána). Vyberte jinou.',
    );
  });
});
