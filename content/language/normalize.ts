/**
 * Text normalisation, shared by the local language-understanding simulator (local/nlu), the skill's own
 * question answering (lambda/question) and the content checks (content/validate.ts).
 *
 * Typed and spoken utterances differ from the interaction model's samples in ways that carry no meaning:
 * case, punctuation, contractions ("what's" / "whats" / "what is"), hyphens ("x-rays" / "x rays" /
 * "xrays"), spelled letters ("m. r. i.") and inflection ("treated" / "treatment"). Everything here maps
 * those variants onto one form so the resolver can compare words by equality. Each token keeps the
 * character range it came from, so a slot value can be reported as the user wrote it.
 */

/** One normalised word, with where it came from in the original text. */
export interface Token {
  /** Lower-case word after contraction expansion and letter joining, before stemming. */
  readonly word: string;
  /**
   * A discourse marker opening a longer utterance ("ok stop", "oh never mind"): filler there, though
   * the same word alone ("okay") is an answer.
   */
  readonly filler?: boolean;
  /** `stem(word)`: the form the resolver compares. */
  readonly stem: string;
  /** Start offset (inclusive) in the original text. */
  readonly start: number;
  /** End offset (exclusive) in the original text. */
  readonly end: number;
}

interface RawToken {
  word: string;
  start: number;
  end: number;
  /** The character straight after the token was a full stop: "m." in "m. r. i.". */
  dotted: boolean;
}

// Words that name a whole phrase once the apostrophe is gone. Listed because "whats" and "dont" are how
// people type, and speech-to-text often drops apostrophes too.
const CONTRACTIONS: Readonly<Record<string, string>> = {
  whats: 'what is',
  thats: 'that is',
  hows: 'how is',
  wheres: 'where is',
  whos: 'who is',
  whens: 'when is',
  whys: 'why is',
  theres: 'there is',
  heres: 'here is',
  lets: 'let us',
  dont: 'do not',
  doesnt: 'does not',
  didnt: 'did not',
  isnt: 'is not',
  arent: 'are not',
  wasnt: 'was not',
  werent: 'were not',
  cant: 'can not',
  cannot: 'can not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  havent: 'have not',
  hasnt: 'has not',
  hadnt: 'had not',
  wont: 'will not',
  im: 'i am',
  hes: 'he is',
  shes: 'she is',
  ive: 'i have',
  youre: 'you are',
  youve: 'you have',
  theyre: 'they are',
  theyve: 'they have',
  weve: 'we have',
  gonna: 'going to',
  wanna: 'want to',
  gotta: 'got to',
  hafta: 'have to',
  lemme: 'let me',
  gimme: 'give me',
  kinda: 'kind of',
  sorta: 'sort of',
  dunno: 'do not know',
  // Scots and Irish forms, as a speech recogniser writes them down
  gonnae: 'going to',
  dinnae: 'do not',
  cannae: 'can not',
  didnae: 'did not',
  wouldnae: 'would not',
  isnae: 'is not',
  wasnae: 'was not',
  fae: 'from',
  nae: 'no',
  lang: 'long',
  wi: 'with',
  // "Car" stems as "care" does ("care" loses its silent e), and carers talk about the car park: said otherwise,
  // a car never names palliative care.
  car: 'vehicle',
  cars: 'vehicles',
  // A dropped g, as a recogniser writes casual speech ("gettin better", "stoppin tryin")
  gettin: 'getting',
  goin: 'going',
  doin: 'doing',
  tryin: 'trying',
  stoppin: 'stopping',
  livin: 'living',
  dyin: 'dying',
  feelin: 'feeling',
  nothin: 'nothing',
  somethin: 'something',
  anythin: 'anything',
  takin: 'taking',
  havin: 'having',
  comin: 'coming',
  walkin: 'walking',
  talkin: 'talking',
  thinkin: 'thinking',
  lookin: 'looking',
  fightin: 'fighting',
  hurtin: 'hurting',
  achin: 'aching',
  bleedin: 'bleeding',
  ngl: 'honestly',
  ya: 'you',
  u: 'you',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  pls: 'please',
  plz: 'please',
  thx: 'thanks',
  ok: 'okay',
  k: 'okay',
};

// `'s` means "is" after these words and marks a possessive after anything else ("cancer's spread").
const IS_AFTER = new Set(['what', 'that', 'it', 'he', 'she', 'there', 'here', 'where', 'who', 'how', 'when', 'why']);

const SUFFIX_CONTRACTIONS: ReadonlyArray<readonly [string, string]> = [
  ["'re", 'are'],
  ["'ve", 'have'],
  ["'ll", 'will'],
  ["'d", 'would'],
  ["'m", 'am'],
];

const IRREGULAR_NOT: Readonly<Record<string, string>> = {
  "can't": 'can not',
  "won't": 'will not',
  "shan't": 'shall not',
  "ain't": 'is not',
};

// Speech-to-text writes small numbers as digits or words unpredictably; the model's samples use words.
const NUMBER_WORDS: Readonly<Record<string, string>> = {
  '0': 'zero',
  '1': 'one',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
  '10': 'ten',
  '11': 'eleven',
  '12': 'twelve',
  '13': 'thirteen',
  '14': 'fourteen',
  '15': 'fifteen',
  '16': 'sixteen',
  '17': 'seventeen',
  '18': 'eighteen',
  '19': 'nineteen',
  '20': 'twenty',
  '1st': 'first',
  '2nd': 'second',
  '3rd': 'third',
  '4th': 'fourth',
  '5th': 'fifth',
  '6th': 'sixth',
  '7th': 'seventh',
  '8th': 'eighth',
  '9th': 'ninth',
  '10th': 'tenth',
};

// Single letters that are words in their own right, so they never start a spelled abbreviation or glue
// onto the next word unless written with a full stop ("a. b.").
const LETTER_WORDS = new Set(['a', 'i']);
/** Words that follow "i" as the speaker ("i am", "i had"), which end a spelled abbreviation said before it. */
const SAID_AFTER_I = new Set(['am', 'was', 'have', 'had', 'think', 'will', 'would', 'do', 'did', 'need', 'want', 'feel', 'can']);

/**
 * The words of a text: letters (\p{L}) and numbers (\p{N}), with an apostrophe inside. V8 builds a Unicode
 * property class from ICU's tables when such an expression is made and again when it is first run, which was a
 * good part of the first question's tokenising in a new container (docs/performance.md); so the expressions with
 * them are made only for text that is not all ASCII, and ASCII text (nearly every utterance) is read with
 * [A-Za-z0-9], which there are the same words.
 */
let wordRe: RegExp | undefined;
const ASCII_WORD_RE = /[A-Za-z0-9]+(?:'[A-Za-z]+)*|&/g;
const NOT_ASCII = /[\u0080-\uffff]/;

function wordsPattern(text: string): RegExp {
  if (!NOT_ASCII.test(text)) return ASCII_WORD_RE;
  // Made from a string, not written as a literal: V8 checks a literal's syntax when it parses the script, which for
  // \p{…} means looking its classes up in ICU in every new container, whether or not the text is ASCII
  // (docs/performance.md, "Issue 16, fifth pass").
  // biome-ignore lint/complexity/useRegexLiterals: a literal's Unicode classes are looked up when the script is parsed
  wordRe ??= new RegExp("[\\p{L}\\p{N}]+(?:'[\\p{L}]+)*|&", 'gu');
  return wordRe;
}

/** Stems compared by the resolver, in order. */
export function stems(text: string): string[] {
  return tokenize(text).map((t) => t.stem);
}

/** Normalised words (unstemmed) joined by single spaces: handy for display and for tests. */
export function normalizeText(text: string): string {
  return tokenize(text)
    .map((t) => t.word)
    .join(' ');
}

/** Split text into normalised, stemmed tokens that remember their source range. */
export function tokenize(text: string): Token[] {
  const raw = expandContractions(rawTokens(text));
  const joined = joinLetters(raw);
  let opening = true;
  return joined.map((t, i) => {
    const token: Token = { word: t.word, stem: stem(t.word), start: t.start, end: t.end };
    opening = opening && DISCOURSE_MARKERS.has(t.word) && i < joined.length - 1;
    return opening ? { ...token, filler: true } : token;
  });
}

function rawTokens(text: string): RawToken[] {
  // Curly quotes and backticks are apostrophes people (and phone keyboards) type.
  const clean = text.replace(/[\u2018\u2019\u02bc`\u00b4]/g, "'");
  const out: RawToken[] = [];
  // exec on the shared pattern rather than matchAll, which copies the pattern and makes an iterator result for each
  // word, in every question (docs/performance.md, "Issue 16, eleventh pass"). It ends at lastIndex 0 again.
  const pattern = wordsPattern(clean);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clean); m !== null; m = pattern.exec(clean)) {
    const start = m.index;
    const end = start + m[0].length;
    const word = m[0] === '&' ? 'and' : foldAccents(m[0].toLowerCase());
    out.push({ word, start, end, dotted: clean[end] === '.' });
  }
  return out;
}

function foldAccents(word: string): string {
  // "café" and "cafe" are the same spoken word; only pay for NFD when there is something to fold.
  return /[\u0080-\uffff]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '') : word;
}

/** Whether a word's stem is a small number's ("two", "2"): a count said in passing, never a name. */
export function isNumberStem(stemmed: string): boolean {
  numberStems ??= new Set(Object.entries(NUMBER_WORDS).flatMap(([digits, word]) => (/^\d+$/.test(digits) ? [stem(word)] : [])));
  return numberStems.has(stemmed) || /^\d+$/.test(stemmed);
}
let numberStems: Set<string> | undefined;

// Indexed loops here and in expandWord: tokenising runs cold in a new container's first question, where V8's
// interpreter allocates an iterator result at every step of a for…of (and destructuring a pair is a for…of).
function expandContractions(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  for (let i = 0; i < tokens.length; i += 1) {
    const t = tokens[i] as RawToken;
    const words = expandWord(t.word);
    // A word that stays as it is keeps its token (tokens are never changed once made).
    if (words.length === 1 && words[0] === t.word) out.push(t);
    else for (let w = 0; w < words.length; w += 1) out.push({ ...t, word: words[w] as string });
  }
  return out;
}

function expandWord(word: string): string[] {
  const numberWord = NUMBER_WORDS[word];
  if (numberWord) return [numberWord];
  const irregular = IRREGULAR_NOT[word];
  if (irregular) return irregular.split(' ');
  if (word.endsWith("n't")) return [word.slice(0, -3), 'not'];
  if (word.endsWith("'s")) {
    const base = word.slice(0, -2);
    if (base === 'let') return ['let', 'us'];
    return IS_AFTER.has(base) ? [base, 'is'] : [base];
  }
  for (let i = 0; i < SUFFIX_CONTRACTIONS.length; i += 1) {
    const contraction = SUFFIX_CONTRACTIONS[i] as readonly [string, string];
    const suffix = contraction[0];
    if (word.endsWith(suffix) && word.length > suffix.length) return [word.slice(0, -suffix.length), contraction[1]];
  }
  if (word.endsWith("s'")) return [word.slice(0, -1)]; // plural possessive: "patients'"
  const known = CONTRACTIONS[word];
  if (known) return known.split(' ');
  return [word.replace(/'/g, '')];
}

/** Numbers said before a "d" of dimensions. */
const DIMENSIONS: Readonly<Record<string, string>> = { two: '2d', '2': '2d', three: '3d', '3': '3d' };

/**
 * Spelled abbreviations become one word ("m. r. i." / "m r i" → "mri"), and a lone letter glues onto the
 * word after it ("x rays", "x-rays" → "xrays") so all spellings of a compound like X-ray compare equal.
 */
function joinLetters(tokens: RawToken[]): RawToken[] {
  const out: RawToken[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i] as RawToken;
    // "three d" is "3d", a number's dimensions, not a "d" glued onto the word after ("three d pictures").
    const before = out[out.length - 1];
    const dimensions = t.word === 'd' && before ? DIMENSIONS[before.word] : undefined;
    if (dimensions && before) {
      out[out.length - 1] = { word: dimensions, start: before.start, end: t.end, dotted: t.dotted };
      i++;
      continue;
    }
    if (!isLetter(t) || (LETTER_WORDS.has(t.word) && !t.dotted)) {
      out.push(t);
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length && isLetter(tokens[j] as RawToken)) j++;
    // "the m r i i'm scared of": a second "i" after the run's own is the speaker, said before what they do or are.
    const lastLetter = tokens[j - 1] as RawToken;
    const doubled = j - i >= 3 && tokens[j - 2]?.word === lastLetter.word && LETTER_WORDS.has(lastLetter.word);
    if (doubled && !lastLetter.dotted && SAID_AFTER_I.has(tokens[j]?.word ?? '')) j--;
    if (j - i >= 2) {
      const run = tokens.slice(i, j);
      const last = run[run.length - 1] as RawToken;
      // Keep the final full stop of "m. r. i." inside the token, so a slot value reads as written.
      const end = last.dotted ? last.end + 1 : last.end;
      out.push({ word: run.map((r) => r.word).join(''), start: t.start, end, dotted: last.dotted });
      i = j;
      continue;
    }
    const next = tokens[i + 1];
    if (next && next.word.length > 1 && allLetters(next.word)) {
      out.push({ word: t.word + next.word, start: t.start, end: next.end, dotted: next.dotted });
      i += 2;
      continue;
    }
    out.push(t);
    i++;
  }
  return out;
}

let letters: RegExp | undefined;
const ASCII_LETTERS = /^[A-Za-z]+$/;

/** Whether a word is all letters (\p{L}); an ASCII word is tested without the Unicode class (see wordsPattern). */
function allLetters(word: string): boolean {
  if (!NOT_ASCII.test(word)) return ASCII_LETTERS.test(word);
  letters ??= /^\p{L}+$/u;
  return letters.test(word);
}

function isLetter(t: RawToken): boolean {
  return t.word.length === 1 && allLetters(t.word);
}

// Words that open a turn without adding to it. Generic English, like FUNCTION_WORDS below.
const DISCOURSE_MARKERS = new Set([
  'okay',
  'oh',
  'well',
  'so',
  'um',
  'uh',
  'er',
  'erm',
  'hmm',
  'right',
  'alright',
  'and',
  'now',
  'hey',
  'alexa',
]);

const VOWEL = /[aeiouy]/;

/**
 * A light suffix-stripping stemmer. It only has to map a word and its inflections onto the same string
 * (both sides of every comparison are stemmed), not produce a dictionary word: "treatments", "treated",
 * "treating" and "treat" all become "treat"; "metastasis"/"metastases" become "metastas".
 */
export function stem(word: string): string {
  if (word.length <= 3 || !/^[a-z]+$/.test(word)) return word;
  // "goes" is "go" said of someone ("it goes away"), which the rules below would make "goe".
  if (word === 'goes') return 'go';
  let w = word;
  let stripped = false;
  // Plurals and third person.
  if (w.endsWith('sses')) w = w.slice(0, -2);
  else if (w.endsWith('ies') && w.length > 4) w = `${w.slice(0, -3)}y`;
  else if (/(?:[sxz]|ch|sh)es$/.test(w) && w.length > 4) w = w.slice(0, -2);
  else if (w.endsWith('s') && !/(?:ss|us|is)$/.test(w) && w.length > 3) w = w.slice(0, -1);
  // Greek -sis nouns and their plural/verbs ("diagnosis", "diagnoses", "diagnosed") share one stem.
  if (w.endsWith('sis') && w.length >= 7) w = w.slice(0, -2);
  if (w.endsWith('ment') && w.length - 4 >= 4) {
    w = w.slice(0, -4);
    stripped = true;
  } else if (w.endsWith('ing') && w.length - 3 >= 3 && VOWEL.test(w.slice(0, -3))) {
    w = w.slice(0, -3);
    stripped = true;
  } else if (w.endsWith('ied') && w.length > 4) {
    w = `${w.slice(0, -3)}y`;
  } else if (w.endsWith('ed') && !w.endsWith('eed') && w.length - 2 >= 3 && VOWEL.test(w.slice(0, -2))) {
    w = w.slice(0, -2);
    stripped = true;
  }
  // "getting" → "gett" → "get"; but "falling" keeps "fall".
  if (stripped && /([b-df-hj-kmnp-rtv-z])\1$/.test(w)) w = w.slice(0, -1);
  // A final silent e: "cause"/"caused"/"causing" and "bone"/"bones" meet.
  if (w.endsWith('e') && w.length >= 4) w = w.slice(0, -1);
  return w;
}

/** A pure function of a string that computes once per distinct argument, and remembers. */
export function remembering<T>(compute: (text: string) => T): (text: string) => T {
  const known = new Map<string, T>();
  return (text) => {
    let result = known.get(text);
    if (result === undefined) {
      result = compute(text);
      known.set(text, result);
    }
    return result;
  };
}

/**
 * A stem function that remembers each word it has stemmed: for tables built over many words, most said many times
 * over (the lay-word table, the interaction model's samples).
 */
export function rememberingStem(): (word: string) => string {
  return remembering(stem);
}

/** The sounds and openers a speaker fills a pause with ("um", "well"): they ask nothing. */
export const HESITATIONS: readonly string[] = ['um', 'uh', 'er', 'erm', 'hmm', 'oh', 'hey', 'well'];

// Function words: English's closed classes (articles and determiners, pronouns, auxiliary and modal
// verbs, prepositions, conjunctions), hesitation noises, hedging adverbs ("just", "really"), "please"
// and the wake word. They say little
// about which intent was meant. The resolver weighs words by how many intents use them; this list only
// caps the weight of these words, which matters for small models where that count is noisy. It is generic
// English, the same for any skill: no content word (noun, verb, adjective) belongs here, and nothing in it
// is a keyword for an intent.
export const FUNCTION_WORDS: ReadonlySet<string> = new Set([
  // articles, determiners
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'some',
  'any',
  // pronouns
  'i',
  'me',
  'my',
  'mine',
  'myself',
  'you',
  'your',
  'it',
  'its',
  'we',
  'us',
  'our',
  'they',
  'them',
  'their',
  'he',
  'she',
  'him',
  'her',
  'his',
  'there',
  'here',
  // auxiliary and modal verbs
  'is',
  'are',
  'am',
  'be',
  'been',
  'being',
  'was',
  'were',
  'do',
  'does',
  'did',
  'have',
  'has',
  'had',
  'can',
  'could',
  'would',
  'will',
  'should',
  'shall',
  'may',
  'might',
  'must',
  // prepositions, conjunctions
  'of',
  'to',
  'for',
  'in',
  'on',
  'at',
  'by',
  'with',
  'from',
  'into',
  'as',
  'and',
  'or',
  'if',
  'so',
  'then',
  'than',
  // hesitation, hedges and politeness
  ...HESITATIONS,
  'just',
  'only',
  'main',
  'really',
  'actually',
  'very',
  'quite',
  'please',
  'alexa',
]);
