import { ownInput } from '../../../common/domain/testing/sampleDocuments';
import { minimalPdf } from '../../../common/domain/testing/sampleFiles';
import type { LetterContent } from '../../../common/letters/model';
import { registerDocument } from '../../db/commands/registerDocument';
import type { UradovnaDatabase } from '../../db/schema';
import type { RenderedLetter } from '../model/letterServices';

/** A letter content the schema accepts. */
export function sampleContent(overrides: Partial<LetterContent> = {}): LetterContent {
  return {
    addressee: { name: 'Stavby Lhota s.r.o.', lines: ['Lipová 12', '391 99 Horní Lhota'] },
    ourRef: 'OUHL 1/2026',
    handler: { name: 'Marie Dvořáková' },
    date: '2026-03-10',
    subject: 'Výzva k doplnění žádosti',
    body: 'Vážení,\n\nvyzýváme Vás k doplnění **situačního výkresu**.',
    attachments: [],
    signer: { name: 'Petr Starosta', function: 'starosta' },
    ...overrides,
  };
}

/** What a stubbed `letters.render` answers. */
export function sampleRendered(overrides: Partial<RenderedLetter> = {}): RenderedLetter {
  return {
    pdf: minimalPdf(),
    fileName: 'Dopis OUHL 1-2026.pdf',
    pages: 1,
    signatureBox: { page: 0, x: 320, y: 90, width: 200, height: 60 },
    ...overrides,
  };
}

/** An own document registered the ordinary way (the office must be configured). */
export async function registerOwn(
  db: UradovnaDatabase,
  now: Date,
  overrides: Parameters<typeof ownInput>[0] = {},
): Promise<{ pid: string; referenceNumber: string }> {
  const result = await registerDocument(
    db,
    ownInput({
      addressees: [
        {
          kind: 'organization',
          name: 'Stavby Lhota s.r.o.',
          address: { street: 'Lipová 12', postalCode: '391 99', city: 'Horní Lhota' },
          dataBoxId: 'xyz7890',
        },
      ],
      ...overrides,
    }),
    [],
    { now },
  );
  return { pid: result.pid, referenceNumber: result.referenceNumber };
}
