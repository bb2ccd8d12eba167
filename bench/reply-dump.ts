// Every reply the skill gives to the questions we keep, and every answer the question engine finds, dumped to one
// JSON file: a performance change to the question engine must leave it byte-identical (docs/performance.md,
// "Issue 16 budgets, second pass"). Two parts:
//   - replies: each question of test/fixtures/questions/*.json and each utterance of
//     test/fixtures/held-out-utterances.json asked one-shot through the local runtime (as npm run eval asks it),
//     with the reply's SSML and its text;
//   - answers: the engine's Answer (units by key) for those, every sample utterance in the model source, every
//     reviewed question in content/answers.json, and the first 1..n words of each (to reach more of its paths).
// With --bundle dist/lambda/index.js, the replies come from the built Lambda bundle (as Lambda runs it, the store
// off), and the engine's answers are left out: the bundle's own data loading is then what is compared.
// Usage: npx esbuild bench/reply-dump.ts --bundle --platform=node --target=node20 --format=cjs --packages=external
//          --outfile=dist/tools/reply-dump.js --log-level=warning && node dist/tools/reply-dump.js <out.json>
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { createLogger } from '../lambda/log';
import type { Answer } from '../lambda/question/answer';
import { findAnswer } from '../lambda/question/find';
import { createSkillRuntime, type SkillRuntime } from '../lambda/skill';
import { LocalConversation } from '../local/conversation';
import { MemoryPersistenceAdapter } from '../local/memory-store';

const ROOT = join(__dirname, '..', '..');
const read = (file: string): unknown => JSON.parse(readFileSync(join(ROOT, file), 'utf8'));

function questionsOfFixtures(): string[] {
  const sets = readdirSync(join(ROOT, 'test/fixtures/questions'))
    .filter((name) => name.endsWith('.json'))
    .sort();
  const questions = sets.flatMap((name) => (read(`test/fixtures/questions/${name}`) as Array<{ question: string }>).map((q) => q.question));
  const held = (read('test/fixtures/held-out-utterances.json') as Array<{ utterance: string }>).map((u) => u.utterance);
  return [...questions, ...held];
}

function moreQuestions(): string[] {
  const model = read('model/interaction-model.source.json') as { intents: Array<{ samples?: string[] }> };
  const answers = read('content/answers.json') as { units: Record<string, { questions?: string[] }> };
  return [
    ...model.intents.flatMap((intent) => intent.samples ?? []),
    ...Object.values(answers.units).flatMap((unit) => unit.questions ?? []),
  ];
}

function plain(answer: Answer): unknown {
  return JSON.parse(
    JSON.stringify(answer, (key, value) =>
      (key === 'unit' || key === 'nearest') && value && typeof value === 'object' ? `unit:${value.key}` : value,
    ),
  );
}

function bundleRuntime(file: string): SkillRuntime {
  process.env.LOG_LEVEL = 'SILENT';
  process.env.METRICS = 'off';
  delete process.env.PREFERENCES_TABLE;
  const { handler } = require(resolve(file)) as { handler: (event: unknown, context: unknown) => Promise<ResponseEnvelope> };
  return { invoke: (envelope) => handler(envelope, {}) };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const at = args.indexOf('--bundle');
  const bundle = at === -1 ? undefined : args.splice(at, 2)[1];
  const out = args[0] ?? '/tmp/reply-dump.json';
  const runtime = bundle
    ? bundleRuntime(bundle)
    : createSkillRuntime({ logger: createLogger('SILENT'), persistence: new MemoryPersistenceAdapter() });
  const fixtures = questionsOfFixtures();
  const replies: Record<string, { intent: string; ssml: string; text: string }> = {};
  for (const question of fixtures) {
    const exchange = await new LocalConversation(runtime, { locale: 'en-AU' }).say(question);
    replies[question] = { intent: exchange.intent, ssml: exchange.ssml, text: exchange.text };
  }
  const asked = new Set<string>();
  for (const question of [...fixtures, ...moreQuestions()]) {
    const words = question.split(' ');
    for (let n = 1; n <= words.length; n += 1) asked.add(words.slice(0, n).join(' '));
    for (let n = 1; n < words.length; n += 1) asked.add(words.slice(n).join(' '));
  }
  const answers: Record<string, unknown> = {};
  if (!bundle) for (const question of asked) answers[question] = plain(await findAnswer(question));
  writeFileSync(out, `${JSON.stringify({ replies, answers }, null, 1)}\n`);
  console.log(`${Object.keys(replies).length} replies, ${Object.keys(answers).length} engine answers → ${out}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
