import {
  concatTransformationMatrix,
  drawObject,
  PDFDocument,
  popGraphicsState,
  pushGraphicsState,
} from 'pdf-lib';
import { defaultLetterTemplates } from '../common/letters/defaults';
import type { LetterContent, LetterTemplate } from '../common/letters/model';

/**
 * What the letters bench signs and renders, the same bytes every run: a long letter of
 * the demo municipality, and a "scanned" PDF of about 20 MB.
 */

const ORGANIZATION = {
  name: 'Obec Horní Lhota',
  ico: '99120348',
  dataBoxId: 'hl7q2ab',
  address: 'Horní Lhota 1, 391 99 Horní Lhota',
};

const SIGNER = { name: 'Ing. Jaroslav Novotný', function: 'starosta obce' };

export function benchTemplate(): LetterTemplate {
  return defaultLetterTemplates(ORGANIZATION, {
    phone: '+420 381 000 111',
    email: 'podatelna@hornilhota.example',
    signer: SIGNER,
  })[0]!;
}

const SENTENCES = [
  'Obecní úřad posoudil Vaši žádost a dospěl k závěru, že podmínky stanovené zákonem byly splněny.',
  'Rozhodnutí nabývá právní moci dnem doručení a lze proti němu podat odvolání do patnácti dnů.',
  'Příliš žluťoučký kůň úpěl ďábelské ódy, jak praví věta, kterou úřad používá ke zkoušce písma.',
  'Zastupitelstvo obce projednalo návrh na svém zasedání a schválilo jej většinou hlasů přítomných členů.',
  'Podklady k rozhodnutí jsou k nahlédnutí v kanceláři obecního úřadu v úředních hodinách.',
  'Poplatek za užívání veřejného prostranství se platí předem, nejpozději v den zahájení užívání.',
  'Stavebník je povinen oznámit zahájení prací a dodržet podmínky uvedené ve vyjádření dotčených orgánů.',
];

const TOPICS = [
  'Předmět řízení',
  'Skutková zjištění',
  'Právní posouzení',
  'Vyjádření účastníků',
  'Poučení o odvolání',
];

function sentence(index: number): string {
  return SENTENCES[index % SENTENCES.length]!;
}

/** One numbered section: a bold title line, two paragraphs with emphasis, a short list. */
function section(index: number): string {
  const at = index * 3;
  const title = `**Článek ${index + 1}. ${TOPICS[index % TOPICS.length]!}**`;
  const first = `${sentence(at)} ${sentence(at + 1)} V této věci úřad **trvá na svém stanovisku** a ${sentence(at + 2).toLowerCase()}`;
  const second = `${sentence(at + 3)} *Upozorňujeme*, že ${sentence(at + 4).toLowerCase()} ${sentence(at + 5)}`;
  const list = [
    `- ${sentence(at + 6)}`,
    `- lhůta **${(index % 28) + 2} dnů** od doručení tohoto dopisu`,
    `- ${sentence(at + 1)}`,
  ].join('\n');
  return [`${title}\n${first}`, second, list].join('\n\n');
}

/** Sections enough for the ten pages the bench names (checked: the render reports its pages). */
export const LETTER_SECTIONS = Number(process.env.BENCH_LETTER_SECTIONS ?? 25);

export function benchContent(sections = LETTER_SECTIONS): LetterContent {
  const body = [
    'Vážený pane inženýre,',
    ...Array.from({ length: sections }, (_, index) => section(index)),
    'Děkujeme za spolupráci.',
  ].join('\n\n');
  return {
    addressee: { name: 'Ing. Jiří Řezníček', lines: ['Šťastná 128/7', '391 99 Horní Lhota'] },
    ourRef: 'OUHL 12/2026',
    theirRef: 'ZN-45/2026',
    theirDate: '2026-01-20',
    handler: { name: 'Jana Dvořáková', phone: '+420 381 000 112' },
    date: '2026-02-03',
    subject: 'Rozhodnutí o žádosti o povolení užívání veřejného prostranství',
    body,
    attachments: ['Kopie usnesení zastupitelstva', 'Situační výkres', 'Plná moc'],
    signer: SIGNER,
  };
}

/** A xorshift stream: incompressible-looking bytes, the same every run. */
function noise(length: number, seed: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let state = seed >>> 0 || 1;
  for (let index = 0; index < length; index++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    bytes[index] = state & 0xff;
  }
  return bytes;
}

/** Five pages of 1182 × 1182 RGB, uncompressed: 4 MiB of image each, 20 MiB in all. */
const SCAN = { pages: 5, width: 1182, height: 1182 } as const;

/**
 * A scanned document of about 20 MB: each A4 page shows one raw RGB image of noise
 * (a scanner's JPEG would be as incompressible; pdf-lib cannot make one, so raw).
 */
export async function scannedPdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setCreationDate(new Date('2026-02-03T08:00:00Z'));
  doc.setModificationDate(new Date('2026-02-03T08:00:00Z'));
  for (let index = 0; index < SCAN.pages; index++) {
    const image = doc.context.stream(noise(SCAN.width * SCAN.height * 3, index + 1), {
      Type: 'XObject',
      Subtype: 'Image',
      Width: SCAN.width,
      Height: SCAN.height,
      ColorSpace: 'DeviceRGB',
      BitsPerComponent: 8,
    });
    const page = doc.addPage([595.28, 841.89]);
    const name = page.node.newXObject('Scan', doc.context.register(image));
    page.pushOperators(
      pushGraphicsState(),
      // Full width, in proportion, 50 mm from the foot of the page.
      concatTransformationMatrix(595.28, 0, 0, (595.28 * SCAN.height) / SCAN.width, 0, 142),
      drawObject(name),
      popGraphicsState(),
    );
  }
  // A classic xref table, as most scanners write.
  return doc.save({ useObjectStreams: false });
}
