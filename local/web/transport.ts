// The one interface between the page and the skill. Two implementations: served-transport.ts (the local
// server holds the conversation; `npm start`) and local/web-app/in-page-transport.ts (the skill runs in the
// page itself; the web app). The page (page.ts) knows only this.
import type { TurnReply } from './reply';

export interface PageReply extends TurnReply {
  /** True when the conversation had ended or expired and this turn began a new one. */
  restarted: boolean;
}

export interface Transport {
  /** What the person said (typed or heard). */
  say(utterance: string): Promise<PageReply>;
  /** A screen button pressed: sent to the skill as an Echo Show's touch event for this intent. */
  press(intent: string): Promise<PageReply>;
  /** The page is going away: end the skill session, as walking away from a device does. */
  end(): void;
  /** A fresh visitor for the next demonstration: no resume, normal speed, a new session. */
  newVisitor(): Promise<void>;
}
