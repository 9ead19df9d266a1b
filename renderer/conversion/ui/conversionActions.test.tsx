import { describe, expect, it, vi } from 'vitest';
import type { DocumentRecord } from '../../../common/domain/document';
import type { ComponentRecord } from '../../db/schema';
import { markupTest } from '../../ui/testing/markupTest';
import { ConversionBadges, formatChangedOriginals, verifiesOnSight } from './ConversionBadges';
import { ConversionActions, hasPrintablePdf } from './ConversionActions';

// The scan dialog's page tools need a browser; it is never open in a static render.
vi.mock('./scan/ScanConversionDialog', () => ({ ScanConversionDialog: () => null }));

const { html } = markupTest();

const file = (id: string, overrides: Partial<ComponentRecord> = {}): ComponentRecord => ({
  id,
  pid: 'OUHL0001',
  name: `${id}.pdf`,
  originalName: `${id}.pdf`,
  mime: 'application/pdf',
  size: 10,
  sha256: id,
  addedAt: '2026-03-02T09:00:00.000Z',
  blob: new Blob(['%PDF-']),
  ...overrides,
});
const doc = (state: DocumentRecord['state']) => ({ pid: 'OUHL0001', state }) as DocumentRecord;

describe('ConversionActions', () => {
  const buttons = (markup: string) =>
    [...markup.matchAll(/data-testid="(conversion-[a-z-]+)">([^<]+)<\/button>/g)].map((match) => [
      match[1],
      match[2],
    ]);

  it('offers from paper always and to paper only with a printable PDF', () => {
    expect(
      buttons(html(<ConversionActions doc={doc('registered')} files={[file('a')]} />)),
    ).toEqual([
      ['conversion-from-paper', 'Z listinné podoby (skeny)'],
      ['conversion-to-paper', 'Do listinné podoby'],
    ]);
    const noPdf = [file('zfo', { mime: 'application/vnd.software602.filler.form-xml-zip' })];
    expect(buttons(html(<ConversionActions doc={doc('settled')} files={noPdf} />))).toEqual([
      ['conversion-from-paper', 'Z listinné podoby (skeny)'],
    ]);
    const printout = [file('tisk', { role: 'conversionPrint' })];
    expect(hasPrintablePdf(printout)).toBe(false);
    expect(hasPrintablePdf([...printout, file('b')])).toBe(true);
  });

  it('offers nothing on a cancelled or closed document until a file is known to need the format change', () => {
    expect(html(<ConversionActions doc={doc('cancelled')} files={[file('a')]} />)).toBe('');
    expect(html(<ConversionActions doc={doc('closed')} files={[file('a')]} />)).toBe('');
  });
});

describe('ConversionBadges', () => {
  it('names the conversion roles and marks an original converted to PDF/A', () => {
    const badges = (component: ComponentRecord, converted = false) =>
      [
        ...html(<ConversionBadges file={component} convertedToPdfA={converted} />).matchAll(
          /<span class="conversion-badge">([^<]+)<\/span>/g,
        ),
      ].map((match) => match[1]);
    expect(badges(file('o', { role: 'conversionOutput' }))).toEqual([
      'Výstup autorizované konverze',
    ]);
    expect(badges(file('p', { role: 'conversionPrint' }))).toEqual([
      'Tisk konverze s ověřovací doložkou',
    ]);
    expect(badges(file('f', { role: 'formatChanged', derivedFrom: 'a' }))).toEqual([
      'Změna formátu — PDF/A s doložkou',
    ]);
    expect(badges(file('a'), true)).toEqual(['převedeno do PDF/A']);
    expect(badges(file('a'))).toEqual([]);
    expect(badges(file('s', { role: 'signedLetter' }))).toEqual([]);
  });

  it('finds the converted originals and verifies signed outputs on sight', () => {
    const files = [file('a'), file('b'), file('f', { role: 'formatChanged', derivedFrom: 'b' })];
    expect([...formatChangedOriginals(files)]).toEqual(['b']);
    expect(verifiesOnSight(file('o', { role: 'conversionOutput' }))).toBe(true);
    expect(verifiesOnSight(file('s', { role: 'signedLetter' }))).toBe(true);
    expect(verifiesOnSight(file('p', { role: 'conversionPrint' }))).toBe(false);
    expect(verifiesOnSight(file('a'))).toBe(false);
  });
});
