// Screens: on devices with APL each answer also renders (title, the answer in large text, the choices as
// buttons with screen-reader labels); pressing a button does exactly what saying it does; elsewhere a card.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import document from '../lambda/screens/answer.apl.json';
import { createSkillRuntime } from '../lambda/skill';
import { understand } from '../local/conversation';
import { type DeviceSettings, echoShow, intentRequest, launchRequest, newSession, type SessionInfo } from '../local/envelope';
import { corpusEnvelopes } from './support/corpus';
import { memoryLogger } from './support/logs';
import { expectValidResponse, spokenText } from './support/responses';

const runtime = createSkillRuntime({ logger: memoryLogger() });
const echoShowDevice = echoShow('en-AU');
const echoDot: DeviceSettings = { locale: 'en-AU' };

interface Screen {
  title: string;
  body: string;
  question: string;
  choices: Array<{ label: string; accessibilityLabel: string; utterance: string; intent: string }>;
}

function screenOf(response: ResponseEnvelope): Screen | undefined {
  const directive = response.response.directives?.find((d) => d.type === 'Alexa.Presentation.APL.RenderDocument') as
    | { datasources: { screen: Screen }; document: unknown }
    | undefined;
  return directive?.datasources.screen;
}

/** Sends what the person says in a session, and returns the response and the session after it. */
async function say(device: DeviceSettings, session: SessionInfo, utterance: string) {
  const understood = understand(utterance);
  const envelope = understood.launch
    ? launchRequest(device, session)
    : intentRequest(device, session, understood.intent, understood.slots, { subject: 'SUBJECT', term: 'TERM' });
  return answer(envelope, session);
}

async function answer(envelope: RequestEnvelope | Record<string, unknown>, session: SessionInfo) {
  const response = await runtime.invoke(envelope);
  await expectValidResponse(response);
  const next: SessionInfo = { ...session, isNew: false, attributes: (response.sessionAttributes as Record<string, unknown>) ?? {} };
  return { response, session: next };
}

function press(device: DeviceSettings, session: SessionInfo, intent: string): Record<string, unknown> {
  const envelope = launchRequest(device, session) as unknown as Record<string, unknown>;
  const request = envelope.request as Record<string, unknown>;
  return {
    ...envelope,
    request: {
      type: 'Alexa.Presentation.APL.UserEvent',
      requestId: request.requestId,
      timestamp: request.timestamp,
      locale: request.locale,
      token: 'answer',
      arguments: ['choice', intent],
      source: { type: 'TouchWrapper', handler: 'Press', id: '' },
    },
  };
}

describe('the answer on a screen', () => {
  test('an APL device gets the document; a device without APL gets only the card', async () => {
    const onShow = await say(echoShowDevice, newSession(), 'what are the symptoms');
    const screen = screenOf(onShow.response);
    expect(screen).toMatchObject({ title: 'Signs and symptoms', question: 'Would you like to hear about fractures?' });
    expect(screen?.body).toMatch(/^The most common symptom is pain/);
    expect(screen?.choices.map((c) => c.label)).toEqual(['Yes', 'Repeat', 'List topics']);

    const onDot = await say(echoDot, newSession(), 'what are the symptoms');
    expect(onDot.response.response.directives ?? []).toEqual([]);
    expect(onDot.response.response.card).toMatchObject({ type: 'Simple', title: 'Signs and symptoms' });
    expect((onDot.response.response.card as { content: string }).content).toMatch(/^The most common symptom is pain.*fractures\?$/);
  });

  test('every button has a screen-reader label; "yes" says what it agrees to', async () => {
    const { response } = await say(echoShowDevice, newSession(), 'how is it treated');
    const choices = screenOf(response)?.choices ?? [];
    expect(choices.length).toBeGreaterThan(0);
    for (const choice of choices) expect(choice.accessibilityLabel.length).toBeGreaterThan(choice.label.length - 1);
    expect(choices[0]?.accessibilityLabel).toBe('Yes: Would you like to hear about hormone therapy?');
  });

  test('the document holds no text of its own: every text and label is bound to the datasource', () => {
    const bound: string[] = [];
    const walk = (node: unknown): void => {
      if (Array.isArray(node)) {
        for (const child of node) walk(child);
        return;
      }
      if (typeof node !== 'object' || node === null) return;
      for (const [key, value] of Object.entries(node)) {
        if ((key === 'text' || key === 'accessibilityLabel') && typeof value === 'string') bound.push(value);
        walk(value);
      }
    };
    walk(document.mainTemplate);
    expect(bound.length).toBeGreaterThanOrEqual(5);
    for (const text of bound) expect(text).toMatch(/^\$\{(payload\.screen|data)\.[a-zA-Z]+\}$/);
  });

  test.each([
    ['launch-apl-viewport-viewports-apl-context.json', 'Alexa.Presentation.APL.RenderDocument'],
    // These carry a Viewport but do not list APL among supportedInterfaces: a document would be an error.
    ['launch-apl-context-viewport-tv-viewports-advertising-extensions-php.json', undefined],
    ['intent-viewport-echo-show-simulator-no-slot-value.json', undefined],
  ])('a real device request (%s) gets a document only when it declares APL', async (file, expected) => {
    const envelope = corpusEnvelopes().find((c) => c.file === file)?.envelope;
    const response = await runtime.invoke(envelope);
    await expectValidResponse(response);
    expect(response.response.directives?.[0]?.type).toBe(expected);
  });
});

describe('pressing a button does exactly what saying it does', () => {
  const places = [
    'open bone cancer guide',
    'what are the symptoms',
    'list topics',
    'help',
    'walk me through it',
    'speak slower',
    'what does biopsy mean',
  ];

  test.each(places)('after "%s", every button leads where its word does', async (utterance) => {
    const before = await say(echoShowDevice, newSession(), utterance);
    const choices = screenOf(before.response)?.choices ?? [];
    expect(choices.length).toBeGreaterThanOrEqual(2);
    for (const choice of choices) {
      const pressed = await answer(press(echoShowDevice, before.session, choice.intent), before.session);
      const said = await say(echoShowDevice, before.session, choice.utterance);
      expect(understand(choice.utterance)).toMatchObject({ intent: choice.intent });
      expect([choice.label, spokenText(pressed.response)]).toEqual([choice.label, spokenText(said.response)]);
    }
  });

  test('a press that is not one of our buttons gets the fallback answer, not silence', async () => {
    const { session } = await say(echoShowDevice, newSession(), 'open bone cancer guide');
    const { response } = await answer(
      {
        ...press(echoShowDevice, session, 'AMAZON.YesIntent'),
        request: { type: 'Alexa.Presentation.APL.UserEvent', locale: 'en-AU', arguments: ['delete', 'everything'] },
      },
      session,
    );
    expect(spokenText(response)).toMatch(/I can answer questions about secondary bone cancer/);
  });
});
