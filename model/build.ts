// Builds the interaction model for every served locale, and the skill manifest, from their single sources:
// the model source (intents and samples), the content (slot values and synonyms), the pronunciation table
// (how abbreviations are spoken), the store listing and the locale list. scripts/generate-model.ts writes
// them into skill-package/; a test fails when the checked-in files drift from what this builds.
import { layWords, pronunciation } from '../content';
import { type SlotValue, subjectValues, termValues } from '../lambda/conversation/catalog';
import { SERVED_LOCALES } from '../lambda/locales';
import { buildSearchIndexFile, SEARCH_INDEX_FILE } from '../lambda/question/index-build';
import modelSource from './interaction-model.source.json';
import { NAME_FREE_IN_DEPLOYED_MODEL, nameFreeInteraction } from './name-free';
import storeListing from './store-listing.json';

export const MODEL_FOLDER = 'skill-package/interactionModels/custom';
export const MANIFEST_FILE = 'skill-package/skill.json';

interface SourceIntent {
  name: string;
  topic?: string;
  slots?: Array<{ name: string; type: string }>;
  samples: string[];
}

/** Abbreviations are written for reading ("CT") but Alexa matches slot values by how they are said. */
const spokenAbbreviations = new Map(
  pronunciation
    .filter((rule) => rule.caseSensitive && rule.alias)
    .map((rule) => {
      const alias = rule.alias ?? rule.written;
      const letters = alias.split(' ');
      const spoken = letters.every((part) => part.length === 1) ? letters.map((l) => `${l.toLowerCase()}.`).join(' ') : alias;
      return [rule.written, spoken] as const;
    }),
);

export function spokenForm(name: string): string {
  return name
    .split(' ')
    .map((word) => spokenAbbreviations.get(word) ?? word.toLowerCase())
    .join(' ');
}

/**
 * The lay-word table feeds the slot synonyms: everyday words and mishearings for a value's name ("pins and
 * needles" for tingling) resolve to that value. A phrase another value of the type already uses stays with it.
 */
function withLayWords(values: SlotValue[]): SlotValue[] {
  const taken = new Set(values.flatMap((value) => value.names.map(spokenForm)));
  return values.map((value) => {
    const names = new Set(value.names.map((name) => name.toLowerCase()));
    const lay = layWords.terms
      .filter((term) => names.has(term.means.toLowerCase()))
      .flatMap((term) => term.said)
      .filter((said) => !taken.has(spokenForm(said)));
    for (const said of lay) taken.add(spokenForm(said));
    return { id: value.id, names: [...value.names, ...lay] };
  });
}

function slotType(name: string, values: SlotValue[]) {
  return {
    name,
    values: withLayWords(values).map((value) => {
      const [canonical, ...synonyms] = [...new Set(value.names.map(spokenForm))];
      // Amazon's schema requires at least one synonym for every value; the content schema guarantees two names.
      return { id: value.id, name: { value: canonical ?? value.id, synonyms } };
    }),
  };
}

/**
 * How readily Alexa sends what fits no intent to AMAZON.FallbackIntent (LOW, MEDIUM or HIGH). Set on purpose:
 * a question lost to Fallback is worse than an off-topic request reaching the question path (why, and how to
 * measure it: docs/question-answering.md, "Routing").
 */
export const FALLBACK_INTENT_SENSITIVITY = 'LOW';

export interface ModelOptions {
  /** With the name-free phrases (model/name-free.ts); by default, as its switch says. */
  nameFree?: boolean;
}

export function buildInteractionModel({ nameFree = NAME_FREE_IN_DEPLOYED_MODEL }: ModelOptions = {}) {
  const intents = (modelSource.intents as SourceIntent[]).map((intent) => ({
    name: intent.name,
    ...(intent.slots ? { slots: intent.slots } : {}),
    samples: intent.samples,
  }));
  return {
    interactionModel: {
      languageModel: {
        invocationName: modelSource.invocationName,
        modelConfiguration: { fallbackIntentSensitivity: { level: FALLBACK_INTENT_SENSITIVITY } },
        intents,
        types: [slotType('SUBJECT', subjectValues()), slotType('TERM', termValues())],
      },
      ...(nameFree ? { _nameFreeInteraction: nameFreeInteraction() } : {}),
    },
  };
}

/** Round small hubs, landscape hubs small to large, and TVs: the viewports the answer document is laid out for. */
const SUPPORTED_VIEWPORTS = [
  { mode: 'HUB', shape: 'ROUND', minWidth: 480, maxWidth: 599, minHeight: 480, maxHeight: 599 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 960, maxWidth: 1279, minHeight: 480, maxHeight: 799 },
  { mode: 'HUB', shape: 'RECTANGLE', minWidth: 1280, maxWidth: 1920, minHeight: 800, maxHeight: 1279 },
  { mode: 'TV', shape: 'RECTANGLE', minWidth: 960, maxWidth: 960, minHeight: 540, maxHeight: 540 },
];

export function buildManifest() {
  const listing = {
    name: storeListing.name,
    summary: storeListing.summary,
    description: storeListing.description,
    examplePhrases: storeListing.examplePhrases,
    keywords: storeListing.keywords,
  };
  return {
    manifest: {
      manifestVersion: '1.0',
      publishingInformation: {
        locales: Object.fromEntries(SERVED_LOCALES.map((locale) => [locale, listing])),
        isAvailableWorldwide: false,
        distributionCountries: storeListing.distributionCountries,
        distributionMode: 'PUBLIC',
        category: storeListing.category,
        testingInstructions: storeListing.testingInstructions,
      },
      privacyAndCompliance: {
        allowsPurchases: false,
        // True: each record is kept under a code made from the Amazon account (and voice profile), and holds the
        // last topic heard from a health fact sheet, which can hint at someone's health (PRIVACY.md).
        usesPersonalInfo: true,
        isChildDirected: false,
        isExportCompliant: true,
        containsAds: false,
        // Where PRIVACY.md is published: a deployment setting (docs/deploy.md, "Publish the privacy statement").
        locales: Object.fromEntries(SERVED_LOCALES.map((locale) => [locale, { privacyPolicyUrl: storeListing.privacyPolicyUrl }])),
      },
      apis: {
        custom: {
          // Screens get the answer in large text with buttons (lambda/screens); others a card.
          interfaces: [{ type: 'ALEXA_PRESENTATION_APL', supportedViewports: SUPPORTED_VIEWPORTS }],
        },
      },
    },
  };
}

/**
 * `ask deploy` writes the Lambda's ARN into skill.json (apis.custom.endpoint). That one field belongs to the
 * deployer: regenerating keeps it, and the drift check does not count it.
 */
export function keepDeployedEndpoint(path: string, generated: string, current: string | undefined): string {
  if (path !== MANIFEST_FILE || current === undefined) return generated;
  let endpoint: unknown;
  try {
    endpoint = JSON.parse(current)?.manifest?.apis?.custom?.endpoint;
  } catch {
    return generated;
  }
  if (endpoint === undefined) return generated;
  const manifest = JSON.parse(generated);
  manifest.manifest.apis.custom.endpoint = endpoint;
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Every generated file, path relative to the repository root → its JSON text. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  const model = `${JSON.stringify(buildInteractionModel(), null, 2)}\n`;
  for (const locale of SERVED_LOCALES) files.set(`${MODEL_FOLDER}/${locale}.json`, model);
  files.set(MANIFEST_FILE, `${JSON.stringify(buildManifest(), null, 2)}\n`);
  files.set(SEARCH_INDEX_FILE, `${JSON.stringify(buildSearchIndexFile())}\n`);
  return files;
}
