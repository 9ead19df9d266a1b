import type { LetterBlock, RunLine, TextRun } from './model';
import { cleanLine, splitLines } from './text';

/**
 * The letter body markup — deliberately small, so a clerk can learn it from one line
 * of help and a preview never surprises:
 *
 * - A blank line separates paragraphs. A single line break inside a paragraph is kept
 *   as a line break (clerks press Enter where they want a new line).
 * - A line starting with "- " (hyphen, space) is a bullet item; consecutive items form
 *   one list. The line after an item that is not an item starts a new paragraph.
 * - `**bold**`, `*italic*`, `***both***`; emphasis stays within one line and may nest
 *   (`**bold *and italic***`). A star opens only before a non-space and closes only
 *   after a non-space, so "5 * 3" stays as typed.
 * - Nothing else: no headings, links, numbering, escapes or HTML. Markup that is not
 *   closed prints literally, and so does anything else (`<b>` prints as "<b>").
 *
 * Every line passes through `cleanLine` first (invisible and bidi characters removed,
 * spaces collapsed). The parser never throws.
 */
export function parseLetterBody(text: string): LetterBlock[] {
  const blocks: LetterBlock[] = [];
  let paragraph: RunLine[] | null = null;
  let list: RunLine[] | null = null;

  const closeParagraph = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', lines: paragraph });
    paragraph = null;
  };
  const closeList = () => {
    if (list) blocks.push({ kind: 'list', items: list });
    list = null;
  };

  for (const raw of splitLines(text)) {
    const line = cleanLine(raw);
    if (line.length === 0) {
      closeParagraph();
      closeList();
      continue;
    }
    if (line.startsWith('- ')) {
      closeParagraph();
      list ??= [];
      list.push(parseInline(line.slice(2)));
      continue;
    }
    closeList();
    paragraph ??= [];
    paragraph.push(parseInline(line));
  }
  closeParagraph();
  closeList();
  return blocks;
}

interface Delimiter {
  kind: 'delimiter';
  count: number;
  canOpen: boolean;
  canClose: boolean;
  /** Stars still free to open emphasis (while on the opener stack). */
  free: number;
  opensBold: number;
  opensItalic: number;
  closesBold: number;
  closesItalic: number;
}

type Token = { kind: 'text'; text: string } | Delimiter;

const isSpace = (char: string | undefined) => char === undefined || /\s/u.test(char);

function tokenize(line: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < line.length) {
    if (line[at] !== '*') {
      const next = line.indexOf('*', at);
      const end = next < 0 ? line.length : next;
      tokens.push({ kind: 'text', text: line.slice(at, end) });
      at = end;
      continue;
    }
    let end = at;
    while (line[end] === '*') end++;
    const count = end - at;
    if (count > 3) {
      // Four or more stars are not emphasis (a separator line, a censored word).
      tokens.push({ kind: 'text', text: line.slice(at, end) });
    } else {
      tokens.push({
        kind: 'delimiter',
        count,
        canOpen: !isSpace(line[end]),
        canClose: !isSpace(line[at - 1]),
        free: 0,
        opensBold: 0,
        opensItalic: 0,
        closesBold: 0,
        closesItalic: 0,
      });
    }
    at = end;
  }
  return tokens;
}

/**
 * Pairs star runs the way a reader would: a closing run pairs with the nearest open
 * run of as many stars, else with the nearest open run at all, taking two stars at a
 * time for bold and one for italic, the innermost first — so `***a** b*` is italic
 * around bold "a", and in `*a **b c*` the stray "**" prints. Unpaired stars print.
 */
function pairDelimiters(tokens: Token[]): void {
  const openers: Delimiter[] = [];
  for (const token of tokens) {
    if (token.kind !== 'delimiter') continue;
    let left = token.count;
    if (token.canClose) {
      while (left > 0 && openers.length > 0) {
        const same = openers.findLastIndex((candidate) => candidate.free === left);
        // Open runs inside the chosen one can no longer pair: they print as typed.
        if (same >= 0) openers.length = same + 1;
        const opener = openers[openers.length - 1];
        if (!opener) break;
        const use = Math.min(left, opener.free, 2);
        if (use === 2) {
          opener.opensBold++;
          token.closesBold++;
        } else {
          opener.opensItalic++;
          token.closesItalic++;
        }
        opener.free -= use;
        left -= use;
        if (opener.free === 0) openers.pop();
      }
    }
    if (left > 0 && token.canOpen) {
      token.free = left;
      openers.push(token);
    }
  }
}

function literalStars(token: Delimiter): number {
  return (
    token.count -
    2 * (token.opensBold + token.closesBold) -
    (token.opensItalic + token.closesItalic)
  );
}

/** One line of body text as runs of bold/italic/plain text. */
export function parseInline(line: string): RunLine {
  const tokens = tokenize(line);
  pairDelimiters(tokens);

  const runs: TextRun[] = [];
  let bold = 0;
  let italic = 0;
  const emit = (text: string) => {
    if (text.length === 0) return;
    const style = { bold: bold > 0, italic: italic > 0 };
    const last = runs[runs.length - 1];
    if (last && last.bold === style.bold && last.italic === style.italic) last.text += text;
    else runs.push({ text, ...style });
  };

  for (const token of tokens) {
    if (token.kind === 'text') {
      emit(token.text);
      continue;
    }
    // Closing stars sit on the inner (left) side of a run, opening stars on the inner
    // (right) side; whatever is left unpaired prints between them.
    bold -= token.closesBold;
    italic -= token.closesItalic;
    emit('*'.repeat(literalStars(token)));
    bold += token.opensBold;
    italic += token.opensItalic;
  }
  return runs;
}

/** The body as plain text (markup resolved), e.g. for a document's search words. */
export function letterBodyPlainText(blocks: LetterBlock[]): string {
  const lineText = (line: RunLine) => line.map((run) => run.text).join('');
  return blocks
    .map((block) =>
      block.kind === 'paragraph'
        ? block.lines.map(lineText).join('\n')
        : block.items.map((item) => `- ${lineText(item)}`).join('\n'),
    )
    .join('\n\n');
}
