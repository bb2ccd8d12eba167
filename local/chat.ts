// npm run chat: a typed conversation with the skill in the terminal, as if talking to an Echo.
import { createInterface } from 'node:readline/promises';
import { localConversation, parseCommonArgs, startLocalSkill } from './runtime';

const { options } = parseCommonArgs(process.argv.slice(2));

function show(text: string, ended: boolean): void {
  process.stdout.write(`\nAlexa: ${text}\n`);
  if (ended) process.stdout.write('\n(The skill has closed. Type a question to start again, or press Ctrl-D to leave.)\n');
}

async function main(): Promise<void> {
  const skill = await startLocalSkill(options);
  const conversation = localConversation(skill, options);
  process.stdout.write(
    'Secondary bone cancer guide, local chat. Type what you would say to Alexa; press Enter on an empty line to stay silent; Ctrl-D to leave.\n',
  );
  const opening = await conversation.say('open bone cancer guide');
  show(opening.text, opening.shouldEndSession);
  const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
  rl.on('SIGINT', () => rl.close());
  try {
    for (;;) {
      const line = await rl.question('\nYou: ');
      const reply = await conversation.say(line);
      if (reply.text) show(reply.text, reply.shouldEndSession);
      else if (reply.shouldEndSession && line.trim() === '') show('(silence: the session has timed out)', true);
    }
  } catch {
    // readline rejects the pending question when input ends (Ctrl-D) or is closed (Ctrl-C).
  } finally {
    rl.close();
    await conversation.end();
    await skill.close();
    process.stdout.write('\nBye.\n');
  }
}

void main();
