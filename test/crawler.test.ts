// Everything the skill can say, checked: the crawler (local/crawl.ts) asks every intent the model declares,
// with every slot value, in every state the conversation reaches, and each response is held to Alexa's rules,
// to the design's rules for speech, and to the fact sheet. Three crawls:
//   exact      every state exactly (conversation attributes), two turns deep, one-shots included, on an Echo Show
//   walk       one state per place in the content (and tour or not), as deep as it goes, on a voice-only device
//   returning  a listener with saved preferences (slower speech, somewhere to resume), on an Echo Show
//   unserved locale  every move from de-DE: the English refusal
//   speeds     only the speed, repeat, yes and help intents, exactly, six turns deep: both ends of the speed range
import type { PersistenceAdapter } from 'ask-sdk-core';
import { glossary, topics } from '../content';
import { ITEM_MAX_WORDS, SUMMARY_MAX_WORDS, wordCount } from '../content/validate';
import { passageAt, summaryOf } from '../lambda/conversation/catalog';
import { errorFields } from '../lambda/log';
import { createSkillRuntime } from '../lambda/skill';
import { en } from '../lambda/speech/resources/en';
import {
  CLOSED,
  type CrawlExchange,
  type CrawlResult,
  crawl,
  movesOf,
  positionKey,
  questionKindMoves,
  SCREEN_DEVICE,
} from '../local/crawl';
import { LOCAL_DEVICE_ID } from '../local/envelope';
import { FORBIDDEN, numbersNotInSheet } from './support/fact-sheet';
import { type LogLine, memoryLogger } from './support/logs';
import { responseProblems } from './support/responses';
import { offeredChoiceLists, pronunciationProblems, repromptSsml, screenOf, speechSsml, writtenText } from './support/speech-checks';

const MAX_CHOICES = 3;
/** The skill's own numbers, not facts: how many topics the tour has ("a guided tour of all 13 topics"). */
const STRUCTURAL_NUMBERS = [`all ${topics.length} topics`];
/** Text that reads as a bug, or markup leaking into text meant for eyes (cards, screens). */
const BROKEN = /undefined|\bnull\b|NaN|\[object|\{\{|\}\}|<\/?[a-z]|&(?:amp|lt|gt|quot|apos);/;

/** A listener who was here before: a slower speed, the disclaimer heard, and a place to carry on from. */
const returningListener: PersistenceAdapter = {
  getAttributes: async () => ({ rate: 80, disclaimerHeard: true, resume: { topic: 'treatment', item: 2 } }),
  saveAttributes: async () => {},
  deleteAttributes: async () => {},
};

interface Crawled {
  name: string;
  result: CrawlResult;
  logs: LogLine[];
}

const crawls: Crawled[] = [];
let exchanges: CrawlExchange[] = [];
const problems: string[] = [];
/** The written text of everything said (speech, reprompts, cards, screens), one entry per exchange. */
let said: string[] = [];

function pathOf(exchange: CrawlExchange): string {
  return exchange.path.join(' > ');
}

async function problemsOf(exchange: CrawlExchange): Promise<string[]> {
  const { response } = exchange;
  const found: string[] = await responseProblems(response);
  const speech = speechSsml(response);
  const reprompt = repromptSsml(response);
  const spoken = writtenText(speech);
  const open = response.response.shouldEndSession === false;

  if (open && !reprompt) found.push('the session stays open without a reprompt');
  found.push(...pronunciationProblems(speech), ...pronunciationProblems(reprompt).map((p) => `reprompt: ${p}`));

  // At most three choices, in the answer, in the reprompt, and on the screen; the screen offers what is said.
  const repromptChoices = offeredChoiceLists(writtenText(reprompt));
  for (const list of [...offeredChoiceLists(spoken), ...repromptChoices]) {
    if (list.length > MAX_CHOICES) found.push(`${list.length} choices offered: ${list.join(' | ')}`);
  }
  const screen = screenOf(response);
  if (screen) {
    if (screen.choices.length > MAX_CHOICES) found.push(`${screen.choices.length} choices on screen`);
    const sayable = repromptChoices.at(-1) ?? [];
    const shown = screen.choices.map((choice) => choice.utterance);
    if (shown.join('|') !== sayable.join('|')) found.push(`screen offers ${shown.join(', ')}; the reprompt offers ${sayable.join(', ')}`);
    const texts = [screen.title, screen.body, ...screen.choices.flatMap((c) => [c.label, c.accessibilityLabel])];
    for (const text of texts) if (BROKEN.test(text) || text.trim() === '') found.push(`broken screen text: "${text}"`);
    // The question may be empty: a reply that is only a question shows it as the body.
    if (BROKEN.test(screen.question)) found.push(`broken screen question: "${screen.question}"`);
  }
  const card = response.response.card;
  if (card?.type === 'Simple') {
    for (const text of [card.title ?? '', card.content ?? ''])
      if (BROKEN.test(text) || text.trim() === '') found.push(`broken card text: "${text}"`);
  }
  if (open && screen === undefined && exchange.request.context?.System?.device?.supportedInterfaces?.['Alexa.Presentation.APL']) {
    found.push('a screen device got no screen');
  }

  // Nothing the sheet does not say: no number it does not state, no drug, statistic or survival figure.
  const allText = [spoken, writtenText(reprompt), card?.type === 'Simple' ? (card.content ?? '') : ''].join(' ');
  const numbers = numbersNotInSheet(allText, STRUCTURAL_NUMBERS);
  if (numbers.length > 0) found.push(`numbers not in the fact sheet: ${numbers.join(', ')}`);
  const forbidden = FORBIDDEN.exec(allText);
  if (forbidden) found.push(`names something the sheet does not: "${forbidden[0]}"`);
  return found;
}

beforeAll(async () => {
  const runs: Array<[string, Parameters<typeof crawl>[1], PersistenceAdapter | undefined]> = [
    ['exact', { maxDepth: 2, maxStates: 10_000 }, undefined],
    ['walk', { maxDepth: 60, stateKey: positionKey, oneShot: false, device: { locale: 'en-IN', userId: SCREEN_DEVICE.userId } }, undefined],
    ['returning', { maxDepth: 3, stateKey: positionKey, device: { ...SCREEN_DEVICE, locale: 'en-GB' } }, returningListener],
    // Every speed, to both ends and back, with the answers a speed change offers to repeat.
    [
      'speeds',
      {
        maxDepth: 6,
        oneShot: false,
        moves: movesOf().filter((m) => /^(LaunchRequest|Speak|Normal|AMAZON\.(Yes|Repeat|Help))/.test(m.label)),
      },
      undefined,
    ],
    // Every kind of question (crisis, a symptom now, advice, time left…), one-shot and after each answer to one.
    [
      'question kinds',
      { maxDepth: 2, oneShot: true, moves: [...questionKindMoves(), ...movesOf().filter((m) => /^AMAZON\.(Yes|Repeat|No)/.test(m.label))] },
      undefined,
    ],
    // A marketplace the skill does not serve: every move gets the one-line refusal, and the session ends.
    ['unserved locale', { maxDepth: 1, device: { ...SCREEN_DEVICE, locale: 'de-DE' } }, undefined],
  ];
  for (const [name, options, persistence] of runs) {
    const logger = memoryLogger();
    const runtime = createSkillRuntime({ logger, persistence });
    crawls.push({ name, result: await crawl(runtime, options), logs: logger.lines });
  }
  exchanges = crawls.flatMap((c) => c.result.exchanges);
  for (const exchange of exchanges) {
    for (const problem of await problemsOf(exchange)) problems.push(`${pathOf(exchange)}: ${problem}`);
  }
  said = exchanges.map(({ response }) => {
    const card = response.response.card;
    return [writtenText(speechSsml(response)), writtenText(repromptSsml(response)), card?.type === 'Simple' ? card.content : ''].join(' ');
  });
  const summary = crawls.map(
    ({ name, result }) =>
      `${name}: ${result.states} states, ${result.exchanges.length} responses (${result.unexpanded} states at the depth limit, ${result.dropped} over the state limit)`,
  );
  console.log(
    `crawler checked ${exchanges.length} responses from ${crawls.reduce((n, c) => n + c.result.states, 0)} states\n${summary.join('\n')}`,
  );
}, 120_000);

describe('every crawled response', () => {
  test('the crawls sent every move the model declares, from every state they kept', () => {
    const moves = movesOf().length;
    expect(moves).toBeGreaterThan(90);
    for (const { name, result } of crawls) {
      const sentFrom = new Map<string, number>();
      for (const exchange of result.exchanges) sentFrom.set(exchange.from, (sentFrom.get(exchange.from) ?? 0) + 1);
      const own = name === 'speeds' || name === 'question kinds';
      if (name !== 'question kinds') expect([name, sentFrom.get(CLOSED)]).toEqual([name, name === 'walk' || name === 'speeds' ? 1 : moves]);
      sentFrom.delete(CLOSED);
      const perState = own ? Math.max(...sentFrom.values()) : moves;
      for (const [, count] of sentFrom) expect([name, count]).toEqual([name, perState]);
    }
    expect(exchanges.length).toBeGreaterThan(10_000);
    // The checks below had something to check: screens, offered choices, pronounced terms, cards.
    const responses = exchanges.map((e) => e.response);
    expect(responses.filter((r) => screenOf(r) !== undefined).length).toBeGreaterThan(5000);
    expect(responses.filter((r) => offeredChoiceLists(writtenText(repromptSsml(r))).length > 0).length).toBeGreaterThan(10_000);
    expect(responses.filter((r) => speechSsml(r).includes('<phoneme')).length).toBeGreaterThan(1000);
    expect(responses.filter((r) => speechSsml(r).includes('<prosody rate=')).length).toBeGreaterThan(1000);
    expect(responses.filter((r) => r.response.card !== undefined).length).toBeGreaterThan(5000);
  });

  test('is valid SSML under 8,000 characters, reprompts when open, offers at most three choices, says nothing broken, pronounces every term through the table, and names nothing the sheet does not', () => {
    expect(problems.slice(0, 30)).toEqual([]);
  });
});

describe('coverage of the content by voice', () => {
  const passages = topics.flatMap((topic) => {
    const summary = passageAt(summaryOf(topic.id));
    const items = topic.items.map((_, item) => passageAt({ topic: topic.id, item }));
    return [summary, ...items].filter((p) => p !== undefined).map((p, index) => ({ ...p, isSummary: index === 0 }));
  });

  test('every topic summary and every deeper item is said, and none is too long to listen to', () => {
    const everything = said.join('\n');
    for (const passage of passages) {
      expect([passage.title, everything.includes(passage.text)]).toEqual([passage.title, true]);
      const limit = passage.isSummary ? SUMMARY_MAX_WORDS : ITEM_MAX_WORDS;
      expect([passage.title, wordCount(passage.text) <= limit]).toEqual([passage.title, true]);
    }
  });

  test('every glossary definition is said', () => {
    const everything = said.join('\n');
    for (const entry of glossary) expect([entry.term, everything.includes(entry.definition)]).toEqual([entry.term, true]);
  });

  test('every sentence of the speech strings is said somewhere', () => {
    const everything = said.join('\n');
    // Not reached by a crawl: the choices and titles (words inside other strings), "forget me" failing (it needs a store that fails: test/preferences.test.ts), and the apology for an error
    // (no crawled request causes one: test/envelopes.test.ts sends the requests that do).
    const unreachable = new Set(['forget.failed', 'error.general']);
    // Strings with parameters are checked by their fixed part; the rest as they are.
    const unsaid = Object.entries(en).filter(([key, text]) => {
      const fixed = text.split(/\{\{\w+\}\}/).sort((a, b) => b.length - a.length)[0] ?? '';
      return !key.startsWith('choice.') && !key.startsWith('title.') && !unreachable.has(key) && !everything.includes(fixed.trim());
    });
    expect(unsaid.map(([key]) => key)).toEqual([]);
  });

  // The fact sheet's key facts, each of which a listener must be able to hear.
  const KEY_FACTS: Record<string, RegExp[]> = {
    'the primary cancers': [/prostate/i, /breast/i, /lung/i, /thyroid/i, /myeloma/i],
    'the symptoms': [
      /pain/i,
      /dull, persistent ache/i,
      /worse with movement and at night/i,
      /fractures/i,
      /calcium/i,
      /hypercalcaemia/i,
      /nerves in the spine/i,
      /low levels of blood cells/i,
    ],
    'the tests': [
      /blood tests?/i,
      /full blood count/i,
      /X-rays?/i,
      /bone scan/i,
      /\bCT\b/,
      /\bMRI\b/,
      /between 30 and 90 minutes/i,
      /\bPET\b/,
      /positron emission tomography/i,
      /biopsy/i,
      /core needle biopsy/i,
      /local anaesthetic/i,
      /surgical biopsy/i,
      /general anaesthetic/i,
    ],
    'the treatments and how long they take': [
      /hormone therapy/i,
      /chemotherapy/i,
      /several hours/i,
      /targeted therapy/i,
      /immunotherapy/i,
      /checkpoint inhibitor/i,
      /radiation therapy/i,
      /external beam radiation therapy/i,
      /over a few weeks/i,
      /surgery/i,
      /vertebroplasty/i,
      /about an hour/i,
      /palliative care/i,
    ],
    'the treatment team': [
      /\bGP\b/,
      /radiologist/i,
      /radiation oncologist/i,
      /therapist/i,
      /medical oncologist/i,
      /surgeon/i,
      /nurses/i,
      /social workers/i,
      /counsellors/i,
    ],
    'screening, prevention and prognosis': [
      /no national screening program/i,
      /not smoking/i,
      /alcohol/i,
      /cannot be cured|can't be cured/i,
      /quality of life/i,
    ],
    'the source and the support numbers': [/Cancer Council Australia/, /July 2020/, /13 11 20/, /\b000\b/],
  };

  test.each(Object.entries(KEY_FACTS))('%s can be heard', (_group, facts) => {
    for (const fact of facts) expect([String(fact), said.some((text) => fact.test(text))]).toEqual([String(fact), true]);
  });
});

describe('the logs of every crawled conversation', () => {
  function loggedStrings(lines: LogLine[]): string[] {
    return lines.flatMap((line) => [
      line.message,
      ...Object.values(line.fields ?? {}).map(String),
      ...(line.error === undefined ? [] : Object.values(errorFields(line.error)).map(String)),
    ]);
  }

  test('hold no account, user, device or session ids', () => {
    for (const { name, logs } of crawls) {
      expect([name, logs.length > 0]).toEqual([name, true]);
      const logged = JSON.stringify(loggedStrings(logs));
      expect(logged).not.toMatch(
        /amzn1\.(ask\.)?account|amzn1\.ask\.device|amzn1\.echo-api\.session|amzn1\.echo-api\.request|CRAWLER-USER/,
      );
      expect(logged).not.toContain(LOCAL_DEVICE_ID);
    }
  });

  test('hold none of the slot values the listener said', () => {
    const values = new Set<string>();
    for (const { request } of exchanges) {
      const slots = (request.request as { intent?: { slots?: Record<string, { value?: string }> } }).intent?.slots ?? {};
      for (const slot of Object.values(slots)) if (slot.value) values.add(slot.value.toLowerCase());
    }
    expect(values.size).toBeGreaterThan(40);
    const logged = crawls.flatMap(({ logs }) => loggedStrings(logs)).map((s) => s.toLowerCase());
    for (const value of values) {
      const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'u');
      expect([value, logged.filter((s) => pattern.test(s))]).toEqual([value, []]);
    }
  });
});

describe('the checks themselves', () => {
  test('the pronunciation check finds a term said without its entry, or through the wrong one', () => {
    expect(pronunciationProblems('<speak>You may have a biopsy.</speak>')).toHaveLength(1);
    expect(pronunciationProblems('<speak>A <sub alias="see tee">CT</sub> scan.</speak>')).toHaveLength(1);
    expect(
      pronunciationProblems(
        '<speak>A <sub alias="C T">CT</sub> scan and a <phoneme alphabet="ipa" ph="ˈbaɪɒpsi">biopsy</phoneme>.</speak>',
      ),
    ).toEqual([]);
    // Whole words only: "affect" holds no CT, "pets" no PET.
    expect(pronunciationProblems('<speak>It can affect pets.</speak>')).toEqual([]);
  });

  test('the choice count reads "You can say" lists', () => {
    expect(offeredChoiceLists('Shall I? You can say yes, repeat, or list topics.')).toEqual([['yes', 'repeat', 'list topics']]);
    expect(offeredChoiceLists('You can say yes, or help.')).toEqual([['yes', 'help']]);
  });

  test('the fact check finds numbers and drugs the sheet does not have', () => {
    expect(numbersNotInSheet('It takes 30 to 45 minutes. Call 13 11 20.')).toEqual(['45']);
    expect(FORBIDDEN.test('Denosumab can help')).toBe(true);
    expect(FORBIDDEN.test('about 70% of people')).toBe(true);
  });
});
