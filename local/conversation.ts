// A conversation with the skill, as a device would hold it: each utterance is understood through the
// interaction model (local/nlu), sent as a real request envelope through the same entrance Lambda uses,
// and the session (its id and attributes) carried from one turn to the next.
import type { ResponseEnvelope } from 'ask-sdk-model';
import { SCREEN_TOKEN } from '../lambda/screens/screen';
import type { SkillRuntime } from '../lambda/skill';
import { ssmlToText } from '../lambda/speech/ssml';
import modelFile from '../skill-package/interactionModels/custom/en-AU.json';
import {
  type DeviceSettings,
  intentRequest,
  launchRequest,
  newSession,
  type SessionInfo,
  sessionEndedRequest,
  userEventRequest,
} from './envelope';
import { questionRouter } from './matters-most';
import { createResolver, type InteractionModel, parseInvocation, type ResolvedSlot } from './nlu';

export interface SlotReport {
  value: string;
  status?: string;
  id?: string;
}

/** One exchange, as `npm run ask -- --json` prints it. */
export interface Exchange {
  utterance: string;
  intent: string;
  slots: Record<string, SlotReport>;
  ssml: string;
  text: string;
  reprompt: string | null;
  shouldEndSession: boolean;
}

const model = modelFile as unknown as InteractionModel;
const languageModel = model.interactionModel.languageModel;
// Built on first use, not at load: "open bone cancer guide" needs only the invocation name, and in the web app
// the page can answer it before the model's samples are compiled (docs/performance.md, "The web app").
let resolver: ReturnType<typeof createResolver> | undefined;

/** Compiles the model's samples now, if not yet done: the web app does this while the page is idle. */
export function prepareUnderstanding(): void {
  resolver ??= createResolver(model);
}

const asQuestionIfItMatters = questionRouter(model);

const slotTypesOf = new Map(
  languageModel.intents.map((intent) => [intent.name, Object.fromEntries((intent.slots ?? []).map((s) => [s.name, s.type]))]),
);

function report(slots: Record<string, ResolvedSlot>): Record<string, SlotReport> {
  return Object.fromEntries(
    Object.entries(slots).map(([name, slot]) => [
      name,
      { value: slot.value, ...(slot.resolution ? { status: slot.resolution.status, id: slot.resolution.id } : {}) },
    ]),
  );
}

/** An utterance as understood: the skill opened, or an intent with its slots read from the words after the name. */
export type Understanding =
  | { launch: true }
  | { launch: false; text: string; intent: string; slots: Record<string, ResolvedSlot>; unexplained?: string[]; confidence?: number };

export function understand(utterance: string): Understanding {
  const invocation = parseInvocation(utterance, languageModel.invocationName);
  if (invocation.kind === 'launch') return { launch: true };
  resolver ??= createResolver(model);
  const resolved = resolver.resolve(invocation.text);
  return {
    launch: false,
    text: invocation.text,
    intent: resolved.intent,
    slots: resolved.slots,
    ...(resolved.unexplained ? { unexplained: resolved.unexplained } : {}),
    ...(resolved.confidence < 1 ? { confidence: resolved.confidence } : {}),
  };
}

/**
 * What an utterance asks, as a conversation sends it: the model's reading, except that a question that matters
 * most is always sent as a question (local/matters-most.ts).
 */
export async function understandAsked(utterance: string): Promise<Understanding> {
  const read = understand(utterance);
  if (read.launch) return read;
  const { intent, slots } = await asQuestionIfItMatters(read.text, read);
  return { launch: false, text: read.text, intent, slots };
}

export class LocalConversation {
  private session: SessionInfo | undefined;
  private lastReprompt: string | null = null;
  private silences = 0;

  constructor(
    private readonly runtime: SkillRuntime,
    private readonly device: DeviceSettings,
  ) {}

  get isOpen(): boolean {
    return this.session !== undefined;
  }

  /** What the person says; a blank line is silence, as on a device. */
  async say(utterance: string): Promise<Exchange> {
    const trimmed = utterance.trim();
    if (trimmed === '') return this.silence();
    this.silences = 0;
    const understood = await understandAsked(trimmed);
    // Saying the invocation name always starts afresh, as on a device; otherwise a closed session is
    // reopened by the question itself (a one-shot: "ask bone cancer guide how is it treated").
    if (understood.launch || !this.session) this.session = newSession();
    const session = this.session;
    const envelope = understood.launch
      ? launchRequest(this.device, session)
      : intentRequest(this.device, session, understood.intent, understood.slots, slotTypesOf.get(understood.intent));
    const response = await this.runtime.invoke(envelope);
    return this.record(
      trimmed,
      understood.launch ? 'LaunchRequest' : understood.intent,
      understood.launch ? {} : report(understood.slots),
      response,
    );
  }

  /**
   * A press on one of the skill's screen buttons: its APL SendEvent arguments are ['choice', intent] (the
   * skill's answer document), sent as an Echo Show sends them, with no language understanding involved.
   */
  async press(intent: string): Promise<Exchange> {
    this.silences = 0;
    if (!this.session) this.session = newSession();
    const response = await this.runtime.invoke(userEventRequest(this.device, this.session, ['choice', intent], SCREEN_TOKEN));
    return this.record('', 'Alexa.Presentation.APL.UserEvent', {}, response);
  }

  /** The end of the conversation from the device's side (the person walked away, or closed the page). */
  async end(): Promise<void> {
    if (!this.session) return;
    const session = this.session;
    this.session = undefined;
    await this.runtime.invoke(sessionEndedRequest(this.device, session, 'USER_INITIATED'));
  }

  private async silence(): Promise<Exchange> {
    const quiet: Exchange = { utterance: '', intent: '', slots: {}, ssml: '', text: '', reprompt: null, shouldEndSession: !this.session };
    if (!this.session) return quiet;
    this.silences += 1;
    if (this.silences === 1 && this.lastReprompt) {
      // Alexa speaks the reprompt once; after a second silence it closes the session.
      return {
        ...quiet,
        ssml: this.lastReprompt,
        text: ssmlToText(this.lastReprompt),
        reprompt: ssmlToText(this.lastReprompt),
        shouldEndSession: false,
      };
    }
    const session = this.session;
    this.session = undefined;
    this.silences = 0;
    await this.runtime.invoke(sessionEndedRequest(this.device, session, 'EXCEEDED_MAX_REPROMPTS'));
    return { ...quiet, shouldEndSession: true };
  }

  private record(utterance: string, intent: string, slots: Record<string, SlotReport>, envelope: ResponseEnvelope): Exchange {
    const response = envelope.response ?? {};
    const speech = response.outputSpeech;
    const ssml = speech?.type === 'SSML' ? speech.ssml : speech?.type === 'PlainText' ? speech.text : '';
    const repromptSpeech = response.reprompt?.outputSpeech;
    const repromptSsml =
      repromptSpeech?.type === 'SSML' ? repromptSpeech.ssml : repromptSpeech?.type === 'PlainText' ? repromptSpeech.text : undefined;
    const shouldEndSession = response.shouldEndSession !== false;
    if (shouldEndSession) {
      this.session = undefined;
    } else if (this.session) {
      this.session = { ...this.session, isNew: false, attributes: (envelope.sessionAttributes as Record<string, unknown>) ?? {} };
    }
    this.lastReprompt = repromptSsml ?? null;
    return {
      utterance,
      intent,
      slots,
      ssml: ssml ?? '',
      text: ssmlToText(ssml ?? ''),
      reprompt: repromptSsml ? ssmlToText(repromptSsml) : null,
      shouldEndSession,
    };
  }
}
