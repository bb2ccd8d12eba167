// npm run ask -- "what are the symptoms"      the skill's spoken reply, as plain text
// npm run ask -- --json "what are the symptoms"   one JSON object per reply
// npm run ask < questions.txt                 one utterance per line, as one continuing conversation
import { createInterface } from 'node:readline';
import type { Exchange } from './conversation';
import { localConversation, parseCommonArgs, startLocalSkill } from './runtime';

const { options, rest } = parseCommonArgs(process.argv.slice(2));
const json = rest.includes('--json');
const words = rest.filter((arg) => arg !== '--json');

function print(exchange: Exchange): void {
  process.stdout.write(json ? `${JSON.stringify(exchange)}\n` : `${exchange.text}\n`);
}

async function main(): Promise<void> {
  const skill = await startLocalSkill(options);
  const conversation = localConversation(skill, options);
  try {
    if (words.length > 0) {
      print(await conversation.say(words.join(' ')));
    } else {
      const lines = createInterface({ input: process.stdin, crlfDelay: Number.POSITIVE_INFINITY });
      for await (const line of lines) print(await conversation.say(line));
    }
    await conversation.end();
  } finally {
    await skill.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
