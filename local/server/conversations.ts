// The web simulator's conversations, held on the server: one LocalConversation per browser tab, found by an
// opaque random id the page holds. The page sends only what the person said or which screen button they
// pressed; the skill's session and everything else stay here. Each conversation belongs to one simulated
// Alexa user (one per browser, see users.ts). Conversations are bounded in number and dropped when idle; a page
// whose conversation was dropped simply gets a new one (its transcript stays on the page).
import { randomBytes } from 'node:crypto';
import type { ResponseEnvelope } from 'ask-sdk-model';
import { errorFields, type Logger } from '../../lambda/log';
import type { SkillRuntime } from '../../lambda/skill';
import { type Exchange, LocalConversation } from '../conversation';
import { echoShow } from '../envelope';
import { capturing, type TurnReply, turnReply } from '../web/reply';
import { isUserKey, newUserKey, userIdOf } from './users';

export const MAX_UTTERANCE_LENGTH = 500;

/** What the page gets for each utterance (the served transport's reply: local/web/transport.ts). */
export interface Reply extends TurnReply {
  conversationId: string;
  /** True when the page's conversation had ended or expired and this reply began a new one. */
  restarted: boolean;
}

export interface ConversationsOptions {
  runtime: SkillRuntime;
  locale: string;
  logger: Logger;
  /** Live conversations at most; the least recently used goes first. */
  maxConversations?: number;
  /** A conversation unused for this long is dropped. */
  idleMs?: number;
  now?: () => number;
}

interface Entry {
  conversation: LocalConversation;
  /** The user key the page sent when the conversation began (undefined: none sent); only that key reaches it. */
  owner: string | undefined;
  /** The last full response envelope (LocalConversation reports speech only; the screen needs the rest). */
  take(): ResponseEnvelope | undefined;
  lastUsed: number;
  /** Turns of one conversation run one at a time, in order. */
  queue: Promise<unknown>;
}

const ID_PATTERN = /^[A-Za-z0-9_-]{24}$/;

export function isConversationId(value: unknown): value is string {
  return typeof value === 'string' && ID_PATTERN.test(value);
}

export class Conversations {
  private readonly entries = new Map<string, Entry>();
  private readonly max: number;
  private readonly idleMs: number;
  private readonly now: () => number;
  private closed = false;
  /** Sessions being ended in the background (expired or evicted), so closeAll can wait for them. */
  private readonly ending = new Set<Promise<void>>();

  constructor(private readonly options: ConversationsOptions) {
    this.max = options.maxConversations ?? 100;
    this.idleMs = options.idleMs ?? 60 * 60 * 1000;
    this.now = options.now ?? Date.now;
  }

  get size(): number {
    return this.entries.size;
  }

  /**
   * One turn: what the person said, in the conversation with this id (or a new one), as the user whose key
   * this is (a conversation begun with another key is not found; no key: a user of the conversation's own).
   */
  async say(id: string | undefined, utterance: string, userKey?: string): Promise<Reply> {
    return this.turn(id, userKey, undefined, (conversation) => conversation.say(utterance));
  }

  /**
   * One turn: the person pressed the screen button for `intent`. The skill gets what an Echo Show sends, an APL
   * UserEvent with the arguments ['choice', intent], in the same session; not the button's word.
   */
  async press(id: string | undefined, intent: string, userKey?: string): Promise<Reply> {
    return this.turn(id, userKey, intent, (conversation) => conversation.press(intent));
  }

  private async turn(
    id: string | undefined,
    userKey: string | undefined,
    pressed: string | undefined,
    run: (conversation: LocalConversation) => Promise<Exchange>,
  ): Promise<Reply> {
    if (this.closed) throw new Error('the simulator is shutting down');
    if (userKey !== undefined && !isUserKey(userKey)) throw new Error('not a simulator user key');
    this.expireIdle();
    let conversationId = isConversationId(id) ? id : undefined;
    let entry = conversationId ? this.entries.get(conversationId) : undefined;
    if (entry && entry.owner !== userKey) entry = undefined;
    const restarted = conversationId !== undefined && entry === undefined;
    if (!entry || !conversationId) {
      conversationId = randomBytes(18).toString('base64url');
      entry = this.create(userKey);
      this.entries.set(conversationId, entry);
      this.evictOverflow();
    } else {
      // Map order is least recently used first.
      this.entries.delete(conversationId);
      this.entries.set(conversationId, entry);
    }
    entry.lastUsed = this.now();
    const current = entry;
    const turn = current.queue.then(async () => {
      current.take();
      const exchange = await run(current.conversation);
      return { exchange, response: current.take() };
    });
    current.queue = turn.catch(() => {});
    const { exchange, response } = await turn;
    return { conversationId, restarted, ...turnReply(exchange, response, pressed) };
  }

  /** The page was closed: end its session as a device would. Only the user it belongs to can end it. */
  async end(id: string, userKey?: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry || entry.owner !== userKey) return;
    this.entries.delete(id);
    await this.finish(entry);
  }

  async closeAll(): Promise<void> {
    this.closed = true;
    const all = [...this.entries.values()];
    this.entries.clear();
    await Promise.all([...all.map((entry) => this.finish(entry)), ...this.ending]);
  }

  private create(owner: string | undefined): Entry {
    const { runtime, take } = capturing(this.options.runtime);
    const device = echoShow(this.options.locale, userIdOf(owner ?? newUserKey()));
    return { owner, take, lastUsed: this.now(), queue: Promise.resolve(), conversation: new LocalConversation(runtime, device) };
  }

  private expireIdle(): void {
    const cutoff = this.now() - this.idleMs;
    for (const [id, entry] of this.entries) {
      if (entry.lastUsed > cutoff) break;
      this.entries.delete(id);
      this.finishLater(entry);
    }
  }

  private finishLater(entry: Entry): void {
    const ending = this.finish(entry).finally(() => this.ending.delete(ending));
    this.ending.add(ending);
  }

  private evictOverflow(): void {
    while (this.entries.size > this.max) {
      const [id, entry] = this.entries.entries().next().value as [string, Entry];
      this.entries.delete(id);
      this.finishLater(entry);
    }
  }

  /** Ends the skill session after any turn in progress. Never throws. */
  private async finish(entry: Entry): Promise<void> {
    try {
      await entry.queue;
      await entry.conversation.end();
    } catch (error) {
      this.options.logger.warn('simulator conversation did not end cleanly', errorFields(error));
    }
  }
}
