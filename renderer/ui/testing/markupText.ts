/** The words of the markup, as a reader sees them: tags dropped, white space folded. */
export function markupText(markup: string): string {
  return markup
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The first match in the markup (an element's opening tag, say), or '' when none. */
export function firstMatch(markup: string, pattern: RegExp): string {
  return markup.match(pattern)?.[0] ?? '';
}

/** How many elements carry this test id. */
export function testIdCount(markup: string, testId: string): number {
  return markup.split(`data-testid="${testId}"`).length - 1;
}
