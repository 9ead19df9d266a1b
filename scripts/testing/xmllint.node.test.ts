import { describe, expect, it } from 'vitest';
import { validateXml } from './xmllint';

const plan = (body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><SpisovyPlan xmlns="http://www.mvcr.cz/nsesss/v4" ID="p1">${body}</SpisovyPlan>`;

describe('xmllint', () => {
  it('rejects a document the schema does not allow, naming the element', async () => {
    const result = await validateXml(plan('<Nazev>bez identifikátoru</Nazev>'), 'nsesss-plan.xsd');
    expect(result.valid).toBe(false);
    expect(result.errors.join('\n')).toContain('Nazev');
  });

  it('fails with the Debian package named when xmllint is missing', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      await expect(validateXml(plan(''), 'nsesss-plan.xsd')).rejects.toThrow(/libxml2-utils/);
    } finally {
      process.env.PATH = path;
    }
  });
});
