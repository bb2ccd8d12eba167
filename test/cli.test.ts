// npm run ask, as a person runs it: the built command with an utterance, with --json, and on stdin.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const ASK = join(ROOT, 'dist/local/ask.js');

function ask(args: string[], input?: string): string {
  return execFileSync(process.execPath, [ASK, ...args], { cwd: ROOT, input, encoding: 'utf8' });
}

beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build.mjs', 'local', '--quiet'], { cwd: ROOT, stdio: 'inherit' });
});

test('prints the spoken reply as plain text, with no SSML', () => {
  const out = ask(['--no-store', 'what are the symptoms']);
  expect(out).toMatch(/^The most common symptom is pain\./);
  expect(out).toMatch(/Would you like to hear about fractures\?\n$/);
  expect(out).not.toMatch(/<|&amp;/);
});

test('--json prints one object with the understood intent, the SSML, the text and the reprompt', () => {
  const exchange = JSON.parse(ask(['--no-store', '--json', 'tell me about chemo']));
  expect(exchange).toMatchObject({
    utterance: 'tell me about chemo',
    intent: 'TellMeAboutIntent',
    slots: { subject: { value: 'chemo', status: 'ER_SUCCESS_MATCH', id: 'treatment.chemotherapy' } },
    shouldEndSession: false,
  });
  expect(exchange.ssml).toMatch(/^<speak>.*<\/speak>$/);
  expect(exchange.text).toMatch(/^Chemotherapy uses drugs/);
  expect(exchange.reprompt).toMatch(/You can say yes, repeat, or list topics\.$/);
});

test('reads one utterance per line from stdin as one continuing conversation', () => {
  const lines = ask(['--no-store', '--json'], 'open bone cancer guide\nwhat causes it\nyes\nrepeat\nstop\nwhat is the outlook\n')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line));
  expect(lines.map((l) => l.intent)).toEqual([
    'LaunchRequest',
    'CausesIntent',
    'AMAZON.YesIntent',
    'AMAZON.RepeatIntent',
    'AMAZON.StopIntent',
    'PrognosisIntent',
  ]);
  expect(lines[2].text).toBe(lines[3].text);
  expect(lines[4]).toMatchObject({ text: 'Goodbye, and take care.', shouldEndSession: true, reprompt: null });
  // After stop, the next question opens a new session: a one-shot, answered at once; the store remembers
  // that the disclaimer was heard at the launch.
  expect(lines[5].text).toMatch(/^Prognosis means the likely outcome/);
  expect(lines[5].text).not.toMatch(/not medical advice/);
});

test('plain-text mode prints one line per input line, and a blank line is silence (the reprompt)', () => {
  const lines = ask(['--no-store'], 'what are the symptoms\n\n').split('\n');
  expect(lines[0]).toMatch(/^The most common symptom is pain/);
  expect(lines[1]).toBe('Would you like to hear about fractures? You can say yes, repeat, or list topics.');
});
