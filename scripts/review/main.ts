// `npm run script`: writes the review script (every response the skill can give, for clinical sign-off), the
// conversation map and the large-print "things you can ask" sheet.
// Usage: node dist/tools/review.js [--out <folder>]   (default: review/, which git ignores)
import { resolve } from 'node:path';
import { generateReview } from './generate';

async function main(argv: string[]): Promise<void> {
  const at = argv.indexOf('--out');
  const outDir = resolve(at >= 0 && argv[at + 1] ? (argv[at + 1] as string) : 'review');
  const { review, files, fingerprint } = await generateReview(outDir);
  console.log(`review script ${fingerprint}: ${review.responses.length} distinct responses from ${review.captures} requests`);
  const { sentences, quotedAlone } = review.questions;
  console.log(
    `  answers: ${sentences} sentences that answers can quote, ${quotedAlone} heard quoted on their own; ${review.layWords.terms.length} lay-word entries`,
  );
  const reviewed = review.questions.units.reduce((n, unit) => n + unit.answers.questions.length, 0);
  console.log(`  ${review.kinds.length} kinds of question, each asked by its example; ${reviewed} reviewed questions`);
  for (const file of files) console.log(`  ${file}`);
  if (review.flagged.length > 0) {
    console.log(`${review.flagged.length} flagged:`);
    for (const flag of review.flagged) console.log(`  ${flag.label}: ${flag.flags.join('; ')}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
