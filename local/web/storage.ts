// Where the page keeps its own small settings (reading aloud on or off; the simulator's user key). Normally this
// browser's localStorage; in the web app's shared-device mode, nothing at all (forgotten with the page).
export interface PageStorage {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
}

/** localStorage where it works; where it does not (some private modes), this page only. */
export function browserStorage(): PageStorage {
  const memory = memoryStorage();
  const attempt = <T>(work: () => T, otherwise: () => T): T => {
    try {
      return work();
    } catch {
      return otherwise();
    }
  };
  return {
    get: (key) =>
      attempt(
        () => localStorage.getItem(key),
        () => memory.get(key),
      ),
    set: (key, value) =>
      attempt(
        () => localStorage.setItem(key, value),
        () => memory.set(key, value),
      ),
    remove: (key) =>
      attempt(
        () => localStorage.removeItem(key),
        () => memory.remove(key),
      ),
  };
}

/** Kept by this page only: gone when it closes. */
export function memoryStorage(): PageStorage {
  const values = new Map<string, string>();
  return {
    get: (key) => values.get(key) ?? null,
    set: (key, value) => {
      values.set(key, value);
    },
    remove: (key) => {
      values.delete(key);
    },
  };
}
