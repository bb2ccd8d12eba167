// Reads Embedded Metric Format lines the way CloudWatch Logs would, and says what is wrong with one: the
// rules of the specification that a writer can break, plus ours (no member but dimensions and metrics).
// https://docs.aws.amazon.com/AmazonCloudWatch/latest/monitoring/CloudWatch_Embedded_Metric_Format_Specification.html

export interface EmfDocument {
  _aws: {
    Timestamp: number;
    CloudWatchMetrics: Array<{ Namespace: string; Dimensions: string[][]; Metrics: Array<{ Name: string; Unit?: string }> }>;
  };
  [member: string]: unknown;
}

const UNITS = new Set(['Seconds', 'Microseconds', 'Milliseconds', 'Bytes', 'Count', 'Percent', 'None']);

/** The lines of a process's output that are EMF documents (JSON objects with an `_aws` member). */
export function emfDocuments(output: string): EmfDocument[] {
  return output
    .split('\n')
    .filter((line) => line.startsWith('{') && line.includes('"_aws"'))
    .map((line) => JSON.parse(line) as EmfDocument);
}

export function emfProblems(document: EmfDocument): string[] {
  const problems: string[] = [];
  const { _aws: aws, ...members } = document;
  if (!Number.isInteger(aws?.Timestamp)) problems.push('Timestamp is not an integer');
  if (!Array.isArray(aws?.CloudWatchMetrics) || aws.CloudWatchMetrics.length === 0) return [...problems, 'no CloudWatchMetrics'];
  const used = new Set<string>();
  for (const directive of aws.CloudWatchMetrics) {
    if (typeof directive.Namespace !== 'string' || !/^[^:][\x20-\x7e]{0,254}$/.test(directive.Namespace)) problems.push('bad Namespace');
    for (const set of directive.Dimensions) {
      if (set.length > 30) problems.push(`more than 30 dimensions: ${set.join(',')}`);
      for (const key of set) {
        used.add(key);
        const value = members[key];
        if (typeof value !== 'string' || !/^[\x20-\x7e]{1,1024}$/.test(value) || value.trim() === '')
          problems.push(`dimension ${key} has no printable ASCII value`);
      }
    }
    if (directive.Metrics.length > 100) problems.push('more than 100 metrics in one directive');
    for (const metric of directive.Metrics) {
      used.add(metric.Name);
      if (typeof members[metric.Name] !== 'number' || !Number.isFinite(members[metric.Name]))
        problems.push(`metric ${metric.Name} has no value`);
      if (metric.Unit !== undefined && !UNITS.has(metric.Unit)) problems.push(`metric ${metric.Name} has unit ${metric.Unit}`);
    }
  }
  // Anything else would be a log property: the skill writes none, so nothing else can carry request content.
  for (const key of Object.keys(members)) if (!used.has(key)) problems.push(`member ${key} is neither a dimension nor a metric`);
  return problems;
}

/** The value of one metric in one document, or undefined when the document does not declare it. */
export function metricValue(document: EmfDocument, name: string): number | undefined {
  const declared = document._aws.CloudWatchMetrics.some((directive) => directive.Metrics.some((metric) => metric.Name === name));
  return declared ? (document[name] as number) : undefined;
}
