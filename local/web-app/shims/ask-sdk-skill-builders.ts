// Stands in, in the web app's page only, for ask-sdk-core's SkillBuilders (the one module of the SDK lambda/skill.ts
// imports): the custom skill builder, the dispatcher and the attributes and response builders, as far as the skill uses
// them, each doing what the SDK's does (ask-sdk-core 2.14 and ask-sdk-runtime 2.14: CustomSkill, BaseSkillFactory,
// CustomSkillFactory, RuntimeConfigurationBuilder, GenericRequestDispatcher and its mappers and adapter,
// AttributesManagerFactory, ResponseFactory). The SDK's generic runtime (handler chains, adapters, mappers, a user agent
// registry) and the response builder's thirty other directives were 3.4 KB of page.js gzipped, at its size budget
// (docs/performance.md, "Issue 17, eighth pass"). The Lambda and the local tools run the SDK itself; the parity test
// (test/web-app-parity.test.ts) holds the page's replies to theirs, and test/web-app-sdk-stand-in.test.ts this module's
// envelopes to the SDK's. What the skill does not use is not there: calling it fails.
import type { ErrorHandler, HandlerInput, PersistenceAdapter, RequestHandler, RequestInterceptor, ResponseInterceptor } from 'ask-sdk-core';
import { version } from 'ask-sdk-core/package.json';
import type { RequestEnvelope, Response, ResponseEnvelope } from 'ask-sdk-model';

/** The SDK's errors: named "AskSdk.<scope> Error" (ask-sdk-runtime's createAskSdkError). */
function sdkError(scope: string, message: string): Error {
  const error = new Error(message);
  error.name = `AskSdk.${scope} Error`;
  return error;
}

function attributesManager(requestEnvelope: RequestEnvelope, adapter: PersistenceAdapter | undefined): HandlerInput['attributesManager'] {
  const { session } = requestEnvelope;
  let request: Record<string, unknown> = {};
  let sessionAttributes = session ? (session.attributes ? JSON.parse(JSON.stringify(session.attributes)) : {}) : undefined;
  let persistent: Record<string, unknown> | undefined;
  let persistentSet = false;
  const store = (what: string): PersistenceAdapter => {
    if (!adapter) throw sdkError('AttributesManager', `Cannot ${what} PersistentAttributes without persistence adapter!`);
    return adapter;
  };
  const inSession = (what: string): void => {
    if (!session)
      throw sdkError('AttributesManager', `Cannot ${what} SessionAttributes ${what === 'get' ? 'from' : 'to'} out of session request!`);
  };
  return {
    getRequestAttributes: () => request,
    setRequestAttributes(attributes) {
      request = attributes;
    },
    getSessionAttributes() {
      inSession('get');
      return sessionAttributes;
    },
    setSessionAttributes(attributes) {
      inSession('set');
      sessionAttributes = attributes;
    },
    async getPersistentAttributes(useSessionCache = true, defaults?: Record<string, unknown>) {
      if (!adapter) throw sdkError('AttributesManager', 'Cannot get PersistentAttributes without PersistenceManager');
      if (!persistentSet || !useSessionCache) {
        persistent = await adapter.getAttributes(requestEnvelope);
        persistentSet = true;
      }
      if (defaults && (!persistent || Object.keys(persistent).length < 1)) persistent = defaults;
      return persistent as Record<string, unknown>;
    },
    setPersistentAttributes(attributes) {
      store('set');
      persistent = attributes;
      persistentSet = true;
    },
    async savePersistentAttributes() {
      const saving = store('save');
      if (persistentSet) await saving.saveAttributes(requestEnvelope, persistent as Record<string, unknown>);
    },
    async deletePersistentAttributes() {
      await store('delete').deleteAttributes?.(requestEnvelope);
      persistent = undefined;
      persistentSet = false;
    },
  };
}

/** The SDK's SSML wrapping: the text trimmed, without a <speak> it already had, in <speak>. */
function ssml(speech: string): { type: 'SSML'; ssml: string } {
  let text = speech ? speech.trim() : '';
  if (text.startsWith('<speak>') && text.endsWith('</speak>')) text = text.substring(7, text.length - 8).trim();
  return { type: 'SSML', ssml: `<speak>${text}</speak>` };
}

/** The response builder: what the skill calls (no VideoApp.Launch directive is ever added, so none is looked for). */
function responseBuilder(): HandlerInput['responseBuilder'] {
  const response: Response = {};
  const builder = {
    speak(speech: string) {
      response.outputSpeech = ssml(speech);
      return builder;
    },
    reprompt(speech: string) {
      response.reprompt ??= {};
      response.reprompt.outputSpeech = ssml(speech);
      response.shouldEndSession = false;
      return builder;
    },
    withSimpleCard(title: string, content: string) {
      response.card = { type: 'Simple', title, content };
      return builder;
    },
    addDirective(directive: NonNullable<Response['directives']>[number]) {
      response.directives ??= [];
      response.directives.push(directive);
      return builder;
    },
    withShouldEndSession(value: boolean) {
      response.shouldEndSession = value;
      return builder;
    },
    getResponse: () => response,
  };
  return builder as unknown as HandlerInput['responseBuilder'];
}

type Interceptor<T> = T | T['process' & keyof T];

function asInterceptors<T extends { process: unknown }>(executors: readonly Interceptor<T>[]): T[] {
  return executors.map((executor) => (typeof executor === 'function' ? ({ process: executor } as T) : (executor as T)));
}

const USER_AGENT = `ask-node/${version} Node/${process.version}`;

export const SkillBuilders = {
  custom() {
    const handlers: RequestHandler[] = [];
    const requestInterceptors: RequestInterceptor[] = [];
    const responseInterceptors: ResponseInterceptor[] = [];
    const errorHandlers: ErrorHandler[] = [];
    let persistence: PersistenceAdapter | undefined;
    const builder = {
      addRequestHandlers(...added: RequestHandler[]) {
        handlers.push(...added);
        return builder;
      },
      addRequestInterceptors(...added: Interceptor<RequestInterceptor>[]) {
        requestInterceptors.push(...asInterceptors(added));
        return builder;
      },
      addResponseInterceptors(...added: Interceptor<ResponseInterceptor>[]) {
        responseInterceptors.push(...asInterceptors(added));
        return builder;
      },
      addErrorHandlers(...added: ErrorHandler[]) {
        errorHandlers.push(...added);
        return builder;
      },
      withPersistenceAdapter(adapter: PersistenceAdapter) {
        persistence = adapter;
        return builder;
      },
      create() {
        const dispatch = async (input: HandlerInput): Promise<Response> => {
          for (const interceptor of requestInterceptors) await interceptor.process(input);
          let handler: RequestHandler | undefined;
          for (const candidate of handlers) {
            if (await candidate.canHandle(input)) {
              handler = candidate;
              break;
            }
          }
          if (!handler) throw sdkError('GenericRequestDispatcher', 'Unable to find a suitable request handler.');
          const output = await handler.handle(input);
          for (const interceptor of responseInterceptors) await interceptor.process(input, output);
          return output;
        };
        return {
          async invoke(requestEnvelope: RequestEnvelope, context?: unknown): Promise<ResponseEnvelope> {
            const input = {
              requestEnvelope,
              context,
              attributesManager: attributesManager(requestEnvelope, persistence),
              responseBuilder: responseBuilder(),
              serviceClientFactory: undefined,
            } as HandlerInput;
            let response: Response;
            try {
              response = await dispatch(input);
            } catch (error) {
              let handler: ErrorHandler | undefined;
              for (const candidate of errorHandlers) {
                if (await candidate.canHandle(input, error as Error)) {
                  handler = candidate;
                  break;
                }
              }
              if (!handler) throw error;
              response = await handler.handle(input, error as Error);
            }
            return {
              version: '1.0',
              response,
              userAgent: USER_AGENT,
              sessionAttributes: requestEnvelope.session ? input.attributesManager.getSessionAttributes() : undefined,
            };
          },
        };
      },
    };
    return builder;
  },
};
