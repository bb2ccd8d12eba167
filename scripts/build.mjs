// Bundles the TypeScript entry points with esbuild. Usage: node scripts/build.mjs [lambda] [local] [web] [tools] [--quiet]
//   lambda  dist/lambda/index.js: one minified CommonJS file for AWS Lambda (the AWS SDK v3 stays external:
//           the Lambda runtime provides it)
//   local   dist/local/*.js: the local runtime (ask, chat, server)
//   web     dist/web/page.js: the web simulator's page script, for browsers (served by dist/local/server.js)
//   tools   dist/tools/*.js: content check and model generator, run by npm scripts
// With no target, builds them all.
import { mkdirSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const targets = wanted.length > 0 ? wanted : ['lambda', 'local', 'web', 'tools'];

/**
 * The Lambda needs only which intent means which topic from the model source, not its hundreds of sample
 * utterances: keep them out of the bundle (and so out of every cold start).
 */
const stripSamples = {
  name: 'strip-model-samples',
  setup(context) {
    context.onLoad({ filter: /interaction-model\.source\.json$/ }, async (file) => {
      const { readFile } = await import('node:fs/promises');
      const source = JSON.parse(await readFile(file.path, 'utf8'));
      const intents = source.intents.map(({ name, topic }) => (topic ? { name, topic } : { name }));
      return { contents: JSON.stringify({ invocationName: source.invocationName, intents }), loader: 'json' };
    });
  },
};

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: quiet ? 'error' : 'warning' };

const builds = {
  lambda: () =>
    build({
      ...common,
      entryPoints: { index: 'lambda/index.ts' },
      outdir: 'dist/lambda',
      minify: true,
      external: ['@aws-sdk/*'],
      // The store loads the AWS SDK on first use with import(). Left native, that is an ES-module import, which
      // ignores NODE_PATH (where the Lambda runtime keeps its SDK) and costs ~60 ms more than require() here
      // (docs/performance.md): compile it to require().
      supported: { 'dynamic-import': false },
      plugins: [stripSamples],
      metafile: true,
      legalComments: 'none',
    }),
  local: () =>
    build({
      ...common,
      entryPoints: { ask: 'local/ask.ts', chat: 'local/chat.ts', server: 'local/server/main.ts' },
      outdir: 'dist/local',
      sourcemap: true,
      // dynalite's LevelDB binding finds its prebuilt binary relative to its own files, so it stays in node_modules.
      external: ['dynalite'],
    }),
  web: () =>
    build({
      bundle: true,
      platform: 'browser',
      format: 'iife',
      target: ['chrome111', 'firefox115', 'safari16'],
      entryPoints: { page: 'local/web/page.ts' },
      outdir: 'dist/web',
      minify: true,
      logLevel: quiet ? 'error' : 'warning',
      metafile: true,
    }),
  tools: () =>
    build({
      ...common,
      entryPoints: {
        'check-content': 'scripts/check-content.ts',
        'generate-model': 'scripts/generate-model.ts',
        review: 'scripts/review/main.ts',
      },
      outdir: 'dist/tools',
    }),
};

for (const target of targets) {
  const run = builds[target];
  if (!run) {
    console.error(`unknown build target: ${target} (expected ${Object.keys(builds).join(', ')})`);
    process.exit(2);
  }
  const result = await run();
  // What went into each bundle, for `node scripts/bundle-report.mjs` (kept out of dist/lambda, which ships).
  if (result.metafile) {
    mkdirSync('dist/meta', { recursive: true });
    writeFileSync(`dist/meta/${target}.json`, JSON.stringify(result.metafile));
  }
  if (!quiet && result.metafile) {
    for (const [file, output] of Object.entries(result.metafile.outputs)) {
      console.log(`${file}  ${(output.bytes / 1024).toFixed(1)} KB`);
    }
  }
}
