// What the Lambda bundle actually contains, from the metafile esbuild writes at build time.
// Usage: node scripts/build.mjs lambda && node scripts/bundle-report.mjs [lambda|local|web|tools] [--json]
// Prints the output size and, per npm package (and our own code), the bytes that survived into the bundle
// (after tree shaking and minification), largest first, with the number of files each contributes.
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const target = args.find((arg) => !arg.startsWith('--')) ?? 'lambda';
let meta;
try {
  meta = JSON.parse(readFileSync(`dist/meta/${target}.json`, 'utf8'));
} catch {
  console.error(`no dist/meta/${target}.json: run \`node scripts/build.mjs ${target}\` first`);
  process.exit(2);
}

/** "node_modules/@aws-sdk/x/dist/y.js" → "@aws-sdk/x"; our own files by top folder ("lambda/", "content/"). */
function ownerOf(path) {
  const at = path.lastIndexOf('node_modules/');
  if (at === -1) return `(ours) ${path.split('/')[0]}/`;
  const [scope, name] = path.slice(at + 'node_modules/'.length).split('/');
  return scope.startsWith('@') ? `${scope}/${name}` : scope;
}

const report = [];
for (const [file, output] of Object.entries(meta.outputs)) {
  if (file.endsWith('.map')) continue;
  const owners = new Map();
  for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
    const owner = ownerOf(input);
    const entry = owners.get(owner) ?? { bytes: 0, files: 0 };
    entry.bytes += bytesInOutput;
    entry.files += bytesInOutput > 0 ? 1 : 0;
    owners.set(owner, entry);
  }
  const packages = [...owners.entries()].map(([name, v]) => ({ name, ...v })).sort((a, b) => b.bytes - a.bytes);
  report.push({ file, bytes: output.bytes, imports: (output.imports ?? []).filter((i) => i.external).map((i) => i.path), packages });
}

if (args.includes('--json')) {
  console.log(JSON.stringify(report, null, 2));
} else {
  for (const { file, bytes, imports, packages } of report) {
    console.log(`${file}: ${(bytes / 1024).toFixed(1)} KB`);
    for (const p of packages) {
      if (p.bytes === 0) continue;
      const share = ((100 * p.bytes) / bytes).toFixed(1).padStart(5);
      console.log(`  ${(p.bytes / 1024).toFixed(1).padStart(7)} KB ${share}%  ${p.name} (${p.files} files)`);
    }
    const external = [...new Set(imports)].sort();
    if (external.length > 0) console.log(`  required at run time, not bundled: ${external.join(', ')}`);
  }
}
