// The web app (`node scripts/build.mjs web-app`, part of `npm run build`): dist/web-app/, a folder of static
// files to host anywhere or open from disk. docs/web-app.md explains the parts.
//   index.html             the page (local/web/index.html, the one the local server serves), with the manifest
//   page.js                the page and the skill in a classic script (no modules: file:// loads it), all but...
//   question.js            ...the question engine, a second classic script the page loads when it first needs it
//                          (local/web-app/question-engine.ts; docs/web-app.md, "Two classic scripts")
//   open-store.js          starts opening the preference database while page.js loads (local/web-app/open-early.ts)
//   styles.css, favicon.svg, ask-sheet.html, privacy.html, manifest.webmanifest
//   sw.js                  the service worker, with the list of files above and a hash of their contents
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { Script } from 'node:vm';
import { build, transform } from 'esbuild';

// WEB_APP_OUT: another folder (the tests build their own, so that test files running side by side share none).
const OUT = process.env.WEB_APP_OUT || join('dist', 'web-app');
const SHIMS = join('local', 'web-app', 'shims');

/**
 * The skill's code is written for Node. In the page, four modules stand in for Node's (node:crypto's hash and
 * UUIDs; url, http and https, which ask-sdk-core loads only for the API client the skill never uses) and a small
 * `process` (the environment, a clock, stderr).
 */
const nodeStandIns = {
  alias: {
    'node:crypto': `./${SHIMS}/node-crypto.ts`,
    url: `./${SHIMS}/no-node-module.ts`,
    http: `./${SHIMS}/no-node-module.ts`,
    https: `./${SHIMS}/no-node-module.ts`,
  },
  inject: [`./${SHIMS}/process.ts`],
};

/**
 * A list of records (objects) as {$: its keys, in the order they first come, r: each record's values in that order, 0
 * for a key it does not have}, at every depth; FROM_ROWS reads it back, each record's keys in their own order (each
 * record's keys come in the order of the first that has them, as in content/topics.json: the build checks it).
 */
/**
 * Our own TypeScript, bundled and run here at build time (the same code the page runs), so that the build works
 * out what the page will: its exports.
 */
async function loadAtBuild(contents) {
  const { outputFiles } = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    write: false,
    logLevel: 'error',
  });
  const module = { exports: {} };
  new Function('module', 'exports', 'require', outputFiles[0].text)(module, module.exports, createRequire(import.meta.url));
  return module.exports;
}

function asRows(value) {
  if (Array.isArray(value)) {
    if (value.length > 1 && value.every((item) => item !== null && typeof item === 'object' && !Array.isArray(item))) {
      const keys = [...new Set(value.flatMap((item) => Object.keys(item)))];
      return { $: keys, r: value.map((item) => keys.map((key) => (key in item ? asRows(item[key]) : 0))) };
    }
    return value.map(asRows);
  }
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, asRows(item)]));
  if (value === 0) throw new Error('asRows: a 0 would read as a missing value');
  return value;
}
const FROM_ROWS = `function fromRows(value) {
  if (Array.isArray(value)) return value.map(fromRows);
  if (value === null || typeof value !== 'object') return value;
  if ('$' in value) return value.r.map((row) => Object.fromEntries(value.$.flatMap((key, n) => (row[n] === 0 ? [] : [[key, fromRows(row[n])]]))));
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, fromRows(item)]));
}`;

/**
 * The interaction model as the page needs it: the names and slots the conversation reads, and the resolver's
 * tables (local/nlu/tables.ts: every text already read into words, built here from the model), from which the
 * resolver is compiled on first use; all of it one JSON string, parsed as the script starts (about 40 KB: well
 * under a millisecond). The model's own text stays out of the page. An ES module, as the plugins below give too: a
 * CommonJS one is wrapped by esbuild to be initialised lazily, and the modules it imports with it (linkedStatically).
 */
const modelWithTables = {
  name: 'model-with-resolver-tables',
  setup(context) {
    context.onLoad({ filter: /interactionModels[\\/]custom[\\/][^\\/]+\.json$/ }, async (file) => {
      const model = JSON.parse(readFileSync(file.path, 'utf8'));
      const built = await loadAtBuild(`export { buildResolverTables } from './local/nlu/tables';
export { carriedLayTerms } from './local/web-app/lay-terms';
export { en } from './lambda/speech/resources/en';`);
      const tables = built.buildResolverTables(model);
      // The lay-word table's terms ride between the slot values, many of whose synonyms they are, and the samples,
      // which say many of them: gzip codes them there as repeats (0.4 KB of page.js less than after both; the tables
      // are read by key, so the order of their parts decides nothing), and question.js borrows them
      // (local/web-app/lay-terms.ts) to compile its reading table rather than carry it (7.5 KB gzip).
      const { terms } = JSON.parse(readFileSync(join('content', 'lay-words.json'), 'utf8'));
      const lay = built.carriedLayTerms(terms);
      // Content the slot values name comes just ahead of the tables, as JSON text (contentBesideTheModel): gzip finds
      // those names there, within its 32 KB window (0.5 KB of page.js), each list of records as rows (asRows: 0.2 KB
      // more). The skill's phrases first, then the pronunciation table (whose words they and the sheet say: as rows
      // here, 0.2 KB less than as its own JSON.parse of records), then the topics and the glossary right before the
      // slot values that name them (0.1 KB less than after the tables; each is read by its index, BESIDE_THE_MODEL, so
      // the order decides nothing).
      const beside = BESIDE_THE_MODEL.map((name) => {
        const json = name === 'en' ? built.en : JSON.parse(readFileSync(join('content', `${name}.json`), 'utf8'));
        const text = JSON.stringify(asRows(json));
        if (JSON.stringify(new Function(`return ${FROM_ROWS}`)()(JSON.parse(text))) !== JSON.stringify(json))
          throw new Error(`page.js: content/${name}.json would not read back as it is`);
        return text;
      });
      // The names and slots the conversation reads as it loads come from the tables too (their first two columns).
      // What the handlers read of the model's source (model/interaction-model.source.json, as the Lambda carries it:
      // each intent's name, and which topic or subject it means or what a question intent's carriers ask): the names
      // are the tables' own, in the same order, so only the rest is carried (0.3 KB of page.js).
      const { intents: sourceIntents, invocationName } = JSON.parse(readFileSync(join('model', 'interaction-model.source.json'), 'utf8'));
      const read = sourceIntents.map(({ topic, subject, asks }) => ({ topic, subject, asks }));
      const source = JSON.stringify({
        invocationName,
        intents: sourceIntents.map(({ name, topic, subject, asks }) => ({ name, topic, subject, asks })),
      });
      const rebuilt = JSON.stringify({
        invocationName: tables.invocationName,
        intents: tables.intents.map(([name], n) => ({ name, ...read[n] })),
      });
      if (rebuilt !== source)
        throw new Error("page.js: the model source would not read back as it is (its intents are not the tables' own)");
      const { intents, ...beforeLay } = tables;
      // The texts themselves are written at the end of page.js (pageDataAtTheEnd), read here by a call.
      pageData = [...beside, JSON.stringify({ ...beforeLay, lay, intents })];
      const contents = `const fromRows = ${FROM_ROWS};
const carried = ${PAGE_DATA}();
const beside = carried.slice(0, ${beside.length}).map((text) => () => fromRows(JSON.parse(text)));
const tables = JSON.parse(carried[${beside.length}]);
const read = ${JSON.stringify(read)};
const model = { interactionModel: { languageModel: {
  invocationName: tables.invocationName,
  intents: tables.intents.map(([name, slots]) => ({ name, slots: slots.map(([slot, type]) => ({ name: slot, type })) })),
} } };
Object.defineProperty(model, Symbol.for('bone-cancer-guide.resolver-tables'), { value: () => tables });
Object.defineProperty(model, Symbol.for('bone-cancer-guide.lay-terms'), { value: () => tables.lay });
beside.forEach((value, n) => Object.defineProperty(model, ${JSON.stringify(BESIDE_KEY)} + n, { value }));
Object.defineProperty(model, ${JSON.stringify(SOURCE_KEY)}, {
  value: () => ({ invocationName: tables.invocationName, intents: tables.intents.map(([name], n) => ({ name, ...read[n] })) }),
});
export default model;`;
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The texts the model module carries (modelWithTables: the skill's phrases, the pronunciation table, the topics, the
 * glossary, then the resolver's tables with the lay terms), as the build worked them out; and the name of the function
 * that gives them, which the model module calls as the page starts.
 */
let pageData;
const PAGE_DATA = '$pageData';

/**
 * page.js with the model module's texts (pageData, 90 KB of the script's 180) at its very end: a function declaration
 * (hoisted, so the call at the model module gives them as before) put last in the script's outermost function, after
 * every module's code, once the minifiers are done (put there earlier, swc would move a function called once back to
 * its call). Ahead of the code, as esbuild placed them, they came between two runs of code that gzip's 32 KB window
 * then could not join: 0.13 KB of page.js gzipped (docs/performance.md, "Issue 17 kept, thirteenth pass"). The
 * function's name is a global one to the minifiers (never a name they give), and the build checks it is said twice
 * only: at the call, and where it is declared.
 */
function pageDataAtTheEnd(file) {
  dataAtTheEnd(file, PAGE_DATA, `[${pageData.map(quoted).join(',')}]`);
}

/** A text as a JavaScript string literal in single quotes. */
const quoted = (text) =>
  `'${text.replace(/[\\'\n\r\u2028\u2029]/g, (c) => (c === '\\' || c === "'" ? `\\${c}` : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`))}'`;

/**
 * A minified script with `function name(){return value}` declared last in its outermost function: the data a module
 * reads by calling `name()` (pageDataAtTheEnd; question.js's packed parts, questionPartsAtTheEnd). The name is a global
 * one to the minifiers (never a name they give), and the build checks it is said twice only: at the call, and where
 * it is declared.
 */
function dataAtTheEnd(file, name, value) {
  const code = readFileSync(file, 'utf8').trimEnd();
  const end = '})();';
  if (!code.endsWith(end)) throw new Error(`${file} no longer ends with its outermost function's call`);
  const declared = `function ${name}(){return${value}}`;
  // After a semicolon: the script's last statement may be an expression without one.
  const placed = `${code.slice(0, -end.length)};${declared}${end}\n`;
  const said = placed.match(new RegExp(`(?<![\\w$])\\${name}(?![\\w$])`, 'g'))?.length;
  if (said !== 2) throw new Error(`${file} says ${name} ${said} times: once at the call, once declared`);
  new Script(placed, { filename: file });
  writeFileSync(file, placed);
}

/**
 * question.js with its question index's parts, packed (packedParts), at its very end, as page.js's texts are: 0.44 KB
 * of question.js gzipped less than at its head (docs/performance.md, "Issue 17 kept, fourteenth pass"). gzip finds
 * nothing to match in packed bytes, and codes the engine's code better with fewer of them beside it. The bytes are
 * written in the 64 characters the script's code says most (in the place of ALPHABET_TO_CHOOSE, which the minifiers
 * leave as it is): gzip's last block holds the end of the code and the start of the bytes, and codes both shorter
 * with one alphabet (0.2 KB less than base64's).
 */
let packedQuestionParts;
const QUESTION_PARTS = '$questionParts';
const ALPHABET_TO_CHOOSE = 'packed-parts-alphabet-chosen-by-the-build-once-question-js-is-minified'.slice(0, 64);
function questionPartsAtTheEnd(file) {
  const code = readFileSync(file, 'utf8');
  const placeholder = `"${ALPHABET_TO_CHOOSE}"`;
  if (code.split(placeholder).length !== 2) throw new Error(`${file} should say ${placeholder} once (question-index-parts.ts)`);
  const said = new Map();
  for (const c of code) if (c >= ' ' && c <= '~' && c !== '"' && c !== '\\') said.set(c, (said.get(c) ?? 0) + 1);
  const alphabet = [...said.keys()]
    .sort((a, b) => said.get(b) - said.get(a) || (a < b ? -1 : 1))
    .slice(0, 64)
    .join('');
  if (alphabet.length !== 64) throw new Error(`${file} says fewer than 64 characters to write its packed parts in`);
  writeFileSync(file, code.replace(placeholder, JSON.stringify(alphabet)));
  const { lzma, bytes, n, text, parts } = packedQuestionParts;
  const packed = { z: lzma.inAlphabet(bytes, alphabet), n, a: alphabet };
  const unpacked = lzma.unpackedParts(packed);
  if (lzma.unpackedText(packed) !== text || lzma.PACKED_ORDER.some((key) => unpacked[key] !== parts[key]))
    throw new Error('question.js: the packed question index parts would not unpack as they are');
  dataAtTheEnd(file, QUESTION_PARTS, JSON.stringify(packed.z));
}

/** What the model module (modelWithTables) carries beside the slot values, and where it gives page.js each of them. */
const MODEL_FILE = resolve('skill-package', 'interactionModels', 'custom', 'en-AU.json');
const BESIDE_THE_MODEL = ['en', 'pronunciation', 'topics', 'glossary'];
const BESIDE_KEY = 'bone-cancer-guide.content.';
const SOURCE_KEY = 'bone-cancer-guide.model-source';

/**
 * content/topics.json and glossary.json in page.js are taken from the model module, which carries their text right
 * before the slot values that name the topics and terms (modelWithTables): where esbuild put them, 20 KB and more further
 * on, gzip could not reach back to those names. content/pronunciation.json too, for its records as rows.
 */
const contentBesideTheModel = {
  name: 'content-beside-the-model',
  setup(context) {
    context.onLoad({ filter: /[\\/]content[\\/](topics|glossary|pronunciation)\.json$/ }, (file) => ({
      contents: `import model from ${JSON.stringify(MODEL_FILE)};
export default model[${JSON.stringify(BESIDE_KEY)} + ${BESIDE_THE_MODEL.indexOf(basename(file.path, '.json'))}]();`,
      loader: 'js',
    }));
    // What the handlers read of the model's source: the tables' intents, with their topics, subjects and questions.
    context.onLoad({ filter: /[\\/]model[\\/]interaction-model\.source\.json$/ }, () => ({
      contents: `import model from ${JSON.stringify(MODEL_FILE)};
export default model[${JSON.stringify(SOURCE_KEY)}]();`,
      loader: 'js',
    }));
    // The skill's own phrases (lambda/speech/resources/en.ts) name the topics too.
    context.onLoad({ filter: /[\\/]lambda[\\/]speech[\\/]resources[\\/]en\.ts$/ }, () => ({
      contents: `import model from ${JSON.stringify(MODEL_FILE)};
export const en = model[${JSON.stringify(BESIDE_KEY)} + ${BESIDE_THE_MODEL.indexOf('en')}]();`,
      loader: 'js',
    }));
  },
};

/**
 * content/source.json in page.js and in the Lambda's index.js (scripts/build.mjs): the fields the skill says (the
 * sheet's title, publisher, year and review date: lambda/conversation/catalog.ts), not its sections, which only the
 * content checks and the review read (1.7 KB of text).
 */
const SOURCE_FIELDS_SAID = ['title', 'publisher', 'copyrightYear', 'lastMedicalReviewSpoken'];
export const sourceAsSaid = {
  name: 'source-as-said',
  setup(context) {
    context.onLoad({ filter: /[\\/]content[\\/]source\.json$/ }, (file) => {
      const source = JSON.parse(readFileSync(file.path, 'utf8'));
      const said = Object.fromEntries(SOURCE_FIELDS_SAID.map((field) => [field, source[field]]));
      return { contents: `export default ${JSON.stringify(said)};`, loader: 'js' };
    });
  },
};

/**
 * ask-sdk-core reads its own package.json for one thing, its version (for the user agent of the responses it
 * builds): the page carries that, not the whole file's description, scripts and dependencies; as an ES module's export
 * (the SDK stand-in imports it by name), not CommonJS, which esbuild would wrap (linkedStatically).
 */
const sdkVersionOnly = {
  name: 'sdk-version-only',
  setup(context) {
    context.onLoad({ filter: /node_modules[\\/]ask-sdk-core[\\/]package\.json$/ }, (file) => ({
      contents: `export const version = ${JSON.stringify(JSON.parse(readFileSync(file.path, 'utf8')).version)};`,
      loader: 'js',
    }));
  },
};

/**
 * ask-sdk-core's SkillBuilders (the SDK's only module lambda/skill.ts imports) in page.js is a stand-in of our own
 * (local/web-app/shims/ask-sdk-skill-builders.ts) that does what the SDK does for the skill: the SDK's generic runtime
 * and builders were 3.4 KB of page.js gzipped (docs/performance.md, "Issue 17, eighth pass"). The Lambda and the local
 * tools carry the SDK itself; the parity test compares the page's replies with theirs.
 */
const sdkStandIn = {
  name: 'sdk-stand-in',
  setup(context) {
    context.onResolve({ filter: /^ask-sdk-core\/dist\/skill\/SkillBuilders$/ }, () => ({
      path: resolve(SHIMS, 'ask-sdk-skill-builders.ts'),
    }));
  },
};

/**
 * lambda/log.ts (the skill's log lines, and the one filter each passes through) in page.js: the page's own logger
 * (local/web-app/shims/log.ts), whose lines hold a level, a message and an error's name, no other field: the Lambda's
 * filter and the closed lists of names it keeps (lambda/known-names.ts) were 0.7 KB of page.js gzipped.
 */
const pageLogger = {
  name: 'page-logger',
  setup(context) {
    context.onResolve({ filter: /[\\/]log$/ }, (args) =>
      resolve(args.resolveDir, args.path) === resolve('lambda', 'log') ? { path: resolve(SHIMS, 'log.ts') } : undefined,
    );
    // The request's line: what lambda/interceptors/log-request.ts adds to its message is fields, which the page's
    // lines do not hold, so in page.js it says the message alone (the same line).
    context.onLoad({ filter: /[\\/]lambda[\\/]interceptors[\\/]log-request\.ts$/ }, () => ({
      contents: `export const logRequestInterceptor = (log) => ({ process() { log.info('request'); } });`,
      loader: 'js',
    }));
  },
};

/**
 * The page never gives the skill a place for metrics (SkillOptions.metrics: on Lambda, CloudWatch's log lines), so the
 * code that would count and write them (lambda/metrics/request-metrics.ts and the EMF writing and names it imports)
 * never runs there: the page carries a stand-in that says so if that ever changes, as the Lambda does for the SDK's
 * service clients (scripts/build.mjs). The hooks that look a request's metrics up (tracking.ts) stay, and find none.
 */
const NO_METRICS = 'no request metrics in the web app (scripts/build-web-app.mjs)';
const withoutMetricsWriting = {
  name: 'without-metrics-writing',
  setup(context) {
    context.onLoad({ filter: /[\\/]lambda[\\/]metrics[\\/]request-metrics\.ts$/ }, () => ({
      contents: `const absent = () => { throw new Error(${JSON.stringify(NO_METRICS)}); };
export class RequestMetrics { constructor() { absent(); } }
export const requestTypeDimension = absent;
export const intentDimension = absent;`,
      loader: 'js',
    }));
    // With no metrics anywhere, the hooks that would look a request's up find none: they are left out too.
    context.onLoad({ filter: /[\\/]lambda[\\/]metrics[\\/]tracking\.ts$/ }, () => ({
      contents: `export const trackRequest = () => { throw new Error(${JSON.stringify(NO_METRICS)}); };
export const metricsOf = () => undefined;
export const countStoreProblem = () => {};`,
      loader: 'js',
    }));
    context.onLoad({ filter: /[\\/]lambda[\\/]metrics[\\/]interceptors\.ts$/ }, () => ({
      contents: `export const answerMetricsInterceptor = { process() {} };
export const countingErrors = (handler) => handler;`,
      loader: 'js',
    }));
  },
};

/**
 * The APL document an Echo Show lays the answer out with (lambda/screens/answer.apl.json) is passed through in the
 * skill's RenderDocument directive and read by nothing in the page: the page draws its own Echo Show view from the
 * directive's data source (local/web/screen-view.ts), which is all it compares and shows. page.js carries a stand-in
 * that says so, with the document's type and version (0.9 KB of the app's gzipped scripts; docs/performance.md).
 */
const withoutAplDocument = {
  name: 'without-apl-document',
  setup(context) {
    context.onLoad({ filter: /[\\/]lambda[\\/]screens[\\/]answer\.apl\.json$/ }, (file) => {
      const { type, version } = JSON.parse(readFileSync(file.path, 'utf8'));
      const standIn = {
        type,
        version,
        leftOut: 'the web app draws the screen from the data source (local/web/screen-view.ts)',
      };
      return { contents: `export default ${JSON.stringify(standIn)};`, loader: 'js' };
    });
  },
};

/**
 * The SHA-256 digests the page's store asks for (local/web-app/shims/store-digests.ts: of the one user id the page
 * sends), in page.js as they are: worked out here, in Node, by that module with Node's own hash, and checked again, so
 * that the page carries one digest and not a SHA-256 (0.4 KB of page.js gzipped; docs/performance.md, "Issue 17 kept,
 * thirteenth pass"). The shim (node-crypto.ts) refuses any other text.
 */
const digestsWorkedOut = {
  name: 'digests-worked-out',
  setup(context) {
    context.onLoad({ filter: /[\\/]web-app[\\/]shims[\\/]store-digests\.ts$/ }, async () => {
      const { DIGESTS } = await loadAtBuild("export { DIGESTS } from './local/web-app/shims/store-digests';");
      for (const [text, digest] of Object.entries(DIGESTS))
        if (createHash('sha256').update(text).digest('hex') !== digest) throw new Error(`page.js: the digest of ${text} is not Node's`);
      return { contents: `export const DIGESTS = ${JSON.stringify(DIGESTS)};`, loader: 'js' };
    });
  },
};

/**
 * page.js with every module linked statically, none wrapped to be initialised lazily. esbuild wraps a module that is
 * reached by require() or import(), or that is CommonJS, in a function that initialises it when first asked for, and so
 * every module such a module imports, and the injected `process` stand-in (nodeStandIns) with them: that was 15
 * modules' wrappers and a hundred calls initialising the stand-in, 0.7 KB of page.js gzipped (docs/performance.md,
 * "Issue 17 kept, ninth pass"). Two of the skill's files reach a module that way, and in the page they need not:
 *   lambda/store/record.ts   require('node:crypto') (so that a skill running without a store never loads it): the
 *                            page always has a store, and its stand-in is forty lines, imported here as the file starts
 *   lambda/question/find.ts  import('./answer'): in the page, a module whose `then` loads question.js
 *                            (question-engine-stand-in.ts); an awaited Promise.resolve of it adopts that `then` as the
 *                            import() did, so find.ts gets the same engine
 * Each file is read as it is, with only those expressions replaced; if they are no longer there, the build says so
 * (the page would still work, only larger). The module data plugins above give ES modules for the same reason.
 */
const REWRITTEN_FOR_THE_PAGE = [
  {
    file: join('lambda', 'store', 'record.ts'),
    was: "require('node:crypto')",
    now: 'nodeCrypto',
    from: "import * as nodeCrypto from 'node:crypto';",
  },
  {
    file: join('lambda', 'question', 'find.ts'),
    was: "import('./answer')",
    now: 'Promise.resolve(questionEngineStandIn)',
    from: "import * as questionEngineStandIn from '../../local/web-app/question-engine-stand-in';",
  },
];

const linkedStatically = {
  name: 'linked-statically',
  setup(context) {
    context.onLoad({ filter: /[\\/]lambda[\\/](store[\\/]record|question[\\/]find)\.ts$/ }, (file) => {
      const rewrite = REWRITTEN_FOR_THE_PAGE.find(({ file: name }) => file.path.endsWith(name));
      if (!rewrite) return undefined;
      const text = readFileSync(file.path, 'utf8');
      if (!text.includes(rewrite.was))
        return { errors: [{ text: `${rewrite.file} no longer has ${rewrite.was}: see linkedStatically in scripts/build-web-app.mjs` }] };
      return { contents: `${rewrite.from}\n${text.replaceAll(rewrite.was, rewrite.now)}`, loader: 'ts' };
    });
  },
};

/**
 * page.js without the question engine: lambda/question/find.ts imports it with `import('./answer')`, and in page.js
 * that is a stand-in which loads question.js (local/web-app/question-engine-stand-in.ts; linkedStatically puts it in
 * that import's place, and this holds any other import of the engine from find.ts to the same).
 */
const questionEngineApart = {
  name: 'question-engine-apart',
  setup(context) {
    context.onResolve({ filter: /^\.\/answer$/ }, (args) => {
      if (!args.importer.endsWith(join('question', 'find.ts'))) return undefined;
      if (args.kind !== 'dynamic-import')
        return { errors: [{ text: 'the question engine must be imported with import() in the web app: it is loaded apart' }] };
      return { path: resolve('local', 'web-app', 'question-engine-stand-in.ts') };
    });
  },
};

/**
 * The modules page.js lends question.js (local/web-app/question-engine.ts, SHARED): in question.js each is the
 * page's own, not a second copy. A module both scripts would carry and that is not here fails the build.
 */
const SHARED_WITH_THE_ENGINE = ['content/language/normalize.ts', 'lambda/question/corpus.ts', 'local/web-app/lay-terms.ts'];

/**
 * The names of each module page.js lends question.js (local/web-app/question-engine.ts, SHARED), as the page lends
 * them: what question.js reads of each.
 */
let lentNames;
async function namesLent(path) {
  lentNames ??= loadAtBuild("export { SHARED } from './local/web-app/question-engine';").then(({ SHARED }) => SHARED);
  const lent = (await lentNames)[path];
  if (!lent) throw new Error(`question.js: the page lends no ${path} (local/web-app/question-engine.ts, SHARED)`);
  return Object.keys(lent);
}

/**
 * Each lent module in question.js is an ES module whose exports are those the page lends (a CommonJS `module.exports = lent`
 * made esbuild wrap the three, and the injected `process` stand-in with them, in functions that initialise them when
 * first asked for: 0.3 KB of question.js gzipped; see linkedStatically). Each export is the page's function or
 * constant itself (none of the three reassigns an export), so a copy of the binding is the same.
 */
const sharedFromThePage = {
  name: 'shared-from-the-page',
  setup(context) {
    context.onResolve({ filter: /^\./ }, (args) => {
      const path = relative(process.cwd(), resolve(args.resolveDir, args.path)).split('\\').join('/');
      const shared = SHARED_WITH_THE_ENGINE.find((file) => file === path || file === `${path}.ts`);
      return shared ? { path: shared, namespace: 'lent-by-the-page' } : undefined;
    });
    context.onLoad({ filter: /.*/, namespace: 'lent-by-the-page' }, async (args) => ({
      contents: `const lent = globalThis[Symbol.for('bone-cancer-guide.question-engine')]?.shared?.[${JSON.stringify(args.path)}];
if (!lent) throw new Error(${JSON.stringify(`question.js: the page did not lend it ${args.path}`)});
export const { ${(await namesLent(args.path)).join(', ')} } = lent;`,
      loader: 'js',
    }));
  },
};

/**
 * Property names of the question engine's own objects (the matcher's question, lists and cues, the clauses it reads,
 * the search's options and table, the reading table), which no object from page.js has, nor any object the engine
 * gives the page (an answer, a unit), nor the parts it parses: in question.js they are minified as its variables are
 * (esbuild's mangleProps: 0.15 KB of question.js gzipped). The build fails if page.js says one as a property or the
 * carried parts say one; the web app's tests (the parity test) run the engine so minified.
 */
export const ENGINE_OWN_PROPERTIES = [
  // content/language/kinds.ts and clauses.ts
  'bounds',
  'clauseEnds',
  'clauses',
  'cue',
  'ends',
  'listStarted',
  'listStarts',
  'listsByFirst',
  'matched',
  'opens',
  'parts',
  'phrasesByFirst',
  'ready',
  'rule',
  'starts',
  'table',
  // lambda/question/sheet-search.ts, search-options.ts and the table question-index.ts works out
  'boost',
  'boosts',
  'byTerm',
  'fuzzy',
  'ids',
  'lengths',
  'postings',
  'processTerm',
  'searchTerm',
  'termResults',
  'titled',
  // lambda/question/read.ts's reading table, as question-index.ts works it out
  'meanings',
  // lambda/question/read.ts's reading of a question, and answer.ts's fits of the units to it
  'asksWhatItIs',
  'byPair',
  'namesSubject',
  'rank',
];

/**
 * Property names of page.js's own objects, none of which leaves it: the SDK stand-in's handler input, builders and
 * attributes manager (shims/ask-sdk-skill-builders.ts, and the handlers and interceptors that use them), the local
 * understanding's compiled model and scoring (local/nlu), and the page's own parts (local/web, local/web-app). No
 * object with one of them is stored (the records, the session's attributes), sent in an envelope, lent to or read by
 * question.js, or read by a test; so in page.js they are minified as its variables are (esbuild's mangleProps: 0.3 KB
 * of page.js gzipped; docs/performance.md, "Issue 17 kept, thirteenth pass"). The build fails if question.js says one
 * as a property or page.js says one in quotes (checkPageOwnProperties); the web app's tests run the page so minified.
 */
const PAGE_OWN_PROPERTIES = [
  // ask-sdk-core's HandlerInput, RequestHandler, ResponseBuilder, AttributesManager and CustomSkillBuilder, as the
  // page's stand-in gives them (ask-sdk-model's envelopes are not among them)
  'addDirective',
  'addErrorHandlers',
  'addRequestHandlers',
  'addRequestInterceptors',
  'addResponseInterceptors',
  'attributesManager',
  'canHandle',
  'deletePersistentAttributes',
  'getPersistentAttributes',
  'getRequestAttributes',
  'getResponse',
  'getSessionAttributes',
  'requestEnvelope',
  'responseBuilder',
  'savePersistentAttributes',
  'serviceClientFactory',
  'setPersistentAttributes',
  'setRequestAttributes',
  'setSessionAttributes',
  'withPersistenceAdapter',
  'withShouldEndSession',
  'withSimpleCard',
  // lambda/skill.ts's log field and metrics hook, which the page's logger and stand-ins drop, and the clock it reads
  // of the page's `process` stand-in (shims/process.ts)
  'handlerError',
  'hasRequest',
  'hrtime',
  // local/nlu: the compiled model, its vocabulary and the resolver's scoring
  'carrierWeight',
  'literalWeight',
  'maxWeight',
  'recall',
  'remainder',
  'repair',
  'ruleFor',
  'sampleWords',
  'samplesSaying',
  'samplesTaking',
  'slotCount',
  'slotTypes',
  'spanAt',
  'templatesFor',
  'totalWeight',
  'unexplained',
  'vocab',
  'weightOf',
  // local/web and local/web-app: the page's announcer, transcript, speech input, conversation, transport and store
  'activateUpdate',
  'announce',
  'beforeListening',
  'isOpen',
  'newVisitor',
  'onForgotten',
  'onHeard',
  'onMessage',
  'reveal',
  'warmUp',
];

/**
 * Fails if question.js says one of page.js's own property names (PAGE_OWN_PROPERTIES) as a property (an object
 * crossing between the scripts would have it minified on one side only), or page.js says one in quotes (a property
 * read by its name as text, which minifying would miss).
 */
function checkPageOwnProperties(page, question) {
  for (const name of PAGE_OWN_PROPERTIES) {
    if (new RegExp(`(?:\\.|[{,])${name}\\b`).test(question))
      throw new Error(`question.js says ${name}, which page.js minifies as its own (PAGE_OWN_PROPERTIES)`);
    if (new RegExp(`["'\`]${name}["'\`]`).test(page))
      throw new Error(`page.js says "${name}", which it minifies as its own (PAGE_OWN_PROPERTIES)`);
  }
}

/**
 * Fails if page.js says one of the engine's own property names (ENGINE_OWN_PROPERTIES) as a property, or question.js
 * says one in quotes (the carried parts' keys, or a property read by its name as text, which minifying would miss).
 */
function checkEngineOwnProperties(page, question) {
  for (const name of ENGINE_OWN_PROPERTIES) {
    if (new RegExp(`(?:\\.|[{,])${name}\\b`).test(page))
      throw new Error(`page.js says ${name}, which question.js minifies as the engine's own (ENGINE_OWN_PROPERTIES)`);
    if (new RegExp(`["'\`]${name}["'\`]`).test(question))
      throw new Error(`question.js says "${name}", which it minifies as the engine's own (ENGINE_OWN_PROPERTIES)`);
  }
}

/**
 * The question index in question.js without what the page works out from what it holds already (the units' stems,
 * the search table's postings: local/web-app/question-index.ts), so that the app's
 * scripts stay under their size budget. Each part left out is worked out here, in Node, by the code the page runs,
 * and the build fails unless it is the index's own to the byte: replies cannot change.
 */
const questionIndexCarried = {
  name: 'question-index-carried',
  setup(context) {
    // The parts, worked out (and checked) once for both modules that need them.
    let worked;
    const carried = () => {
      worked ??= partsCarried();
      return worked;
    };
    // The parts, packed, as the module question-script.ts imports first (question-index-parts.ts): their text's
    // length, and a call of the function that gives them (questionPartsAtTheEnd).
    context.onLoad({ filter: /[\\/]web-app[\\/]question-index-parts\.ts$/ }, async () => {
      packedQuestionParts = await packedParts(await carried());
      return {
        contents: `export default { z: ${QUESTION_PARTS}(), n: ${packedQuestionParts.n}, a: ${JSON.stringify(ALPHABET_TO_CHOOSE)} };`,
        loader: 'js',
      };
    });
    context.onLoad({ filter: /[\\/]question[\\/]search-index\.json$/ }, async (file) => {
      await carried();
      return {
        contents: `import { corpusUnits } from './corpus';
import { layTerms } from '../../local/web-app/lay-terms';
import { questionIndex } from '../../local/web-app/question-index';
import { unpackedParts } from '../../local/web-app/lzma';
import packed from '../../local/web-app/question-index-parts';
export default questionIndex(unpackedParts(packed), corpusUnits, layTerms);`,
        resolveDir: dirname(file.path),
        loader: 'js',
      };
    });
  },
};

/**
 * The question index's parts as question.js carries them: their texts (each after a newline but the first, in
 * PACKED_ORDER) packed by xz's raw LZMA at its best setting, in base64, which local/web-app/lzma.ts unpacks when a
 * question first reads a part. xz's optimal parse codes them about 2.5 KB smaller than the host's gzip codes the text
 * (gzip gains nothing more on base64 of packed bytes: 1% more than the bytes), and the decoder is about 0.9 KB
 * (docs/performance.md, "Issue 17 kept, fourteenth pass"). The build unpacks them again with that decoder and fails
 * unless it gives the parts to the byte. It needs xz (XZ Utils) on the machine that builds.
 */
async function packedParts(parts) {
  const lzma = await loadAtBuild(
    "export { PACKED_ORDER, PACKED_LC, unpackedText, unpackedParts, inAlphabet } from './local/web-app/lzma';",
  );
  const texts = lzma.PACKED_ORDER.map((key) => parts[key]);
  if (texts.some((text) => typeof text !== 'string' || text.includes('\n')) || Object.keys(parts).length !== texts.length)
    throw new Error('question.js: the question index’s parts are not the texts, without a newline, that lzma.ts unpacks');
  const text = Buffer.from(texts.join('\n'));
  const coded = wordsCoded(text.toString());
  let bytes;
  try {
    bytes = execFileSync('xz', ['--format=raw', `--lzma1=preset=9e,lc=${lzma.PACKED_LC},lp=0,pb=0`, '--stdout'], {
      input: coded,
      maxBuffer: 1 << 26,
    });
  } catch (error) {
    throw new Error(`question.js: xz (XZ Utils) could not pack the question index's parts: ${error.message}`);
  }
  // Unpacked again once the alphabet is chosen (questionPartsAtTheEnd), and checked against the parts.
  return { lzma, bytes, n: coded.length, text: text.toString(), parts };
}

/**
 * The parts' text (ASCII) with its 128 words that say most (each a whole run of letters, three or more, weighed by
 * how often it is said and its length) as one byte each, 128 to 255, after those words and a newline: LZMA codes a
 * word list's words better as bytes of their own (1.0 KB of its 29.6: docs/performance.md, "Issue 17 kept, fourteenth
 * pass"), and lzma.ts's unpackedText writes them out again.
 */
function wordsCoded(text) {
  if (/[\u0080-\uffff]/.test(text)) throw new Error('question.js: the question index’s parts say a character that is not ASCII');
  const said = new Map();
  for (const [word] of text.matchAll(/[a-z]{3,}/g)) said.set(word, (said.get(word) ?? 0) + 1);
  const words = [...said.keys()]
    .sort((a, b) => said.get(b) * (b.length - 1) - said.get(a) * (a.length - 1) || (a < b ? -1 : 1))
    .slice(0, 128);
  const code = new Map(words.map((word, n) => [word, String.fromCharCode(128 + n)]));
  return Buffer.from(`${words.join(' ')}\n${text.replace(/[a-z]+/g, (word) => code.get(word) ?? word)}`, 'latin1');
}

/** The parts of the question index question.js carries, worked out and checked (questionIndexCarried). */
async function partsCarried() {
  const data = JSON.parse(readFileSync(join('lambda', 'question', 'search-index.json'), 'utf8'));
  const {
    carriedParts,
    cueListOrder,
    listCodes,
    questionIndex,
    corpusUnits,
    inSortedOrder,
    inSortedSet,
    withoutImpliedAlternatives,
    withIndexNames,
    carriedLayTerms,
    layTermsOf,
  } =
    await loadAtBuild(`export { carriedParts, cueListOrder, listCodes, inSortedOrder, inSortedSet, questionIndex, withIndexNames, withoutImpliedAlternatives } from './local/web-app/question-index';
export { corpusUnits } from './lambda/question/corpus';
export { carriedLayTerms, layTermsOf } from './local/web-app/lay-terms';`);
  const layWords = JSON.parse(readFileSync(join('content', 'lay-words.json'), 'utf8'));
  // The cue lists with like lists side by side (cueListOrder). Until they were packed (packedParts) the build then
  // moved lists a few places on wherever gzip coded them smaller (0.1–0.2 KB, four seconds of every build); LZMA
  // codes them within 6 bytes alike in either order, so that climb is gone (docs/performance.md, fourteenth pass).
  const order = cueListOrder(data);
  const parts = carriedParts(data, layWords, order);
  // The terms as page.js carries them (modelWithTables), read back as the page reads them.
  const { terms } = layWords;
  const inPage = questionIndex(parts, corpusUnits, () => layTermsOf(carriedLayTerms(terms)));
  // The cue lists by the index's names again (the page's are shorter: question-index.ts, listCodes).
  const worked = { ...inPage, kinds: withIndexNames(inPage.kinds, listCodes(data, order)) };
  // The cue lists are carried in another order (question-index.ts): each list is compared in sorted order
  // (inSortedOrder), the word lists as sets; all else to the byte. And without the alternatives another of their
  // part implies (withoutImpliedAlternatives, which decide nothing): the index's are compared without them too.
  const cues = Object.fromEntries(Object.entries(data.kinds.cues).map(([name, stored]) => [name, withoutImpliedAlternatives(stored)]));
  // (The lists themselves in the carried order too, which is another: compared as a set of names below.)
  const inSorted = (lists) => Object.fromEntries(Object.keys(worked.kinds.cues).map((name) => [name, inSortedOrder(lists[name])]));
  // The word lists likewise, each as a set of words (question-index.ts).
  const asSets = (lists) => Object.fromEntries(Object.entries(lists).map(([name, words]) => [name, inSortedSet(words)]));
  const carriedKinds = { ...data.kinds, cues: inSorted(cues), lists: asSets(data.kinds.lists) };
  if (JSON.stringify(Object.keys(worked.kinds.cues).sort()) !== JSON.stringify(Object.keys(cues).sort()))
    throw new Error('question.js: the question index would not have the same cue lists');
  const expected = { ...data, kinds: carriedKinds };
  const workedKinds = { ...worked.kinds, cues: inSorted(worked.kinds.cues), lists: asSets(worked.kinds.lists) };
  for (const key of Object.keys(data)) {
    if (JSON.stringify(key === 'kinds' ? workedKinds : worked[key]) !== JSON.stringify(expected[key]))
      throw new Error(
        `question.js: the question index's ${key}, as the page would work it out, is not the index's own (local/web-app/question-index.ts)`,
      );
  }
  if (JSON.stringify(Object.keys(worked)) !== JSON.stringify(Object.keys(data)))
    throw new Error('question.js: the question index would not be the same');
  // The parts are read by name (questionIndex), so their order decides nothing; they are packed together
  // (packedParts, in lzma.ts's PACKED_ORDER) and written at the end of question.js (questionPartsAtTheEnd).
  const { kinds, reading, asked, gives, index } = parts;
  return { kinds, reading, asked, gives, index };
}

/**
 * An HTML file of ours without its comments and indentation (a kilobyte of the precache, which has a budget): each
 * line's leading spaces are whitespace the browser collapses anyway, and none of our pages has a <pre>.
 */
function withoutIndentation(html) {
  if (/<pre|<textarea/i.test(html)) throw new Error('an HTML page with preformatted text: its spaces matter');
  return html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\n[ \t]+/g, '\n')
    .replace(/\n{2,}/g, '\n');
}

/** The page as the local server serves it, plus what only an installable app needs in its head. */
function appPage() {
  const page = readFileSync(join('local', 'web', 'index.html'), 'utf8');
  const head = [
    '<link rel="manifest" href="manifest.webmanifest">',
    '<meta name="theme-color" content="#0b3d91">',
    // The same policy the local server sends as a header: nothing from anywhere else, no inline code.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; manifest-src 'self'; worker-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'">`,
  ];
  if (!page.includes('</head>')) throw new Error('local/web/index.html has no </head>');
  const script = '<script src="page.js" defer></script>';
  if (!page.includes(script)) throw new Error(`local/web/index.html has no ${script}`);
  // open-store.js before the page's script: it starts opening the preference database while page.js is still on its
  // way (local/web-app/open-early.ts). page.js is preloaded ahead of both: as a deferred script behind the blocking
  // open-store.js it was asked for only once that had arrived and run, 40–60 ms later. (question.js is not preloaded:
  // its download and compile then competed with the launch answer, 60–100 ms of it; docs/performance.md, sixth pass.)
  const preload = '<link rel="preload" href="page.js" as="script">';
  return page
    .replace(script, `${preload}\n  <script src="open-store.js"></script>\n  ${script}`)
    .replace('</head>', `  ${head.join('\n  ')}\n</head>`);
}

/**
 * V8's explicit compile hint (Chromium 136 and later; a comment to other browsers): compile every function of the script
 * as it streams in, off the main thread, rather than each on the main thread at its first call.
 */
const COMPILE_EVERYTHING_AS_IT_STREAMS = '//# allFunctionsCalledOnLoad';

/**
 * A second minifier over esbuild's output: swc's compressor, three passes (already a dev dependency, for the tests;
 * the third folds what the second's inlining leaves, 50 bytes of gzip, and a fourth finds nothing more).
 * It inlines and folds what esbuild's single pass leaves (3.7 KB gzip of the two scripts, docs/performance.md,
 * "Issue 17, seventh pass"); the parity tests run the scripts it writes. The compile hint stays the first line.
 */
async function minifyAgain(file, functions) {
  const code = readFileSync(file, 'utf8');
  if (!code.startsWith(`${COMPILE_EVERYTHING_AS_IT_STREAMS}\n`)) throw new Error(`${file} does not start with the compile hint`);
  writeFileSync(file, `${COMPILE_EVERYTHING_AS_IT_STREAMS}\n${await functionsGathered(await swcMinified(code), functions)}\n`);
}

/**
 * A minified script (`"use strict";(()=>{…})();`) with the function declarations of its outermost function gathered
 * before its other statements ('first') or after them ('last'), each group in its order: the minifiers leave each
 * module's functions among its variables and calls, and gathered they gzip smaller (page.js first, 0.29 KB;
 * question.js last, 0.23 KB, its question index's parts staying at its head; the other way round they are larger;
 * docs/performance.md, "Issue 17 kept, thirteenth pass"). A function declaration is created, with its name bound, as
 * its function is entered, wherever it stands among the statements (none is in a block here), so the script does
 * what it did. The build checks that the script still parses, and has the same statements.
 */
async function functionsGathered(code, where) {
  const { parseSync } = await import('@swc/core');
  const parse = (text) => parseSync(text, { syntax: 'ecmascript', target: 'es2022', isModule: false });
  const outermost = (script) => {
    const call = script.body.at(-1)?.expression;
    const outer = call?.type === 'CallExpression' && call.callee.type === 'ParenthesisExpression' ? call.callee.expression : undefined;
    if (outer?.type !== 'ArrowFunctionExpression' || !Array.isArray(outer.body.stmts) || call.arguments.length > 0)
      throw new Error('a minified script no longer ends with its outermost function, called');
    return outer.body.stmts;
  };
  const script = parse(code);
  const statements = outermost(script);
  if (statements[0]?.type === 'ExpressionStatement' && statements[0].expression.type === 'StringLiteral')
    throw new Error('a minified script’s outermost function has a directive, which must stay first');
  // swc's spans count UTF-8 bytes, from the script's own start.
  const bytes = Buffer.from(code);
  const at = (offset) => offset - script.span.start;
  const text = (from, to) => bytes.subarray(from, to).toString();
  // Each statement with what follows it up to the next (its semicolon, if it has one).
  const pieces = statements.map((statement, n) => ({
    isFunction: statement.type === 'FunctionDeclaration',
    text: text(at(statement.span.start), at((statements[n + 1] ?? statement).span[n + 1 < statements.length ? 'start' : 'end'])),
  }));
  const functions = pieces.filter((piece) => piece.isFunction).map((piece) => piece.text);
  const others = pieces.filter((piece) => !piece.isFunction).map((piece) => piece.text);
  // After a semicolon where the last of the others may have none.
  const body = where === 'first' ? [...functions, ...others] : [...others, ';', ...functions];
  const gathered = `${text(0, at(statements[0].span.start))}${body.join('')}${text(at(statements.at(-1).span.end), bytes.length)}`;
  const kinds = (list) =>
    list
      .map((statement) => statement.type)
      .sort()
      .join();
  const after = outermost(parse(gathered)).filter((statement) => statement.type !== 'EmptyStatement');
  if (gathered.length !== code.length + (where === 'first' ? 0 : 1) || kinds(after) !== kinds(statements))
    throw new Error('a minified script would not have the same statements once its functions were gathered');
  return gathered;
}

/**
 * A script esbuild wrote, minified again by swc (compress, three passes): the web app's scripts, and the Lambda's two
 * files (scripts/build.mjs, which asks for `format.asciiOnly` and compresses their top level too).
 */
export async function swcMinified(code, format = {}, compress = {}, mangle = true) {
  const { minify } = await import('@swc/core');
  const options = { compress: { passes: 3, ...compress }, mangle, ecma: 2020, module: false, format: { comments: false, ...format } };
  return (await minify(code, options)).code;
}

/**
 * forBrowsers: the esbuild options every page script is built with (scripts/build.mjs); plugins: the Lambda
 * build's data plugins; writeAskSheet(folder): writes the printable ask sheet there.
 */
export async function buildWebApp({ forBrowsers, plugins, writeAskSheet }) {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(OUT, { recursive: true });
  lentNames = undefined;
  const script = {
    ...forBrowsers,
    outdir: OUT,
    // WEB_APP_MINIFY=false keeps names readable, for profiling the page (docs/performance.md).
    minify: process.env.WEB_APP_MINIFY !== 'false',
    legalComments: 'none',
    metafile: true,
    ...nodeStandIns,
    // The page never asks its resolver how a reading was found (local/nlu/resolver.ts, EXPLAINING).
    define: { 'process.env.RESOLVER_EXPLAIN': '"off"' },
  };
  const page = await build({
    ...script,
    entryPoints: { page: 'local/web-app/main.ts' },
    ...(script.minify ? { mangleProps: new RegExp(`^(?:${PAGE_OWN_PROPERTIES.join('|')})$`) } : {}),
    plugins: [
      linkedStatically,
      questionEngineApart,
      modelWithTables,
      contentBesideTheModel,
      sourceAsSaid,
      sdkStandIn,
      pageLogger,
      sdkVersionOnly,
      withoutMetricsWriting,
      withoutAplDocument,
      digestsWorkedOut,
      ...plugins,
    ],
    // The same compile hint as question.js's (below): page.js compiles as it streams in, off the main thread, which
    // otherwise compiled each function at its first call, on the main thread, during the first answer (80–100 ms of
    // a first question's main-thread time in traces; docs/performance.md, "Issue 17, sixth pass"). The page asks for
    // page.js first (appPage's preload), so that the longer streaming compile overlaps the page's first layout.
    banner: { js: COMPILE_EVERYTHING_AS_IT_STREAMS },
  });
  const engine = await build({
    ...script,
    entryPoints: { question: 'local/web-app/question-script.ts' },
    plugins: [sharedFromThePage, questionIndexCarried, ...plugins],
    // The engine never reads Node's process: without the stand-in, question.js has no call of its clock left over.
    inject: [],
    ...(script.minify ? { mangleProps: new RegExp(`^(?:${ENGINE_OWN_PROPERTIES.join('|')})$`) } : {}),
    // V8's explicit compile hint (Chromium 136 and later; a comment to other browsers): compile every function as the
    // script streams in, off the main thread, rather than each on the main thread at its first call. question.js is
    // loaded just before it is used, and its first question calls most of it (docs/performance.md, fifth pass).
    banner: { js: COMPILE_EVERYTHING_AS_IT_STREAMS },
  });
  if (script.minify) {
    await minifyAgain(join(OUT, 'page.js'), 'first');
    await minifyAgain(join(OUT, 'question.js'), 'last');
  }
  pageDataAtTheEnd(join(OUT, 'page.js'));
  questionPartsAtTheEnd(join(OUT, 'question.js'));
  const questionScript = readFileSync(join(OUT, 'question.js'), 'utf8');
  if (script.minify) {
    const pageScript = readFileSync(join(OUT, 'page.js'), 'utf8');
    checkEngineOwnProperties(pageScript, questionScript);
    checkPageOwnProperties(pageScript, questionScript);
  }
  if (/(?<![\w$.-])process\s*[.[]/.test(questionScript))
    throw new Error('question.js reads process, which it carries no stand-in for (nodeStandIns)');
  // Each module in one script only: the engine's in question.js, what the page lends it in page.js.
  const inPage = new Set(Object.keys(page.metafile.inputs));
  if (inPage.has('lambda/question/answer.ts')) throw new Error('page.js carries the question engine: it belongs in question.js');
  // (The key the two meet by is a few constants, in both; the Node stand-ins are injected into each.)
  const twice = Object.keys(engine.metafile.inputs).filter(
    (file) => inPage.has(file) && !file.startsWith(SHIMS) && file !== 'local/web-app/question-engine-key.ts',
  );
  if (twice.length > 0)
    throw new Error(`page.js and question.js would both carry ${twice.join(', ')}: lend it (SHARED_WITH_THE_ENGINE, question-engine.ts)`);
  const result = {
    ...page,
    metafile: {
      inputs: { ...page.metafile.inputs, ...engine.metafile.inputs },
      outputs: { ...page.metafile.outputs, ...engine.metafile.outputs },
    },
  };
  await build({ ...forBrowsers, entryPoints: { 'open-store': 'local/web-app/open-early.ts' }, outdir: OUT, legalComments: 'none' });
  // Minified again by swc too, as the other scripts are (30 bytes of its 294 gzipped: it inlines the store's names).
  if (script.minify) {
    const openStore = join(OUT, 'open-store.js');
    writeFileSync(openStore, `${await swcMinified(readFileSync(openStore, 'utf8'))}\n`);
  }
  writeFileSync(join(OUT, 'index.html'), withoutIndentation(appPage()));
  // Minified (3 KB less of the precache, which has a budget); the served page keeps it as written.
  const css = await transform(readFileSync(join('local', 'web', 'styles.css'), 'utf8'), {
    loader: 'css',
    minify: true,
    target: forBrowsers.target,
  });
  writeFileSync(join(OUT, 'styles.css'), css.code);
  copyFileSync(join('local', 'web', 'favicon.svg'), join(OUT, 'favicon.svg'));
  writeFileSync(join(OUT, 'privacy.html'), withoutIndentation(readFileSync(join('local', 'web-app', 'privacy.html'), 'utf8')));
  copyFileSync(join('local', 'web-app', 'manifest.webmanifest'), join(OUT, 'manifest.webmanifest'));
  await writeAskSheet(OUT);
  const askSheet = join(OUT, 'ask-sheet.html');
  writeFileSync(askSheet, withoutIndentation(readFileSync(askSheet, 'utf8')));

  const precache = [
    'index.html',
    'page.js',
    'question.js',
    'open-store.js',
    'styles.css',
    'favicon.svg',
    'manifest.webmanifest',
    'ask-sheet.html',
    'privacy.html',
  ];
  const version = createHash('sha256');
  for (const file of precache) version.update(file).update(readFileSync(join(OUT, file)));
  await build({
    ...forBrowsers,
    entryPoints: { sw: 'local/web-app/service-worker.ts' },
    outdir: OUT,
    define: { PRECACHE: JSON.stringify(precache), VERSION: JSON.stringify(version.digest('hex').slice(0, 16)) },
  });
  return result;
}
