// Builds the Lambda bundle into a scratch copy of the project layout (sources linked, not copied), so tests
// that need the real bundle never write into dist/ while other tests read it.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
// local/ too: the build keeps each SDK builder method that local/ reads (scripts/build.mjs, SDK_AS_USED).
const LINKED = ['lambda', 'content', 'local', 'model', 'scripts', 'node_modules', 'package.json', 'tsconfig.json'];

export interface ScratchBuild {
  /** The scratch project folder: the bundle is at dist/lambda/index.js inside it. */
  dir: string;
  bundle: string;
  remove(): void;
}

export function buildLambdaInScratch(prefix: string): ScratchBuild {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of LINKED) symlinkSync(join(ROOT, name), join(dir, name));
  const build = spawnSync(process.execPath, ['scripts/build.mjs', 'lambda', '--quiet'], { cwd: dir, encoding: 'utf8' });
  if (build.status !== 0 || build.stderr !== '') throw new Error(`build failed (${build.status}): ${build.stderr}`);
  return { dir, bundle: join(dir, 'dist', 'lambda', 'index.js'), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
