// `npm run fuzz`: the envelope fuzzer (test/support/fuzz.ts) at length, outside jest.
//   --runs N    cases to run (default 100,000; or FUZZ_RUNS)
//   --seed S    fast-check seed (default: random; printed, so any run can be replayed)
//   --path P    replay one failing case: the path printed with a failure (with its seed)
// Prints the count and the time; on failure the seed, the path, the shrunk envelope and what was wrong,
// and exits 1. Any unhandled rejection or uncaught exception during the run is a failure too.
import fc from 'fast-check';
import { createFuzzWorld, describeEnvelope, envelopeOf, fuzzProperty } from '../test/support/fuzz';

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

const runs = Number(option('runs') ?? process.env.FUZZ_RUNS ?? 100_000);
const seed = Number(option('seed') ?? process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
const path = option('path');

const stray: string[] = [];
process.on('unhandledRejection', (reason) => stray.push(`unhandled rejection: ${reason instanceof Error ? reason.stack : String(reason)}`));
process.on('uncaughtException', (error) => stray.push(`uncaught exception: ${error.stack ?? String(error)}`));

async function main(): Promise<number> {
  if (!Number.isInteger(runs) || runs < 1 || !Number.isInteger(seed)) {
    console.error('usage: npm run fuzz -- [--runs N] [--seed S] [--path P]');
    return 2;
  }
  const world = await createFuzzWorld();
  console.log(`fuzz: ${runs} cases, seed ${seed}${path ? `, path ${path}` : ''}, ${world.bases.length} base envelopes`);
  const started = performance.now();
  let done = 0;
  const progress = setInterval(() => console.log(`fuzz: ${done} cases…`), 15_000);
  const property = fuzzProperty(world).beforeEach(() => {
    done += 1;
  });
  const details = await fc.check(property, { numRuns: runs, seed, ...(path ? { path } : {}), endOnFailure: false });
  clearInterval(progress);
  // Let any stray background work surface before judging.
  await new Promise((resolve) => setTimeout(resolve, 100));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (details.failed) {
    const example = details.counterexample?.[0];
    console.error(`fuzz: FAILED after ${details.numRuns} cases (${details.numShrinks} shrinks), ${seconds} s`);
    console.error(`  seed ${details.seed}, path ${details.counterexamplePath}`);
    console.error(`  replay: npm run fuzz -- --seed ${details.seed} --path ${details.counterexamplePath}`);
    if (example) {
      console.error(`  envelope: ${describeEnvelope(envelopeOf(world, example))}`);
      console.error(`  stored preferences: ${describeEnvelope(example.stored)}`);
    }
    console.error(
      `  ${String(details.errorInstance instanceof Error ? details.errorInstance.message : details.errorInstance)
        .split('\n')
        .join('\n  ')}`,
    );
    return 1;
  }
  if (stray.length > 0) {
    console.error(`fuzz: ${stray.length} stray errors during ${details.numRuns} cases (seed ${seed})\n${stray.slice(0, 5).join('\n')}`);
    return 1;
  }
  console.log(`fuzz: ${details.numRuns} cases passed in ${seconds} s (seed ${seed}): 0 unhandled exceptions, 0 invalid responses`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('fuzz: the runner itself failed', error);
    process.exit(1);
  },
);
