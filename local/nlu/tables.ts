/**
 * The interaction model with its reading done ahead: every text the resolver compiles (each sample's text parts,
 * each slot value and synonym) already split into normalised words. The web app's build makes these tables from
 * the model (scripts/build-web-app.mjs) and the page's resolver is compiled from them, so the page never reads the
 * model's thousand samples word by word (contractions, spelled letters, numbers, stems): with the same texts read
 * again for every intent, that was most of the first question's wait (docs/performance.md, "The web app").
 *
 * What the tables hold is the model itself with each text replaced by its words joined by single spaces (a
 * perfect key: words hold no spaces, and a word's stem is a function of the word) and, for a slot value whose name is not already such a key, that key (the name is what entity
 * resolution reports, so it stays as written). `createResolver` reads an interaction model either way and gives
 * the same resolver: test/web-app-resolver.test.ts holds them equal.
 */
import { type IntentDef, type InteractionModel, parseSample, type SlotTypeDef } from './model';
import { rememberingStem, type Token, tokenize } from './normalize';

export interface ResolverTables {
  readonly invocationName: string;
  /** [name, slots as [name, type], samples with each text part as its words]. */
  readonly intents: readonly (readonly [string, readonly (readonly [string, string])[], readonly string[]])[];
  /** [type name, values as [id or null, name, synonyms as their words, the name's words where they differ from it]]. */
  readonly types: readonly (readonly [string, readonly (readonly [string | null, string, readonly string[], string?])[]])[];
}

/**
 * Where a build that carries the tables puts them on the model object it gives the code (a function that parses
 * them on first use): the model's own JSON then needs none of its samples, and `createResolver` finds them there.
 */
export const RESOLVER_TABLES = Symbol.for('bone-cancer-guide.resolver-tables');

/** The key a text is known by in the tables: its normalised words, joined by single spaces. */
function keyOf(tokens: readonly Token[]): string {
  return tokens.map((t) => t.word).join(' ');
}

/** Builds the tables from the model (at build time). */
export function buildResolverTables(model: InteractionModel): ResolverTables {
  const lm = model.interactionModel.languageModel;
  // Every key must read as one list of words: a clash would make two texts read alike.
  const keys = new Map<string, string>();
  const read = (text: string): string => {
    return keyOf(tokenize(text));
  };
  const claim = (key: string, words: string): void => {
    const known = keys.get(key);
    if (known !== undefined && known !== words) throw new Error(`resolver tables: "${key}" would read as two different texts`);
    keys.set(key, words);
  };
  const intents = lm.intents.map((intent): ResolverTables['intents'][number] => {
    const samples = (intent.samples ?? []).map((sample) =>
      parseSample(sample)
        .map((part) => {
          if (part.kind === 'slot') return `{${part.name}}`;
          const key = read(part.text);
          claim(key, key);
          return key;
        })
        // A text part between two slots that holds no word still separates them, as it did in the sample.
        .join(' '),
    );
    return [intent.name, (intent.slots ?? []).map((slot) => [slot.name, slot.type] as const), samples];
  });
  const types = (lm.types ?? []).map((type): ResolverTables['types'][number] => [
    type.name,
    (type.values ?? []).map((value) => {
      const synonyms = (value.name.synonyms ?? []).map((synonym) => {
        const key = read(synonym);
        claim(key, key);
        return key;
      });
      const nameKey = read(value.name.value);
      const name = value.name.value.trim();
      claim(name, nameKey);
      claim(nameKey, nameKey);
      return name === nameKey ? [value.id ?? null, value.name.value, synonyms] : [value.id ?? null, value.name.value, synonyms, nameKey];
    }),
  ]);
  return { invocationName: lm.invocationName, intents, types };
}

/** The model the tables stand for, and how to read its texts without tokenizing them again. */
export function modelFromTables(tables: ResolverTables): {
  model: InteractionModel;
  tokens: (text: string) => readonly Token[];
  stem: (word: string) => string;
  /** A sample's words, each slot as "{name}" (compiled.ts): the tables hold samples so. */
  sampleWords: (sample: string) => readonly string[];
} {
  // Stemming a word is quick; what the tables save is reading the texts (contractions, spelled letters, numbers)
  // and stemming each of the model's six thousand words, most of them many times over. Each distinct word is
  // stemmed once here, which also costs less than the bytes of a table of stems.
  const stemOf = rememberingStem();
  const read = new Map<string, readonly Token[]>();
  const wordsOf = (key: string): readonly Token[] => {
    let tokens = read.get(key);
    if (tokens === undefined) {
      tokens = key === '' ? [] : key.split(' ').map((word) => ({ word, stem: stemOf(word), start: 0, end: 0 }));
      read.set(key, tokens);
    }
    return tokens;
  };
  const aliases = new Map<string, string>();
  const intents: IntentDef[] = tables.intents.map(([name, slots, samples]) => ({
    name,
    slots: slots.map(([slot, type]) => ({ name: slot, type })),
    samples,
  }));
  const types: SlotTypeDef[] = tables.types.map(([name, values]) => ({
    name,
    values: values.map(([id, value, synonyms, key]) => {
      if (key !== undefined) aliases.set(value.trim(), key);
      return { ...(id === null ? {} : { id }), name: { value, synonyms } };
    }),
  }));
  return {
    model: { interactionModel: { languageModel: { invocationName: tables.invocationName, intents, types } } },
    // A text of the tables is its key (a sample's text parts come with the spaces around its slots); anything
    // else is read as ever.
    tokens: (text) => {
      const key = text.trim();
      const alias = aliases.get(key);
      return alias !== undefined ? wordsOf(alias) : wordsOf(key);
    },
    stem: stemOf,
    // A text part with no word between two slots leaves two spaces.
    sampleWords: (sample) => sample.split(' ').filter((word) => word !== ''),
  };
}
