// The served transport: the local server (`npm start`) holds the conversation and runs the skill; the page
// posts what the person said or pressed and gets the reply (local/server/app.ts, conversations.ts). This browser
// is one simulated Alexa user: a random key kept in its storage and sent with each request.
import type { Reply } from '../server/conversations';
import type { PageStorage } from './storage';
import type { PageReply, Transport } from './transport';

export const USER_KEY = 'bone-cancer-guide.user';
const USER_KEY_PATTERN = /^[0-9a-f]{32}$/;

/** 128 random bits as 32 hex digits (getRandomValues works on any origin; randomUUID needs a secure one). */
function newUserKey(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** This browser's simulated user: kept, so that preferences are this browser's alone and survive reloads. */
function loadUserKey(storage: PageStorage): string {
  const saved = storage.get(USER_KEY);
  if (saved !== null && USER_KEY_PATTERN.test(saved)) return saved;
  const key = newUserKey();
  storage.set(USER_KEY, key);
  return key;
}

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });
}

export function servedTransport(storage: PageStorage): Transport {
  let userKey = loadUserKey(storage);
  let conversationId: string | undefined;

  const turn = async (path: 'api/say' | 'api/press', request: Record<string, string>): Promise<PageReply> => {
    const response = await post(path, { conversationId, userKey, ...request });
    const data = (await response.json()) as Reply | { error?: string };
    if (!response.ok || !('exchange' in data)) throw new Error(('error' in data && data.error) || 'The skill did not answer.');
    conversationId = data.conversationId;
    return data;
  };

  const end = (): void => {
    if (!conversationId) return;
    const body = JSON.stringify({ conversationId, userKey });
    conversationId = undefined;
    void fetch('api/end', { method: 'POST', keepalive: true, headers: { 'Content-Type': 'application/json' }, body }).catch(() => {});
  };

  return {
    say: (utterance) => turn('api/say', { utterance }),
    press: (intent) => turn('api/press', { intent }),
    end,
    async newVisitor() {
      end();
      userKey = newUserKey();
      storage.set(USER_KEY, userKey);
    },
  };
}
