// npm run ask -- "what are the symptoms"      the skill's spoken reply, as plain text
// npm run ask -- --json "what are the symptoms"   one JSON object per reply
// npm run ask < questions.txt                 one utterance per line, as one continuing conversation
// Standard output holds the replies and nothing else (notices and log lines go to standard error), so that
// `--json` output can be read by another program.
import { createInterface } from 'node:readline';
import { commandLineOrUsage } from './command-line';
import type { Exchange } from './conversation';
import { localConversation, startLocalSkill } from './runtime';

const USAGE = `usage: npm run ask -- [options] "what you would say"
       npm run ask -- [options] < utterances.txt

Says it to the skill as Alexa would (a question without "open bone cancer guide" is a one-shot question) and
prints the reply a listener hears. Without words, reads one utterance per line from standard input, as one
continuing conversation.`;

async function main(): Promise<void> {
  const line = commandLineOrUsage(process.argv.slice(2), {
    name: 'ask',
    usage: USAGE,
    flags: {
      json: { type: 'boolean', help: 'one JSON object per reply: {utterance, intent, slots, ssml, text, reprompt, shouldEndSession}' },
    },
    takesWords: true,
  });
  if (!line) return;
  const print = (exchange: Exchange): void => {
    process.stdout.write(line.flags.json ? `${JSON.stringify(exchange)}\n` : `${exchange.text}\n`);
  };
  const skill = await startLocalSkill(line.options);
  const conversation = localConversation(skill, line.options);
  try {
    if (line.words.length > 0) {
      print(await conversation.say(line.words.join(' ')));
    } else {
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const utterance of lines) print(await conversation.say(utterance));
    }
    await conversation.end();
  } finally {
    await skill.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`ask: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
