// CloudWatch Embedded Metric Format: one JSON object per log line, whose `_aws` block tells CloudWatch Logs
// which of its top-level members are metrics (with their units) and which are dimensions. CloudWatch
// extracts the metrics from the log group itself: no client, no API call, no permission beyond writing logs.
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html
//
// Our own few lines rather than aws-embedded-metrics: see docs/operations.md ("Why our own EMF writer").

export type MetricUnit = 'Count' | 'Milliseconds';

export interface MetricDirective {
  /** Each set is published separately: the same value counted under each combination of dimensions. */
  dimensions: string[][];
  metrics: Array<{ name: string; unit: MetricUnit }>;
}

/** Dimension values (strings) and metric values (numbers), as the document's top-level members. */
export type EmfMembers = Record<string, string | number>;

/**
 * The `CloudWatchMetrics` array, as JSON, cached per directives array: a request's line is mostly this fixed
 * part, and building and serialising it afresh for every request was most of the metrics' cost (CPU and
 * garbage, docs/performance.md). Callers pass the same array for the same shape of line.
 */
const directivesJson = new WeakMap<readonly MetricDirective[], string>();

function cloudWatchMetrics(namespace: string, directives: readonly MetricDirective[]): string {
  let json = directivesJson.get(directives);
  if (json === undefined) {
    json = JSON.stringify(
      directives.map((directive) => ({
        Namespace: namespace,
        Dimensions: directive.dimensions,
        Metrics: directive.metrics.map((metric) => ({ Name: metric.name, Unit: metric.unit })),
      })),
    );
    directivesJson.set(directives, json);
  }
  return json;
}

/** One EMF document as a log line (with its newline). */
export function emfLine(namespace: string, timestamp: number, directives: readonly MetricDirective[], members: EmfMembers): string {
  const rest = JSON.stringify(members);
  const separator = rest === '{}' ? '' : ',';
  return `{"_aws":{"Timestamp":${Math.trunc(timestamp)},"CloudWatchMetrics":${cloudWatchMetrics(namespace, directives)}}${separator}${rest.slice(1)}\n`;
}
