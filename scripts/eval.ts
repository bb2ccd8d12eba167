// npm run eval: the question-answering evaluation, as a new user tries it: each question asked one-shot,
// through the local language understanding and the whole skill (as `npm run ask -- --no-store` does), and
// the first reply checked for the fact that answers it, for saying plainly that the sheet does not, or (for a
// sensitive question) for the kind of reply the design asks for. Prints the score, the confidently wrong
// replies (a passage read as the answer that does not answer), the score by category, and every miss.
// Usage: npm run eval [-- file.json …] [-- --quiet]
import { evaluateQuestions, QUESTION_SETS, readQuestionSet } from '../test/support/question-eval';

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const files = args.filter((arg) => !arg.startsWith('--'));
  const quiet = args.includes('--quiet');
  let failed = false;
  for (const file of files.length > 0 ? files : QUESTION_SETS) {
    const result = await evaluateQuestions(readQuestionSet(file));
    if (!quiet) {
      for (const miss of result.misses) {
        const mark = miss.confidentlyWrong ? 'CONFIDENTLY WRONG' : 'miss';
        console.log(`${mark}: ${miss.question}\n  expected ${miss.expected}\n  heard (${miss.intent}): ${miss.heard}`);
      }
    }
    const categories = Object.entries(result.byCategory)
      .map(([name, tally]) => `${name} ${tally.passed}/${tally.total}`)
      .join(', ');
    console.log(
      `${file}: ${result.passed}/${result.total} (${result.percent.toFixed(1)}%); answered ${result.answerable.passed}/${result.answerable.total}, not covered said ${result.notCovered.passed}/${result.notCovered.total}; confidently wrong ${result.confidentlyWrong}\n  by category: ${categories}`,
    );
    failed ||= result.misses.length > 0;
  }
  process.exitCode = failed ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 2;
});
