// Writes the deployable Lambda zip: the esbuild bundle as index.js at the zip root (the template's Handler is
// index.handler), the question engine it loads with the first question (question.js), the question index's pack that
// question.js reads when a question first searches (question.pack), and nothing else. The AWS SDK v3 stays out: the
// nodejs22.x runtime provides it.
// Usage: node scripts/package.mjs [--bundle dist/lambda] [--out dist/package/skill.zip] [--quiet]
// Run `node scripts/build.mjs lambda` (or `npm run build`) first. `ask deploy` zips dist/lambda itself, so this
// refuses a bundle folder holding anything but those three files: the two zips must hold the same thing.
import { readdirSync, readFileSync, realpathSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeZip } from './zip.mjs';

export const BUNDLE_FILE = 'index.js';
/** Required by index.js with the first question (lambda/question/find.ts). */
export const QUESTION_ENGINE_FILE = 'question.js';
/**
 * Read whole by question.js from beside itself when a question first searches: the question index's parts,
 * brotli-packed, as bytes rather than base64 in question.js (written by scripts/build.mjs).
 */
export const QUESTION_PACK_FILE = 'question.pack';
export const BUNDLE_FILES = [BUNDLE_FILE, QUESTION_ENGINE_FILE, QUESTION_PACK_FILE];
export const DEFAULT_BUNDLE_DIR = 'dist/lambda';
export const DEFAULT_OUT = 'dist/package/skill.zip';

/**
 * Zips `<bundleDir>/index.js`, `question.js` and `question.pack` into `outFile` at its root. Throws when one is missing,
 * a script does not look like a CommonJS module, or they have company in their folder.
 * @param {{ bundleDir?: string, outFile?: string, files?: string[] }} [options] `files`: what the folder holds
 *   (default: the skill's three files; the benchmark's baseline has index.js alone)
 * @returns {Promise<{ file: string, bytes: number, bundleBytes: number, entries: string[] }>} `bundleBytes`: every
 *   file's size, added (the package's raw budget)
 */
export async function createPackage({ bundleDir = DEFAULT_BUNDLE_DIR, outFile = DEFAULT_OUT, files: names = BUNDLE_FILES } = {}) {
  const dir = resolve(bundleDir);
  let present;
  try {
    present = readdirSync(dir);
  } catch {
    throw new Error(`no bundle folder at ${bundleDir}: run \`node scripts/build.mjs lambda\` first`);
  }
  for (const file of names) {
    if (!present.includes(file)) throw new Error(`no ${file} in ${bundleDir}: run \`node scripts/build.mjs lambda\` first`);
  }
  const extra = present.filter((name) => !names.includes(name));
  if (extra.length > 0) {
    throw new Error(`${bundleDir} holds more than the bundle (${extra.join(', ')}): \`ask deploy\` would ship it; remove it`);
  }
  const files = names.map((name) => ({ name, data: readFileSync(join(dir, name)) }));
  // The handler must be reachable as index.handler from a CommonJS module, and the engine required from it.
  for (const { name, data } of files.filter(({ name }) => name.endsWith('.js'))) {
    if (!/\bmodule\.exports\s*=/.test(data.toString('utf8')))
      throw new Error(`${join(dir, name)} is not a CommonJS bundle (no module.exports)`);
  }

  const out = resolve(outFile);
  await mkdir(dirname(out), { recursive: true });
  // Fixed timestamps and regular files readable by all (scripts/zip.mjs): the same bundle always gives the same zip.
  const bytes = await writeZip(out, files);
  const bundleBytes = files.reduce((sum, { data }) => sum + data.length, 0);
  return { file: out, bytes, bundleBytes, entries: [...names] };
}

function argValue(args, name) {
  const at = args.indexOf(name);
  return at === -1 ? undefined : args[at + 1];
}

// Run as a script (also through a symlinked scripts/ folder), not when imported by the benchmark.
if (process.argv[1] && realpathSync(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  try {
    const result = await createPackage({ bundleDir: argValue(args, '--bundle'), outFile: argValue(args, '--out') });
    if (!args.includes('--quiet')) {
      const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
      console.log(`${result.file}  ${kb(result.bytes)} (${result.entries.join(', ')}; bundle ${kb(result.bundleBytes)})`);
    }
  } catch (error) {
    console.error(`package: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}
