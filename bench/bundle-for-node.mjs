// Bundles a TypeScript module of the project into a work folder and loads it, so that a plain-node benchmark can
// use the project's own code (envelope helpers, the static host, the browser launcher) rather than a copy.
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The module at `entry` (relative to the repository), bundled as `<name>.js` in `work`; external packages stay in node_modules. */
export async function bundleForNode(entry, name, work, { external = [] } = {}) {
  await build({
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    logLevel: 'error',
    absWorkingDir: ROOT,
    entryPoints: { [name]: entry },
    outdir: work,
    external,
  });
  return createRequire(import.meta.url)(join(work, `${name}.js`));
}
