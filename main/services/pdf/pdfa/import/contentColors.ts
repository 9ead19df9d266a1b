import {
  PDFArray,
  PDFName,
  PDFRawStream,
  decodePDFRawStream,
  type PDFDocument,
  type PDFObject,
} from 'pdf-lib';

export interface DeviceColors {
  deviceRGB: boolean;
  deviceCMYK: boolean;
}

const DELIMITED = '[^\\s/\\[\\]()<>{}%]';
const RGB_NAME = new RegExp(`/(?:DeviceRGB|RGB)(?!${DELIMITED})`);
const CMYK_NAME = new RegExp(`/(?:DeviceCMYK|CMYK)(?!${DELIMITED})`);

/**
 * Which device colour spaces a content stream paints with: the operators rg/RG and
 * k/K, and the names cs/CS and inline images use. Strings, names and inline image
 * data are cut out first, so text that happens to read " k " does not count.
 */
export function deviceColorsIn(content: Uint8Array): DeviceColors {
  let text = Buffer.from(content).toString('latin1');
  let before: string;
  do {
    before = text;
    text = text.replace(/\((?:[^()\\]|\\[\s\S])*\)/g, ' ');
  } while (text !== before);
  text = text.replace(/<(?!<)[0-9A-Fa-f\s]*>/g, ' ');
  const names = { deviceRGB: RGB_NAME.test(text), deviceCMYK: CMYK_NAME.test(text) };
  text = text
    .replace(/\bBI\b[\s\S]*?\bID\b[\s\S]*?\bEI\b/g, ' ')
    .replace(/%[^\r\n]*/g, ' ')
    .replace(new RegExp(`/${DELIMITED}*`, 'g'), ' ');
  const operators = new Set(text.split(/[\s[\]()<>{}]+/));
  return {
    deviceRGB: names.deviceRGB || operators.has('rg') || operators.has('RG'),
    deviceCMYK: names.deviceCMYK || operators.has('k') || operators.has('K'),
  };
}

function streamsOf(doc: PDFDocument, contents: PDFObject | undefined): PDFRawStream[] {
  const resolved = contents ? doc.context.lookup(contents) : undefined;
  if (resolved instanceof PDFRawStream) return [resolved];
  if (resolved instanceof PDFArray) {
    return resolved.asArray().flatMap((entry) => {
      const stream = doc.context.lookup(entry);
      return stream instanceof PDFRawStream ? [stream] : [];
    });
  }
  return [];
}

/** Every page's content and every form XObject (annotation appearances included). */
export function contentStreamsOf(doc: PDFDocument): PDFRawStream[] {
  const streams = new Set<PDFRawStream>();
  for (const page of doc.getPages()) {
    for (const stream of streamsOf(doc, page.node.get(PDFName.of('Contents')))) streams.add(stream);
  }
  for (const [, object] of doc.context.enumerateIndirectObjects()) {
    if (
      object instanceof PDFRawStream &&
      object.dict.lookup(PDFName.of('Subtype')) === PDFName.of('Form')
    ) {
      streams.add(object);
    }
  }
  return [...streams];
}

/** Decoded stream data; throws when a filter cannot decode it (a damaged file). */
export function decodeStream(stream: PDFRawStream): Uint8Array {
  return decodePDFRawStream(stream).decode();
}
