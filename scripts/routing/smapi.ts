// The Skill Management API calls `npm run routing:real` makes, through the ASK CLI (`ask smapi …`), which
// signs in from ASK_REFRESH_TOKEN and ASK_VENDOR_ID (its environment profile). The command runner is passed
// in, so the calls built and the answers read are tested on recorded answers, with no network.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { v1 } from 'ask-smapi-model';

export type SkillStatus = v1.skill.SkillStatus;
export type ProfileNluResponse = v1.skill.evaluations.ProfileNluResponse;
export type SimulationResponse = v1.skill.simulations.SimulationsApiResponse;

export interface Smapi {
  setInteractionModel(locale: string, model: unknown): Promise<void>;
  getSkillStatus(): Promise<SkillStatus>;
  profileNlu(locale: string, utterance: string): Promise<ProfileNluResponse>;
  /** Starts a simulation of what is said to a device (with the invocation name for a one-shot). */
  simulate(locale: string, said: string): Promise<SimulationResponse>;
  getSimulation(simulationId: string): Promise<SimulationResponse>;
}

/** Runs `ask` with these arguments and resolves with what it printed. */
export type AskRunner = (args: readonly string[]) => Promise<string>;

export interface Credentials {
  skillId: string;
}

/** The ASK CLI's environment profile reads ASK_REFRESH_TOKEN and ASK_VENDOR_ID; SKILL_ID names the skill. */
export function credentialsFrom(env: NodeJS.ProcessEnv): Credentials | undefined {
  const { ASK_REFRESH_TOKEN, ASK_VENDOR_ID, SKILL_ID } = env;
  return ASK_REFRESH_TOKEN && ASK_VENDOR_ID && SKILL_ID ? { skillId: SKILL_ID } : undefined;
}

const STAGE = 'development';

export function askCliSmapi(credentials: Credentials, run: AskRunner = runAsk): Smapi {
  const skill = ['-s', credentials.skillId];
  const json = async <T>(args: string[]): Promise<T> => JSON.parse(await run(['smapi', ...args])) as T;
  return {
    async setInteractionModel(locale, model) {
      // The model is tens of kilobytes: handed over as a file (the ASK CLI's "file:" form), not an argument.
      const folder = mkdtempSync(join(tmpdir(), 'routing-model-'));
      const file = join(folder, `${locale}.json`);
      try {
        writeFileSync(file, JSON.stringify(model));
        await run(['smapi', 'set-interaction-model', ...skill, '-g', STAGE, '-l', locale, '--interaction-model', `file:${file}`]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    },
    getSkillStatus: () => json<SkillStatus>(['get-skill-status', ...skill, '--resource', 'interactionModel']),
    profileNlu: (locale, utterance) =>
      json<ProfileNluResponse>(['profile-nlu', ...skill, '-g', STAGE, '-l', locale, '--utterance', utterance]),
    simulate: (locale, said) =>
      json<SimulationResponse>([
        'simulate-skill',
        ...skill,
        '-g',
        STAGE,
        '--device-locale',
        locale,
        '--input-content',
        said,
        // Each one-shot request as a new session, as a carrier says it to the Echo.
        '--session-mode',
        'FORCE_NEW_SESSION',
      ]),
    getSimulation: (simulationId) => json<SimulationResponse>(['get-skill-simulation', ...skill, '-g', STAGE, '-i', simulationId]),
  };
}

/** `ask` from the PATH (npm install -g ask-cli), signed in with the environment profile. */
export function runAsk(args: readonly string[]): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('ask', [...args], {
      env: { ...process.env, ASK_DEFAULT_PROFILE: '__ENVIRONMENT_ASK_PROFILE__' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
    });
    child.stderr.on('data', (chunk: Buffer) => {
      err += chunk.toString();
    });
    child.on('error', reject);
    child.on('close', (code) =>
      code === 0 ? resolve(out) : reject(new Error(`ask ${args.slice(0, 2).join(' ')} failed (${code}): ${err.trim()}`)),
    );
  });
}
