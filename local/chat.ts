// npm run chat: a typed conversation with the skill in the terminal, as if talking to an Echo.
import { createInterface } from 'node:readline';
import { commandLineOrUsage } from './command-line';
import { localConversation, startLocalSkill } from './runtime';

const USAGE = `usage: npm run chat [-- options]

A typed conversation with the skill, as if talking to an Echo: it opens the skill, then you type what you would
say. An empty line is silence; Ctrl-D (or Ctrl-C) leaves.`;

function show(text: string, ended: boolean): void {
  process.stdout.write(`\nAlexa: ${text}\n`);
  if (ended) process.stdout.write('\n(The skill has closed. Type a question to start again, or press Ctrl-D to leave.)\n');
}

async function main(): Promise<void> {
  const line = commandLineOrUsage(process.argv.slice(2), { name: 'chat', usage: USAGE });
  if (!line) return;
  const skill = await startLocalSkill(line.options);
  const conversation = localConversation(skill, line.options);
  try {
    process.stdout.write(
      'Secondary bone cancer guide, local chat. Type what you would say to Alexa; press Enter on an empty line to stay silent; Ctrl-D to leave.\n',
    );
    const opening = await conversation.say('open bone cancer guide');
    show(opening.text, opening.shouldEndSession);
    const input = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    input.on('SIGINT', () => input.close());
    input.setPrompt('\nYou: ');
    input.prompt();
    // Ends when input does (Ctrl-D, the end of piped input) or is closed (Ctrl-C).
    for await (const said of input) {
      const reply = await conversation.say(said);
      if (reply.text) show(reply.text, reply.shouldEndSession);
      else if (reply.shouldEndSession && said.trim() === '') show('(silence: the session has timed out)', true);
      input.prompt();
    }
    await conversation.end();
  } finally {
    await skill.close();
  }
  process.stdout.write('\nBye.\n');
}

main().catch((error: unknown) => {
  process.stderr.write(`chat: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
