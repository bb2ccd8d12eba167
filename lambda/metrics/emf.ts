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

/** One EMF document as a log line (with its newline). */
export function emfLine(namespace: string, timestamp: number, directives: MetricDirective[], members: EmfMembers): string {
  const document = {
    _aws: {
      Timestamp: timestamp,
      CloudWatchMetrics: directives.map((directive) => ({
        Namespace: namespace,
        Dimensions: directive.dimensions,
        Metrics: directive.metrics.map((metric) => ({ Name: metric.name, Unit: metric.unit })),
      })),
    },
    ...members,
  };
  return `${JSON.stringify(document)}\n`;
}
