// The little of Node's `process` the skill's code touches: the environment (no LOG_LEVEL: the page's logger is
// given its own level), a monotonic clock for the response-time metric, and stderr for log lines (the page's
// logger writes to the console instead; nothing else writes there).
const started = performance.now();

export const process = {
  env: {} as Record<string, string | undefined>,
  hrtime: { bigint: (): bigint => BigInt(Math.round((performance.now() - started) * 1e6)) },
  stderr: { write: (_line: string): boolean => true },
};
