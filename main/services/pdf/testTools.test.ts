import { describe, expect, it } from 'vitest';
import { qpdfCheck, requireTool } from './testTools';

describe('requireTool', () => {
  it('fails with the Debian package to install when a tool is missing', () => {
    expect(() => requireTool('uradovna-no-such-tool', 'poppler-utils')).toThrow(
      'Nástroj uradovna-no-such-tool chybí — nainstalujte balíček poppler-utils (apt-get install -y poppler-utils)',
    );
  });

  it.each([
    ['qpdf', 'qpdf'],
    ['pdftotext', 'poppler-utils'],
    ['pdffonts', 'poppler-utils'],
    ['pdfinfo', 'poppler-utils'],
    ['pdftoppm', 'poppler-utils'],
  ])('finds %s (package %s), which the PDF tests need', (command, debianPackage) => {
    expect(requireTool(command, debianPackage)).toMatch(new RegExp(`/${command}$`));
  });
});

describe('qpdfCheck', () => {
  it('rejects a broken PDF (so a passing check means something)', async () => {
    const broken = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< /Type /Catalog >>\nendobj\n');
    await expect(qpdfCheck(broken)).rejects.toThrow('qpdf --check skončil kódem');
  });
});
