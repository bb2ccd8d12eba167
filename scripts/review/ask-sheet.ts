// "Things you can ask": one printable A4 page in large print, for support groups. Generated from the same
// source as the interaction model (model/interaction-model.source.json), so it never offers a question the
// skill does not know: a few natural questions per topic, picked by a fixed rule, and the navigation words.
import { glossary, type Topic, topics } from '../../content';
import { en } from '../../lambda/speech/resources/en';
import modelSource from '../../model/interaction-model.source.json';
import { escapeHtml as e } from './speech';

interface SourceIntent {
  name: string;
  topic?: string;
  samples?: string[];
}

const intents = modelSource.intents as SourceIntent[];
const QUESTION_WORDS = /^(what|what's|how|which|who|is|are|can|will|where|why|does|do|should)\b/;
const SOMEONE_ELSE = /\b(my (wife|husband|partner|mum|mother|dad|father|son|daughter|friend)|his|her|their)\b/;

function wordsOf(sample: string): Set<string> {
  return new Set(sample.toLowerCase().match(/[a-z']+/g) ?? []);
}

function overlap(a: Set<string>, b: Set<string>): number {
  const shared = [...a].filter((w) => b.has(w)).length;
  return shared / Math.max(1, Math.min(a.size, b.size));
}

/** How natural a sample sounds as a printed question: a short, whole question about oneself scores best. */
function naturalness(sample: string): number {
  const count = sample.split(/\s+/).length;
  let score = 0;
  if (QUESTION_WORDS.test(sample)) score += 3;
  if (count >= 3 && count <= 6) score += 2;
  else if (count > 8) score -= 2;
  if (SOMEONE_ELSE.test(sample)) score -= 4;
  if (/\b(mets|secondaries)\b/.test(sample)) score -= 1;
  return score;
}

/** Picks `count` natural, different questions from an intent's samples; the same samples always give the same picks. */
export function pickQuestions(samples: readonly string[], count: number): string[] {
  const ranked = samples
    .map((sample, index) => ({ sample, index, score: naturalness(sample) }))
    .filter(({ sample }) => !sample.includes('{'))
    .sort((a, b) => b.score - a.score || a.index - b.index);
  const picked: string[] = [];
  for (const { sample } of ranked) {
    if (picked.length >= count) break;
    if (picked.some((p) => overlap(wordsOf(p), wordsOf(sample)) > 0.5)) continue;
    picked.push(sample);
  }
  return picked;
}

/** The first sample, and the first later one that shares no word with it ("previous", "go back"). */
export function pickWords(samples: readonly string[]): string[] {
  const [first, ...rest] = samples;
  if (first === undefined) return [];
  const other = rest.find((s) => overlap(wordsOf(first), wordsOf(s)) === 0);
  return other ? [first, other] : [first];
}

function withCapitalI(sample: string): string {
  return sample.replace(/\bi\b/g, 'I').replace(/\bi'(ve|m|d|ll)\b/g, "I'$1");
}

/** As printed: capitalised, "I" upper-case, a question mark on questions. */
export function asPrinted(sample: string): string {
  const text = withCapitalI(sample);
  const capital = text.charAt(0).toUpperCase() + text.slice(1);
  return QUESTION_WORDS.test(sample) ? `${capital}?` : capital;
}

function samplesOf(name: string): string[] {
  return intents.find((i) => i.name === name)?.samples ?? [];
}

export interface AskSheet {
  topics: Array<{ topic: Topic; questions: string[] }>;
  navigation: Array<{ label: string; words: string[] }>;
  examples: string[];
}

const NAVIGATION: Array<[string, string[]]> = [
  ['More', ['AMAZON.YesIntent', 'AMAZON.MoreIntent', 'AMAZON.NextIntent']],
  ['Back, again', ['AMAZON.PreviousIntent', 'AMAZON.RepeatIntent']],
  ['Find your way', ['ListTopicsIntent', 'GuidedTourIntent', 'AMAZON.NavigateHomeIntent', 'AMAZON.HelpIntent']],
  ['Speed', ['SpeakSlowerIntent', 'SpeakFasterIntent', 'NormalSpeedIntent']],
  ['Next time', ['ResumeIntent', 'ForgetMeIntent']],
  ['Finish', ['AMAZON.NoIntent', 'AMAZON.StopIntent']],
];

export function askSheetContent(): AskSheet {
  const topicIntent = new Map(intents.filter((i) => i.topic).map((i) => [i.topic as string, i]));
  const sheetTopics = topics.map((topic) => ({
    topic,
    questions: pickQuestions(topicIntent.get(topic.id)?.samples ?? [], 2).map(asPrinted),
  }));
  const navigation = NAVIGATION.map(([label, names]) => ({
    label,
    words: names.flatMap((name) => pickWords(samplesOf(name)).slice(0, name.startsWith('AMAZON.') ? 2 : 1)).map(withCapitalI),
  }));
  // Two examples each of asking about a deeper item and about a word, filled from the content in order.
  const busiest = [...topics].sort((a, b) => b.items.length - a.items.length)[0];
  const subjects = (busiest?.items ?? []).flatMap((item) => ('ref' in item ? [] : [item.names[0] ?? item.title])).slice(0, 2);
  const tellMe = samplesOf('TellMeAboutIntent')[0] ?? 'tell me about {subject}';
  const define = samplesOf('DefineTermIntent')[0] ?? 'what does {term} mean';
  const examples = [
    ...subjects.map((s) => asPrinted(tellMe.replace('{subject}', s))),
    ...glossary.slice(0, 2).map((g) => asPrinted(define.replace('{term}', g.term))),
  ];
  return { topics: sheetTopics, navigation, examples };
}

const CSS = `
* { box-sizing: border-box; }
html { color-scheme: light; }
body { margin: 0 auto; max-width: 50rem; padding: 1.5rem; font-family: Verdana, "DejaVu Sans", system-ui, sans-serif; font-size: 18px; line-height: 1.35; color: #000; background: #fff; }
h1 { font-size: 30px; margin: 0 0 4px; }
.open { font-size: 20px; margin: 0 0 12px; }
.say { font-weight: 700; }
h2 { font-size: 22px; margin: 14px 0 6px; border-bottom: 3px solid #000; }
.topics { display: grid; grid-template-columns: 1fr 1fr; gap: 6px 24px; margin: 0; padding: 0; list-style: none; }
.topics li { break-inside: avoid; }
.topics .name { font-weight: 700; display: block; }
.topics .q { display: block; padding-left: 8px; }
.nav { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
.nav dt { font-weight: 700; }
.nav dd { margin: 0; }
.examples { margin: 0; padding-left: 24px; columns: 2; column-gap: 24px; }
.small { font-size: 16px; margin: 14px 0 0; border-top: 2px solid #000; padding-top: 6px; }
@page { size: A4; margin: 10mm 12mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 14pt; line-height: 1.17; }
  h1 { font-size: 19pt; }
  h2 { font-size: 15pt; margin: 6pt 0 3pt; }
  .open { font-size: 14pt; margin-bottom: 6pt; }
  .topics { gap: 2pt 18pt; }
  .nav { gap: 2pt 12pt; }
  .small { font-size: 12pt; margin-top: 6pt; padding-top: 3pt; }
}
`;

export function askSheetPage(invocationName: string): string {
  const sheet = askSheetContent();
  const quote = (text: string) => `“${e(text)}”`;
  const topicsHtml = sheet.topics
    .map(
      ({ topic, questions }) =>
        `<li><span class="name">${e(topic.menuName.charAt(0).toUpperCase() + topic.menuName.slice(1))}</span>${questions
          .map((q) => `<span class="q">${quote(q)}</span>`)
          .join('')}</li>`,
    )
    .join('\n');
  const navHtml = sheet.navigation.map((n) => `<dt>${e(n.label)}</dt><dd>${n.words.map(quote).join(' · ')}</dd>`).join('\n');
  return `<!doctype html>
<html lang="en-AU">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Things you can ask the bone cancer guide</title>
<style>${CSS}</style>
</head>
<body>
<main>
<h1>Things you can ask the bone cancer guide</h1>
<p class="open">Start with <span class="say">“Alexa, open ${e(invocationName)}”</span>. Or ask in one go: <span class="say">“Alexa, ask ${e(invocationName)} ${e(
    sheet.topics
      .find((t) => t.topic.id === 'treatment')
      ?.questions[0]?.replace(/\?$/, '')
      .toLowerCase() ?? 'how is it treated',
  )}”</span>.</p>
<h2>Questions</h2>
<ul class="topics">
${topicsHtml}
</ul>
<h2>Getting around</h2>
<dl class="nav">
<dt>Anything</dt><dd>${sheet.examples.map(quote).join(' · ')}</dd>
${navHtml}
</dl>
<p class="small">${e(en.disclaimer)} ${e(en['help.support'])} In an emergency, call 000.</p>
</main>
</body>
</html>
`;
}
