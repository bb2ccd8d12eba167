// The layers import downwards only. content/ (the fact sheet as data, its checks, and how its words are read)
// is the lowest of our own: the skill (lambda/) and the local tools build on it, and it imports from neither.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const ROOT = join(__dirname, '..');

function sourcesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, encoding: 'utf8' })
    .filter((path) => path.endsWith('.ts'))
    .map((path) => join(folder, path));
}

test('nothing in content/ imports from lambda/, local/ or any other folder of ours', () => {
  const content = resolve(ROOT, 'content');
  const outside = sourcesUnder('content').flatMap((file) =>
    [...readFileSync(join(ROOT, file), 'utf8').matchAll(/\bfrom '(\.{1,2}\/[^']*)'/g)]
      .map((match) => relative(ROOT, resolve(ROOT, dirname(file), match[1] as string)))
      .filter((target) => !resolve(ROOT, target).startsWith(content))
      .map((target) => `${file} → ${target}`),
  );
  expect(outside).toEqual([]);
  // The check sees imports at all: content's own modules import one another.
  expect(readFileSync(join(ROOT, 'content/validate.ts'), 'utf8')).toMatch(/from '\.\/language\/normalize'/);
});
