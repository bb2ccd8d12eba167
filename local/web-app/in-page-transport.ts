// The in-page transport: the skill itself runs in this page (the same code as on Lambda and the local server:
// the runtime, the local understanding, the question engine and the content, bundled into one script), with its
// preferences in this browser. Nothing is sent anywhere.
import type { PersistenceAdapter } from 'ask-sdk-core';
import { createLogger } from '../../lambda/log';
import { createSkillRuntime } from '../../lambda/skill';
import { LocalConversation } from '../conversation';
import { echoShow, launchRequest, newSession } from '../envelope';
import { capturing, turnReply } from '../web/reply';
import type { PageReply, Transport } from '../web/transport';
import { BROWSER_USER_ID } from './store-names';

export { BROWSER_USER_ID };

export interface InPageOptions {
  locale: string;
  persistence: PersistenceAdapter;
  /** After "forget me": the page clears what it keeps itself. */
  onForgotten?: () => void;
}

export function inPageTransport(options: InPageOptions): Transport {
  const logger = createLogger('WARN', (line) => console.warn(line.trimEnd()));
  const { runtime, take } = capturing(createSkillRuntime({ logger, persistence: options.persistence }));
  const device = echoShow(options.locale, BROWSER_USER_ID);
  let conversation = new LocalConversation(runtime, device);

  const turn = async (run: () => ReturnType<LocalConversation['say']>, pressed?: string): Promise<PageReply> => {
    take();
    const exchange = await run();
    if (exchange.intent === 'ForgetMeIntent') options.onForgotten?.();
    return { restarted: false, ...turnReply(exchange, take(), pressed) };
  };

  return {
    say: (utterance) => turn(() => conversation.say(utterance)),
    press: (intent) => turn(() => conversation.press(intent), intent),
    end() {
      void conversation.end().catch(() => undefined);
    },
    async newVisitor() {
      await conversation.end().catch(() => undefined);
      // As "forget me" does: the preferences go, and the marker left refuses any write still on its way.
      await options.persistence.deleteAttributes?.(launchRequest(device, newSession()));
      conversation = new LocalConversation(runtime, device);
    },
  };
}
