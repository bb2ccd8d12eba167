// One truth about data: PRIVACY.md's statement, repeated word for word by the README and the store listing
// (every locale), and held against what the store actually keeps after a full conversation. And what a
// returning visit says before the listener asks to carry on: nothing about what they listened to.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Position, passageAt, tourOrder } from '../lambda/conversation/catalog';
import { nextAfter } from '../lambda/conversation/navigation';
import { createSkillRuntime } from '../lambda/skill';
import { DynamoPersistenceAdapter } from '../lambda/store/dynamo-adapter';
import { RECORD_META_KEY, recordKey } from '../lambda/store/record';
import { RETENTION_DAYS } from '../lambda/store/retention';
import { LocalConversation, understand } from '../local/conversation';
import { MemoryPersistenceAdapter } from '../local/memory-store';
import { LOCAL_TABLE, type LocalStore, localClientConfig, startLocalStore } from '../local/store';
import { memoryLogger } from './support/logs';

const ROOT = resolve(__dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The paragraph under "In short" in PRIVACY.md (its comment aside). */
function privacyStatement(): string {
  const section = read('PRIVACY.md').split('## In short')[1]?.split('\n## ')[0] ?? '';
  return oneLine(section.replace(/<!--[\s\S]*?-->/g, ''));
}

const statement = privacyStatement();

/** Every field the store may hold, and the words of the statement that declare it. */
const DECLARED: Record<string, string> = {
  id: 'a code made from your Amazon account (and your voice profile, when Alexa recognises your voice), never the account itself',
  'attributes.rate': 'your speech speed',
  'attributes.disclaimerHeard': 'whether you have heard its medical disclaimer',
  'attributes.resume': 'the last topic you heard from the fact sheet',
  expiresAt: `deleted ${RETENTION_DAYS} days after you last use the skill`,
};
/** Only after "forget me", holding no settings (PRIVACY.md, "How to delete it"). */
const FORGET_MARKER_FIELDS = ['expiresAt', 'generation', 'id'];

/** AWS's names for the regions Alexa calls Lambda from. */
const REGION_NAMES: Record<string, string> = {
  'us-west-2': 'US West (Oregon)',
  'us-east-1': 'US East (N. Virginia)',
  'eu-west-1': 'Europe (Ireland)',
};

describe('the statement about data', () => {
  test('is one paragraph, and says what is kept, how long, where and how to delete it', () => {
    expect(statement.length).toBeGreaterThan(200);
    for (const words of Object.values(DECLARED)) expect(statement).toContain(words);
    expect(statement).toContain('Nothing else: not your questions or anything else you say, and not your name.');
    const region = JSON.parse(read('ask-resources.json')).profiles.default.skillInfrastructure.userConfig.awsRegion as string;
    expect(statement).toContain(`in the ${REGION_NAMES[region]} region`);
  });

  test('says plainly what the kept topic is and why, and never that nothing about health is kept', () => {
    // The record keeps the last topic heard ("prognosis", "palliative care"), which can touch on someone's health.
    for (const text of [statement, read('PRIVACY.md'), read('model/store-listing.json')])
      expect(oneLine(text)).not.toMatch(/nothing about your health/i);
    expect(statement).toMatch(
      /the last topic you heard from the fact sheet \(for example [^)]+\), so that you can carry on where you left off\./,
    );
    expect(statement).toContain('That topic can hint at your health or the health of someone close to you');
  });

  test('the manifest says the skill uses personal information and links the published statement in every locale', () => {
    const manifest = JSON.parse(read('skill-package/skill.json')).manifest;
    const listing = JSON.parse(read('model/store-listing.json')) as { privacyPolicyUrl: string };
    expect(manifest.privacyAndCompliance.usesPersonalInfo).toBe(true);
    expect(new URL(listing.privacyPolicyUrl).protocol).toBe('https:');
    const locales = manifest.privacyAndCompliance.locales as Record<string, { privacyPolicyUrl?: string }>;
    expect(Object.keys(locales).sort()).toEqual(Object.keys(manifest.publishingInformation.locales).sort());
    for (const locale of Object.values(locales)) expect(locale.privacyPolicyUrl).toBe(listing.privacyPolicyUrl);
    // Documented as a setting of the deployment.
    expect(read('docs/deploy.md')).toContain('privacyPolicyUrl');
  });

  test('the way to delete named in it is understood as "forget me", said to Alexa as a one-shot', () => {
    const said = statement.match(/when you say: (.+?)\.$/)?.[1] ?? '';
    expect(said).toMatch(/^Alexa, ask bone cancer guide /);
    expect(understand(said.replace(/^Alexa, /, ''))).toMatchObject({ launch: false, intent: 'ForgetMeIntent' });
  });

  test('is repeated word for word by the README and the store listing in every locale', () => {
    const readme = read('README.md').split('## What it remembers')[1]?.split('\n## ')[0] ?? '';
    expect(oneLine(readme)).toContain(statement);
    expect(JSON.parse(read('model/store-listing.json')).description).toContain(statement);
    const locales = JSON.parse(read('skill-package/skill.json')).manifest.publishingInformation.locales as Record<
      string,
      { description: string }
    >;
    expect(Object.keys(locales).length).toBeGreaterThanOrEqual(5);
    for (const listing of Object.values(locales)) expect(listing.description).toContain(statement);
    expect(JSON.stringify(locales)).not.toMatch(/keeps no record/);
  });

  test('PRIVACY.md’s table of fields lists exactly the fields the store may hold', () => {
    const table = read('PRIVACY.md').split('| field |')[1]?.split('\n\n')[0] ?? '';
    const listed = [...table.matchAll(/^\| `([\w.]+)` \|/gm)].map((match) => match[1]);
    expect(listed.sort()).toEqual([...new Set([...Object.keys(DECLARED), ...FORGET_MARKER_FIELDS])].sort());
  });
});

describe('what the store holds', () => {
  let store: LocalStore;
  let adapter: DynamoPersistenceAdapter;
  beforeAll(async () => {
    store = await startLocalStore({ timeoutMs: 1000, log: memoryLogger() });
    adapter = new DynamoPersistenceAdapter({ tableName: LOCAL_TABLE, clientConfig: localClientConfig(store.endpoint), timeoutMs: 1000 });
  });
  afterAll(async () => {
    await adapter.close();
    await store.close();
  });

  async function everyItem(): Promise<Record<string, unknown>[]> {
    const { DynamoDBClient } = await import('@aws-sdk/client-dynamodb');
    const { DynamoDBDocumentClient, ScanCommand } = await import('@aws-sdk/lib-dynamodb');
    const client = DynamoDBDocumentClient.from(new DynamoDBClient(localClientConfig(store.endpoint)));
    try {
      return (await client.send(new ScanCommand({ TableName: LOCAL_TABLE }))).Items ?? [];
    } finally {
      client.destroy();
    }
  }

  function fieldsOf(item: Record<string, unknown>): string[] {
    return Object.entries(item).flatMap(([key, value]) =>
      key === 'attributes' && typeof value === 'object' && value !== null
        ? Object.keys(value).map((inner) => `attributes.${inner}`)
        : [key],
    );
  }

  test('after a full conversation: what the statement declares, and nothing that was said', async () => {
    const userId = 'amzn1.ask.account.PRIVACY-FULL-CONVERSATION';
    // Roomy bounds: on a busy machine, a write abandoned as too slow would end this session's writing early.
    const runtime = createSkillRuntime({ logger: memoryLogger(), persistence: adapter, storeTimeouts: { readMs: 3000, writeMs: 3000 } });
    const said = [
      'open bone cancer guide',
      'can it make my legs go numb',
      'yes',
      'speak slower',
      'what does palliative care mean',
      'yes',
      'next',
      'walk me through it',
      'next',
      'go back',
      'tell me about biopsy',
      'help',
      'repeat',
      'list topics',
      'where does this information come from',
      'stop',
    ];
    const talk = new LocalConversation(runtime, { locale: 'en-AU', userId });
    for (const utterance of said) await talk.say(utterance);
    await new LocalConversation(runtime, { locale: 'en-AU', userId }).say('is chemo a drip or tablets');

    const items = await everyItem();
    expect(items).toHaveLength(1);
    const [item] = items as [Record<string, unknown>];
    expect(item.id).toBe(recordKey(userId));
    expect(fieldsOf(item).sort()).toEqual(Object.keys(DECLARED).sort());
    const text = JSON.stringify(item);
    expect(text).not.toContain(userId);
    for (const word of ['numb', 'legs', 'palliative', 'biopsy', 'chemo', 'drip', 'tablets', 'information'])
      expect(text).not.toContain(word);

    // "Forget me": the settings go at once; what stays is the marker PRIVACY.md describes.
    await new LocalConversation(runtime, { locale: 'en-AU', userId }).say('ask bone cancer guide to forget me');
    const [marker, ...others] = await everyItem();
    expect(others).toEqual([]);
    expect(fieldsOf(marker as Record<string, unknown>).sort()).toEqual(FORGET_MARKER_FIELDS);
  });
});

describe('a returning visit, before the listener asks to carry on', () => {
  /** Every place a listener can stop: each topic's summary and each of its deeper items. */
  function everyPlace(): Position[] {
    const places: Position[] = [];
    for (const topic of tourOrder) for (let item = -1; passageAt({ topic, item }); item++) places.push({ topic, item });
    return places;
  }

  test('names nothing the last listener heard, wherever they stopped; yes names it and goes on', async () => {
    const places = everyPlace();
    expect(places.length).toBeGreaterThan(30);
    for (const place of places) {
      const userId = `amzn1.ask.account.RETURNING-${place.topic}-${place.item}`;
      const persistence = new MemoryPersistenceAdapter();
      const envelope = { context: { System: { user: { userId } } } } as never;
      await persistence.saveAttributes(envelope, { rate: 100, disclaimerHeard: true, resume: place, [RECORD_META_KEY]: {} });
      const runtime = createSkillRuntime({ logger: memoryLogger(), persistence });
      const talk = new LocalConversation(runtime, { locale: 'en-AU', userId });

      const welcome = await talk.say('open bone cancer guide');
      expect(welcome.text).toBe('Welcome back to the bone cancer guide. Would you like to carry on where you left off?');
      expect(welcome.reprompt).toBe('Would you like to carry on where you left off? You can say yes, list topics, or help.');
      const heard = passageAt(place);
      const next = passageAt(nextAfter(place, false) ?? place);
      for (const named of [heard?.about, heard?.title, next?.about, next?.title]) {
        expect(`${welcome.ssml} ${welcome.reprompt}`.toLowerCase()).not.toContain(String(named).toLowerCase());
      }
      // Help at that point asks the same question again, still without naming it.
      expect((await talk.say('help')).text).toMatch(/Would you like to carry on where you left off\?$/);

      // Yes: now it says where they were, and goes on from there.
      const carryOn = await talk.say('yes');
      expect(carryOn.text).toMatch(/^Last time, you heard about .+\. \S/);
      expect(carryOn.text).not.toMatch(/nowhere saved/);
    }
  });
});
