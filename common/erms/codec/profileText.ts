import { el, type XmlNode } from '../../nsesss/xml';
import type { JournalNumbers } from '../model';
import { writeOptionalText } from './identifiers';
import { boundedText, type Children } from './reader';
import { cut, limits, readInteger, readYear, writeInteger, writeYear } from './values';

/**
 * What documents and case files share in their basic profiles: Nazev/Popis and the
 * journal numbers (PodaciDenikPoradi/Rok/PodaciDenik with CisloJednaci or SpisovaZnacka).
 */

/**
 * Nazev is cut at 100 characters; when the subject was longer and there is no
 * description of its own, Popis carries the subject cut at 255 (model.ts: "the whole
 * subject goes in Popis"). The reader reverses that: a 100-character Nazev that Popis
 * continues is read as the subject from Popis, with no description.
 */
export function writeTitle(title: string, description: string | null): XmlNode[] {
  const long = Array.from(title).length > limits.title;
  const popis = description ?? (long ? title : null);
  return [
    el('Nazev', cut(title, limits.title)),
    writeOptionalText('Popis', popis, limits.description),
  ].filter((node): node is XmlNode => node !== null);
}

export function readTitle(c: Children): { title: string; description: string | null } {
  const nazev = c.opt('Nazev');
  const title = nazev ? boundedText(nazev, limits.title) : '';
  const popis = c.opt('Popis');
  const description = popis ? boundedText(popis, limits.description) : null;
  if (
    description !== null &&
    Array.from(title).length === limits.title &&
    description.length > title.length &&
    description.startsWith(title)
  )
    return { title: description, description: null };
  return { title, description };
}

/** The journal numbers, with `referenceElement` = CisloJednaci (documents) or SpisovaZnacka. */
export function writeNumbers(
  numbers: JournalNumbers | null,
  referenceElement: 'CisloJednaci' | 'SpisovaZnacka',
) {
  return {
    reference: numbers
      ? el(referenceElement, cut(numbers.referenceNumber, limits.reference))
      : null,
    rest: numbers
      ? [
          el('PodaciDenikPoradi', writeInteger(numbers.sequence, 'PodaciDenikPoradi', 1)),
          el('PodaciDenikRok', writeYear(numbers.year, 'PodaciDenikRok')),
          writeOptionalText('PodaciDenik', numbers.journal, limits.journal),
        ]
      : [],
  };
}

/**
 * Numbers need the reference, the order and the year (the model has no partial form);
 * a profile with only some of them is read as not numbered. A missing PodaciDenik is ''.
 */
export function readNumbers(
  c: Children,
  referenceElement: 'CisloJednaci' | 'SpisovaZnacka',
): JournalNumbers | null {
  const reference = c.opt(referenceElement);
  const sequence = c.opt('PodaciDenikPoradi');
  const year = c.opt('PodaciDenikRok');
  const journal = c.opt('PodaciDenik');
  // Values are checked even when the set is incomplete: a bad one is still a bad message.
  const read = {
    referenceNumber: reference ? boundedText(reference, limits.reference) : null,
    sequence: sequence ? readInteger(sequence.text, sequence.path, 1) : null,
    year: year ? readYear(year.text, year.path) : null,
    journal: journal ? boundedText(journal, limits.journal) : '',
  };
  if (read.referenceNumber === null || read.sequence === null || read.year === null) return null;
  return {
    referenceNumber: read.referenceNumber,
    sequence: read.sequence,
    year: read.year,
    journal: read.journal,
  };
}
