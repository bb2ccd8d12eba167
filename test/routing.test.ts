// The routing evaluation set (eval/routing/en-AU.json) and npm run routing:local: our matcher beside a
// statistical classifier trained on the model, over what people say.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../local/nlu/model';
import { normalizeText } from '../local/nlu/normalize';
import { buildInteractionModel } from '../model/build';
import { buildRoutingSet, formatRoutingSet, routingSetProblems } from '../scripts/routing/build-set';
import { trainClassifier } from '../scripts/routing/classifier';
import { compareLocally } from '../scripts/routing/local';
import { ROUTING_SET_FILE, readRoutingSet, TAGS } from '../scripts/routing/set';
import { QUESTION_SETS, readQuestionSet } from './support/question-eval';

const root = join(__dirname, '..');
const model = buildInteractionModel() as InteractionModel;
const set = readRoutingSet();

/**
 * Recorded in docs/question-answering.md ("Routing"); lower it when the model improves, never raise it quietly.
 * 1,410 of 2,107 utterances until the second pass of issue 16 added two sensitive sets and a general one (455
 * utterances): 1,750 of 2,562, the same share (67–68%). The third pass added two sensitive sets (330 utterances):
 * 2,012 of 2,893 (69.5%), the new sets' despair and dying said in few words being where a classifier trained
 * on samples and our matcher differ most. The fourth pass added a general and a sensitive set (271 utterances):
 * 2,216 of 3,164 with the old model, and 2,238 once feelings ("i feel …") and "is it normal …" became question
 * intents of their own (their carriers say what is asked; the classifier reads many of them as AfterDiagnosisIntent).
 * Then two more fresh sets (345 utterances): 2,500 of 3,509, the new sets' questions (most with no carrier at all)
 * disagreeing at 76%.
 * The fifth pass made "how", "who", "where" and "why" carriers question intents and added a sensitive set (139
 * utterances): 2,526 of 3,648 (69.2%, a smaller share than before); then a general set and a mixed one (231
 * utterances): 2,701 of 3,879 (69.6%).
 * The sixth pass added four general and four sensitive sets (1,053 utterances, most with no carrier): 3,476 of
 * 4,932 (70.5%). The seventh pass's new kinds (time to decide, a say in decisions, which is worse) relabelled 21
 * utterances of the same set: 3,489 (70.7%), and moving "what does … stand for" to a question intent 3,491. Its ten
 * fresh sets (1,206 utterances): 4,411 of 6,138 (71.9%); with its last five (566): 4,813 of 6,704 (71.8%); the eighth pass's two (243): 4,979 of 6,947 (71.7%); the ninth
 * pass's one (181): 5,101 of 7,127 (71.6%). The tenth pass moved three of PreventionIntent's samples to the question
 * path (5,007 of the same set) and added two (543): 5,363 of 7,670 (69.9%); its review took two lay phrases back out of
 * the term slot's synonyms: 5,371 (70.0%). The eleventh pass took "hospice" out of palliative care's lay words (and
 * so out of the term slot's synonyms): 5,377 (70.1%). The twelfth pass: a reading with no slot that leaves a named thing
 * unsaid yields to a close one whose slot names it ("sorry what's a biopsy" is not a repeat): 5,373 (70.0%); with two
 * prevention samples said by the person themselves ("can i stop my cancer spreading to my bones") and "pin the bone":
 * 5,368 (70.0%). The eighteenth pass's lay words left 5,360; then "when" carriers became a question intent of their
 * own (WhenQuestionIntent, so that the question's "when" reaches the kinds: "when would someone get the cement" asks
 * why it is done), relabelling 258 utterances: 5,384 (70.2%), the matcher 7,499 → 7,500 of 7,670 right and the
 * classifier 4,040 → 4,052 (a new intent is one more the classifier can confuse with its neighbours); with the rest of
 * the pass's lay words 5,370 (the classifier 4,068).
 */
const DISAGREEMENTS_AT_MOST = 5370;

describe('the routing set', () => {
  test('is what npm run routing:set builds from its sources (run it after changing them or the model)', () => {
    expect(readFileSync(join(root, ROUTING_SET_FILE), 'utf8')).toBe(formatRoutingSet(buildRoutingSet()));
  });

  test('holds no sample of the model, no repeat, and only readings the model can give', () => {
    expect(routingSetProblems(set)).toEqual([]);
  });

  test('holds every question of the question sets, out-of-domain requests for Fallback, and every tag', () => {
    // Compared as Alexa hears them: "whats e b r t" and "what's ebrt" are one utterance, kept once.
    const said = new Set(set.items.map((item) => normalizeText(item.said.replace(/^ask bone cancer guide /, ''))));
    for (const file of QUESTION_SETS)
      for (const q of readQuestionSet(file)) expect([q.question, said.has(normalizeText(q.question))]).toEqual([q.question, true]);
    expect(set.items.filter((item) => item.expect.intent === 'AMAZON.FallbackIntent').length).toBeGreaterThanOrEqual(30);
    for (const tag of TAGS) expect([tag, set.items.some((item) => item.tags.includes(tag))]).toEqual([tag, true]);
    expect(new Set(set.items.map((item) => item.mode))).toEqual(new Set(['in-session', 'one-shot']));
  });

  test('the check finds a model sample, an intent the model lacks, and a slot value it lacks', () => {
    const item = { mode: 'in-session' as const, accept: [], tags: [], from: 'test' };
    expect(
      routingSetProblems({
        locale: 'en-AU',
        questionPath: [],
        items: [
          { ...item, said: 'what are the symptoms', expect: { intent: 'SymptomsIntent' } },
          { ...item, said: 'sing a song', expect: { intent: 'SingIntent' } },
          { ...item, said: 'tell me about lasers', expect: { intent: 'TellMeAboutIntent', slot: 'subject', id: 'treatment.laser' } },
        ],
      }),
    ).toEqual([
      '"what are the symptoms": a sample of the model',
      '"sing a song": no intent SingIntent',
      '"tell me about lasers": TellMeAboutIntent has no subject value treatment.laser',
    ]);
  });
});

describe('the classifier (NLP.js trained on the model)', () => {
  test('reads a sample’s intent, a slot value’s id, and words it never learnt as Fallback', async () => {
    const classifier = await trainClassifier(model);
    expect((await classifier.classify('how is it treated')).intent).toBe('TreatmentIntent');
    const chemo = await classifier.classify('tell me about chemo');
    expect([chemo.intent, chemo.slot]).toEqual(['TellMeAboutIntent', { name: 'subject', id: 'treatment.chemotherapy' }]);
    expect((await classifier.classify('flibbertigibbet wibble blorf')).intent).toBe('AMAZON.FallbackIntent');
    const { ranked } = await classifier.classify('what are the symptoms');
    expect(ranked.map((r) => r.score)).toEqual([...ranked.map((r) => r.score)].sort((a, b) => b - a));
  });
});

describe('npm run routing:local', () => {
  test(`our matcher and the classifier disagree on at most ${DISAGREEMENTS_AT_MOST} utterances, and our matcher routes at least 90% as labelled`, async () => {
    const result = await compareLocally(set, model);
    expect(result.compared).toHaveLength(set.items.length);
    expect(result.disagreements).toBe(result.compared.filter((c) => c.matcher.intent !== c.classifier.intent).length);
    expect(result.disagreements).toBeLessThanOrEqual(DISAGREEMENTS_AT_MOST);
    expect(result.matcher.overall.hits / result.matcher.overall.total).toBeGreaterThanOrEqual(0.9);
  });
});
