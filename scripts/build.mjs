// Bundles the TypeScript entry points with esbuild. Usage: node scripts/build.mjs [lambda] [local] [web] [web-app] [tools] [--quiet]
//   [--no-minify] (the Lambda bundle unminified, named functions and all: for CPU profiles, never for shipping)
//   lambda  dist/lambda/index.js: one minified CommonJS file for AWS Lambda (the AWS SDK v3 stays external:
//           the Lambda runtime provides it), and beside it question.js, the question engine it loads on demand, and
//           question.pack, the question index's packed parts that question.js reads when a question first searches
//   local   dist/local/*.js: the local runtime (ask, chat, server) and the web app's local host (npm run app)
//   web     dist/web/page.js: the page's script with the served transport (served by dist/local/server.js), and
//           dist/web/ask-sheet.html, the printable "things you can ask" the page links to
//   web-app dist/web-app/: the same page with the skill in it, as a static, installable, offline web app
//           (scripts/build-web-app.mjs; docs/web-app.md)
//   tools   dist/tools/*.js: content check and model generator, run by npm scripts
// With no target, builds them all.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, relative, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { build } from 'esbuild';
import { buildWebApp, ENGINE_OWN_PROPERTIES, sourceAsSaid, swcMinified } from './build-web-app.mjs';
import { QUESTION_PACK_FILE } from './package.mjs';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const minifyLambda = !args.includes('--no-minify');
const wanted = args.filter((arg) => !arg.startsWith('--'));
const targets = wanted.length > 0 ? wanted : ['lambda', 'local', 'web', 'web-app', 'tools'];

/**
 * Data is parsed at every cold start. V8 parses a JSON string with JSON.parse faster than the same data
 * written as a JavaScript object literal (which is how esbuild inlines .json), so our data files are inlined as
 * JSON.parse('…'). The Lambda needs only which intent means which topic from the model source, not its
 * hundreds of sample utterances: those are left out of the bundle (and so out of every cold start).
 */
function dataPlugin({ literalParts = [], deflatedParts = [], respellings = true, inComments = false } = {}) {
  return {
    name: 'data-as-json-parse',
    setup(context) {
      context.onLoad({ filter: /\.json$/ }, async (file) => {
        if (file.path.includes('node_modules')) return undefined;
        const { readFile } = await import('node:fs/promises');
        let data = JSON.parse(await readFile(file.path, 'utf8'));
        // What the Lambda carries as JSON, for the check of the names it minifies (checkLambdaOwnProperties): the
        // question index's parts written as object literals are code, whose names esbuild minifies with the rest.
        if (inComments)
          jsonCarried.push(
            JSON.stringify(
              file.path.endsWith(join('question', 'search-index.json'))
                ? Object.fromEntries(Object.entries(data).filter(([key]) => !literalParts.includes(key)))
                : data,
            ),
          );
        // The lay-word table reaches the skill compiled into the question index (search-index.json), so the
        // Lambda bundle carries an empty table of the same shape rather than the reviewed original.
        // An object literal, not JSON.parse: where nothing reads it (the Lambda's index.js), the bundler leaves it out.
        if (file.path.endsWith('lay-words.json'))
          return { contents: "export default { about: '', terms: [], framing: { about: '', phrases: [], words: [] } };", loader: 'js' };
        // The pronunciation table's respellings are what the web app's speech says for an IPA (local/web/spoken.ts):
        // Alexa is sent the IPA, so the Lambda carries the table without them.
        if (!respellings && file.path.endsWith(join('content', 'pronunciation.json'))) data = data.map(({ respelling, ...said }) => said);
        if (file.path.endsWith('interaction-model.source.json')) {
          data = {
            // The invocation name is read by the ask sheet (local/web/ask-sheet-file.ts), not by the Lambda.
            ...(inComments ? {} : { invocationName: data.invocationName }),
            // What the handlers read: which topic or subject an intent means, what a question intent's carriers ask,
            // and whether a sample says words before the carrier ("{query} how long does it take"; all the handler
            // checks of them, as one such sample). Without it "what is a pet scan and how long does it take" put the
            // carrier first in the Lambda, and was heard as time left to live.
            intents: data.intents.map(({ name, topic, subject, asks, samples = [] }) => ({
              name,
              topic,
              subject,
              asks,
              ...(samples.some((sample) => sample.startsWith('{query} ')) ? { samples: ['{query} '] } : {}),
            })),
          };
        }
        // The question index (lambda/question/search-index.json) is parsed part by part, each when a question first
        // needs it: a crisis or an escalation never reads the search table or the lay words (docs/performance.md).
        // Parts named in literalParts are a few long strings each (the question kinds, every unit's stems and reviewed
        // questions, what each passage gives): written as object literals, their strings are the script's own
        // constants, where JSON.parse would copy them into the young generation with the first question
        // (docs/performance.md, "Issue 16, fifth pass").
        if (file.path.endsWith(join('question', 'search-index.json'))) {
          const { brotliCompressSync, constants } = await import('node:zlib');
          const lazy = Object.entries(data).filter(([key]) => !literalParts.includes(key) && !deflatedParts.includes(key));
          const parts = lazy.map(([key, value]) => `${JSON.stringify(key)}:${JSON.stringify(JSON.stringify(value))}`);
          // In the Lambda the kinds' cue lists are carried in a comment (below), read at every question, their most
          // frequent words written in codes.
          const coded =
            inComments && literalParts.includes('kinds')
              ? cuesRefined(listsNumbered(await cuesCodedSmallest(await cuesMerged(data.kinds.cues)), data.kinds.lists))
              : undefined;
          const cueLines = coded ? Object.values(coded.cues) : undefined;
          // Parts named in deflatedParts (those only a question searched in the sheet reads: never a launch, a crisis
          // or an escalation) travel compressed: each part's JSON on a line of its own (JSON.stringify writes no
          // newline), unpacked with node:zlib when a question first reads one of them. In the Lambda the pack is a file
          // of its own beside question.js (QUESTION_PACK_FILE, read whole by packRead: the twenty-fifth pass's raw
          // room, 4/3 of its bytes as base64), elsewhere one base64 string. Brotli
          // at its best quality: 2.4 KB less base64 than raw deflate with the cue lists as its dictionary (the
          // fourteenth pass), and no slower to unpack in a fresh process, where loading node:zlib is most of the time
          // (docs/performance.md, "Issue 16, fifteenth pass"). The parts go in the order that packs smallest: orders
          // ranked at a fast quality (0.4 s for the 120), the best few packed at the best quality.
          // Each part as packedText writes it, after the units' line (readers, below).
          const packedAs = packedTexts(data, deflatedParts);
          const pack = (entries, quality) => {
            const text = Buffer.from([packedAs.units, ...entries.map(([key]) => packedAs.texts.get(key))].join('\n'));
            return brotliCompressSync(text, {
              params: {
                [constants.BROTLI_PARAM_QUALITY]: quality,
                [constants.BROTLI_PARAM_LGWIN]: 16,
                [constants.BROTLI_PARAM_SIZE_HINT]: text.length,
              },
            });
          };
          const deflated = orders(Object.entries(data).filter(([key]) => deflatedParts.includes(key)))
            .map((entries) => ({ entries, fast: pack(entries, 5).length }))
            .sort((a, b) => a.fast - b.fast)
            .slice(0, 4)
            .map(({ entries }) => ({ entries, packed: pack(entries, constants.BROTLI_MAX_QUALITY) }))
            .reduce((best, order) => (order.packed.length < best.packed.length ? order : best));
          const packed = deflated.packed;
          const fields = Object.entries(data).map(([key, value]) => {
            const name = JSON.stringify(key);
            if (literalParts.includes(key))
              return `index[${name}] = ${cueLines && key === 'kinds' ? withCuesCarried(value, 'cuesCarried', coded) : JSON.stringify(value)};`;
            // A packed part's getter made by one function (packedPart): five getters written out were 0.3 KB.
            if (deflatedParts.includes(key))
              return `packedPart(${name}, ${deflated.entries.findIndex(([other]) => other === key) + 1}${packedAs.readers.has(key) ? `, ${packedAs.readers.get(key)}` : ''});`;
            return `Object.defineProperty(index, ${name}, { enumerable: true, get: () => parsed[${name}] ?? (parsed[${name}] = JSON.parse(parts[${name}])) });`;
          });
          if (inComments && deflated.entries.length > 0) questionPack = packed;
          const inflate =
            deflated.entries.length === 0
              ? ''
              : `${inComments ? '' : `const packed = ${JSON.stringify(packed.toString('base64'))};\n`}let lines, unitKeys;
${inComments ? packRead(packed.length) : ''}const inflated = () => (lines ??= require('node:zlib').brotliDecompressSync(${inComments ? 'packRead()' : "Buffer.from(packed, 'base64')"}).toString().split('\\n'));
${[...new Set(packedAs.readers.values())].map((reader) => PACKED_READERS[reader]).join('\n')}
const packedPart = (name, n, read) => Object.defineProperty(index, name, { enumerable: true, get: () => parsed[name] ?? (parsed[name] = read ? read(JSON.parse(inflated()[n]), inflated()[0]) : JSON.parse(inflated()[n])) });
`;
          return {
            contents: `${inComments ? "import { textCarried, linesCarried, codesWithStarts } from 'carried-text';\n" : ''}const parts = {${parts.join(',')}};
const parsed = {};
const index = {};
${cueLines ? `const cuesCarried = ${carried('cues', cueLines)};\n` : ''}${inflate}${fields.join('\n')}
export default index;`,
            loader: 'js',
          };
        }
        const json = JSON.stringify(data);
        // In the Lambda, a longer file's JSON is carried in a comment (below), its characters past ASCII as JSON escapes,
        // each object's keys said once per shape (jsonByShape).
        if (inComments && json.length >= 1024) {
          // The topics (the most objects, 0.3 KB of zip; +0.4M instructions at load) and the glossary (0.1 KB; +0.1M:
          // twenty-third pass). The pronunciation table, the model or the APL document as well took a container's first
          // question over a scavenge (+4.6M instructions; all five +4.8M): content that grows the young allocation may
          // take the glossary over too, so recount it (docs/performance.md, "Issue 16, twenty-third pass", and its third
          // round, where the glossary as plain JSON was 0.07M fewer and 133 bytes more, and the word lists read in place
          // made more room under the scavenge task's trigger than it).
          const byShape = ['topics.json', 'glossary.json'].some((name) => file.path.endsWith(join('content', name)));
          const ascii = (byShape ? jsonByShape(data) : json).replace(
            /[\u007f-\uffff]/g,
            (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
          );
          const name = relative(process.cwd(), file.path);
          return {
            contents: `import { textCarried, fromShapes } from 'carried-text';\nexport default ${byShape ? 'fromShapes' : 'JSON.parse'}(textCarried(${carried(name, [ascii])}));`,
            loader: 'js',
          };
        }
        return { contents: `export default JSON.parse(${JSON.stringify(json)});`, loader: 'js' };
      });
    },
  };
}

/**
 * Long texts carried in comments (the Lambda's question.js: docs/performance.md, "Issue 16, thirteenth pass"). A string
 * literal of a script is scanned, copied and internalised when the script is compiled, and the kinds' 124 cue lists
 * (71 KB) and the deflated parts' base64 (25 KB) were most of what compiling question.js cost a container's first
 * question (its page faults above all). The same text in a function's comments is only skipped by the scanner, and
 * `Function.prototype.toString` gives that function's source text (ECMAScript requires it to be the source as
 * written), which V8 returns as a slice of the script's source string, itself kept: each text read from it is a
 * slice too, nothing copied. The build writes a marker (`carried(name, lines)`) where the function goes, and
 * `carryInComments` puts the function there when the file is final (after swc, which would drop comments): the lines
 * in one `//` comment, a tab between them (a line each cost two bytes more, 270 in question.js: fifteenth pass, second
 * round), so a text may say anything but a line break or a tab; ASCII only, so the file stays so.
 */
const carriedTexts = new Map();
/**
 * The Lambda's question index pack (the brotli of its packed parts), written beside question.js as QUESTION_PACK_FILE
 * and read from there by the first question that needs it (`__dirname`: question.js's folder). As raw bytes it is 3/4
 * of what its base64 was in question.js (docs/performance.md, "Twenty-fifth pass (raw room)").
 */
let questionPack;
/**
 * question.js's reader of the pack: opened, read whole into a buffer of the size the build wrote, closed.
 * `fs.readFileSync` (its options, an fstat for the size, its helpers compiled on their first call) cost a container's
 * first searched question 0.23M instructions more than these three calls, and more than the base64 did.
 */
const packRead = (bytes) =>
  `const packRead = () => { const fs = require('node:fs'), fd = fs.openSync(__dirname + ${JSON.stringify(`/${QUESTION_PACK_FILE}`)}), pack = Buffer.allocUnsafe(${bytes}); fs.readSync(fd, pack); fs.closeSync(fd); return pack; };\n`;
/** Every JSON file the Lambda's data plugin loaded, as JSON (the question index's whole, before its parts are packed). */
const jsonCarried = [];
function carried(name, lines) {
  for (const line of lines) {
    if (!/^[\x20-\x7e]*$/.test(line))
      throw new Error(`build: a text carried in a comment (${name}) must be printable ASCII on one line, no tab`);
  }
  carriedTexts.set(name, lines);
  return JSON.stringify(`carried in a comment: ${name}`);
}
/** The function that carries these lines, as the built file declares it and `Function.prototype.toString` gives it back. */
function carriedFunction(lines, name) {
  return `function ${name}(){\n//${lines.join('\t')}\n}`;
}
/** Every order of a list (its length's factorial: for a few items). */
const orders = (list) =>
  list.length <= 1 ? [list] : list.flatMap((first, i) => orders(list.toSpliced(i, 1)).map((rest) => [first, ...rest]));
/**
 * The codes' text of the cue lists' words (content/language/cue-codes.ts) from its words alone ("|about|cancer|…|"):
 * for each word in order, where it starts in the whole text, two characters of 95 (" "…"~"), then the words. The
 * starts deflated worst of all question.js (780 characters, 892 bytes of zip: docs/performance.md, "Issue 16,
 * twenty-second pass, second round"); the Lambda carries the words and writes the starts when question.js loads, once.
 * A function's source: the build writes the codes' text with it too (cuesInCodes), and checks the reader against that.
 */
const codesWithStarts = `function codesWithStarts(w,n){const s=new Array(2*n);for(let i=0,a=0;i<2*n;i+=2){a=w.indexOf("|",a)+1;const x=2*n+a;s[i]=32+(x/95|0);s[i+1]=32+x%95}return String.fromCharCode.apply(null,s)+w}`;
/**
 * A JSON text read back into the value it was written from by jsonByShape: each object an array, the number of its
 * shape (its keys, in their order, in the table that comes first) and then its values; an array whose first item is a
 * number marked by a -1 before it.
 */
const fromShapes = `function fromShapes(t){const[s,d]=JSON.parse(t),u=v=>{if(typeof v[0]=="number"){const k=s[v[0]],o={};for(let i=0;i<k.length;i+=1){const x=v[i+1];o[k[i]]=typeof x=="object"?u(x):x}return o}for(let i=0;i<v.length;i+=1)typeof v[i]=="object"&&(v[i]=u(v[i]));return v};return u(d)}`;
/**
 * A JSON value written with each object's keys said once per shape (fromShapes reads it back; the build checks that it
 * does, to the same JSON, keys in the same order): the Lambda's carried JSON files said "title", "names" or "written"
 * once an object (docs/performance.md, "Issue 16, twenty-second pass, second round").
 */
function jsonByShape(value) {
  const shapes = new Map();
  const coded = (v) => {
    if (v === null) throw new Error('build: a carried JSON text by shapes holds a null (fromShapes reads none)');
    if (Array.isArray(v)) {
      if (typeof v[0] === 'number')
        throw new Error('build: a carried JSON array by shapes starts with a number (fromShapes reads it as an object)');
      return v.map(coded);
    }
    if (typeof v !== 'object') return v;
    // As JSON.stringify writes it: a key whose value is undefined is left out.
    const keys = Object.keys(v).filter((key) => v[key] !== undefined);
    if (keys.includes('__proto__')) throw new Error('build: a carried JSON object has the key __proto__');
    const shape = JSON.stringify(keys);
    shapes.set(shape, (shapes.get(shape) ?? 0) + 1);
    return { shape, values: keys.map((key) => coded(v[key])) };
  };
  const data = coded(value);
  // The shapes numbered most said first (the most a digit each), in their first order where as many.
  const table = [...shapes.keys()].sort((a, b) => shapes.get(b) - shapes.get(a));
  const numbered = (v) => {
    if (Array.isArray(v)) return v.map(numbered);
    return typeof v === 'object' ? [table.indexOf(v.shape), ...v.values.map(numbered)] : v;
  };
  const text = JSON.stringify([table.map((shape) => JSON.parse(shape)), numbered(data)]);
  if (JSON.stringify(new Function(`return ${fromShapes}`)()(text)) !== JSON.stringify(value))
    throw new Error('build: a carried JSON text does not read back from its shapes (fromShapes)');
  return text;
}
/**
 * How the question index's packed parts are written before brotli packs them (docs/performance.md, "Issue 16,
 * twenty-third pass"), and read back when a question first reads one (the part's getter, packedPart): the same JSON
 * value, keys in the same order, which the build checks. The pack's first line is the search table's document ids
 * ("p:types:-1/3,…": each unit's key and its sentences' count), which the search table reads as they are (`withIds`);
 * the parts by unit (the reviewed questions, the stems, what each passage gives) are arrays in the units' order, 0
 * where a unit has none (`byUnits`, their keys the ids' without the counts): the keys were said once a part, not
 * four times. A reader does a few steps for the whole part, not one for each item: a part read back item by item in
 * JavaScript costs a new process about 5,000 instructions an item (the lay-word table's phrases grouped by meaning
 * packed 1.3 KB smaller, and cost a searched first question 11M instructions to read back whole). So the lay-word
 * table's phrases by meaning (`byMeaning`, readingByMeaning) are read back a stem at a time, for the stems a question
 * says (second round of the twenty-third pass).
 */
const PACKED_READERS = {
  byUnits: `function byUnits(v,u){const o={},k=unitKeys??=u.replace(/\\/\\d+/g,"").split(",");for(let i=0;i<k.length;i+=1)v[i]!==0&&(o[k[i]]=v[i]);return o}`,
  withIds: `function withIds(v,u){return{ids:u,...v}}`,
  byMeaning: `function byMeaning([t,B,f]){const H=[...new Set(t.replace(/\\|[^;]*/g,"").split(";"))],c=new Map,l=s=>{if(Object.hasOwn(B,s))return B[s];if(!c.has(s)){const k="|"+String(s),o=[];for(let a=t.indexOf(k);a>=0;a=t.indexOf(k,a+1)){const b=a+k.length,w=t.slice(b,b+t.slice(b).search(/[|;]|$/)),q=t.lastIndexOf(";",a)+1;w[0]>" "||(o[w.split(" ").length]??=[]).push(w.slice(1)+":"+H.indexOf(t.slice(q,t.indexOf("|",q))))}c.set(s,o.reverse().flat().join("|")||void 0)}return c.get(s)};return{meanings:H.map(m=>m?m.split(" ").map(w=>w=="/"?null:w):[]),phrases:new Proxy({},{get:(o,s,r)=>l(s)??Reflect.get(o,s,r),has:(o,s)=>l(s)!=null||s in o,getOwnPropertyDescriptor:(o,s)=>(s=l(s))&&{value:s,writable:!0,enumerable:!0,configurable:!0},ownKeys:()=>[...Object.keys(B),...new Set(t.match(/(?<=\\|)[^ |;]+/g))]}),framing:f.split(" ")}}`,
};
/**
 * The lay-word table (the question index's `reading`: lambda/question/read.ts's ReadingTable) as byMeaning reads it:
 * its phrases by meaning, not by first stem, where brotli finds more of them alike (the pack 1.3 KB smaller). One text
 * of runs joined by ";": a run for each meaning in order, its words first ("/" for a null; these are the meanings,
 * read back with split), then each phrase after a "|", its stems joined by spaces; then the runs that must come later, each
 * after its meaning's words again (a meaning is the number of the first run that says its words). A stem's entry
 * ("rest:meaning|…": its phrases longest first and, of a length, in their order, as readingFrom stores them) is made
 * when a question first looks the stem up (a Proxy), from the phrases that start with it: found with indexOf, grouped
 * by length natively, so each run keeps, of the phrases with the same first stem and length, the table's order, and a
 * phrase that would break it goes in a later run. Made for the few stems a question says, not the table's 1,253
 * phrases at once (regrouping them all in JavaScript cost a searched first question 11.9M instructions:
 * docs/performance.md, "Issue 16, twenty-third pass"); the stems with the most phrases, which most questions say, are
 * kept as stored (STORED_AS_THEY_ARE). Then the framing stems joined by spaces. The same lookups (Object.hasOwn, `in`,
 * []) and values, key by key; only the order in which the keys are enumerated differs, and nothing enumerates them.
 */
function readingByMeaning(reading) {
  const { meanings, phrases, framing } = reading;
  if (Object.keys(reading).join() !== 'meanings,phrases,framing') throw new Error(`build: the reading table's parts changed`);
  const kept = {};
  const entries = [];
  for (const [first, stored] of Object.entries(phrases)) {
    const said = stored.split('|');
    if (said.length > STORED_AS_THEY_ARE) {
      kept[first] = stored;
      continue;
    }
    for (const entry of said) {
      const colon = entry.lastIndexOf(':');
      const rest = entry.slice(0, colon);
      const length = rest === '' ? 1 : rest.split(' ').length + 1;
      entries.push({
        said: rest === '' ? first : `${first} ${rest}`,
        chain: `${first} ${length}`,
        meaning: Number(entry.slice(colon + 1)),
      });
    }
  }
  // Each phrase after the one before it of the same first stem and length (its chain), in runs by meaning.
  const before = new Map();
  const last = new Map();
  for (const entry of entries) {
    if (last.has(entry.chain)) before.set(entry, last.get(entry.chain));
    last.set(entry.chain, entry);
  }
  const done = new Set();
  const runs = [];
  for (let pass = 0; done.size < entries.length || pass === 0; pass += 1) {
    for (let meaning = 0; meaning < meanings.length; meaning += 1) {
      const run = [];
      for (const entry of entries)
        if (entry.meaning === meaning && !done.has(entry) && (!before.has(entry) || done.has(before.get(entry)))) {
          run.push(`|${entry.said}`);
          done.add(entry);
        }
      if (pass === 0 || run.length > 0) runs.push(`${meanings[meaning].map((stem) => stem ?? '/').join(' ')}${run.join('')}`);
    }
  }
  return [runs.join(';'), kept, framing.join(' ')];
}
/**
 * A first stem with more phrases than this keeps its entry as it is stored: the questions' own words ("what" 45, "how"
 * 45, "is" 29, "in" 22, "which" 15), which most questions say, and an entry made from the runs costs a new container
 * some 10,000 instructions a phrase. By meaning they would pack 70 bytes smaller; 14 rather than 12 (also "stop",
 * "keep" and "bon", 13 each) was 40 bytes of zip less and 0.01M instructions more on a bone question, 9 54 bytes more.
 */
const STORED_AS_THEY_ARE = 14;
/** That the reading table read back by byMeaning is the table: its parts, and each stem's lookups, said or not. */
function checkReading(read, value) {
  const fail = (what) => {
    throw new Error(`build: the question index's reading table does not read back by meaning (${what})`);
  };
  if (Object.keys(read).join() !== Object.keys(value).join()) fail('its parts');
  if (JSON.stringify(read.meanings) !== JSON.stringify(value.meanings)) fail('the meanings');
  if (JSON.stringify(read.framing) !== JSON.stringify(value.framing)) fail('the framing stems');
  const keys = Object.keys(value.phrases);
  if (JSON.stringify(Reflect.ownKeys(read.phrases).sort()) !== JSON.stringify([...keys].sort())) fail('the stems');
  const words = new Set([...JSON.stringify(value).split(/[^a-z0-9]+/), '', 'constructor', 'toString', '__proto__', 'hasOwnProperty']);
  for (const stem of new Set([...keys, ...words])) {
    const own = Object.hasOwn(value.phrases, stem);
    if (Object.hasOwn(read.phrases, stem) !== own || stem in read.phrases !== stem in value.phrases) fail(`whether "${stem}" is a stem`);
    if (read.phrases[stem] !== value.phrases[stem]) fail(`the phrases of "${stem}"`);
  }
  const sorted = (v) =>
    JSON.stringify(v, (_key, item) =>
      item && typeof item === 'object' && !Array.isArray(item)
        ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : 1)))
        : item,
    );
  if (sorted(read) !== sorted(value)) fail('its JSON');
}
/**
 * The question index's packed parts as packed (PACKED_READERS): the units' line, each part's text, and the reader each
 * is read back with (none: its JSON). The build fails unless each reads back to the same JSON.
 */
function packedTexts(data, keys) {
  const units = data.index?.ids ?? '';
  const unitKeys = units.split(',').map((entry) => entry.slice(0, entry.lastIndexOf('/')));
  const texts = new Map();
  const readers = new Map();
  for (const key of keys) {
    const value = data[key];
    let written = value;
    if (key === 'index' && typeof value.ids === 'string' && Object.keys(value)[0] === 'ids') {
      const { ids, ...rest } = value;
      written = rest;
      readers.set(key, 'withIds');
    } else if (['asked', 'stems', 'gives'].includes(key) && units !== '') {
      written = unitKeys.map((unit) => value[unit] ?? 0);
      readers.set(key, 'byUnits');
    } else if (key === 'reading') {
      written = readingByMeaning(value);
      readers.set(key, 'byMeaning');
    }
    const text = JSON.stringify(written);
    const reader = readers.get(key);
    const read = reader ? new Function(`let unitKeys;return ${PACKED_READERS[reader]}`)()(JSON.parse(text), units) : JSON.parse(text);
    if (reader === 'byMeaning') checkReading(read, value);
    else if (JSON.stringify(read) !== JSON.stringify(value))
      throw new Error(`build: the question index's packed part ${key} does not read back (${reader})`);
    texts.set(key, text);
  }
  return { units, texts, readers };
}
/** The reader's side (the module `carried-text`): a function's comment lines, less their `//`, as an array; one text. */
const carriedTextHelpers = {
  name: 'carried-text',
  setup(context) {
    context.onResolve({ filter: /^carried-text$/ }, () => ({ path: 'carried-text', namespace: 'carried-text' }));
    context.onLoad({ filter: /.*/, namespace: 'carried-text' }, () => ({
      contents: `function carriedLines(f){const t=f.toString();return t.slice(t.indexOf("\\n//")+3,t.lastIndexOf("\\n")).split("\\t")}
export function textCarried(f){return carriedLines(f)[0]}
export {carriedLines as linesCarried}
export ${codesWithStarts}
export ${fromShapes}`,
      loader: 'js',
    }));
  },
};
/**
 * The kinds with their cue lists carried in a comment, a line each in the order `coded` gives them (cuesArranged), and
 * each list named by its place among the lines ("0"…, in the kinds' rules too): the table's cues are the lines
 * themselves, the array the carrier's text splits into. (Filled into an object literal of their names instead, as until
 * the nineteenth pass, the literal was 1.1 KB; built property by property, the object grew as a dictionary, rehashed at
 * each step: 29 KB of young allocation against 1 KB.) The matcher looks a list up by the name a rule says it by, and
 * counts the table's keys (content/language/kinds.ts): an array's are its indices. The word lists the same
 * (listsNumbered). The build checks that every rule reads back.
 */
function withCuesCarried(kinds, carrier, { cues, codes: codeWords, lists: wordLists }) {
  const { cues: named, ...rest } = kinds;
  if (Object.keys(cues).sort().join() !== Object.keys(named).sort().join())
    throw new Error("build: the cue lists carried are not the table's");
  const names = Object.keys(cues);
  const numbered = new Map(names.map((name, n) => [name, String(n)]));
  const renamed = (name) => {
    if (!numbered.has(name)) throw new Error(`build: a kind's rules name the cue list ${name}, which the table has not`);
    return numbered.get(name);
  };
  const numberedKinds = rest.kinds.map((kind) => ({ ...kind, rules: kind.rules.replace(/[^;,!]+/g, renamed) }));
  for (const [k, kind] of numberedKinds.entries())
    if (kind.rules.replace(/[^;,!]+/g, (number) => names[Number(number)]) !== rest.kinds[k].rules)
      throw new Error(`build: the rules of the kind ${kind.id} do not read back once numbered`);
  // The keys stay in the table's order: cues between lists and kinds, as the literal had them.
  if (Object.keys(kinds).join() !== 'lists,cues,kinds') throw new Error(`build: the kinds table's parts changed: ${Object.keys(kinds)}`);
  return `{"lists":linesCarried(${carried('word-lists', wordLists)}),"cues":linesCarried(${carrier}),"kinds":${literal(numberedKinds)},"codes":codesWithStarts(textCarried(${carried('cue-codes', [codeWords])}),${codeWords.split('|').length - 2})}`;
}

/**
 * A JSON value as a JavaScript literal whose keys, where they are names, are written bare: esbuild minifies a bare
 * property name that the build lists (mangleProps), as it does the code's that read it, and leaves a quoted one as it is.
 */
function literal(value) {
  if (Array.isArray(value)) return `[${value.map(literal).join(',')}]`;
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  const key = (name) => (/^[A-Za-z_$][\w$]*$/.test(name) && name !== '__proto__' ? name : JSON.stringify(name));
  return `{${Object.entries(value)
    .map(([name, item]) => `${key(name)}:${literal(item)}`)
    .join(',')}}`;
}

/**
 * The word lists named by their place in the table ("@d" is "@0"), as the cue lists are (withCuesCarried): the table's
 * word lists are then their lines, an array, read by the name a cue or a list says them by ("@0": lists["0"]), as the
 * matcher reads them (content/language/kinds.ts), and no literal of their names is carried. The build checks that
 * every list and cue says its lists back by their names.
 */
function listsNumbered({ cues, codes }, lists) {
  const names = Object.keys(lists);
  const numbered = new Map(names.map((name, n) => [name, String(n)]));
  const renamed = (text) =>
    text.replace(/@([^ |/;]+)/g, (reference, name) => {
      if (!numbered.has(name)) throw new Error(`build: a cue or word list says ${reference}, which the table has not`);
      return `@${numbered.get(name)}`;
    });
  const back = (text) => text.replace(/@([^ |/;]+)/g, (_reference, number) => `@${names[Number(number)]}`);
  const numberedCues = Object.fromEntries(Object.entries(cues).map(([name, list]) => [name, renamed(list)]));
  const numberedLists = names.map((name) => renamed(lists[name]));
  for (const [name, list] of Object.entries(numberedCues))
    if (back(list) !== cues[name]) throw new Error(`build: the cue list ${name} does not read back once its lists are numbered`);
  for (const [n, list] of numberedLists.entries())
    if (back(list) !== lists[names[n]]) throw new Error(`build: the word list ${names[n]} does not read back once numbered`);
  return { cues: numberedCues, codes, lists: numberedLists };
}

/**
 * What a code of two characters must save of the raw cue lists (less its cost in the codes' text) to be given. The
 * zip, not the raw bytes, is the tighter budget since the seventeenth pass, and the codes deflate worse than the words
 * they stand for (the sixteenth pass's codes took the zip up 0.9 KB): measured, the codes that save few raw bytes
 * cost the zip more than they save it. Given every code that saved a byte (754),
 * question.js deflated to 71,510 bytes; given those that save 20 or more (288), to 70,794, for 3,383 raw bytes more;
 * 12: 70,862; 30: 70,817; 40: 70,849 (docs/performance.md, "Issue 16, seventeenth pass, second round"). With the
 * lists with fewer cues and arranged (cuesMerged, cuesArranged: eighteenth pass), 16: 70,582 bytes; 12: 70,774 (826
 * raw bytes fewer); 20: 70,627; 24: 70,536 (1,525 raw bytes more); 30: 70,538.
 */
const TWO_CHARACTER_SAVINGS = [8, 12, 16, 20];
/**
 * Which of TWO_CHARACTER_SAVINGS: the one whose lists and codes, arranged (cuesArranged), deflate smallest together.
 * The best moved with the content from pass to pass (20 and 24 on the eighteenth pass's, 16 until the twenty-third's,
 * 12 on its second round's: question.js 74,121 → 73,999 bytes deflated, where 8, 10, 14 and 20 gave 74,024 to 74,090),
 * so the build measures it (docs/performance.md, "Issue 16, twenty-third pass, second round"); about 0.6 s a value
 * idle, 0.9 s loaded. Which one won is kept as a search's order is (remembered, under a hash of the cue lists and the
 * values): a build whose cue lists have not changed arranges them for that one value only, ~2.7 s less of every build
 * but a content change's first (docs/performance.md, "Issue 16, twenty-fourth pass, second round").
 */
async function cuesCodedSmallest(cues) {
  const arrangedWith = async (saving) => cuesArranged(await cuesInCodes(cues, saving));
  const measured = new Map();
  const chosen = await rememberedAsync(
    ['cuesCodedSmallest', 1, cues, TWO_CHARACTER_SAVINGS],
    async () => {
      let smallest;
      for (const saving of TWO_CHARACTER_SAVINGS) {
        const arranged = await arrangedWith(saving);
        measured.set(saving, arranged);
        const bytes = deflateRawSync(`${Object.values(arranged.cues).join('\t')}\n${arranged.codes}`, { level: 9 }).length;
        if (!smallest || bytes < smallest.bytes) smallest = { saving, bytes };
      }
      return smallest.saving;
    },
    (saving) => TWO_CHARACTER_SAVINGS.includes(saving),
  );
  return measured.get(chosen) ?? arrangedWith(chosen);
}
/**
 * The cue lists with their most frequent words written in codes (content/language/kinds.ts, `KindTable.codes`): 74.7 KB
 * of cue lists were a third of the package, and their words are few and said again and again ("the" 330 times, "how"
 * 232, "cancer" 75). The 26 words that save most take a capital each ("A"…"Z"), the others that save anything a
 * capital and a letter or digit ("AA"…"Z9"), so that a code is never a word (the cues are lower case; checked). A code
 * stands only for a whole word of a cue ("word", not "word*", "@list", "^" or "$"), where the matcher reads a word.
 * The codes' text, carried in a comment too, is read in place: for each code in order where its word starts (two
 * characters), then the words, each after a "|", the one-character codes' words in order and then the others': a
 * code's word is found without a search, and a question's word's code by halving each part.
 */
async function cuesInCodes(cues, twoCharacterSaving) {
  const { CODE_DIGITS: digits, inWords, codeOf } = await cueCodes();
  const text = Object.values(cues).join(';');
  if (/[A-Z]/.test(text)) throw new Error('build: a cue list says a capital letter, which the codes of its words need');
  const delimiters = /([ ;/|])/;
  const coded = (token) => /^[a-z0-9]+$/.test(token);
  const times = new Map();
  for (const token of text.split(delimiters)) if (coded(token)) times.set(token, (times.get(token) ?? 0) + 1);
  // What a code saves, less what it costs in the codes' text (its start, two characters, and its word after a "|"): so
  // a code of one character is only of a word of two or more, one of two only of a word of three or more (codeOf
  // looks no further). A code of two characters only where it saves twoCharacterSaving bytes or more (TWO_CHARACTER_SAVINGS).
  const saving = (word, length) => (times.get(word) ?? 0) * (word.length - length) - (word.length + 3);
  const byOne = [...times.keys()].sort((a, b) => saving(b, 1) - saving(a, 1) || (a < b ? -1 : 1));
  const words = byOne.slice(0, 26).filter((word) => saving(word, 1) > 0);
  if (words.length === 26)
    words.push(
      ...byOne
        .slice(26)
        .filter((word) => saving(word, 2) >= twoCharacterSaving)
        .sort((a, b) => saving(b, 2) - saving(a, 2) || (a < b ? -1 : 1))
        .slice(0, 26 * digits.length),
    );
  // Each word's start, as two characters of 95 (" "…"~"): the codes' text may be at most 95 × 95 characters long.
  while (words.length > 0 && 2 * words.length + 1 + words.join('|').length + 1 > 95 * 95) words.pop();
  // The one-character codes' words in order, then the others' (as codeOf halves them: "them" before "the").
  const inOrder = (a, b) => (`${a}|` < `${b}|` ? -1 : 1);
  words.splice(0, words.length, ...words.slice(0, 26).sort(inOrder), ...words.slice(26).sort(inOrder));
  const codeOfWord = new Map(
    words.map((word, n) => [word, n < 26 ? digits[n] : digits[Math.floor((n - 26) / 62)] + digits[(n - 26) % 62]]),
  );
  // The Lambda carries the words only and writes their starts when question.js loads (codesWithStarts): the reader is
  // checked below against the text it will write.
  const wordsText = `|${words.join('|')}|`;
  const codes = new Function(`return ${codesWithStarts}`)()(wordsText, words.length);
  const starts = [];
  for (let n = 0, at = 2 * words.length + 1; n < words.length; at += words[n].length + 1, n += 1)
    starts.push(32 + Math.floor(at / 95), 32 + (at % 95));
  if (codes !== String.fromCharCode(...starts) + wordsText) throw new Error("build: the codes' starts do not read back");
  const inCodes = Object.fromEntries(
    Object.entries(cues).map(([name, list]) => [
      name,
      list
        .split(delimiters)
        .map((token) => codeOfWord.get(token) ?? token)
        .join(''),
    ]),
  );
  // Read back with the reader the Lambda's matcher runs (content/language/cue-codes.ts): every list gives its words
  // again (inWords), every coded word's code is found (codeOf, as a question's words are looked up), and no other word
  // of the cues is taken for a coded one; and each part of the codes is in order.
  if (words.some((word, n) => word.length < (n < 26 ? 2 : 3))) throw new Error('build: a code is as long as its word');
  for (const part of [words.slice(0, 26), words.slice(26)])
    if (part.some((word, i) => i > 0 && !(`${part[i - 1]}|` < `${word}|`))) throw new Error('build: the codes are not in order');
  for (const [word, code] of codeOfWord)
    if (codeOf(word, codes) !== code || inWords(code, codes) !== word)
      throw new Error(`build: the word "${word}" and its code ${code} do not find each other in the codes' text`);
  for (const word of times.keys())
    if (!codeOfWord.has(word) && codeOf(word, codes) !== '') throw new Error(`build: the word "${word}", not coded, is found a code`);
  for (const [name, list] of Object.entries(cues))
    if (
      inCodes[name]
        .split(delimiters)
        .map((token) => (token === '' ? token : inWords(token, codes)))
        .join('') !== list
    )
      throw new Error(`build: the cue list ${name} does not read back from its codes`);
  return { cues: inCodes, codes: wordsText };
}

/**
 * The cue lists with fewer cues, each matching the same questions (before their codes). A list matches when any of its
 * cues does, a cue when each part in turn, within GAP words of the one before, says one of that part's alternatives
 * (content/language/kinds.ts: whether, never which or where, is all a list's match tells). So:
 * - two cues of two parts or more whose parts are alike but for one are one cue, that part saying the alternatives of
 *   both ("x/a" and "x/b" are "x/a|b": a question matches it where it matches either);
 * - a cue is left out where another of its list says a run of its parts, each with the alternatives it says and maybe
 *   more ("x/a" beside "a|b", "x/a/y" beside "x/a|b"): wherever it matches, that one does;
 * - and each part without the alternatives another of its part implies (the web app's rule, local/web-app/question-
 *   index.ts, withoutImpliedAlternatives: the Lambda's index leaves out only those implied by one before them), the
 *   list's cues of one part read as one part for it ("scar" in one beside "scar tissu" in another).
 * The cues of one part are not merged into one: a cue is decoded whole once a question could say each of its parts
 * (mayMatch), and a list's two hundred cues of one part as one cue were decoded whole whenever a question said one of
 * their first words (a general first question decoded two to three times the alternatives, +1–2M instructions).
 * The build checks that every cue of the list is one or in one of the cues kept, each kept cue's parts a run of its
 * parts with as many alternatives or more (so wherever the list matched, it matches), and that every way of saying a
 * cue kept, an alternative from each of its parts, is a way of saying a cue of the list (so it matches nowhere the
 * list did not). The cues of one part left as they are, but for their implied alternatives, and the rule itself are
 * the web app's, whose tests classify every question with both. On the eighteenth pass's content, 1,106 cues were
 * 1,057: question.js 1.6 KB smaller, 0.6 KB deflated, and a first question tries fewer cues and decodes no more
 * (docs/performance.md, "Issue 16, eighteenth pass").
 */
async function cuesMerged(cues) {
  const { cuesOf, withoutImpliedAlternatives } = await webAppQuestionIndex();
  const sameSet = (a, b) => a.length === b.length && b.every((said) => a.includes(said));
  const within = (a, b) => a.every((said) => b.includes(said));
  // Whether cue `b` matches wherever cue `a` does: its parts a run of a's, each saying all that part of a says.
  const covers = (b, a) => {
    for (let i = 0; i + b.length <= a.length; i += 1) if (b.every((part, j) => within(a[i + j], part))) return true;
    return false;
  };
  const merged = {};
  for (const [name, list] of Object.entries(cues)) {
    const given = cuesOf(list).map((cue) => cue.map((part) => [...new Set(part)]));
    let kept = given.map((cue) => cue.map((part) => [...part]));
    for (let changed = true; changed; ) {
      changed = false;
      const fewer = kept.filter((a, n) => !kept.some((b, m) => m !== n && covers(b, a) && (m < n || !covers(a, b))));
      if (fewer.length < kept.length) {
        kept = fewer;
        changed = true;
      }
      for (let a = 0; a < kept.length && !changed; a += 1) {
        for (let b = a + 1; b < kept.length && !changed; b += 1) {
          const first = kept[a];
          const second = kept[b];
          if (first.length !== second.length || first.length === 1) continue;
          const apart = first.flatMap((part, p) => (sameSet(part, second[p]) ? [] : [p]));
          if (apart.length !== 1) continue;
          first[apart[0]] = [...new Set([...first[apart[0]], ...second[apart[0]]])];
          kept.splice(b, 1);
          changed = true;
        }
      }
    }
    for (const cue of given)
      if (!kept.some((other) => covers(other, cue))) throw new Error(`build: a cue of the list ${name} is lost in merging`);
    for (const cue of kept) {
      const alike = given.filter((other) => other.length === cue.length && other.every((part, p) => within(part, cue[p])));
      const said = (p, chosen) =>
        p === cue.length
          ? alike.some((other) => other.every((part, q) => part.includes(chosen[q])))
          : cue[p].every((alternative) => said(p + 1, [...chosen, alternative]));
      if (!said(0, [])) throw new Error(`build: a cue of the list ${name} says more once merged`);
    }
    // The cues of one part, kept apart, match where one part saying all their alternatives would: read so for the rule.
    const alone = kept.filter((cue) => cue.length === 1).flatMap((cue) => cue[0]);
    const left = alone.length === 0 ? [] : withoutImpliedAlternatives(alone.join('|')).split('|');
    // The rule keeps the alternatives in their order (the first of equal ones): each cue keeps those of its own left.
    const stays = [];
    let next = 0;
    for (const alternative of alone) {
      stays.push(left[next] === alternative);
      if (left[next] === alternative) next += 1;
    }
    if (next !== left.length) throw new Error(`build: the cues of one part of the list ${name} are not read back`);
    let at = 0;
    kept = kept.map((cue) => (cue.length === 1 ? [cue[0].filter(() => stays[at++])] : cue)).filter((cue) => cue[0].length > 0);
    merged[name] = withoutImpliedAlternatives(kept.map((cue) => cue.map((part) => part.join('|')).join('/')).join(';'));
  }
  return merged;
}

/**
 * The cue lists (in codes) in the order that deflates smallest. A list matches when any of its cues does, a cue's part
 * when any of its alternatives does, and a list is looked up by its name (content/language/kinds.ts: "the order of a
 * list's cues decides nothing", and a part is tried "alternative by alternative (whether one matches is all that is
 * asked, so the order decides nothing)"), so none of the three orders decides what a question matches; the web app
 * carries its lists reordered so too (local/web-app/question-index.ts). Here, as there: each part's alternatives with
 * those the lists say most first (then in sorted order), so that parts sharing their common alternatives begin alike;
 * a list's cues from its first sorted, each next the one whose words are most like the last's (the web app compares
 * whole alternatives: by words, a list's cues of one word or two, most of its cues of one part, are chained too); and
 * then the lists themselves, from the table's first, each next the one the text before it (deflate's 32 KB window)
 * saves most of, measured by deflating it with that text as deflate's dictionary (0.8 s). On the eighteenth pass's
 * content, question.js deflated 73,320 → 72,254 bytes, not one raw byte changed; by words, with the lists' fewer cues,
 * 70,705 → 70,582 (docs/performance.md, "Issue 16, eighteenth pass").
 */
async function cuesArranged({ cues, codes }) {
  const { chainedByLikeness, cuesOf, inSortedOrder, mostUsedFirst } = await webAppQuestionIndex();
  const byUse = mostUsedFirst(cues);
  const arranged = (list) =>
    chainedByLikeness(
      cuesOf(list)
        .map((cue) => cue.map((part) => [...part].sort(byUse).join('|')).join('/'))
        .sort(),
      (cue) => new Set(cue.split(/[/| ]/)),
    ).join(';');
  const lists = Object.entries(cues).map(([name, list]) => [name, arranged(list)]);
  const alone = new Map(lists.map(([name, list]) => [name, deflateRawSync(list, { level: 9 }).length]));
  const left = [...lists];
  const order = [left.shift()];
  let text = order[0][1];
  while (left.length > 0) {
    const dictionary = Buffer.from(text.slice(-32000));
    let best = -Infinity;
    let next = 0;
    left.forEach(([name, list], n) => {
      const saved = alone.get(name) - deflateRawSync(list, { level: 9, dictionary }).length;
      if (saved > best) {
        best = saved;
        next = n;
      }
    });
    const [chosen] = left.splice(next, 1);
    order.push(chosen);
    text += `\t${chosen[1]}`;
  }
  for (const [name, list] of order)
    if (inSortedOrder(list) !== inSortedOrder(cues[name])) throw new Error(`build: the cue list ${name} is not itself once arranged`);
  return { cues: Object.fromEntries(order), codes };
}
/**
 * What a search of orders found (orderSearched), kept in the machine's temporary folder under a hash of all it was
 * given: the search is a fixed sequence of moves, so the same input always finds the same order, and a build whose input
 * has not changed (the tests' scratch builds, the benchmark's, the next `npm run build`) reads it rather than search
 * again (some 13 s of a build on a busy machine: docs/performance.md, "Issue 16, twenty-fourth pass"). What is kept is
 * each text's place (a few KB); it is read only if it is an order of the texts given, else searched again, and a folder
 * that cannot be written is only not used. So the files the build writes are the same with or without it.
 */
const ORDER_CACHE = join(tmpdir(), 'skill-build-orders');
const keptAt = (input) => join(ORDER_CACHE, `${createHash('sha256').update(JSON.stringify(input)).digest('hex')}.json`);
/** What was kept for this input, if it is `valid`; else undefined. */
function keptFor(input, valid) {
  try {
    const kept = JSON.parse(readFileSync(keptAt(input), 'utf8'));
    if (valid(kept)) return kept;
  } catch {
    // Not kept yet, or not readable: searched by the caller.
  }
  return undefined;
}
function keep(input, found) {
  try {
    mkdirSync(ORDER_CACHE, { recursive: true });
    const file = keptAt(input);
    const written = `${file}.${process.pid}`;
    writeFileSync(written, JSON.stringify(found));
    renameSync(written, file);
  } catch {
    // Kept nowhere: the next build searches again.
  }
}
function remembered(input, search, valid) {
  const kept = keptFor(input, valid);
  if (kept !== undefined) return kept;
  const found = search();
  keep(input, found);
  return found;
}
/** remembered, for a search that awaits (cuesCodedSmallest). */
async function rememberedAsync(input, search, valid) {
  const kept = keptFor(input, valid);
  if (kept !== undefined) return kept;
  const found = await search();
  keep(input, found);
  return found;
}
/** Whether `order` holds each of 0…length − 1 once. */
const isOrderOf = (order, length) =>
  Array.isArray(order) &&
  order.length === length &&
  order.every((n, i) => Number.isInteger(n) && order.indexOf(n) === i && n >= 0 && n < length);
/**
 * Texts in an order that deflates smaller, as a short search finds it: a text moved to another place is kept where the
 * texts joined as they are (`between`), after `before` and before `after`, deflate no larger. Deflate's blocks and its
 * window, which moves on with each text, are judged only by deflating: a greedy choice (cuesArranged) looks one text
 * ahead. A move leaves the texts before the first it changes as they were, so each order is judged from there to the end,
 * the 32 KB before it deflate's dictionary (a third of the text, on average, deflated twice a move). `moves` moves, each a
 * text and a place chosen by a fixed sequence of numbers: the same texts give the same order. `groups` (texts of one
 * group move only among themselves, a text of group g at a place of group g) lets cues move within their lists. Returns
 * each text's place in the input, in the order found (docs/performance.md, "Issue 16, twenty-fourth pass").
 */
function orderSearched(texts, moves, { before = '', between = '', after = '', groups, seed = 24 } = {}) {
  return remembered(
    [
      'orderSearched',
      1,
      texts,
      moves,
      before,
      typeof between === 'function' ? texts.map((_text, n) => between(n)) : between,
      after,
      groups,
      seed,
    ],
    () => {
      let order = texts.map((_text, n) => n);
      let state = seed;
      const next = (below) => {
        state = (Math.imul(state, 1103515245) + 12345) >>> 0;
        return Math.floor((state / 2 ** 32) * below);
      };
      // What goes after the text at a place: `between`, or what between(place) says; nothing after the last.
      const after$ = (place) => (place === texts.length - 1 ? '' : typeof between === 'function' ? between(place) : between);
      const from = (tried, k) => {
        const head =
          before +
          tried
            .slice(0, k)
            .map((n, place) => texts[n] + after$(place))
            .join('');
        const dictionary = Buffer.from(head.slice(-32768));
        const rest = Buffer.from(
          tried
            .slice(k)
            .map((n, i) => texts[n] + after$(k + i))
            .join('') + after,
        );
        return deflateRawSync(rest, { level: 9, ...(dictionary.length > 0 ? { dictionary } : {}) }).length;
      };
      // The groups that have three texts or more to move among, each as the places its texts hold.
      const movable = groups
        ? [...new Set(groups)].map((g) => texts.flatMap((_text, n) => (groups[n] === g ? [n] : []))).filter((places) => places.length > 2)
        : [texts.map((_text, n) => n)];
      for (let move = 0; move < moves && movable.length > 0; move += 1) {
        const places = movable[next(movable.length)];
        const tried = [...order];
        const held = places.map((place) => tried[place]);
        const [moved] = held.splice(next(held.length), 1);
        held.splice(next(held.length + 1), 0, moved);
        places.forEach((place, i) => {
          tried[place] = held[i];
        });
        const k = places.findIndex((place) => tried[place] !== order[place]);
        if (k === -1) continue;
        if (from(tried, places[k]) <= from(order, places[k])) order = tried;
      }
      return order;
    },
    (order) => isOrderOf(order, texts.length) && (!groups || order.every((n, place) => groups[n] === groups[place])),
  );
}
/**
 * The arranged cue lists (cuesArranged), carried as they are (a tab between them), in the order orderSearched finds
 * (CUE_MOVES moves of a list), and then each list's cues in the order it finds (CUE_WITHIN_MOVES moves of a cue within
 * its list). Neither order decides what a question matches (cuesArranged, above); only the numbers the kinds' rules name
 * the lists by follow the lists' order. On the twenty-fourth pass's content, question.js deflated 204 to 267 bytes
 * smaller with 2,000 to 2,500 moves of a list (5,000: no more), and another 90 to 110 with 2,000 to 4,000 moves of a cue.
 */
const CUE_MOVES = 2000;
const CUE_WITHIN_MOVES = 3000;
function cuesRefined({ cues, codes, lists }) {
  const names = Object.keys(cues);
  const listOrder = orderSearched(Object.values(cues), CUE_MOVES, { between: '\t' });
  const ordered = listOrder.map((n) => cues[names[n]].split(';'));
  const flat = ordered.flat();
  const groups = ordered.flatMap((list, n) => list.map(() => n));
  // A ";" after a cue within its list, a tab after its list's last.
  const cueOrder = orderSearched(flat, CUE_WITHIN_MOVES, {
    between: (place) => (groups[place + 1] === groups[place] ? ';' : '\t'),
    groups,
    seed: 42,
  });
  const refined = Object.fromEntries(
    listOrder.map((n, place) => [
      names[n],
      cueOrder
        .filter((_cue, at) => groups[at] === place)
        .map((at) => flat[at])
        .join(';'),
    ]),
  );
  for (const name of names)
    if (refined[name].split(';').sort().join(';') !== cues[name].split(';').sort().join(';'))
      throw new Error(`build: the cue list ${name} does not say the same cues once ordered`);
  return { cues: refined, codes, lists };
}
/**
 * The reader of the codes (content/language/cue-codes.ts, what the Lambda's matcher runs), bundled and run in memory
 * as the ask sheet's module is (writeAskSheet): once per build.
 */
let cueCodesModule;
function cueCodes() {
  cueCodesModule ??= build({ ...common, entryPoints: ['content/language/cue-codes.ts'], write: false }).then(({ outputFiles }) => {
    const module = { exports: {} };
    new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
    return module.exports;
  });
  return cueCodesModule;
}
/**
 * The web app's rules for the cue lists (local/web-app/question-index.ts), bundled and run in memory: once per build.
 * Found from this script's folder, not the working one: the tests' scratch builds link only what the Lambda is built from.
 */
let webAppQuestionIndexModule;
function webAppQuestionIndex() {
  webAppQuestionIndexModule ??= build({
    ...common,
    stdin: {
      contents:
        "export { chainedByLikeness, cuesOf, inSortedOrder, mostUsedFirst, withoutImpliedAlternatives } from './local/web-app/question-index';",
      resolveDir: fileURLToPath(new URL('..', import.meta.url)),
      loader: 'ts',
    },
    write: false,
  }).then(({ outputFiles }) => {
    const module = { exports: {} };
    new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
    return module.exports;
  });
  return webAppQuestionIndexModule;
}
/**
 * Puts each carried text's function in the built files, each marker (which must be in them once) replaced by its name:
 * the functions are declared at the head of the file, after its "use strict", in the order that deflates smallest
 * (each order tried, as the zip compresses the file: deflate at level 9). Where the markers were, the high-entropy
 * texts (the brotli pack's base64, the cue lists in codes) shared deflate's blocks with the code around them, each
 * block's one Huffman table a compromise between the two: at the head, the question.js of the seventeenth pass
 * deflated 1.9 KB smaller, index.js 0.3 KB (docs/performance.md, "Issue 16, seventeenth pass, second round"). A
 * function declaration is created when the module starts, as the expressions were where a module body ran them.
 */
function carryInComments(files) {
  const placed = new Map();
  for (const file of files) {
    let code = readFileSync(file, 'utf8');
    if (/\$c[0-9]/.test(code)) throw new Error(`build: ${file} already says $c and a digit, the names of its carried texts`);
    const carriers = [];
    // By name: the plugin's loads run side by side, so the map's order (and each text's $c number) was the order they
    // happened to finish in, and one build's files could differ from the next's by their names.
    for (const [name, lines] of [...carriedTexts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const marker = new RegExp(`(["'\`])carried in a comment: ${name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\1`, 'g');
      const times = code.match(marker)?.length ?? 0;
      placed.set(name, (placed.get(name) ?? 0) + times);
      if (times === 0) continue;
      const carrier = `$c${carriers.length}`;
      code = code.replace(marker, carrier);
      carriers.push(carriedFunction(lines, carrier));
    }
    const directive = /^"use strict";\n?/.exec(code)?.[0] ?? '';
    const rest = code.slice(directive.length);
    const deflated = (order) => deflateRawSync(directive + order.join('') + rest, { level: 9 }).length;
    const best = orders(carriers)
      .map((order) => ({ order, bytes: deflated(order) }))
      .reduce((smallest, order) => (order.bytes < smallest.bytes ? order : smallest));
    writeFileSync(file, directive + best.order.join('') + rest);
  }
  for (const [name, times] of placed)
    if (times !== 1) throw new Error(`build: the marker for ${name} is in ${files} ${times} times, not once`);
}

/**
 * The Lambda's top-level functions that every first question runs, compiled with their file rather than each when it
 * is first called (docs/performance.md, "Issue 16, twentieth pass"). V8 compiles a function lazily: the file's compile
 * only pre-parses it, and its first call parses it again in full and makes its bytecode, a compile of its own that
 * costs some 40,000 instructions beyond its size in a new container. A function expression in parentheses V8 takes for
 * one about to be called and compiles with the code around it (its "PIFE" heuristic, in Node 20's V8 as in Node 22's),
 * so each such function declaration `function name(…) {…}` is written `var name = (function (…) {…})` (the variable
 * names the function, as it named the declaration). Which functions: the built bundle answers FIRST_QUESTIONS of the
 * reviewed questions (content/answers.json, evenly spread; not the benchmark's), each in a fresh process with V8's
 * function events logged, and the top-level functions of either file that every one of them ran are the ones. A
 * function that only some questions run stays lazy: compiled eagerly and then not called, a function costs more than
 * its lazy compile saves elsewhere (all of question.js's top-level functions eager: 6M instructions more, not less).
 *
 * A declaration is bound when the module's function is entered; an assignment, when its statement runs. So a function
 * that the module's own statements may read while the file loads (named outside any function in them, or inside a
 * function that ran while it loaded, in fresh processes that only load both files, the store off and on; or itself run
 * then) is assigned by a statement among the module's statements, before the first of them that could call it: the
 * first that names it (anywhere in its text, in a function or not), or names a function declared in the file whose text
 * names it, or names one that names such a function, and so on (`firstNeeded`: what the text says, not what a load ran;
 * a local variable of the same name counts too, so it is never later than it must be); one that no statement so names
 * goes at the head (after the directive and the carried texts). The others stay where they were among the functions
 * after the module's statements (functionsLast), each run of them one `var` statement, assigned when the module's
 * statements have all run and before anything can call them. Among the statements rather than at the head, and among
 * the functions rather than there, because deflate codes a function best after code like it: the head is the first
 * code of the file, with only the carried texts before it to match (at the head, the twenty-second pass's 27 cost the
 * zip 114 bytes more; all 119 of the twentieth pass's there, about 600 more).
 */
const FIRST_QUESTIONS = 24;

/**
 * The function expressions, arrow functions and object literals' methods of a file that every first question ran
 * (`ran`: V8's places of them, each between the function's start and its body's), written in parentheses as function
 * expressions, as `compiledWithTheFile` writes the top-level declarations: `(e) => x` is `(function (e) { return x })`,
 * `{ m(e) {…} }` is `{ m: (function (e) {…}) }`. Only where the two mean the same: an arrow function that says neither
 * `this`, `arguments`, `super` nor `new.target` (its own would then be another's), a method that says no `super` and is
 * no generator; none of them is ever called with `new` (an arrow function or a method cannot be). Function declarations
 * inside functions stay as they are (a declaration is bound before its block runs). Returns the code so written, with
 * `slice(from, to)` to read it by the places of the code as it was (statement by statement), and `count`.
 */
function withinEager(code, statements, base, ran) {
  const places = [...ran];
  const runIn = (from, to) => places.some((at) => at >= from && at < to);
  const OWN_SCOPE =
    /^(?:FunctionDeclaration|FunctionExpression|ClassMethod|PrivateMethod|Constructor|MethodProperty|GetterProperty|SetterProperty|ClassDeclaration|ClassExpression)$/;
  const says = (node, test) => {
    if (Array.isArray(node)) return node.some((item) => says(item, test));
    if (node === null || typeof node !== 'object') return false;
    if (test(node)) return true;
    if (OWN_SCOPE.test(node.type ?? '')) return false;
    return Object.entries(node).some(([field, value]) => field !== 'span' && says(value, test));
  };
  const ownThis = (node) =>
    node.type === 'ThisExpression' ||
    node.type === 'Super' ||
    node.type === 'MetaProperty' ||
    (node.type === 'Identifier' && node.value === 'arguments');
  // Insertions (an opening one at a function's start, a closing one at its end) and deletions, at places of the code.
  const edits = [];
  const insert = (at, text, depth, closing = false) => edits.push({ at, text, depth, closing, drop: 0 });
  const drop = (at, length) => edits.push({ at, text: '', depth: 0, closing: true, drop: length });
  let count = 0;
  const visit = (node, depth, topLevel, parent) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, depth, topLevel, parent);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const start = node.span ? node.span.start - base : 0;
    const end = node.span ? node.span.end - base : 0;
    const bodyAt = node.body?.span ? node.body.span.start - base : 0;
    if (node.type === 'ArrowFunctionExpression' && runIn(start, bodyAt) && !says([node.params, node.body], ownThis)) {
      count += 1;
      const arrow = start + code.slice(start, bodyAt).lastIndexOf('=>');
      let params = start;
      if (node.async) {
        params = code.indexOf('async', start) + 'async'.length;
        insert(start, '(', depth);
        insert(params, ' function', depth);
      } else insert(start, '(function', depth);
      const written = code.slice(params, arrow);
      if (!written.trimStart().startsWith('(')) {
        insert(params + written.length - written.trimStart().length, '(', depth);
        insert(arrow, ')', depth, true);
      }
      drop(arrow, 2);
      const block = node.body.type === 'FunctionBody' || node.body.type === 'BlockStatement';
      if (!block) insert(bodyAt, '{return ', depth);
      insert(end, block ? ')' : '})', depth, true);
    } else if (node.type === 'FunctionExpression' && runIn(start, bodyAt) && parent?.type !== 'ParenthesisExpression') {
      count += 1;
      insert(start, '(', depth);
      insert(end, ')', depth, true);
    } else if (
      node.type === 'MethodProperty' &&
      !node.generator &&
      runIn(start, bodyAt) &&
      !says(node.body, (inner) => inner.type === 'Super')
    ) {
      count += 1;
      const key = node.key.span.end - base + (code[node.key.span.end - base] === ']' ? 1 : 0);
      if (node.async) {
        const word = code.indexOf('async', start);
        let after = word + 'async'.length;
        while (code[after] === ' ') after += 1;
        drop(word, after - word);
      }
      insert(key, node.async ? ':(async function' : ':(function', depth);
      insert(end, ')', depth, true);
    }
    for (const [field, value] of Object.entries(node)) {
      if (field === 'span' || field === 'type') continue;
      // The file's own function declarations are compiledWithTheFile's.
      if (topLevel && node.type === 'FunctionDeclaration' && field === 'identifier') continue;
      visit(value, depth + 1, false, node);
    }
  };
  for (const statement of statements) visit(statement, 0, true, undefined);
  // In the code's order; at one place: closing insertions (the innermost function's first) and then what is dropped
  // there (an arrow's `=>`, a method's `async`), then the place itself (where a statement that starts there starts),
  // then opening insertions (the outermost function's first).
  edits.sort((a, b) => a.at - b.at || Number(b.closing) - Number(a.closing) || (a.closing ? b.depth - a.depth : a.depth - b.depth));
  let written = '';
  let from = 0;
  const moved = new Map();
  const boundaries = new Set(statements.flatMap((statement) => [statement.span.start - base, statement.span.end - base]));
  const upTo = (at) => {
    written += code.slice(from, at);
    from = at;
  };
  let n = 0;
  const placesAt = [...boundaries].sort((a, b) => a - b);
  let p = 0;
  const markUpTo = (at, closingDone) => {
    while (p < placesAt.length && (placesAt[p] < at || (placesAt[p] === at && closingDone))) {
      upTo(placesAt[p]);
      moved.set(placesAt[p], written.length);
      p += 1;
    }
  };
  for (; n < edits.length; n += 1) {
    const edit = edits[n];
    markUpTo(edit.at, !edit.closing);
    upTo(edit.at);
    written += edit.text;
    from += edit.drop;
  }
  markUpTo(Number.POSITIVE_INFINITY, true);
  written += code.slice(from);
  return {
    count,
    slice: (start, end) => {
      if (!moved.has(start) || !moved.has(end)) throw new Error('build: a statement of the file was not found where it was');
      return written.slice(moved.get(start), moved.get(end));
    },
  };
}

/**
 * For each function declared in a file (`of`: its name), the first of the file's statements (its index) that could call
 * it while the file loads, by what their text says: the first statement that names it, or names a declared function
 * that names it, and so on; a function no statement so names has none. `atStatements`: those indexes. A name is counted
 * wherever it is said (`isNamed`), in any function or none, and whichever variable it is (a local one of the same name
 * too): so the index is never later than the first statement that could reach it, only sometimes earlier.
 */
function firstNeededOf(statements, isNamed, carrier) {
  const declared = new Map();
  for (const statement of statements)
    if (statement.type === 'FunctionDeclaration' && !carrier(statement)) declared.set(statement.identifier.value, statement);
  const named = (node, found, parent, key) => {
    if (Array.isArray(node)) {
      for (const item of node) named(item, found, parent, key);
    } else if (node !== null && typeof node === 'object') {
      if (isNamed(node, parent, key) && declared.has(node.value)) found.add(node.value);
      for (const [field, value] of Object.entries(node)) if (field !== 'span' && field !== 'type') named(value, found, node, field);
    }
    return found;
  };
  const of = new Map();
  statements.forEach((statement, n) => {
    if (statement.type === 'FunctionDeclaration') return;
    for (const name of named(statement, new Set())) if (!of.has(name)) of.set(name, n);
  });
  const naming = [...declared].map(([name, statement]) => [name, named([statement.params, statement.body], new Set())]);
  for (let changed = true; changed; ) {
    changed = false;
    for (const [name, names] of naming) {
      if (!of.has(name)) continue;
      for (const other of names)
        if (!of.has(other) || of.get(other) > of.get(name)) {
          of.set(other, of.get(name));
          changed = true;
        }
    }
  }
  return { of, atStatements: new Set(of.values()) };
}

async function compiledWithTheFile(outdir) {
  const { spawn } = await import('node:child_process');
  const { mkdtempSync, rmSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { parseSync } = await import('@swc/core');
  const files = ['index.js', 'question.js'].map((name) => resolvePath(outdir, name));
  const answers = JSON.parse(readFileSync('content/answers.json', 'utf8'));
  const reviewed = Object.values(answers.units).flatMap((unit) => unit.questions ?? []);
  const step = Math.max(1, Math.floor(reviewed.length / FIRST_QUESTIONS));
  const questions = reviewed.filter((_, n) => n % step === 0).slice(0, FIRST_QUESTIONS);
  const skillId = 'amzn1.ask.skill.00000000-0000-0000-0000-000000000000';
  const envelope = (question) => ({
    version: '1.0',
    session: {
      new: true,
      sessionId: 'amzn1.echo-api.session.build',
      application: { applicationId: skillId },
      attributes: {},
      user: { userId: 'amzn1.ask.account.build' },
    },
    context: {
      System: {
        application: { applicationId: skillId },
        user: { userId: 'amzn1.ask.account.build' },
        device: { deviceId: 'amzn1.ask.device.build', supportedInterfaces: {} },
        apiEndpoint: 'https://api.amazonalexa.com',
      },
    },
    request: {
      type: 'IntentRequest',
      requestId: 'amzn1.echo-api.request.build',
      timestamp: '2026-01-01T00:00:00Z',
      locale: 'en-AU',
      intent: {
        name: 'QuestionIntent',
        confirmationStatus: 'NONE',
        slots: { query: { name: 'query', value: question, confirmationStatus: 'NONE' } },
      },
    },
  });
  // As the function runs (the skill id checked, the store off as the benchmark has it, its metrics lines written), and
  // none of this machine's Node settings.
  const env = { ...process.env, SKILL_ID: skillId, LOG_LEVEL: 'SILENT' };
  for (const name of ['PREFERENCES_TABLE', 'NODE_OPTIONS', 'NODE_EXTRA_CA_CERTS', 'METRICS']) delete env[name];
  const work = mkdtempSync(join(tmpdir(), 'first-questions-'));
  /** The places (V8's: a function's parameters' opening parenthesis) of the functions of each file a fresh process ran. */
  const ran = (script, argument, n, more = {}) =>
    new Promise((done, fail) => {
      const log = join(work, `${n}.log`);
      const args = ['--log-function-events', `--logfile=${log}`, '--no-logfile-per-isolate', '-e', script, ...(argument ? [argument] : [])];
      const child = spawn(process.execPath, args, { env: { ...env, ...more }, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (chunk) => {
        stderr += chunk;
      });
      child.on('error', fail);
      child.on('close', (status) => {
        if (status !== 0)
          return fail(new Error(`build: a fresh process running the bundle (${argument ?? 'loading it'}) exited ${status}: ${stderr}`));
        try {
          const rows = readFileSync(log, 'utf8')
            .split('\n')
            .map((line) => line.split(','));
          done(
            files.map((file) => {
              const id = rows.find((row) => row[0] === 'script-details' && row[2] === file)?.[1];
              if (id === undefined) throw new Error(`build: ${file} was not loaded`);
              return new Set(
                rows.filter((row) => row[0] === 'function' && row[1] === 'first-execution' && row[2] === id).map((row) => Number(row[3])),
              );
            }),
          );
        } catch (error) {
          fail(error);
        }
      });
    });
  const asked = `require(${JSON.stringify(files[0])}).handler(JSON.parse(process.argv[1]), {}).then((r) => { if (!r?.response?.outputSpeech) process.exitCode = 3; });`;
  let loaded;
  let everyQuestion;
  try {
    // Loaded as the benchmark runs the function (the store off) and as it is deployed (a table named: the store's adapter
    // is made, and starts loading the AWS SDK, while the file loads); what either ran counts.
    const load = files.map((file) => `require(${JSON.stringify(file)});`).join('');
    const withoutStore = await ran(load, undefined, 'load');
    const withStore = await ran(load, undefined, 'load-store', { PREFERENCES_TABLE: 'preferences' });
    loaded = withoutStore.map((set, f) => new Set([...set, ...withStore[f]]));
    // Two at a time (the machine's cores); what is kept does not depend on which finishes first.
    for (let n = 0; n < questions.length; n += 2) {
      for (const sets of await Promise.all(
        questions.slice(n, n + 2).map((question, k) => ran(asked, JSON.stringify(envelope(question)), n + k)),
      ))
        everyQuestion = everyQuestion ? everyQuestion.map((set, f) => new Set([...set].filter((at) => sets[f].has(at)))) : sets;
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  const FUNCTIONS =
    /^(?:FunctionDeclaration|FunctionExpression|ArrowFunctionExpression|ClassMethod|PrivateMethod|Constructor|MethodProperty|GetterProperty|SetterProperty)$/;
  const eager = [];
  files.forEach((file, f) => {
    const code = readFileSync(file, 'utf8');
    const parse = (text) => parseSync(text, { syntax: 'ecmascript', target: 'es2022', isModule: false }).body;
    const statements = parse(code);
    const base = statements[0].span.start;
    const nested = withinEager(code, statements, base, everyQuestion[f]);
    const textOf = (n) => nested.slice(statements[n].span.start - base, (statements[n + 1]?.span.start ?? statements[n].span.end) - base);
    const placeOf = (declaration) => code.indexOf('(', declaration.identifier.span.end - base);
    const carrier = (statement) => statement.type === 'FunctionDeclaration' && /^\$c[0-9]+$/.test(statement.identifier.value);
    const loadedAt = [...loaded[f]];
    // A name as code reads it: not a property's, a method's or a class member's name (`{ m: … }`, `m() {…}`, `x.m`).
    const isNamed = (node, parent, key) =>
      node.type === 'Identifier' && key !== 'key' && !(parent?.type === 'MemberExpression' && key === 'property');
    // The names a load may read: outside any function, and inside those functions it ran (any function it ran within).
    const read = new Set();
    const visit = (node, parent, key) => {
      if (Array.isArray(node)) {
        for (const item of node) visit(item, parent, key);
        return;
      }
      if (node === null || typeof node !== 'object') return;
      if (FUNCTIONS.test(node.type ?? '') && !loadedAt.some((at) => at >= node.span.start - base && at < node.span.end - base)) return;
      if (isNamed(node, parent, key)) read.add(node.value);
      for (const [field, value] of Object.entries(node)) if (field !== 'span' && field !== 'type') visit(value, node, field);
    };
    for (const statement of statements) {
      if (statement.type !== 'FunctionDeclaration') visit(statement);
      else if (loaded[f].has(placeOf(statement))) visit([statement.params, statement.body]);
    }
    const isEager = (statement) =>
      statement.type === 'FunctionDeclaration' && !statement.generator && !carrier(statement) && everyQuestion[f].has(placeOf(statement));
    const assigned = (statement, text) => {
      const name = statement.identifier.value;
      const keyword = statement.async ? 'async function' : 'function';
      const declared = text.trim();
      if (!declared.startsWith(`${keyword} ${name}(`) || !declared.endsWith('}'))
        throw new Error(`build: ${file}'s function ${name} is not written as the build expects`);
      return `${name}=(${keyword}${declared.slice(`${keyword} ${name}`.length)})`;
    };
    const head = [];
    const first = [];
    let body = '';
    let run = [];
    let lastStatement = -1;
    statements.forEach((statement, n) => {
      if (statement.type !== 'FunctionDeclaration') lastStatement = n;
    });
    const firstNeeded = firstNeededOf(statements, isNamed, carrier);
    const before = new Map();
    let count = 0;
    statements.forEach((statement, n) => {
      const text = textOf(n);
      if (firstNeeded.atStatements.has(n)) body += `\0before ${n}\0`;
      const atHead = n === 0 && statement.type === 'ExpressionStatement' && statement.expression.type === 'StringLiteral';
      if (atHead || (carrier(statement) && body === '' && run.length === 0)) {
        head.push(text);
        return;
      }
      if (isEager(statement)) {
        count += 1;
        const name = statement.identifier.value;
        if (read.has(name) || loaded[f].has(placeOf(statement))) {
          const at = firstNeeded.of.get(name);
          if (at === undefined) first.push(assigned(statement, text));
          else before.set(at, [...(before.get(at) ?? []), assigned(statement, text)]);
        } else if (n < lastStatement) throw new Error(`build: ${file} has a statement after its function ${name}`);
        else run.push(assigned(statement, text));
        return;
      }
      if (run.length > 0) body += `var ${run.join(',')};`;
      run = [];
      body += text;
    });
    if (run.length > 0) body += `var ${run.join(',')};`;
    if (count === 0 && nested.count === 0) return;
    body = body.replace(/\0before (\d+)\0/g, (_, n) => (before.has(Number(n)) ? `var ${before.get(Number(n)).join(',')};` : ''));
    const written = `${code.slice(0, statements[0].span.start - base)}${head.join('')}${first.length > 0 ? `var ${first.join(',')};` : ''}${body}${code.slice(statements.at(-1).span.end - base)}`;
    const declared = (list) =>
      list
        .flatMap((statement) =>
          statement.type === 'FunctionDeclaration'
            ? [statement.identifier.value]
            : statement.type === 'VariableDeclaration'
              ? statement.declarations.map((d) => d.id.value ?? '')
              : [],
        )
        .sort()
        .join();
    if (declared(parse(written)) !== declared(statements))
      throw new Error(`build: ${file} would not declare the same names with its first question's functions compiled with it`);
    writeFileSync(file, written);
    eager.push(`${count} declared and ${nested.count} more in ${relative(process.cwd(), file)} (${first.length} at its head)`);
  });
  return eager;
}

/** As the web app builds its data (scripts/build-web-app.mjs): every part of the question index parsed when first read. */
const dataAsJsonParse = dataPlugin();
/**
 * The Lambda's: the question index's parts of long strings as literals, the others parsed when first read, and the
 * parts that only a question searched in the sheet or asked of a named thing reads (the reviewed questions, each
 * unit's stems, the lay-word table and the search table: 57 KB of text; never a launch, a crisis or an escalation)
 * compressed (deflated until the fifteenth pass, brotli since), so the package has room to grow (docs/performance.md,
 * "Issue 16, sixth pass" and "seventh pass"). What each
 * passage gives is deflated with them: each of the reply dump's 7,613 requests that read it read the lay-word table
 * too, so it makes no request inflate them that did not already (fourteenth pass). Not
 * the question kinds, which every question reads: question.js must stay over 128 KB, V8's largest ordinary heap
 * object, or Node's loader reads its source into the young generation, and a container's first question (the
 * escalation the benchmark asks) pays a second scavenge.
 */
const lambdaData = dataPlugin({
  literalParts: ['kinds'],
  deflatedParts: ['asked', 'stems', 'reading', 'index', 'gives'],
  respellings: false,
  inComments: true,
});

/**
 * ask-sdk-model is ~60 KB of generated service-client classes (a third of the bundle), and ask-sdk-core loads
 * it at start for one thing: the ServiceClientFactory it builds only when a skill is given an API client
 * (withApiClient), which this skill never is. Our code imports only its types, which vanish in the build. So
 * the Lambda bundle gets a stand-in that says so plainly if that ever changes.
 */
const withoutServiceClients = {
  name: 'without-service-clients',
  setup(context) {
    context.onResolve({ filter: /^ask-sdk-model$/ }, () => ({ path: 'ask-sdk-model', namespace: 'stand-in' }));
    context.onLoad({ filter: /.*/, namespace: 'stand-in' }, () => ({
      contents: `class ServiceClientFactory { constructor() { throw new Error('no service clients in this bundle (scripts/build.mjs)'); } }
module.exports = { services: { ServiceClientFactory } };`,
      loader: 'js',
    }));
  },
};

/**
 * ask-sdk-core reads its own package.json for one thing, its version (for the user agent of the responses it
 * builds): the Lambda carries that, not the whole file's description, scripts and dependencies (as the web app does).
 */
const sdkVersionOnly = {
  name: 'sdk-version-only',
  setup(context) {
    context.onLoad({ filter: /node_modules[\\/]ask-sdk-core[\\/]package\.json$/ }, async (file) => {
      const { readFile } = await import('node:fs/promises');
      return {
        contents: `module.exports = { version: ${JSON.stringify(JSON.parse(await readFile(file.path, 'utf8')).version)} };`,
        loader: 'js',
      };
    });
  },
};

/**
 * The SDK's modules (ask-sdk-core's and ask-sdk-runtime's compiled CommonJS) in the Lambda without what TypeScript's
 * CommonJS output says for ES module interop alone: `Object.defineProperty(exports, "__esModule", …)` and the
 * `exports.X = … = void 0;` that declares each export before it is set (16 modules, 1.4 KB of index.js); and
 * ask-sdk-runtime's index, whose re-exports are getters (`get: function () { return M.X; }`), sets each as a value
 * once its module is loaded (0.6 KB): no module of the runtime requires its index, so nothing reads one before it is
 * set, and no export is set again. What the SDK's code does is its code as published; only the flag (read by nothing
 * but esbuild's own interop, `__toESM`, for the one module the skill imports, lambda/skill.ts's SkillBuilders, which
 * then wraps it, the same export read through it), the exports objects' key order and their descriptors change
 * (docs/performance.md, "Issue 16, nineteenth pass: package and zip room"). A module without the preamble as written
 * stops the build.
 */
const SDK_PREAMBLE =
  /^Object\.defineProperty\(exports, "__esModule", \{ value: true \}\);\n(?:exports\.\w+(?: = exports\.\w+)* = void 0;\n)?/m;
function withoutPreamble(code, path) {
  if (!SDK_PREAMBLE.test(code)) throw new Error(`build: ${path} has no CommonJS preamble where expected`);
  return code.replace(SDK_PREAMBLE, '');
}
const sdkWithoutPreambles = {
  name: 'sdk-without-preambles',
  setup(context) {
    context.onLoad({ filter: /node_modules[\\/]ask-sdk-(?:core|runtime)[\\/]dist[\\/].*\.js$/ }, async (file) => {
      const { readFile } = await import('node:fs/promises');
      let code = withoutPreamble(await readFile(file.path, 'utf8'), file.path);
      code = code.replace(
        /^Object\.defineProperty\(exports, "(\w+)", \{ enumerable: true, get: function \(\) \{ return (\w+)\.(\w+); \} \}\);$/gm,
        (all, name, module, same) => (same === name ? `exports.${name} = ${module}.${name};` : all),
      );
      return { contents: code, loader: 'js' };
    });
  },
};

/**
 * ask-sdk-core's builders as the skill uses them: its response builder (`ResponseFactory.init`, an object literal of 23
 * methods made anew for every request, of which the skill calls six: lambda/respond.ts and the error handler), its
 * skill builders (SkillBuilders, CustomSkillFactory, BaseSkillFactory and ask-sdk-runtime's RuntimeConfigurationBuilder,
 * run once per container: lambda/skill.ts) and the skill they build (CustomSkill). The Lambda's copy of each file leaves out each method whose name is read as
 * a property nowhere in the Lambda's own code (lambda/, content/), local/ (the local server and the web app share the
 * handler) or the rest of the SDK's (ask-sdk-core's and ask-sdk-runtime's compiled code, these files' kept methods
 * included, until what is kept reads nothing more): the methods kept are the SDK's own text, the responses they build
 * the same (docs/performance.md, "fifteenth pass, second round" and "twenty-first pass"). A method left out that a
 * later change calls fails at the first request (or the skill's build) that calls it ("… is not a function"); its
 * name read anywhere in lambda/ keeps it. Each file's methods are listed as published: a file whose methods are not
 * those (a new SDK) stops the build.
 */
const SDK_AS_USED = [
  {
    file: 'ask-sdk-core/dist/response/ResponseFactory.js',
    indent: 12,
    methods: [
      'speak',
      'reprompt',
      'withSimpleCard',
      'withStandardCard',
      'withLinkAccountCard',
      'withAskForPermissionsConsentCard',
      'addDelegateDirective',
      'addElicitSlotDirective',
      'addConfirmSlotDirective',
      'addConfirmIntentDirective',
      'addAudioPlayerPlayDirective',
      'addAudioPlayerStopDirective',
      'addAudioPlayerClearQueueDirective',
      'addRenderTemplateDirective',
      'addHintDirective',
      'addVideoAppLaunchDirective',
      'withCanFulfillIntent',
      'withShouldEndSession',
      'addDirective',
      'addDirectiveToReprompt',
      'withApiResponse',
      'addExperimentTrigger',
      'getResponse',
    ],
  },
  // Its `async invoke` is not read as a method (always kept); its `supports` is kept too, as the dispatcher reads its
  // handler adapters' `supports` (the rule goes by name).
  { file: 'ask-sdk-core/dist/skill/CustomSkill.js', indent: 4, methods: ['supports', 'appendAdditionalUserAgent'] },
  { file: 'ask-sdk-core/dist/skill/SkillBuilders.js', indent: 4, methods: ['custom'] },
  // Its getSkillConfiguration opens on the line of its object literal (`… { getSkillConfiguration() {`): always kept.
  { file: 'ask-sdk-core/dist/skill/factory/CustomSkillFactory.js', indent: 12, methods: ['withPersistenceAdapter', 'withApiClient'] },
  {
    file: 'ask-sdk-core/dist/skill/factory/BaseSkillFactory.js',
    indent: 12,
    methods: [
      'addRequestHandler',
      'addRequestHandlers',
      'addRequestInterceptors',
      'addResponseInterceptors',
      'addErrorHandler',
      'addErrorHandlers',
      'withCustomUserAgent',
      'withSkillId',
      'getSkillConfiguration',
      'create',
      'lambda',
    ],
  },
  {
    file: 'ask-sdk-runtime/dist/skill/RuntimeConfigurationBuilder.js',
    indent: 4,
    methods: [
      'addRequestHandler',
      'addRequestHandlers',
      'addRequestInterceptors',
      'addResponseInterceptors',
      'addErrorHandler',
      'addErrorHandlers',
      'getRuntimeConfiguration',
    ],
  },
];

/** A file of SDK_AS_USED as its lines outside methods (strings) and its methods ({ name, text, tail }). */
function sdkMethods(code, { file, indent, methods }) {
  const lines = code.split('\n');
  const start = new RegExp(`^ {${indent}}([A-Za-z]+)\\(.*\\) \\{$`);
  const end = new RegExp(`^ {${indent}}\\}(.*)$`);
  const pieces = [];
  for (let i = 0; i < lines.length; i += 1) {
    const method = start.exec(lines[i])?.[1];
    if (!method || method === 'constructor') {
      pieces.push(lines[i]);
      continue;
    }
    const last = lines.findIndex((line, j) => j > i && end.test(line));
    if (last < 0) throw new Error(`build: ${file}'s method ${method} has no end where expected`);
    // What closes the object literal on the method's last line (CustomSkillFactory's `} });`) stays if it goes.
    const tail = end.exec(lines[last])[1].trim().replace(/^,$/, '');
    pieces.push({ name: method, text: lines.slice(i, last + 1).join('\n'), tail: tail && `${' '.repeat(indent)}${tail}` });
    i = last;
  }
  const found = pieces.filter((piece) => typeof piece !== 'string').map((piece) => piece.name);
  if ([...found].sort().join() !== [...methods].sort().join())
    throw new Error(`build: ${file}'s methods are not those expected (found ${found}; expected ${methods}): see SDK_AS_USED`);
  return pieces;
}

/** The text of a file of SDK_AS_USED with the methods whose names are in `kept`. */
function sdkFileAsUsed(pieces, kept) {
  return pieces
    .flatMap((piece) => (typeof piece === 'string' ? [piece] : kept.has(piece.name) ? [piece.text] : piece.tail ? [piece.tail] : []))
    .join('\n');
}

const sdkAsUsed = {
  name: 'sdk-as-used',
  setup(context) {
    const pattern = SDK_AS_USED.map(({ file }) => file.replace(/\./g, '\\.').replace(/\//g, '[\\\\/]')).join('|');
    let pruned;
    const prune = async (sdkDir) => {
      const { readFile, readdir } = await import('node:fs/promises');
      const files = SDK_AS_USED.map((entry) => ({ ...entry, path: join(sdkDir, entry.file) }));
      const sources = async (dir, ending, skip) =>
        (await readdir(dir, { recursive: true })).map((name) => join(dir, name)).filter((path) => ending.test(path) && !skip(path));
      const notTest = (path) => path.endsWith('.test.ts');
      const pruning = (path) => files.some((entry) => entry.path === path);
      const elsewhere = [
        ...(await sources('lambda', /\.ts$/, notTest)),
        ...(await sources('content', /\.ts$/, notTest)),
        ...(await sources('local', /\.ts$/, notTest)),
        ...(await sources(join(sdkDir, 'ask-sdk-core', 'dist'), /\.js$/, pruning)),
        ...(await sources(join(sdkDir, 'ask-sdk-runtime', 'dist'), /\.js$/, pruning)),
      ];
      const outside = (await Promise.all(elsewhere.map((path) => readFile(path, 'utf8')))).join('\n');
      for (const entry of files) entry.pieces = sdkMethods(await readFile(entry.path, 'utf8'), entry);
      const names = [...new Set(files.flatMap((entry) => entry.methods))];
      // From no method kept, each read as a property by what is kept, until that reads nothing more.
      let kept = new Set();
      for (;;) {
        const text = [outside, ...files.map((entry) => sdkFileAsUsed(entry.pieces, kept))].join('\n');
        const read = new Set(names.filter((name) => new RegExp(`\\.${name}\\b`).test(text)));
        if (read.size === kept.size) break;
        kept = read;
      }
      return new Map(files.map((entry) => [entry.file, sdkFileAsUsed(entry.pieces, kept)]));
    };
    context.onLoad({ filter: new RegExp(`node_modules[\\\\/](?:${pattern})$`) }, async (file) => {
      const path = file.path.replace(/\\/g, '/');
      const { file: name } = SDK_AS_USED.find((entry) => path.endsWith(`/${entry.file}`));
      pruned ??= prune(file.path.slice(0, file.path.length - name.length));
      return { contents: withoutPreamble((await pruned).get(name), file.path), loader: 'js' };
    });
  },
};

/**
 * The question engine (lambda/question/answer.ts: the search library, its index and the lay-word table) is a
 * file of its own in the Lambda package, question.js, required by lambda/question/find.ts with the first
 * question: most requests never need it, and a cold start then does not even compile it (docs/performance.md).
 */
const questionEngineApart = {
  name: 'question-engine-apart',
  setup(context) {
    context.onResolve({ filter: /^\.\/answer$/ }, (args) =>
      args.importer.endsWith(join('question', 'find.ts')) ? { path: './question.js', external: true } : undefined,
    );
  },
};

/**
 * An entry esbuild resolves by name (`name`), whose module is the JavaScript `contents()` writes when it is loaded:
 * the two entries below, each written as plain CommonJS.
 */
function plainEntry(name, contents) {
  return {
    name: `${name}-plain`,
    setup(context) {
      context.onResolve({ filter: new RegExp(`^${name}$`) }, () => ({ path: name, namespace: name }));
      context.onLoad({ filter: /.*/, namespace: name }, () => ({ contents: contents(), loader: 'js', resolveDir: process.cwd() }));
    },
  };
}

/**
 * question.js's entry: the engine's exports (lambda/question/answer.ts) as one plain object, `module.exports = { … }`.
 * Built from answer.ts itself, esbuild gives an ES module entry getters (`__export`) and copies them onto
 * `module.exports` as getters again (`__toCommonJS`): four more functions compiled and run, and two getters on every
 * read, in a container's first question (0.3M instructions: docs/performance.md, "Issue 16, nineteenth pass"). The
 * names are answer.ts's exported functions, read from its text; an export of another form stops the build rather than
 * be left out.
 */
const QUESTION_ENTRY = 'question-engine-entry';
const questionEntryPlain = plainEntry(QUESTION_ENTRY, () => {
  const engine = readFileSync('lambda/question/answer.ts', 'utf8');
  const exported = [...engine.matchAll(/^export (?!interface |type |(?:async )?function ).*/gm)].map((m) => m[0]);
  if (exported.length > 0) throw new Error(`build: answer.ts exports other than functions and types: ${exported.join('; ')}`);
  const names = [...engine.matchAll(/^export (?:async )?function (\w+)/gm)].map((m) => m[1]);
  return `import { ${names.join(', ')} } from './lambda/question/answer';\nmodule.exports = { ${names.join(', ')} };\n`;
});

/**
 * index.js's entry: lambda/index.ts's handler as a plain `module.exports = { handler }`, as question.js's entry is
 * (questionEntryPlain, above), rather than esbuild's ES module exports (`__export`, a getter, and `__toCommonJS`'s copy
 * with its `__esModule` flag): the Lambda runtime reads `handler` from the module, which is all it needs. An export of
 * lambda/index.ts's other than the handler stops the build rather than be left out.
 */
const HANDLER_ENTRY = 'handler-entry';
const handlerEntryPlain = plainEntry(HANDLER_ENTRY, () => {
  const exported = [...readFileSync('lambda/index.ts', 'utf8').matchAll(/^export (?!type |interface )\S+ (\w+)/gm)].map((m) => m[1]);
  if (exported.join() !== 'handler') throw new Error(`build: lambda/index.ts exports other than its handler: ${exported}`);
  // Strict, as lambda/index.ts's own file was (tsconfig's strict): the bundle's top level is every module's scope.
  return `"use strict";\nimport { handler } from './lambda/index';\nmodule.exports = { handler };\n`;
});

/** The browsers the page is built for: those with speech synthesis, IndexedDB and service workers. */
const BROWSERS = ['chrome111', 'firefox115', 'safari16'];

/** The printable "things you can ask" page (scripts/review/ask-sheet.ts), which the page links to. */
async function writeAskSheet(outdir) {
  // Bundled and run in memory, not written to dist/tools: builds running side by side (the tests') share no file.
  const { outputFiles } = await build({ ...common, entryPoints: ['local/web/ask-sheet-file.ts'], write: false });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  mkdirSync(outdir, { recursive: true });
  writeFileSync(join(outdir, 'ask-sheet.html'), module.exports.askSheetHtml());
}

const common = { bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: quiet ? 'error' : 'warning' };

/** One classic script for the page (ES modules do not load from file://, where the web app may be opened). */
const forBrowsers = { bundle: true, platform: 'browser', format: 'iife', target: BROWSERS, minify: true, logLevel: common.logLevel };

/**
 * The Lambda's two files minified again by swc, as the web app's scripts are (scripts/build-web-app.mjs): what esbuild
 * leaves (the SDK's compiled helpers, repeated declarations, conditionals it does not fold) is 1.3 KB of the package.
 * ASCII only, as esbuild writes it: a script with a character outside Latin-1 is a two-byte string in V8.
 *
 * Their top level is compressed too (docs/performance.md, "Issue 16, fourteenth pass"): each file is a CommonJS module,
 * whose top level is the module's function scope, read from outside only through `module.exports`, so swc may fold its
 * constants and write a function that is called once where it is called. Only a function that then leaves no function
 * behind may be (`keptFunctions`): written where it was called as a function expression called at once, V8 makes a
 * new closure of it each time that line runs (the matcher, the tokeniser and the pronunciation so written made 60 KB
 * more young garbage in a container's first question, and every warm request 2.5 times as much). swc names their
 * top-level variables and functions too (esbuild's short names already were; swc's, given by use, deflate 0.1 KB
 * smaller for 0.27 KB more raw: docs/performance.md, "Issue 16, eighteenth pass"): nothing reads one by its name (no
 * eval, and the SDK's `constructor.name` is of its classes, inside its modules).
 */
async function minifyLambdaAgain(outdir) {
  for (const name of ['index.js', 'question.js']) {
    const file = join(outdir, name);
    const code = readFileSync(file, 'utf8');
    const compress = { toplevel: true, top_retain: await keptFunctions(code) };
    writeFileSync(file, await functionsLast(await swcMinified(code, { asciiOnly: true }, compress, { toplevel: true })));
  }
}

/**
 * A minified file's top-level function declarations gathered after its other statements, each group in its order:
 * among the statements that make the module's values and objects, deflate's blocks (each with one Huffman table) coded
 * two kinds of text at once. Gathered, question.js deflated 0.6 KB smaller and index.js 0.25 KB (before them, as the
 * web app's page.js has them, both were larger; docs/performance.md, "Issue 16, eighteenth pass"); the web app's build
 * gathers its scripts' the same way (scripts/build-web-app.mjs, functionsGathered). A function declaration is created,
 * with its name bound, when the module's function is entered, wherever it stands among the statements (each is one of
 * the module's own statements, none in a block), so the module does what it did. The build checks that the file still
 * parses, with the same statements, its directive still first.
 */
async function functionsLast(code) {
  const { parseSync } = await import('@swc/core');
  const parse = (text) => parseSync(text, { syntax: 'ecmascript', target: 'es2022', isModule: false }).body;
  const statements = parse(code);
  // swc's spans count UTF-8 bytes from where the parse began (the files are ASCII): each statement with what follows it
  // up to the next.
  const base = statements[0].span.start;
  const pieces = statements.map((statement, n) => ({
    isFunction: statement.type === 'FunctionDeclaration',
    text: code.slice(statement.span.start - base, (statements[n + 1]?.span.start ?? statement.span.end) - base),
  }));
  const others = pieces.filter((piece) => !piece.isFunction).map((piece) => piece.text);
  const functions = pieces.filter((piece) => piece.isFunction).map((piece) => piece.text);
  const last = others.at(-1) ?? '';
  // After a semicolon where the last of the others has none.
  const body = [...others.slice(0, -1), last.endsWith(';') ? last : `${last};`, ...functions].join('');
  const gathered = code.slice(0, statements[0].span.start - base) + body + code.slice(statements.at(-1).span.end - base);
  const kinds = (list) =>
    list
      .filter((statement) => statement.type !== 'EmptyStatement')
      .map((statement) => statement.type)
      .sort()
      .join();
  const after = parse(gathered);
  const directive = (list) =>
    list[0]?.type === 'ExpressionStatement' && list[0].expression.type === 'StringLiteral' ? list[0].expression.value : '';
  if (kinds(after) !== kinds(statements) || directive(after) !== directive(statements) || gathered.length > code.length + 1)
    throw new Error('build: a Lambda file would not have the same statements once its functions were gathered');
  return gathered;
}

/**
 * The top-level function declarations of a script that swc must leave declared: all but those that only return one
 * expression with no function in it and are named only to be called, which swc writes, called once, as that expression
 * where it is called. Any other, written there, would be a function made anew each time (a closure, or a context for
 * the closures in it; a function named as a value becomes a function expression where it is named).
 */
async function keptFunctions(code) {
  const { parseSync } = await import('@swc/core');
  const script = parseSync(code, { syntax: 'ecmascript', target: 'es2022', isModule: false });
  const declared = new Set(script.body.filter((node) => node.type === 'FunctionDeclaration').map((node) => node.identifier.value));
  const functions = new Set([
    'FunctionExpression',
    'ArrowFunctionExpression',
    'ClassMethod',
    'PrivateMethod',
    'Constructor',
    'MethodProperty',
    'GetterProperty',
    'SetterProperty',
    'ClassExpression',
    'ClassDeclaration',
  ]);
  const kept = new Set();
  const visit = (node, within, parent, key) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item, within, parent, key);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    let inside = within;
    if (node.type === 'FunctionDeclaration' && parent === script) {
      inside = node.identifier.value;
      const body = node.body?.stmts ?? [];
      if (body.length !== 1 || body[0].type !== 'ReturnStatement') kept.add(inside);
    } else if (functions.has(node.type) || node.type === 'FunctionDeclaration') {
      if (within !== undefined) kept.add(within);
    }
    // A property's name is no reference (`{ as: … }`, `x.as`): the cue lists' names are keys of one or two letters,
    // which esbuild's short names of functions may equal.
    const named =
      node.type === 'Identifier' &&
      declared.has(node.value) &&
      !(parent?.type === 'FunctionDeclaration' && key === 'identifier') &&
      !(parent?.type === 'KeyValueProperty' && key === 'key') &&
      !(parent?.type === 'MemberExpression' && key === 'property');
    if (named && !(parent?.type === 'CallExpression' && key === 'callee')) kept.add(node.value);
    for (const [field, value] of Object.entries(node)) if (field !== 'span' && field !== 'type') visit(value, inside, node, field);
  };
  visit(script.body, undefined, script, 'body');
  return [...kept];
}

/**
 * The functions a Lambda file declares after its module's statements (functionsLast, and compiledWithTheFile's `var`
 * runs of those it compiles with the file, each assigned a function expression and nothing else) in the order
 * orderSearched finds for them. A declaration is bound when the module's function is entered, wherever it stands; the
 * `var` runs, after every statement that could call one of them, each assign functions and call none; so the module
 * does what it did in any order of them. The build checks that each name is declared once among them, and that the file
 * parses to the same statements. On the twenty-fourth pass's files: question.js's 144 (43 KB) 1,000 moves −92 bytes
 * deflated, 2,000 −133; index.js's 107 (24 KB) 1,000 moves −107, 2,000 −108 (docs/performance.md, "Issue 16,
 * twenty-fourth pass").
 */
const TAIL_MOVES = [
  ['index.js', 800],
  ['question.js', 1500],
];
async function tailInDeflateOrder(file, moves) {
  const { parseSync } = await import('@swc/core');
  const code = readFileSync(file, 'utf8');
  const parse = (text) => parseSync(text, { syntax: 'ecmascript', target: 'es2022', isModule: false });
  const script = parse(code);
  const base = script.span.start;
  const statements = script.body;
  const unwrapped = (node) => (node?.type === 'ParenthesisExpression' ? unwrapped(node.expression) : node);
  const isFunction = (statement) =>
    statement.type === 'FunctionDeclaration' ||
    (statement.type === 'VariableDeclaration' &&
      statement.kind === 'var' &&
      statement.declarations.every((declarator) => unwrapped(declarator.init)?.type === 'FunctionExpression'));
  let first = statements.length;
  while (first > 0 && isFunction(statements[first - 1])) first -= 1;
  const names = statements
    .slice(first)
    .flatMap((statement) =>
      statement.type === 'FunctionDeclaration' ? [statement.identifier.value] : statement.declarations.map((d) => d.id.value),
    );
  if (new Set(names).size !== names.length) throw new Error(`build: ${file} declares a function's name twice at its end`);
  if (statements.length - first < 2) return;
  const at = (statement) => statement.span.start - base;
  const texts = statements
    .slice(first)
    .map((statement, n) =>
      code.slice(at(statement), statements[first + n + 1] ? at(statements[first + n + 1]) : statement.span.end - base),
    );
  // Each text ends with its own semicolon or brace, so any order of them parses as the same statements.
  if (texts.some((text) => !/[;}]$/.test(text))) throw new Error(`build: a function at the end of ${file} does not end a statement`);
  const before = code.slice(0, at(statements[first]));
  const after = code.slice(statements.at(-1).span.end - base);
  const written =
    before +
    orderSearched(texts, moves, { before, after })
      .map((n) => texts[n])
      .join('') +
    after;
  const kinds = (text) =>
    parse(text)
      .body.map((statement) => statement.type)
      .sort()
      .join();
  if (kinds(written) !== kinds(code) || written.length !== code.length)
    throw new Error(`build: ${file} is not the same statements once ordered`);
  writeFileSync(file, written);
}

/**
 * The speech resource's strings (lambda/speech/resources/en.ts, its keys written short by speechKeysShort) in the order
 * orderSearched finds for them in index.js: nothing enumerates the resource (a string is looked up by its key, or its
 * key checked with Object.hasOwn), so its order decides nothing said. Each move judged on the strings from the first it
 * changes and the 4 KB of code after them (docs/performance.md, "Issue 16, twenty-fourth pass").
 */
const SPEECH_MOVES = 2000;
async function speechResourceInDeflateOrder(file) {
  const { parseSync } = await import('@swc/core');
  const code = readFileSync(file, 'utf8');
  const script = parseSync(code, { syntax: 'ecmascript', target: 'es2022', isModule: false });
  const base = script.span.start;
  const keyOf = (property) =>
    property.type === 'KeyValueProperty' && (property.key.type === 'Identifier' || property.key.type === 'StringLiteral')
      ? property.key.value
      : undefined;
  const found = [];
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'ObjectExpression' && node.properties.map(keyOf).join('\n') === speechKeysWritten.join('\n')) found.push(node);
    for (const [field, value] of Object.entries(node)) if (field !== 'span') visit(value);
  };
  visit(script.body);
  if (found.length !== 1) throw new Error(`build: index.js has ${found.length} speech resources with its keys as written, not one`);
  const { properties } = found[0];
  const texts = properties.map((property) => code.slice(property.key.span.start - base, property.value.span.end - base));
  const start = properties[0].key.span.start - base;
  const end = properties.at(-1).value.span.end - base;
  if (texts.join(',') !== code.slice(start, end)) throw new Error("build: the speech resource's strings are not one after another");
  const before = code.slice(0, start);
  const after = code.slice(end);
  const order = orderSearched(texts, SPEECH_MOVES, { before, between: ',', after: after.slice(0, 4096) });
  writeFileSync(file, before + order.map((n) => texts[n]).join(',') + after);
}

/**
 * The question engine's own property names (the web app's ENGINE_OWN_PROPERTIES: the matcher's question, lists and cues,
 * the clauses, the search's options, the reading of a question) minified in the Lambda's files too, as their variables
 * are (esbuild's mangleProps, one naming for both files): but not those that are keys of the question index's parts,
 * which the Lambda carries as JSON (the web app works those parts out in code). None is a key of an envelope, a record or
 * the SDK's objects: the build fails if a carried text says one as a key, or either file says one in quotes.
 */
const LAMBDA_CARRIED_KEYS = ['ids', 'lengths', 'postings', 'meanings'];
/**
 * And more of the engine's own, which the web app leaves to its page because the page shares their modules or reads
 * them (a token's stem and dots, the matcher's alternatives and codes, the search's scores and weights, the reading's
 * pairs and rankings): in the Lambda both files are one build, named alike, and index.js names none of them.
 */
const LAMBDA_ENGINE_PROPERTIES = [
  'alternatives',
  'anywhere',
  'beforeAsks',
  'coded',
  'cueCount',
  'dotted',
  'fit',
  'lastAsks',
  'pairs',
  'ranked',
  'score',
  'stem',
  'tokens',
  'weights',
];
/**
 * And the property names of the SDK's own objects and of those the skill hands it, which live and die in index.js: the
 * handler input and its response builder and attributes manager, the skill and runtime-configuration builders, the
 * runtime configuration, the dispatcher, mappers, adapters and chains, the persistence adapter's three methods (the
 * skill's DynamoDB adapter, called by the attributes manager), the user agent's registry, the names each SDK module
 * exports to the others (read back through `require`), and lambda/skill.ts's own options and metrics hook. Nothing
 * reads one by its name from outside index.js (the Lambda runtime calls `handler`; the local runtime and the web app
 * build the skill from its sources, unminified or with a stand-in SDK), none is a key of an envelope, the session's or
 * the store's attributes, a log line or a metrics line, and none is a property of Node's objects that index.js reads.
 * Left out on purpose: `reprompt` and `userAgent` (the response's and the envelope's keys as well as the builder's and
 * the registry's), `speak` (a key of the APL document), `create` (Object.create), `context`, `version`, `SkillBuilders`
 * (lambda/skill.ts imports it: an import's name is not a property), `AttributesManagerFactory` (said in the SDK's error
 * messages). 5.3 KB of index.js, 0.59 KB zipped (docs/performance.md, "Issue 16, twenty-second pass").
 */
const LAMBDA_SDK_PROPERTIES = [
  // ask-sdk-core's HandlerInput, ResponseBuilder (the methods kept: sdkAsUsed) and AttributesManager
  'attributesManager',
  'requestEnvelope',
  'responseBuilder',
  'serviceClientFactory',
  'addDirective',
  'getResponse',
  'withShouldEndSession',
  'withSimpleCard',
  'deletePersistentAttributes',
  'getPersistentAttributes',
  'getRequestAttributes',
  'getSessionAttributes',
  'savePersistentAttributes',
  'setPersistentAttributes',
  'setRequestAttributes',
  'setSessionAttributes',
  // the PersistenceAdapter the skill gives it (lambda/store/dynamo-adapter.ts)
  'deleteAttributes',
  'getAttributes',
  'saveAttributes',
  // RequestHandler, RequestInterceptor, ResponseInterceptor and ErrorHandler, the skill's and the SDK's
  'canHandle',
  'handle',
  'process',
  // the builders (SkillBuilders.custom, CustomSkillFactory, BaseSkillFactory, RuntimeConfigurationBuilder)
  'addErrorHandlers',
  'addRequestHandlers',
  'addRequestInterceptors',
  'addResponseInterceptors',
  'custom',
  'getRuntimeConfiguration',
  'getSkillConfiguration',
  'withPersistenceAdapter',
  // the runtime configuration and what runs it (CustomSkill, GenericRequestDispatcher, its mappers, adapter and chains)
  'apiClient',
  'components',
  'customUserAgent',
  'dispatch',
  'dispatchError',
  'dispatchRequest',
  'errorHandlers',
  'errorMapper',
  'execute',
  'getErrorHandler',
  'getRequestHandler',
  'getRequestHandlerChain',
  'getRequestInterceptors',
  'getResponseInterceptors',
  'getUserAgent',
  'handlerAdapters',
  'invoke',
  'persistenceAdapter',
  'registerComponent',
  'requestDispatcher',
  'requestHandler',
  'requestHandlerChains',
  'requestInterceptors',
  'requestMappers',
  'responseInterceptors',
  'skillId',
  'supports',
  // what each SDK module exports to the others (and the stand-in for ask-sdk-model: withoutServiceClients)
  'BaseSkillFactory',
  'createAskSdkError',
  'createAskSdkUserAgent',
  'CustomSkill',
  'CustomSkillFactory',
  'GenericErrorMapper',
  'GenericHandlerAdapter',
  'GenericRequestDispatcher',
  'GenericRequestHandlerChain',
  'GenericRequestMapper',
  'ResponseFactory',
  'RuntimeConfigurationBuilder',
  'ServiceClientFactory',
  'services',
  'UserAgentManager',
  // lambda/skill.ts's options and the metrics hook it calls
  'handlerError',
  'persistence',
  'storeTimeouts',
];
/**
 * And the question kinds' own flags (content/question-kinds.json, compiled into the question index's `kinds`, which the
 * Lambda writes as an object literal: lambdaData's literalParts), which only the engine reads, by name, in question.js.
 * Not `id`, `from` (Array.from) or `reply` and `gentle` (index.js reads an answer's), nor a flag a later kind adds,
 * until it is listed here.
 */
const LAMBDA_KIND_PROPERTIES = [
  'alsoFrom',
  'asksOf',
  'closestOnly',
  'eachNamed',
  'givenElsewhere',
  'hedgedByUnknown',
  'hedgedUnlessSaid',
  'rules',
  'withSymptom',
  'withSymptomPassage',
  'yieldsToQuestion',
];
const LAMBDA_OWN_PROPERTIES = [
  ...ENGINE_OWN_PROPERTIES.filter((name) => !LAMBDA_CARRIED_KEYS.includes(name)),
  ...LAMBDA_ENGINE_PROPERTIES,
  ...LAMBDA_SDK_PROPERTIES,
  ...LAMBDA_KIND_PROPERTIES,
];
function checkLambdaOwnProperties(files) {
  const code = files.map((file) => readFileSync(file, 'utf8')).join('\n');
  for (const name of LAMBDA_OWN_PROPERTIES) {
    for (const text of [...jsonCarried, ...[...carriedTexts.values()].flat()])
      if (text.includes(`"${name}":`))
        throw new Error(`build: a JSON text the Lambda carries has the key ${name}, which it minifies (LAMBDA_OWN_PROPERTIES)`);
    if (new RegExp(`["'\`]${name}["'\`]`).test(code))
      throw new Error(`build: a Lambda file says "${name}", which it minifies as its own (LAMBDA_OWN_PROPERTIES)`);
    // Minified, the name is said nowhere as a property: a key the source quoted (`{ "name": … }`) is left as it is, and
    // written bare (a JSON value written into a module, say), where the code that reads it reads the minified name.
    if (new RegExp(`[{,]${name}:|\\.${name}\\b`).test(code))
      throw new Error(`build: a Lambda file says ${name} as a property once minified: a key quoted in its source? (LAMBDA_OWN_PROPERTIES)`);
  }
}

/**
 * The speech strings' keys (lambda/speech/resources/en.ts: "launch.welcome", "offer.hearMore"…) written short in the
 * Lambda's index.js ("a", "b"… in the resource's order), where each was said twice or more, in full: once as the
 * resource's key and again wherever a reply names it (4.3 KB of index.js, 0.38 KB zipped: docs/performance.md, "Issue
 * 16, twenty-fourth pass"). A key is only ever looked up in the resource (`en[key]`, `Object.hasOwn`) or compared with
 * another, so what it is called decides nothing that is said. Left as they are: the keys a reply makes from a kind's id
 * (`asked.${…}`), and the choices' (`choice.…`), which a turn keeps in the session's attributes (and reads back with
 * `key.startsWith('choice.')`): what is stored is the same. The resource is found as the one object literal whose keys
 * are the resource's; every string literal that says a key (and nothing else) is renamed with it; the build fails if
 * the file says a renamed key anywhere after, or a short name was already said in quotes.
 */
const SPEECH_KEYS_KEPT = /^(?:asked|choice)\./;
let speechKeysModule;
function speechKeys() {
  speechKeysModule ??= build({ ...common, entryPoints: ['lambda/speech/resources/en.ts'], write: false }).then(({ outputFiles }) => {
    const module = { exports: {} };
    new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
    return Object.keys(module.exports.en);
  });
  return speechKeysModule;
}
/** The speech resource's keys as index.js says them once speechKeysShort has run (speechResourceInDeflateOrder finds it by them). */
let speechKeysWritten;
async function speechKeysShort(file) {
  const { parseSync } = await import('@swc/core');
  const code = readFileSync(file, 'utf8');
  const keys = await speechKeys();
  const renamed = keys.filter((key) => !SPEECH_KEYS_KEPT.test(key));
  // Short names in order, but none the file already says in quotes (a string that could be taken for a key).
  const letters = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';
  const names = [...letters, ...[...letters].flatMap((first) => [...letters].map((second) => first + second))].filter(
    (name) => !new RegExp(`["'\`]${name}["'\`]`).test(code) && !keys.includes(name),
  );
  if (renamed.length > names.length) throw new Error('build: more speech keys than short names');
  const short = new Map(renamed.map((key, n) => [key, names[n]]));
  speechKeysWritten = keys.map((key) => short.get(key) ?? key);
  const script = parseSync(code, { syntax: 'ecmascript', target: 'es2022', isModule: false });
  const base = script.span.start;
  const edits = [];
  let resources = 0;
  const keyOf = (property) =>
    property.key.type === 'Identifier' ? property.key.value : property.key.type === 'StringLiteral' ? property.key.value : undefined;
  const visit = (node) => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    if (node.type === 'ObjectExpression') {
      const said = node.properties.map((property) => (property.type === 'KeyValueProperty' ? keyOf(property) : undefined));
      if (said.length === keys.length && said.every((key, n) => key === keys[n])) {
        resources += 1;
        for (const property of node.properties)
          if (short.has(keyOf(property))) edits.push({ span: property.key.span, text: short.get(keyOf(property)) });
      }
    }
    if (node.type === 'StringLiteral' && short.has(node.value))
      edits.push({ span: node.span, text: JSON.stringify(short.get(node.value)) });
    for (const [field, value] of Object.entries(node)) if (field !== 'span') visit(value);
  };
  visit(script.body);
  if (resources !== 1) throw new Error(`build: index.js has ${resources} speech resources (object literals with its keys), not one`);
  // A key of the resource is visited twice (the object's, and as a string literal if quoted): one edit a place.
  const unique = [...new Map(edits.map((edit) => [edit.span.start, edit])).values()].sort((a, b) => b.span.start - a.span.start);
  let written = code;
  for (const { span, text } of unique) written = written.slice(0, span.start - base) + text + written.slice(span.end - base);
  for (const key of short.keys()) {
    const said = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    if (new RegExp(`["'\`]${said}["'\`]|[{,]${said}:|\\.${said}\\b`).test(written))
      throw new Error(`build: index.js still says the speech key ${key} once its keys are short`);
  }
  writeFileSync(file, written);
}

const builds = {
  lambda: async () => {
    const result = await build({
      ...common,
      entryPoints: { index: HANDLER_ENTRY, question: QUESTION_ENTRY },
      outdir: 'dist/lambda',
      minify: minifyLambda,
      ...(minifyLambda ? { mangleProps: new RegExp(`^(?:${LAMBDA_OWN_PROPERTIES.join('|')})$`) } : {}),
      external: ['@aws-sdk/*'],
      // The store loads the AWS SDK on first use with import(). Left native, that is an ES-module import, which
      // ignores NODE_PATH (where the Lambda runtime keeps its SDK) and costs ~60 ms more than require() here
      // (docs/performance.md): compile it to require().
      supported: { 'dynamic-import': false },
      // sourceAsSaid before lambdaData: the first plugin to load a file gives it.
      plugins: [
        sdkVersionOnly,
        sdkAsUsed,
        sdkWithoutPreambles,
        sourceAsSaid,
        lambdaData,
        carriedTextHelpers,
        withoutServiceClients,
        questionEngineApart,
        questionEntryPlain,
        handlerEntryPlain,
      ],
      // questionEntryPlain's and handlerEntryPlain's entries are ES modules that set `module.exports`: the output is
      // CommonJS, so `module` is each file's own.
      logOverride: { 'commonjs-variable-in-esm': 'silent' },
      metafile: true,
      legalComments: 'none',
    });
    // Before anything runs the built files (compiledWithTheFile): the first searched question reads it.
    if (!questionPack) throw new Error('build: the question index was not packed (lambdaData)');
    writeFileSync(join('dist/lambda', QUESTION_PACK_FILE), questionPack);
    if (minifyLambda) {
      checkLambdaOwnProperties(['dist/lambda/index.js', 'dist/lambda/question.js']);
      await speechKeysShort('dist/lambda/index.js');
      await minifyLambdaAgain('dist/lambda');
    }
    carryInComments(['dist/lambda/index.js', 'dist/lambda/question.js']);
    if (minifyLambda) {
      const eager = await compiledWithTheFile('dist/lambda');
      if (!quiet) console.log(`the functions every first question ran, compiled with their file: ${eager.join(', ')}`);
      for (const [file, moves] of TAIL_MOVES) await tailInDeflateOrder(join('dist/lambda', file), moves);
      await speechResourceInDeflateOrder('dist/lambda/index.js');
    }
    // question.js must stay over 128 KB (lambdaData, above): under it, its source would be young, and a container's
    // first question would pay a second scavenge. The codes of the cue lists' words took it to 138.8 KB (sixteenth
    // pass, second round).
    const questionBytes = readFileSync('dist/lambda/question.js').length;
    if (minifyLambda && questionBytes <= 128 * 1024)
      console.warn(
        `build: dist/lambda/question.js is ${questionBytes} bytes, not over 128 KB: its source becomes young (docs/performance.md)`,
      );
    return result;
  },
  local: () =>
    build({
      ...common,
      entryPoints: { ask: 'local/ask.ts', chat: 'local/chat.ts', server: 'local/server/main.ts', 'web-app-host': 'local/web-app/host.ts' },
      outdir: 'dist/local',
      sourcemap: true,
      // dynalite's LevelDB binding finds its prebuilt binary relative to its own files, so it stays in node_modules.
      external: ['dynalite'],
    }),
  web: async () => {
    const result = await build({ ...forBrowsers, entryPoints: { page: 'local/web/served.ts' }, outdir: 'dist/web', metafile: true });
    await writeAskSheet('dist/web');
    return result;
  },
  'web-app': () => buildWebApp({ forBrowsers, plugins: [dataAsJsonParse, withoutServiceClients], writeAskSheet }),
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
