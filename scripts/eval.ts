// npm run eval: the question-answering evaluation, as a new user tries it: each question asked one-shot,
// through the local language understanding and the whole skill (as `npm run ask -- --no-store` does), and
// the first reply checked for the fact that answers it, or, for a question the sheet does not answer, for
// saying so plainly. Prints the score and every miss. Usage: npm run eval [-- file.json …]
import { evaluateQuestions, QUESTION_SETS, readQuestionSet } from '../test/support/question-eval';

async function main(): Promise<void> {
  const files = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
  let failed = false;
  for (const file of files.length > 0 ? files : QUESTION_SETS) {
    const result = await evaluateQuestions(readQuestionSet(file));
    for (const miss of result.misses)
      console.log(`miss: ${miss.question}\n  expected ${miss.expected}\n  heard (${miss.intent}): ${miss.heard}`);
    console.log(
      `${file}: ${result.passed}/${result.total} (${result.percent.toFixed(1)}%); answered ${result.answerable.passed}/${result.answerable.total}, not covered said ${result.notCovered.passed}/${result.notCovered.total}`,
    );
    failed ||= result.misses.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
