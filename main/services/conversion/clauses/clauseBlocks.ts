/**
 * What a clause is made of — a heading and blocks of "Label: value" text — and the
 * blocks by where their text comes from, which decides what a character the font lacks
 * does (see printableBlockText). The items both clauses of § 25 zákona 300/2008 Sb. state
 * in the same words are here once.
 */
import { clauseDate } from './clauseFormat';

/** Where a block's text comes from. */
export type TextSource =
  /** Our own wording. */
  | { kind: 'fixed' }
  /** Typed by the clerk (name of the body, person, description): refused, naming the field. */
  | { kind: 'user'; field: string }
  /** From a certificate, a timestamp or a file name: shown exactly, a missing glyph as "<U+4E2D>". */
  | { kind: 'foreign' };

export interface ClauseBlock {
  /** Bold lead-in, e.g. "Počet listů vstupu:". */
  label?: string;
  text: string;
  source: TextSource;
}

export interface ClauseContent {
  heading: string;
  blocks: ClauseBlock[];
}

/** A sentence of our own wording, without a label. */
export const statement = (text: string): ClauseBlock => ({ text, source: { kind: 'fixed' } });

/** A labelled value we wrote ourselves (a count, a date, a format). */
export const fixedItem = (label: string, text: string): ClauseBlock => ({
  label,
  text,
  source: { kind: 'fixed' },
});

/** A labelled value the clerk typed; `field` names it when a character cannot be printed. */
export const userItem = (label: string, text: string, field: string): ClauseBlock => ({
  label,
  text,
  source: { kind: 'user', field },
});

/** A labelled value read from a certificate, a timestamp or a file. */
export const foreignItem = (label: string, text: string): ClauseBlock => ({
  label,
  text,
  source: { kind: 'foreign' },
});

/** § 25 písm. a) and b): who made the conversion, and the clause's number. */
export function converterAndNumber(clause: { body: string; number: string }): ClauseBlock[] {
  return [
    userItem('Název subjektu, který konverzi provedl:', clause.body, 'název subjektu'),
    userItem('Pořadové číslo / Číslo ověřovací doložky:', clause.number, 'číslo ověřovací doložky'),
  ];
}

/** The date of the clause and who made the conversion, as both § 25 clauses end. */
export function dateAndPerson(clause: { convertedAt: string; person: string }): ClauseBlock[] {
  return [
    fixedItem('Datum vyhotovení ověřovací doložky:', clauseDate(clause.convertedAt)),
    userItem('Jméno a příjmení osoby, která konverzi provedla:', clause.person, 'jméno a příjmení'),
  ];
}
