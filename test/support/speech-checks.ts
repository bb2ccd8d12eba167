// Checks on what a response says, beyond Alexa's rules: the pronunciation table applied wherever its terms
// occur, the number of choices offered, and the text as written (for fact checks against the sheet).
import type { ResponseEnvelope } from 'ask-sdk-model';
import { type PronunciationRule, pronunciation } from '../../content';

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&apos;': "'", '&amp;': '&' };

function decodeEntities(text: string): string {
  return text.replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => ENTITIES[entity] ?? entity);
}

/** The SSML's text as written (a <sub>'s written word, not its alias), tags removed, entities decoded. */
export function writtenText(ssml: string): string {
  return decodeEntities(ssml.replace(/<[^>]+>/g, ' '))
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,?!:;])/g, '$1')
    .trim();
}

export function speechSsml(envelope: ResponseEnvelope): string {
  const speech = envelope.response?.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

export function repromptSsml(envelope: ResponseEnvelope): string {
  const speech = envelope.response?.reprompt?.outputSpeech;
  return speech?.type === 'SSML' ? speech.ssml : '';
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

interface TermCheck {
  rule: PronunciationRule;
  /** Any whole-word occurrence: letters, digits or _ on neither side. Stricter than the renderer's own rule. */
  occurs: RegExp;
}

function termChecks(rules: readonly PronunciationRule[]): TermCheck[] {
  return rules.map((rule) => ({
    rule,
    occurs: new RegExp(`(?<![\\p{L}\\p{N}_])${escapeRegExp(rule.written)}(?![\\p{L}\\p{N}_])`, rule.caseSensitive ? 'gu' : 'giu'),
  }));
}

const PROJECT_CHECKS = termChecks(pronunciation);

function attribute(tag: string, name: string): string | undefined {
  const found = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return found?.[1] === undefined ? undefined : decodeEntities(found[1]);
}

function tagMatchesRule(tag: string, rule: PronunciationRule): boolean {
  if (rule.ipa) return tag.startsWith('<phoneme') && attribute(tag, 'alphabet') === 'ipa' && attribute(tag, 'ph') === rule.ipa;
  return tag.startsWith('<sub') && attribute(tag, 'alias') === (rule.alias ?? rule.written);
}

/**
 * Every whole-word occurrence of a table term in the SSML's text must be the whole content of the matching
 * <phoneme> or <sub>; and every <phoneme>/<sub> must hold a table term with that entry's pronunciation.
 */
export function pronunciationProblems(ssml: string, rules: readonly PronunciationRule[] = pronunciation): string[] {
  const checks = rules === pronunciation ? PROJECT_CHECKS : termChecks(rules);
  const problems: string[] = [];
  const open: string[] = [];
  for (const [token] of ssml.matchAll(/<[^>]*>|[^<]+/g)) {
    if (token.startsWith('</')) {
      open.pop();
      continue;
    }
    if (token.startsWith('<')) {
      if (!token.endsWith('/>')) open.push(token);
      continue;
    }
    const text = decodeEntities(token);
    const tag = open.findLast((t) => t.startsWith('<phoneme') || t.startsWith('<sub'));
    if (tag) {
      const rule = checks.find(({ rule: r }) =>
        r.caseSensitive ? r.written === text : r.written.toLowerCase() === text.toLowerCase(),
      )?.rule;
      if (!rule) problems.push(`${tag} holds "${text}", which is not a term of the pronunciation table`);
      else if (!tagMatchesRule(tag, rule)) problems.push(`"${text}" is spoken through ${tag}, not the table's entry`);
      continue;
    }
    for (const { rule, occurs } of checks) {
      for (const found of text.matchAll(occurs)) {
        const around = text.slice(Math.max(0, found.index - 20), found.index + found[0].length + 20);
        problems.push(`"${rule.written}" spoken without its pronunciation in "…${around}…"`);
      }
    }
  }
  return problems;
}

/** The choices of every "You can say a, b, or c." in a text, one list per sentence. */
export function offeredChoiceLists(text: string): string[][] {
  return [...text.matchAll(/You can say ([^.?!]*)[.?!]/g)].map(([, list = '']) =>
    list
      .split(/,\s*(?:or\s+)?|\s+or\s+/)
      .map((choice) => choice.trim())
      .filter(Boolean),
  );
}

export interface ScreenChoiceData {
  label: string;
  accessibilityLabel: string;
  utterance: string;
  intent: string;
}

export interface ScreenDataSource {
  title: string;
  body: string;
  question: string;
  choices: ScreenChoiceData[];
}

/** The APL screen sent with a response, if any: what the answer shows on an Echo Show. */
export function screenOf(envelope: ResponseEnvelope): ScreenDataSource | undefined {
  for (const directive of envelope.response?.directives ?? []) {
    if (directive.type !== 'Alexa.Presentation.APL.RenderDocument') continue;
    const screen = (directive.datasources as { screen?: ScreenDataSource } | undefined)?.screen;
    if (screen) return screen;
  }
  return undefined;
}
