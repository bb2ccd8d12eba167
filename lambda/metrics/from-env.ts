// Metrics on Lambda: EMF lines on standard output. Lambda sends the function's standard output to its log
// group as is (its JSON log format wraps only console.* calls, which would hide the EMF document inside a
// "message" string), and CloudWatch extracts the metrics from there.
//   METRICS=off                 writes none (the default is on)
//   AWS_LAMBDA_FUNCTION_NAME    set by Lambda: the FunctionName dimension ("local" elsewhere)
import { writeSync } from 'node:fs';
import type { MetricsOptions } from './request-metrics';

const STDOUT = 1;

/**
 * A line straight to file descriptor 1: the first process.stdout.write builds Node's stdout stream (its stream
 * and pipe modules), about 6 ms of every cold start (measured). If the descriptor refuses the write (a full
 * non-blocking pipe), the stream takes the line instead: a metrics line never holds up or breaks an answer.
 */
function writeLine(line: string): void {
  try {
    writeSync(STDOUT, line);
  } catch {
    process.stdout.write(line);
  }
}

export function metricsFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsOptions | undefined {
  if (env.METRICS?.trim().toLowerCase() === 'off') return undefined;
  return {
    functionName: env.AWS_LAMBDA_FUNCTION_NAME?.trim() || 'local',
    write: writeLine,
  };
}
