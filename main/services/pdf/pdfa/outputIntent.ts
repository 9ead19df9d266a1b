import {
  PDFArray,
  PDFDict,
  PDFName,
  PDFRawStream,
  PDFStream,
  PDFString,
  type PDFDocument,
} from 'pdf-lib';
import type { ColorProfile } from './colorProfile';

export type OutputIntentOutcome = 'kept' | 'linked' | 'added';

const GTS_PDFA1 = PDFName.of('GTS_PDFA1');

function intentsOf(doc: PDFDocument): PDFDict[] {
  const intents = doc.catalog.lookup(PDFName.of('OutputIntents'));
  if (!(intents instanceof PDFArray)) return [];
  return intents.asArray().flatMap((entry) => {
    const intent = doc.context.lookup(entry);
    return intent instanceof PDFDict ? [intent] : [];
  });
}

/**
 * Makes sure the catalog has a /GTS_PDFA1 output intent (ISO 19005-2, 6.2.3):
 * - one already there is kept;
 * - a file with another intent (e.g. PDF/X) gets a /GTS_PDFA1 one that points at the
 *   same profile, because all intents of a PDF/A file must share one profile;
 * - otherwise our sRGB profile is embedded.
 */
export function ensureOutputIntent(doc: PDFDocument, profile: ColorProfile): OutputIntentOutcome {
  const { context } = doc;
  const existing = intentsOf(doc);
  if (existing.some((intent) => intent.lookup(PDFName.of('S')) === GTS_PDFA1)) return 'kept';

  const withProfile = existing.find(
    (intent) => intent.lookup(PDFName.of('DestOutputProfile')) instanceof PDFStream,
  );
  let intent: PDFDict;
  let outcome: OutputIntentOutcome;
  if (withProfile) {
    intent = context.obj({});
    for (const [key, value] of withProfile.entries()) intent.set(key, value);
    intent.set(PDFName.of('S'), GTS_PDFA1);
    outcome = 'linked';
  } else {
    const stream = context.flateStream(profile.bytes, { N: profile.components });
    intent = context.obj({
      Type: 'OutputIntent',
      S: 'GTS_PDFA1',
      OutputConditionIdentifier: PDFString.of(profile.identifier),
      Info: PDFString.of(profile.identifier),
      RegistryName: PDFString.of('http://www.color.org'),
      DestOutputProfile: context.register(stream),
    });
    outcome = 'added';
  }
  const refs = doc.catalog.lookup(PDFName.of('OutputIntents'));
  const list = refs instanceof PDFArray ? refs : context.obj([]);
  list.push(context.register(intent));
  doc.catalog.set(PDFName.of('OutputIntents'), list);
  return outcome;
}

/** The bytes of the /GTS_PDFA1 intent's profile, for telling which device colours fit it. */
export function outputProfileStream(doc: PDFDocument): PDFRawStream | undefined {
  for (const intent of intentsOf(doc)) {
    if (intent.lookup(PDFName.of('S')) !== GTS_PDFA1) continue;
    const stream = intent.lookup(PDFName.of('DestOutputProfile'));
    if (stream instanceof PDFRawStream) return stream;
  }
  return undefined;
}
