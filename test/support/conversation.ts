// Conversation tests as transcripts: what the person says, what the skill says back, what it offers next.
// Utterances are understood through the interaction model (as on a device), sent through ask-sdk-test's
// AlexaTest (which carries the session and checks shouldEndSession and the question mark), and every
// response is also checked against Alexa's SSML rules.
import type { RequestEnvelope, ResponseEnvelope } from 'ask-sdk-model';
import { AlexaTest, type SequenceItem } from 'ask-sdk-test';
import { createSkillRuntime, type SkillOptions } from '../../lambda/skill';
import { ssmlToText } from '../../lambda/speech/ssml';
import { understand } from '../../local/conversation';
import {
  type DeviceSettings,
  intentRequest,
  LOCAL_DEVICE_ID,
  LOCAL_SKILL_ID,
  LOCAL_USER_ID,
  launchRequest,
  newSession,
} from '../../local/envelope';
import { memoryLogger } from './logs';
import { expectValidResponse, offeredText } from './responses';

type Expectation = string | RegExp;

export interface Step {
  /** What the person says, understood through the interaction model. */
  user?: string;
  /** Or a request envelope to send as it is. */
  request?: RequestEnvelope;
  /** What the skill says (each string or pattern must appear in the spoken text). */
  hears?: Expectation | Expectation[];
  /** What must not be said. */
  neverHears?: Expectation | Expectation[];
  /** The follow-up question at the end of the answer. */
  offers?: Expectation;
  /** What is said if the person stays silent. */
  reprompts?: Expectation;
  /** The session closes after this reply (default: it stays open). */
  ends?: boolean;
  /** Which intent the utterance must be understood as. */
  intent?: string;
  check?: (response: ResponseEnvelope) => void;
}

function list<T>(value: T | T[] | undefined): T[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

function matches(text: string, expected: Expectation): boolean {
  return typeof expected === 'string' ? text.includes(expected) : expected.test(text);
}

function describeMismatch(kind: string, text: string, expected: Expectation): string {
  return `${kind}: expected ${String(expected)} in "${text}"`;
}

export function requestFor(utterance: string, device: DeviceSettings): RequestEnvelope {
  const understood = understand(utterance);
  const session = newSession();
  return understood.launch
    ? launchRequest(device, session)
    : intentRequest(device, session, understood.intent, understood.slots, slotTypes);
}

const slotTypes = { subject: 'SUBJECT', term: 'TERM' };

export interface ConversationOptions extends SkillOptions {
  locale?: string;
  device?: Partial<DeviceSettings>;
}

/** Registers one jest test that holds the whole conversation. */
export function conversation(name: string, steps: Step[], options: ConversationOptions = {}): void {
  const logger = options.logger ?? memoryLogger();
  const runtime = createSkillRuntime({ ...options, logger });
  const checkedHandler = async (event: unknown, context: unknown): Promise<ResponseEnvelope> => {
    const response = await runtime.invoke(event, context);
    await expectValidResponse(response);
    return response;
  };
  const locale = options.locale ?? 'en-AU';
  const device: DeviceSettings = { locale, ...options.device };
  const tester = new AlexaTest(checkedHandler, { appId: LOCAL_SKILL_ID, userId: LOCAL_USER_ID, deviceId: LOCAL_DEVICE_ID, locale });

  const sequence: SequenceItem[] = steps.map((step) => {
    const request = step.request ?? requestFor(step.user ?? '', device);
    if (step.intent) {
      const sent = (request.request as { intent?: { name: string } }).intent?.name ?? request.request.type;
      if (sent !== step.intent) throw new Error(`"${step.user}" was understood as ${sent}, not ${step.intent}`);
    }
    const ends = step.ends ?? false;
    return {
      request,
      shouldEndSession: ends,
      ignoreQuestionCheck: ends,
      callback: (response: ResponseEnvelope) => {
        const text = ssmlToText((response.response?.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '');
        const problems: string[] = [];
        for (const expected of list(step.hears)) if (!matches(text, expected)) problems.push(describeMismatch('hears', text, expected));
        for (const unwanted of list(step.neverHears))
          if (matches(text, unwanted)) problems.push(`neverHears: ${String(unwanted)} in "${text}"`);
        if (step.offers !== undefined) {
          const offered = offeredText(response);
          if (!matches(offered, step.offers)) problems.push(describeMismatch('offers', offered, step.offers));
        }
        if (step.reprompts !== undefined) {
          const reprompt = ssmlToText((response.response?.reprompt?.outputSpeech as { ssml?: string } | undefined)?.ssml ?? '');
          if (!matches(reprompt, step.reprompts)) problems.push(describeMismatch('reprompts', reprompt, step.reprompts));
        }
        if (problems.length > 0) throw new Error(`after "${step.user ?? step.request?.request.type}":\n${problems.join('\n')}`);
        step.check?.(response);
      },
    };
  });
  tester.test(sequence, name);
}
