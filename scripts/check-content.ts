// Fails the build when the content breaks its schema or its own references.
import { validateContent } from '../content/validate';

const problems = validateContent();
for (const problem of problems) console.error(`content: ${problem}`);
if (problems.length > 0) {
  console.error(`${problems.length} content problem(s); nothing was built.`);
  process.exitCode = 1;
}
