// Writes the deployable Lambda zip: the esbuild bundle as index.js at the zip root (the template's Handler is
// index.handler) and nothing else. The AWS SDK v3 stays out: the nodejs22.x runtime provides it.
// Usage: node scripts/package.mjs [--bundle dist/lambda] [--out dist/package/skill.zip] [--quiet]
// Run `node scripts/build.mjs lambda` (or `npm run build`) first. `ask deploy` zips dist/lambda itself, so this
// refuses a bundle folder holding anything but index.js: the two zips must hold the same thing.
import { createWriteStream, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { ZipFile } from 'yazl';

export const BUNDLE_FILE = 'index.js';
export const DEFAULT_BUNDLE_DIR = 'dist/lambda';
export const DEFAULT_OUT = 'dist/package/skill.zip';

/** A fixed timestamp, so the same bundle always gives the same zip (and the same S3 upload hash). */
const FIXED_MTIME = new Date('2020-07-01T00:00:00Z');

/**
 * Zips `<bundleDir>/index.js` into `outFile` as `index.js`. Throws when the bundle is missing, does not look
 * like a CommonJS Lambda handler, or has company in its folder.
 * @param {{ bundleDir?: string, outFile?: string }} [options]
 * @returns {Promise<{ file: string, bytes: number, bundleBytes: number, entries: string[] }>}
 */
export async function createPackage({ bundleDir = DEFAULT_BUNDLE_DIR, outFile = DEFAULT_OUT } = {}) {
  const dir = resolve(bundleDir);
  const bundlePath = join(dir, BUNDLE_FILE);
  let present;
  try {
    present = readdirSync(dir);
  } catch {
    throw new Error(`no bundle folder at ${bundleDir}: run \`node scripts/build.mjs lambda\` first`);
  }
  if (!present.includes(BUNDLE_FILE)) throw new Error(`no ${BUNDLE_FILE} in ${bundleDir}: run \`node scripts/build.mjs lambda\` first`);
  const extra = present.filter((name) => name !== BUNDLE_FILE);
  if (extra.length > 0) {
    throw new Error(`${bundleDir} holds more than the bundle (${extra.join(', ')}): \`ask deploy\` would ship it; remove it`);
  }
  const bundle = readFileSync(bundlePath);
  // The handler must be reachable as index.handler from a CommonJS module.
  if (!/\bmodule\.exports\s*=/.test(bundle.toString('utf8'))) {
    throw new Error(`${bundlePath} is not a CommonJS bundle (no module.exports)`);
  }

  const out = resolve(outFile);
  await mkdir(dirname(out), { recursive: true });
  const zip = new ZipFile();
  // Regular file, readable by all: Lambda runs the code as a different user from the one that zipped it.
  zip.addBuffer(bundle, BUNDLE_FILE, { mtime: FIXED_MTIME, mode: 0o100644, compressionLevel: 9 });
  zip.end();
  await pipeline(zip.outputStream, createWriteStream(out));
  return { file: out, bytes: statSync(out).size, bundleBytes: bundle.length, entries: [BUNDLE_FILE] };
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
