// Bounds how long a turn waits for the store: a slow or unreachable store must never hold up an answer.
export class StoreTimeoutError extends Error {
  override name = 'StoreTimeoutError';
}

export function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StoreTimeoutError(`${what} took longer than ${ms} ms`)), ms);
    timer.unref?.();
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

export interface StoreTimeouts {
  /** How long the first turn of a session waits for the saved preferences. */
  readMs: number;
  /** How long a turn waits for a write before answering anyway (the write goes on in the background). */
  writeMs: number;
}

/**
 * A person waits in silence while these run. Alexa allows 8 s for the whole answer; a healthy DynamoDB read
 * takes ~10 ms, so these are generous for the store and still short for the listener.
 */
export const DEFAULT_STORE_TIMEOUTS: StoreTimeouts = { readMs: 400, writeMs: 250 };

/** The longest a store call may run at all: "forget me" waits this long for its delete. */
export const STORE_CALL_TIMEOUT_MS = 2000;
