// The fact sheet every spoken fact must come from, and the rules that hold the skill to it: shared by the
// content tests (the data) and the crawler tests (everything actually said).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './corpus';

/** The text as scraped from Cancer Council Australia's page (test/fixtures/README.md says where from). */
export const factSheet = readFileSync(join(FIXTURES, 'fact-sheet/understanding-secondary-bone-cancer.txt'), 'utf8');
/** The sheet with its whitespace collapsed, for "does the sheet say this" searches. */
export const sheetText = factSheet.replace(/\s+/g, ' ');

/**
 * The only facts not from the sheet, as SKILL-DESIGN.md allows: the Cancer Council line, triple zero, and
 * Lifeline (for despair or crisis only: CRISIS_LINE).
 */
export const CRISIS_LINE = '13 11 14';
export const ALLOWED_ADDITIONS = ['13 11 20', '000', CRISIS_LINE];

/**
 * Drug names, statistics and survival figures: the sheet names none, so the skill must not either. Named drugs,
 * the usual drug-name endings (-mab, -nib, -platin, -taxel, -rubicin, -dronate), and the language of odds.
 */
export const FORBIDDEN =
  /\b(percent|per cent|%|survival|survive|years to live|months to live|life expectancy|median|average|odds|zoledronic|denosumab|bisphosphonates?|tamoxifen|pembrolizumab|nivolumab|morphine|opioids?|cure rate|chance of|\w+(?:mab|nib|platin|taxel|rubicin|dronate))\b|\d+\s*(%|in \d+|out of)/i;

/** Every number the sheet states, as whole numbers ("3" is not in the sheet just because "30" is). */
export const sheetNumbers: ReadonlySet<string> = new Set(sheetText.match(/\d+/g) ?? []);

/** The numbers in a text that the sheet does not state, once the allowed additions are taken out. */
export function numbersNotInSheet(text: string, alsoAllowed: readonly string[] = []): string[] {
  const withoutAdditions = [...ALLOWED_ADDITIONS, ...alsoAllowed].reduce((t, addition) => t.split(addition).join(' '), text);
  return [...withoutAdditions.matchAll(/\d+/g)].map(([number]) => number).filter((number) => !sheetNumbers.has(number));
}
