// npm run routing:real without a network: the calls it builds for the ASK CLI, and the profiler's, the
// simulator's and the build status's answers (recorded, in the shapes Amazon's API spec gives) read into the
// report. Read as "Alexa answered X / the report says Y".
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { InteractionModel } from '../local/nlu/model';
import { buildInteractionModel } from '../model/build';
import { fullBuildState, readProfile, readSimulation, runRealRouting, type Waiting } from '../scripts/routing/real';
import { NO_SKILL } from '../scripts/routing/score';
import type { RoutingSet } from '../scripts/routing/set';
import {
  askCliSmapi,
  credentialsFrom,
  type ProfileNluResponse,
  type SimulationResponse,
  type SkillStatus,
  type Smapi,
} from '../scripts/routing/smapi';
import { amazonValidator, errorsOf } from './support/amazon-schema';

const recorded = <T>(name: string): T => JSON.parse(readFileSync(join(__dirname, 'fixtures/routing', `${name}.json`), 'utf8')) as T;
const model = buildInteractionModel() as InteractionModel;
const noWait: Waiting = { sleep: async () => {}, pollMs: 0, maxPolls: 5 };

describe('recorded answers', () => {
  test.each([
    ['v1.skill.SkillStatus', ['skill-status-quick-build', 'skill-status-full-build', 'skill-status-failed']],
    ['v1.skill.evaluations.ProfileNluResponse', ['profile-question', 'profile-subject', 'profile-fallback']],
    ['v1.skill.simulations.SimulationsApiResponse', ['simulation-started', 'simulation-intent', 'simulation-not-sent']],
  ])('are valid %s by Amazon’s API spec', (definition, names) => {
    const validate = amazonValidator(definition);
    for (const name of names) expect([name, validate(recorded(name)) ? [] : errorsOf(validate)]).toEqual([name, []]);
  });
});

describe('reading the answers', () => {
  test('the build is done only when the full build (the statistical model) has succeeded, not the quick build', () => {
    expect(fullBuildState(recorded<SkillStatus>('skill-status-quick-build'), 'en-AU').state).toBe('IN_PROGRESS');
    expect(fullBuildState(recorded<SkillStatus>('skill-status-full-build'), 'en-AU').state).toBe('SUCCEEDED');
    expect(fullBuildState(recorded<SkillStatus>('skill-status-full-build'), 'en-GB').state).toBe('IN_PROGRESS');
    const failed = fullBuildState(recorded<SkillStatus>('skill-status-failed'), 'en-AU');
    expect(failed.state).toBe('FAILED');
    expect(failed.errors.join()).toMatch(/carrier phrase/);
  });

  test('the profiler: the chosen intent, its resolved slot id, and the first intent considered next', () => {
    expect(readProfile(recorded<ProfileNluResponse>('profile-question'))).toEqual({ intent: 'QuestionIntent', runnerUp: 'SymptomsIntent' });
    expect(readProfile(recorded<ProfileNluResponse>('profile-subject'))).toEqual({
      intent: 'TellMeAboutIntent',
      slotId: 'treatment.radiation-therapy',
      runnerUp: 'TreatmentIntent',
    });
    expect(readProfile(recorded<ProfileNluResponse>('profile-fallback'))).toEqual({
      intent: 'AMAZON.FallbackIntent',
      runnerUp: 'QuestionIntent',
    });
  });

  test('the simulator: the intent the skill was sent, or that it was sent nothing', () => {
    expect(readSimulation(recorded<SimulationResponse>('simulation-intent'))).toEqual({
      intent: 'TellMeAboutIntent',
      slotId: 'treatment.radiation-therapy',
    });
    expect(readSimulation(recorded<SimulationResponse>('simulation-not-sent'))).toEqual({ intent: NO_SKILL });
  });
});

describe('the ASK CLI calls', () => {
  test('credentials come from ASK_REFRESH_TOKEN, ASK_VENDOR_ID and SKILL_ID, all three or none', () => {
    expect(credentialsFrom({ ASK_REFRESH_TOKEN: 't', ASK_VENDOR_ID: 'v', SKILL_ID: 'amzn1.ask.skill.x' })).toEqual({
      skillId: 'amzn1.ask.skill.x',
    });
    expect(credentialsFrom({ ASK_REFRESH_TOKEN: 't', ASK_VENDOR_ID: 'v' })).toBeUndefined();
    expect(credentialsFrom({ ASK_VENDOR_ID: 'v', SKILL_ID: 's' })).toBeUndefined();
  });

  test('each call is the documented `ask smapi` command, on the development stage; the model goes as a file', async () => {
    const calls: string[][] = [];
    let uploaded: unknown;
    const smapi = askCliSmapi({ skillId: 'amzn1.ask.skill.x' }, async (args) => {
      calls.push([...args]);
      const file = args.find((arg) => arg.startsWith('file:'));
      if (file) uploaded = JSON.parse(readFileSync(file.slice('file:'.length), 'utf8'));
      return '{}';
    });
    await smapi.setInteractionModel('en-AU', { interactionModel: 'x' });
    await smapi.getSkillStatus();
    await smapi.profileNlu('en-AU', 'can it make my legs go numb');
    await smapi.simulate('en-AU', 'ask bone cancer guide about radiotherapy');
    await smapi.getSimulation('sim-1');
    expect(uploaded).toEqual({ interactionModel: 'x' });
    expect(calls.map((args) => args.map((arg) => (arg.startsWith('file:') ? 'file:…' : arg)))).toEqual([
      ['smapi', 'set-interaction-model', '-s', 'amzn1.ask.skill.x', '-g', 'development', '-l', 'en-AU', '--interaction-model', 'file:…'],
      ['smapi', 'get-skill-status', '-s', 'amzn1.ask.skill.x', '--resource', 'interactionModel'],
      ['smapi', 'profile-nlu', '-s', 'amzn1.ask.skill.x', '-g', 'development', '-l', 'en-AU', '--utterance', 'can it make my legs go numb'],
      [
        'smapi',
        'simulate-skill',
        '-s',
        'amzn1.ask.skill.x',
        '-g',
        'development',
        '--device-locale',
        'en-AU',
        '--input-content',
        'ask bone cancer guide about radiotherapy',
        '--session-mode',
        'FORCE_NEW_SESSION',
      ],
      ['smapi', 'get-skill-simulation', '-s', 'amzn1.ask.skill.x', '-g', 'development', '-i', 'sim-1'],
    ]);
  });

  test('without credentials, npm run routing:real says it skipped and exits 0', () => {
    const root = join(__dirname, '..');
    const out = join(root, 'dist/tools/routing-real-test.js');
    execFileSync(
      join(root, 'node_modules/.bin/esbuild'),
      [
        'scripts/routing/run-real.ts',
        '--bundle',
        '--platform=node',
        '--format=cjs',
        '--packages=external',
        `--outfile=${out}`,
        '--log-level=warning',
      ],
      { cwd: root },
    );
    const { ASK_REFRESH_TOKEN: _t, ASK_VENDOR_ID: _v, SKILL_ID: _s, ...env } = process.env;
    expect(execFileSync(process.execPath, [out], { cwd: root, env, encoding: 'utf8' })).toMatch(/^skipped: no credentials/);
  });
});

/** A fake SMAPI that answers from the recorded answers and remembers what it was asked. */
function replaying(profiles: Record<string, string>): Smapi & { uploads: string[]; simulated: string[] } {
  const statuses = ['skill-status-quick-build', 'skill-status-full-build'];
  let polls = 0;
  const uploads: string[] = [];
  const simulated: string[] = [];
  return {
    uploads,
    simulated,
    async setInteractionModel(_locale, uploaded) {
      uploads.push(
        (uploaded as InteractionModel).interactionModel.languageModel.modelConfiguration?.fallbackIntentSensitivity?.level ?? '',
      );
      polls = 0;
    },
    getSkillStatus: async () => recorded<SkillStatus>(statuses[Math.min(polls++, 1)] as string),
    profileNlu: async (_locale, utterance) => recorded<ProfileNluResponse>(profiles[utterance] ?? 'profile-fallback'),
    async simulate(_locale, said) {
      simulated.push(said);
      return recorded<SimulationResponse>('simulation-started');
    },
    getSimulation: async () => recorded<SimulationResponse>('simulation-intent'),
  };
}

const set: RoutingSet = {
  locale: 'en-AU',
  questionPath: [],
  items: [
    {
      said: 'can it make my legs go numb',
      mode: 'in-session',
      expect: { intent: 'QuestionIntent' },
      accept: [],
      tags: ['own-words'],
      from: 'test',
    },
    {
      said: 'does radiotherapy hurt',
      mode: 'in-session',
      expect: { intent: 'QuestionIntent' },
      accept: [],
      tags: ['own-words', 'no-carrier'],
      from: 'test',
    },
    {
      said: 'play some music',
      mode: 'in-session',
      expect: { intent: 'AMAZON.FallbackIntent' },
      accept: [],
      tags: ['out-of-domain'],
      from: 'test',
    },
    {
      said: 'ask bone cancer guide about radiotherapy',
      mode: 'one-shot',
      expect: { intent: 'TellMeAboutIntent', slot: 'subject', id: 'treatment.radiation-therapy' },
      accept: [],
      tags: [],
      from: 'test',
    },
  ],
};

describe('a run, on recorded answers', () => {
  const profiles = { 'can it make my legs go numb': 'profile-question', 'does radiotherapy hurt': 'profile-subject' };
  /** A run over the small set, no baseline and no sweep unless given. */
  const runWith = (smapi: Smapi, options: { accuracy?: number; sweep?: boolean } = {}) =>
    runRealRouting({
      smapi,
      set,
      model,
      locale: 'en-AU',
      baseline: { accuracy: options.accuracy ?? null, margin: 0.02 },
      sweep: options.sweep ?? false,
      waiting: noWait,
      log: () => {},
    });

  test('uploads, waits for the full build, profiles in-session utterances, simulates one-shots, and scores them', async () => {
    const smapi = replaying(profiles);
    const result = await runWith(smapi);
    expect(smapi.uploads).toEqual(['LOW']);
    expect(smapi.simulated).toEqual(['ask bone cancer guide about radiotherapy']);
    expect(result.score.overall).toEqual({ total: 4, hits: 3 });
    expect(result.score.fallbackOnNegatives).toEqual({ total: 1, hits: 1 });
    expect(result.score.fallbackOnPositives).toEqual({ total: 3, hits: 0 });
    expect(result.score.lostOwnWords.map((r) => `${r.item.said} → ${r.intent}`)).toEqual(['does radiotherapy hurt → TellMeAboutIntent']);
    expect(result.score.confusion.get('QuestionIntent')).toEqual(new Map([['TellMeAboutIntent', 1]]));
    expect(result.score.runnerUps.get('QuestionIntent')).toEqual(
      new Map([
        ['SymptomsIntent', 1],
        ['TreatmentIntent', 1],
      ]),
    );
    expect(result.score.agreement.total).toBe(4);
    expect(result.failure).toBeUndefined();
    expect(result.report).toMatch(/accuracy: 3\/4 \(75\.0%\)/);
    expect(result.report).toMatch(/does radiotherapy hurt → TellMeAboutIntent \(treatment\.radiation-therapy\)/);
  });

  test('fails under the committed baseline less its margin, not within it', async () => {
    const run = (accuracy: number) => runWith(replaying(profiles), { accuracy });
    expect((await run(0.9)).failure).toMatch(/75\.0% is under the baseline of 90\.0%/);
    expect((await run(0.76)).failure).toBeUndefined();
  });

  test('the sweep uploads each fallback sensitivity, profiles in-session utterances only, and puts the committed model back', async () => {
    const smapi = replaying(profiles);
    const result = await runWith(smapi, { sweep: true });
    expect(smapi.uploads).toEqual(['LOW', 'LOW', 'MEDIUM', 'HIGH', 'LOW']);
    expect(smapi.simulated).toHaveLength(1);
    expect(result.sweep.map((row) => [row.level, row.score.overall.total])).toEqual([
      ['LOW', 3],
      ['MEDIUM', 3],
      ['HIGH', 3],
    ]);
    expect(result.report).toMatch(/MEDIUM +\| +66\.7% \| +100\.0% \| +0\.0%/);
  });

  test('a build that never finishes, or fails, stops the run with the reason', async () => {
    const stuck = { ...replaying(profiles), getSkillStatus: async () => recorded<SkillStatus>('skill-status-quick-build') };
    await expect(runWith(stuck)).rejects.toThrow(/had not finished after 5 polls/);
    const failed = { ...replaying(profiles), getSkillStatus: async () => recorded<SkillStatus>('skill-status-failed') };
    await expect(runWith(failed)).rejects.toThrow(/build failed: .*carrier phrase/);
  });
});
