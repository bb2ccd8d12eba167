/**
 * How a person starts the skill by voice: "open bone cancer guide" (a launch) or "ask bone cancer guide
 * how is it treated" (a one-shot intent). Utterances that do not name the skill are in-session speech
 * and go to the resolver whole.
 */
import { type Token, tokenize } from './normalize';

export type Invocation = { readonly kind: 'launch' } | { readonly kind: 'intent'; readonly text: string };

// Phrasings Alexa accepts for starting a skill. "ask"/"tell" with nothing after them also just launch.
const LAUNCH_VERBS = [['open'], ['launch'], ['start'], ['begin'], ['load'], ['run'], ['use'], ['play'], ['talk', 'to'], ['ask'], ['tell']];
// Words Alexa drops between the invocation name and the request: "tell … to list topics",
// "ask … for the symptoms". "about" stays: "about chemo" is the request.
const CONNECTORS = new Set(['to', 'for', 'and', 'that', 'if', 'whether', 'then']);
// Request-first forms: "how is it treated using bone cancer guide".
const TRAILING = [['using'], ['with'], ['from'], ['on'], ['in'], ['ask'], ['via']];
const WAKE_WORD = 'alexa';

export function parseInvocation(utterance: string, invocationName: string): Invocation {
  const tokens = tokenize(utterance);
  const name = tokenize(invocationName).map((t) => t.word);
  // The wake word is never part of what Alexa sends, wherever the user says it.
  let first = 0;
  if (tokens[0]?.word === WAKE_WORD) first = 1;
  const rest = (from: number): string => {
    const t = tokens[from];
    return t ? utterance.slice(t.start).trim() : '';
  };
  const at = name.length > 0 ? findName(tokens, name, first) : -1;
  if (at < 0) return { kind: 'intent', text: rest(first) };

  const before = tokens.slice(first, at).map((t) => t.word);
  const afterIndex = at + name.length;
  if (before.length === 0 || LAUNCH_VERBS.some((v) => equal(v, before))) {
    let k = afterIndex;
    while (k < tokens.length && CONNECTORS.has((tokens[k] as Token).word)) k++;
    if (k >= tokens.length) return { kind: 'launch' };
    return { kind: 'intent', text: rest(k) };
  }
  // "<request> using bone cancer guide": the request is what comes before the joining word.
  if (afterIndex === tokens.length) {
    const joiner = TRAILING.find((v) => equal(v, before.slice(before.length - v.length)));
    const requestEnd = at - (joiner?.length ?? 0);
    const last = tokens[requestEnd - 1];
    const firstToken = tokens[first];
    if (joiner && last && firstToken && requestEnd > first) {
      return { kind: 'intent', text: utterance.slice(firstToken.start, last.end).trim() };
    }
  }
  return { kind: 'intent', text: rest(first) };
}

function findName(tokens: readonly Token[], name: readonly string[], from: number): number {
  for (let i = from; i + name.length <= tokens.length; i++) {
    if (name.every((w, k) => (tokens[i + k] as Token).word === w)) return i;
  }
  return -1;
}

function equal(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((w, i) => w === b[i]);
}
