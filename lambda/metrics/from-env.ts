// Metrics on Lambda: EMF lines on standard output. Lambda sends the function's standard output to its log
// group as is (its JSON log format wraps only console.* calls, which would hide the EMF document inside a
// "message" string), and CloudWatch extracts the metrics from there.
//   METRICS=off                 writes none (the default is on)
//   AWS_LAMBDA_FUNCTION_NAME    set by Lambda: the FunctionName dimension ("local" elsewhere)
import type { MetricsOptions } from './request-metrics';

export function metricsFromEnv(env: NodeJS.ProcessEnv = process.env): MetricsOptions | undefined {
  if (env.METRICS?.trim().toLowerCase() === 'off') return undefined;
  return {
    functionName: env.AWS_LAMBDA_FUNCTION_NAME?.trim() || 'local',
    write: (line) => process.stdout.write(line),
  };
}
