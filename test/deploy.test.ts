// The deployment, checked without AWS: the CloudFormation template (handler, runtime, least privilege, the
// Alexa trigger, the table, log retention), ask-resources.json, and the zip that `npm run package` writes.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, normalize, resolve } from 'node:path';
import { inflateRawSync } from 'node:zlib';
import { parseDocument, type Tags } from 'yaml';
import { DIMENSION, METRIC, METRICS_NAMESPACE } from '../lambda/metrics/names';
import { EXPIRY_ATTRIBUTE } from '../lambda/store/retention';
import { templateProblems } from './support/cfn-spec';
import { buildLambdaInScratch, type ScratchBuild } from './support/scratch-build';

const ROOT = resolve(__dirname, '..');

// ---- CloudFormation YAML: the short-form intrinsic functions as custom tags, read as their long form -------

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Resource = { Type: string; Properties: Record<string, Json>; [key: string]: Json };

const INTRINSICS = ['Base64', 'Cidr', 'FindInMap', 'GetAZs', 'ImportValue', 'Join', 'Select', 'Split', 'Sub', 'Transform'];
const CONDITIONS = ['And', 'Equals', 'If', 'Not', 'Or'];

function cfnTags(): Tags {
  const tags: Tags = [
    { tag: '!Ref', resolve: (value: string) => ({ Ref: value }) },
    { tag: '!Condition', resolve: (value: string) => ({ Condition: value }) },
    // !GetAtt Resource.Attribute (scalar) or !GetAtt [Resource, Attribute]
    {
      tag: '!GetAtt',
      resolve: (value: string) => ({ 'Fn::GetAtt': [value.slice(0, value.indexOf('.')), value.slice(value.indexOf('.') + 1)] }),
    },
    { tag: '!GetAtt', collection: 'seq', resolve: (seq) => ({ 'Fn::GetAtt': seq.toJSON() }) },
  ];
  for (const name of [...INTRINSICS, ...CONDITIONS]) {
    tags.push(
      { tag: `!${name}`, resolve: (value: string) => ({ [`Fn::${name}`]: value }) },
      { tag: `!${name}`, collection: 'seq', resolve: (seq) => ({ [`Fn::${name}`]: seq.toJSON() }) },
      { tag: `!${name}`, collection: 'map', resolve: (map) => ({ [`Fn::${name}`]: map.toJSON() }) },
    );
  }
  return tags;
}

function readTemplate(path: string): Record<string, Record<string, Json>> {
  const document = parseDocument(readFileSync(path, 'utf8'), { customTags: cfnTags(), prettyErrors: true });
  // An unknown tag (a typo such as !GetAttr) is a warning to the yaml package: here it fails the test.
  expect([...document.errors, ...document.warnings].map((problem) => problem.message)).toEqual([]);
  return document.toJS();
}

const askResources = JSON.parse(readFileSync(join(ROOT, 'ask-resources.json'), 'utf8'));
const profile = askResources.profiles.default;
const userConfig = profile.skillInfrastructure.userConfig;
const templatePath = resolve(ROOT, userConfig.templatePath);
const template = readTemplate(templatePath);
const resources = template.Resources as unknown as Record<string, Resource>;
const parameters = template.Parameters as Record<string, { Default?: Json; AllowedValues?: Json[]; Type: string }>;

function ofType(type: string): Array<[string, Resource]> {
  return Object.entries(resources).filter(([, resource]) => resource.Type === type);
}

function only(type: string): [string, Resource] {
  const found = ofType(type);
  expect(found.map(([name]) => name)).toHaveLength(1);
  return found[0] as [string, Resource];
}

/** The one value a parameter can take: its only allowed value, else its default. */
function parameterValue(ref: Json | undefined): Json {
  expect(ref).toEqual({ Ref: expect.any(String) });
  const parameter = parameters[(ref as { Ref: string }).Ref];
  if (!parameter) throw new Error(`no parameter ${JSON.stringify(ref)}`);
  if (parameter.AllowedValues?.length === 1) return parameter.AllowedValues[0] as Json;
  return parameter.Default ?? null;
}

const [functionName, fn] = only('AWS::Lambda::Function');
/** The function's environment variables, as the template sets them (a parameter's or resource's as `{ Ref }`). */
const functionVariables = (): Record<string, Json> => (fn.Properties.Environment as { Variables: Record<string, Json> }).Variables;
/** Those written in the template as values: the function's own settings, the same in every deployment. */
const functionSettings = (): Record<string, string> =>
  Object.fromEntries(Object.entries(functionVariables()).filter((entry): entry is [string, string] => typeof entry[1] === 'string'));
const [tableName, table] = only('AWS::DynamoDB::Table');
const [logGroupName, logGroup] = only('AWS::Logs::LogGroup');
const [roleName, role] = only('AWS::IAM::Role');

describe('the CloudFormation template', () => {
  test('declares every parameter the cfn-deployer passes, and gives every other one a value', () => {
    for (const name of ['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion']) {
      expect(parameters).toHaveProperty(name);
    }
    const passed = new Set(['SkillId', 'LambdaRuntime', 'LambdaHandler', 'CodeBucket', 'CodeKey', 'CodeVersion']);
    const fromConfig: Record<string, string> = userConfig.cfn?.parameters ?? {};
    for (const [name, value] of Object.entries(fromConfig)) {
      const parameter = parameters[name];
      expect(parameter).toBeDefined();
      if (parameter?.AllowedValues) expect(parameter.AllowedValues.map(String)).toContain(String(value));
    }
    for (const [name, parameter] of Object.entries(parameters)) {
      if (!passed.has(name) && !(name in fromConfig))
        expect({ name, default: parameter.Default }).toEqual({ name, default: expect.anything() });
    }
  });

  test('the function runs the bundle: handler index.handler, nodejs22.x on arm64, as ask-resources.json says', () => {
    expect(parameterValue(fn.Properties.Handler)).toBe('index.handler');
    expect(parameterValue(fn.Properties.Runtime)).toBe('nodejs22.x');
    expect(userConfig.handler).toBe('index.handler');
    expect(userConfig.runtime).toBe('nodejs22.x');
    expect(fn.Properties.Architectures).toEqual(['arm64']);
    expect(fn.Properties.Code).toEqual({
      S3Bucket: { Ref: 'CodeBucket' },
      S3Key: { Ref: 'CodeKey' },
      S3ObjectVersion: { 'Fn::If': [expect.any(String), { Ref: 'CodeVersion' }, { Ref: 'AWS::NoValue' }] },
    });
  });

  test('answers well inside Alexa’s 8 seconds, with sensible memory', () => {
    expect(fn.Properties.Timeout).toEqual(expect.any(Number));
    expect(fn.Properties.Timeout as number).toBeLessThan(8);
    expect(fn.Properties.Timeout as number).toBeGreaterThanOrEqual(3);
    expect(fn.Properties.MemorySize as number).toBeGreaterThanOrEqual(128);
    expect(fn.Properties.MemorySize as number).toBeLessThanOrEqual(1024);
  });

  test('the function gets exactly PREFERENCES_TABLE, SKILL_ID, LOG_LEVEL and MALLOC_ARENA_MAX', () => {
    const variables = functionVariables();
    expect(Object.keys(variables).sort()).toEqual(['LOG_LEVEL', 'MALLOC_ARENA_MAX', 'PREFERENCES_TABLE', 'SKILL_ID']);
    expect(variables.PREFERENCES_TABLE).toEqual({ Ref: tableName });
    expect(variables.SKILL_ID).toEqual({ Ref: 'SkillId' });
    expect(['DEBUG', 'INFO', 'WARN', 'ERROR', 'SILENT']).toContain(parameterValue(variables.LOG_LEVEL as Json));
    // One glibc malloc arena for the process (docs/performance.md, "Issue 16, sixteenth pass"): a string, as Lambda's
    // environment holds only strings, and a positive whole number, or glibc ignores it.
    expect(variables.MALLOC_ARENA_MAX).toBe('1');
  });

  test("the benchmark gives its measured processes the function's own settings, read from this template", () => {
    // bench/function-env.mjs is an ES module, as the bench is: asked in a process of its own.
    const script = `import(${JSON.stringify(join(ROOT, 'bench', 'function-env.mjs'))}).then((m) => process.stdout.write(JSON.stringify(m.functionEnvironment(${JSON.stringify(ROOT)}))))`;
    const run = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(run.stderr).toBe('');
    expect(JSON.parse(run.stdout)).toEqual(functionSettings());
    expect(functionSettings()).toEqual({ MALLOC_ARENA_MAX: '1' });
  });

  test('least privilege: GetItem and PutItem on the table (forget me writes a marker, never deletes), and writing to its own log group, nothing else', () => {
    expect(fn.Properties.Role).toEqual({ 'Fn::GetAtt': [roleName, 'Arn'] });
    expect(role.Properties.ManagedPolicyArns).toBeUndefined();
    expect(role.Properties.PermissionsBoundary).toBeUndefined();
    expect(ofType('AWS::IAM::Policy')).toEqual([]);
    expect(ofType('AWS::IAM::ManagedPolicy')).toEqual([]);
    expect(role.Properties.AssumeRolePolicyDocument).toMatchObject({
      Statement: [{ Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' }],
    });

    type Statement = { Effect: string; Action: string | string[]; Resource: Json; NotAction?: Json; NotResource?: Json };
    const policies = role.Properties.Policies as Array<{ PolicyDocument: { Statement: Statement[] } }>;
    const statements = policies.flatMap((policy) => policy.PolicyDocument.Statement);
    for (const statement of statements) {
      expect(statement.Effect).toBe('Allow');
      expect(statement.NotAction).toBeUndefined();
      expect(statement.NotResource).toBeUndefined();
      expect(JSON.stringify(statement.Resource)).not.toMatch(/"\*"|:\*:|:::\*/);
    }
    const granted = statements.map((statement) => ({
      actions: [statement.Action].flat().sort(),
      resource: statement.Resource,
    }));
    expect(granted).toHaveLength(2);
    expect(granted).toContainEqual({
      actions: ['dynamodb:GetItem', 'dynamodb:PutItem'],
      resource: { 'Fn::GetAtt': [tableName, 'Arn'] },
    });
    expect(granted).toContainEqual({
      actions: ['logs:CreateLogStream', 'logs:PutLogEvents'],
      resource: { 'Fn::GetAtt': [logGroupName, 'Arn'] },
    });
  });

  test('only this skill can invoke it: the Alexa Skills Kit trigger carries the skill id', () => {
    const permissions = ofType('AWS::Lambda::Permission');
    expect(permissions).toHaveLength(1);
    const [, permission] = permissions[0] as [string, Resource];
    expect(permission.Properties).toEqual({
      Action: 'lambda:InvokeFunction',
      FunctionName: { 'Fn::GetAtt': [functionName, 'Arn'] },
      Principal: 'alexa-appkit.amazon.com',
      EventSourceToken: { Ref: 'SkillId' },
    });
    expect(parameters.SkillId?.Default).toBeUndefined();
  });

  test('the preference table: on demand, encrypted at rest, keyed by the string id', () => {
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.ProvisionedThroughput).toBeUndefined();
    expect(table.Properties.SSESpecification).toMatchObject({ SSEEnabled: true });
    expect(table.Properties.KeySchema).toEqual([{ AttributeName: 'id', KeyType: 'HASH' }]);
    expect(table.Properties.AttributeDefinitions).toEqual([{ AttributeName: 'id', AttributeType: 'S' }]);
  });

  test('the preference table keeps nothing past its time: time to live on the attribute the adapter writes, no retained copies, no backups', () => {
    // test/preferences.test.ts and test/store-rules.test.ts check that every item carries it, and when it expires.
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: EXPIRY_ATTRIBUTE, Enabled: true });
    expect(table.DeletionPolicy).toBe('Delete');
    expect(table.UpdateReplacePolicy).toBe('Delete');
    expect(table.Properties.PointInTimeRecoverySpecification).toBeUndefined();
  });

  test('logs go to a group of its own with a retention period', () => {
    expect(fn.Properties.LoggingConfig).toMatchObject({ LogGroup: { Ref: logGroupName } });
    const retention = logGroup.Properties.RetentionInDays as Json;
    const days =
      typeof retention === 'number' ? retention : Number(userConfig.cfn?.parameters?.LogRetentionInDays ?? parameterValue(retention));
    expect(days).toBeGreaterThan(0);
    expect(days).toBeLessThanOrEqual(90);
  });

  test('outputs the function ARN as SkillEndpoint, which the cfn-deployer writes into skill.json', () => {
    expect((template.Outputs as Record<string, { Value: Json }>).SkillEndpoint?.Value).toEqual({ 'Fn::GetAtt': [functionName, 'Arn'] });
  });
});

describe('the template against the CloudFormation resource specification', () => {
  test('every resource type, property, required property and reference is valid', () => {
    expect(templateProblems(template as never)).toEqual([]);
  }, 30_000);

  test('the check finds what is wrong: an unknown type or property, a missing required one, a wrong kind, a dangling reference', () => {
    const broken = structuredClone(template) as unknown as { Resources: Record<string, Resource>; Conditions: Record<string, Json> };
    broken.Resources.Oops = { Type: 'AWS::Lambda::Funktion', Properties: {} };
    const brokenFunction = broken.Resources[functionName] as Resource;
    brokenFunction.Properties.Timout = 5;
    delete brokenFunction.Properties.Role;
    brokenFunction.Properties.MemorySize = 'lots';
    brokenFunction.Properties.Environment = { Variables: { TABLE: { Ref: 'NoSuchTable' } } };
    (broken.Resources[logGroupName] as Resource).Properties.RetentionInDays = { 'Fn::GetAtt': [tableName, 'NoSuchAttribute'] };
    (broken.Resources[roleName] as Resource).Condition = 'NoSuchCondition';
    expect(templateProblems(broken as never).sort()).toEqual(
      [
        'Oops: no resource type AWS::Lambda::Funktion',
        `${functionName}.Timout: no such property`,
        `${functionName}.Role: required, missing`,
        `${functionName}.MemorySize: expected a number`,
        'Ref NoSuchTable: no such parameter or resource',
        `GetAtt ${tableName}.NoSuchAttribute: ${tableName} has no attribute NoSuchAttribute`,
        'condition NoSuchCondition is not declared',
      ].sort(),
    );
  }, 30_000);
});

// ---- alarms and the dashboard -----------------------------------------------------------------------------

type Dimension = { Name: string; Value: Json };
type MetricStat = { Metric: { Namespace: string; MetricName: string; Dimensions: Dimension[] }; Stat: string; Period: number };
type Query = { Id: string; Expression?: Json; MetricStat?: MetricStat; ReturnData?: boolean };

const alarms = Object.fromEntries(ofType('AWS::CloudWatch::Alarm'));
const ownFunction = { Name: 'FunctionName', Value: { Ref: functionName } };

/** The alarm on one metric (a single-metric alarm, or one of a metric math alarm's metrics). */
function alarmsOn(namespace: string, metricName: string): Resource[] {
  return Object.values(alarms).filter((alarm) => {
    const p = alarm.Properties;
    if (p.Namespace === namespace && p.MetricName === metricName) return true;
    return ((p.Metrics ?? []) as Query[]).some(
      (q) => q.MetricStat?.Metric.Namespace === namespace && q.MetricStat.Metric.MetricName === metricName,
    );
  });
}

function only1(found: Resource[]): Resource {
  expect(found).toHaveLength(1);
  return found[0] as Resource;
}

describe('alarms', () => {
  test('on the function’s Errors and Throttles, for this function', () => {
    for (const metric of ['Errors', 'Throttles']) {
      const alarm = only1(alarmsOn('AWS/Lambda', metric)).Properties;
      expect(alarm.Dimensions).toEqual([ownFunction]);
      expect(alarm).toMatchObject({ Statistic: 'Sum', Threshold: 1, ComparisonOperator: 'GreaterThanOrEqualToThreshold' });
    }
  });

  test('on p99 duration, close to the timeout but under it', () => {
    const alarm = only1(alarmsOn('AWS/Lambda', 'Duration')).Properties;
    expect(alarm.Dimensions).toEqual([ownFunction]);
    expect(alarm.ExtendedStatistic).toBe('p99');
    const timeoutMs = (fn.Properties.Timeout as number) * 1000;
    expect(alarm.Threshold as number).toBeLessThan(timeoutMs);
    expect(alarm.Threshold as number).toBeGreaterThanOrEqual(0.6 * timeoutMs);
  });

  test('on handler errors and on store timeouts and failures, from the skill’s own metrics, by the names the code writes', () => {
    const handlerErrors = only1(alarmsOn(METRICS_NAMESPACE, METRIC.handlerErrors)).Properties;
    expect(handlerErrors.Dimensions).toEqual([ownFunction]);
    const storeMetrics = [METRIC.storeReadTimeouts, METRIC.storeReadFailures, METRIC.storeWriteTimeouts, METRIC.storeWriteFailures];
    const store = only1(alarmsOn(METRICS_NAMESPACE, METRIC.storeReadTimeouts));
    for (const metric of storeMetrics) expect(alarmsOn(METRICS_NAMESPACE, metric)).toEqual([store]);
    const queries = store.Properties.Metrics as Query[];
    for (const query of queries.filter((q) => q.MetricStat)) expect(query.MetricStat?.Metric.Dimensions).toEqual([ownFunction]);
    // The one expression that is returned adds up all four.
    const returned = queries.filter((q) => q.ReturnData);
    expect(returned).toHaveLength(1);
    const ids = queries.filter((q) => q.MetricStat).map((q) => q.Id);
    for (const id of ids) expect(String(returned[0]?.Expression)).toContain(id);
  });

  test('on the share of unanswered questions (fallback and not covered) among all answered ones, above a threshold parameter', () => {
    const alarm = only1(alarmsOn(METRICS_NAMESPACE, METRIC.answers)).Properties;
    const queries = alarm.Metrics as Query[];
    const outcomeOf = new Map(
      queries
        .filter((q) => q.MetricStat)
        .map((q) => {
          const stat = q.MetricStat as MetricStat;
          expect(stat.Metric.Dimensions).toContainEqual(ownFunction);
          return [q.Id, stat.Metric.Dimensions.find((d) => d.Name === DIMENSION.outcome)?.Value] as const;
        }),
    );
    expect([...outcomeOf.values()].sort()).toEqual(['fallback', 'not-covered', 'sheet', 'urgent']);
    const idOf = (outcome: string) => [...outcomeOf].find(([, value]) => value === outcome)?.[0] ?? '';
    const expressions = queries.filter((q) => q.Expression).map((q) => JSON.stringify(q.Expression));
    const share = expressions.find((e) => e.includes('100'));
    for (const unanswered of ['fallback', 'not-covered']) expect(share).toContain(idOf(unanswered));
    const total = expressions.find((e) => !e.includes('100')) ?? '';
    for (const outcome of outcomeOf.values()) expect(total).toContain(idOf(String(outcome)));
    expect(alarm.Threshold).toEqual({ Ref: 'UnansweredSharePercent' });
    expect(parameters.UnansweredSharePercent?.Default).toEqual(expect.any(Number));
  });

  test('every alarm treats missing data as fine and notifies the optional email topic and SNS topic, only when given', () => {
    const conditions = template.Conditions as Record<string, Json>;
    expect(conditions.HasAlarmEmail).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AlarmEmail' }, ''] }] });
    expect(conditions.HasAlarmTopicArn).toEqual({ 'Fn::Not': [{ 'Fn::Equals': [{ Ref: 'AlarmTopicArn' }, ''] }] });
    expect(parameters.AlarmEmail?.Default).toBe('');
    expect(parameters.AlarmTopicArn?.Default).toBe('');
    const [topicName, topic] = only('AWS::SNS::Topic');
    expect(topic.Condition).toBe('HasAlarmEmail');
    expect(topic.Properties.Subscription).toEqual([{ Protocol: 'email', Endpoint: { Ref: 'AlarmEmail' } }]);
    const notify = [
      { 'Fn::If': ['HasAlarmEmail', { Ref: topicName }, { Ref: 'AWS::NoValue' }] },
      { 'Fn::If': ['HasAlarmTopicArn', { Ref: 'AlarmTopicArn' }, { Ref: 'AWS::NoValue' }] },
    ];
    expect(Object.keys(alarms).length).toBeGreaterThanOrEqual(6);
    for (const [name, alarm] of Object.entries(alarms)) {
      expect([name, alarm.Properties.TreatMissingData]).toEqual([name, 'notBreaching']);
      expect([name, alarm.Properties.AlarmActions, alarm.Properties.OKActions]).toEqual([name, notify, notify]);
    }
  });
});

describe('the dashboard', () => {
  const [dashboardName, dashboard] = only('AWS::CloudWatch::Dashboard');
  const body = dashboard.Properties.DashboardBody as { 'Fn::Sub': string };
  // As CloudFormation would fill it in: every ${…} replaced, then it must be JSON.
  const filled = body['Fn::Sub'].replace(/\$\{([^}]+)\}/g, (_, name: string) =>
    name.endsWith('.Arn') ? `arn:aws:cloudwatch:us-west-2:123456789012:alarm:${name}` : name in parameters ? '10' : `${name}-value`,
  );
  const widgets = (
    JSON.parse(filled) as { widgets: Array<{ type: string; x: number; width: number; properties: Record<string, unknown> }> }
  ).widgets;
  const text = JSON.stringify(widgets);

  test('its body is JSON once CloudFormation fills it in, and every widget fits the 24-column grid', () => {
    expect(dashboardName).toBeTruthy();
    for (const widget of widgets) expect(widget.x + widget.width).toBeLessThanOrEqual(24);
  });

  test('shows every alarm, and every metric an alarm watches', () => {
    const shown = widgets.find((w) => w.type === 'alarm')?.properties.alarms as string[];
    expect(shown.sort()).toEqual(
      Object.keys(alarms)
        .map((name) => `arn:aws:cloudwatch:us-west-2:123456789012:alarm:${name}.Arn`)
        .sort(),
    );
    for (const alarm of Object.values(alarms)) {
      const p = alarm.Properties;
      const watched = p.MetricName
        ? [p.MetricName as string]
        : (p.Metrics as Query[]).flatMap((q) => (q.MetricStat ? [q.MetricStat.Metric.MetricName] : []));
      for (const metric of watched) expect(text).toContain(`"${metric}"`);
    }
  });

  test('counts answers per topic and outcome, and requests per intent, for the content review', () => {
    expect(text).toContain(`{${METRICS_NAMESPACE},FunctionName,Outcome,Topic} MetricName=\\"${METRIC.answers}\\"`);
    expect(text).toContain(`{${METRICS_NAMESPACE},FunctionName,RequestType,Intent} MetricName=\\"${METRIC.requests}\\"`);
  });
});

describe('ask-resources.json', () => {
  test('uses the cfn-deployer with this template, the skill package and the lambda bundle folder', () => {
    expect(askResources.askcliResourcesVersion).toBe('2020-03-31');
    expect(profile.skillInfrastructure.type).toBe('@ask-cli/cfn-deployer');
    expect(normalize(userConfig.templatePath)).toBe(normalize('infrastructure/cfn-deployer/skill-stack.yaml'));
    expect(existsSync(templatePath)).toBe(true);
    expect(normalize(profile.skillMetadata.src)).toBe('skill-package');
    expect(existsSync(join(ROOT, profile.skillMetadata.src, 'skill.json'))).toBe(true);
    expect(existsSync(join(ROOT, profile.skillMetadata.src, 'interactionModels', 'custom'))).toBe(true);
    // `ask deploy` zips this folder as it is: it must be where `node scripts/build.mjs lambda` writes the bundle.
    expect(normalize(profile.code.default.src)).toBe(normalize('dist/lambda'));
    expect(userConfig.awsRegion).toMatch(/^[a-z]{2}-[a-z]+-\d$/);
  });
});

// ---- the zip ----------------------------------------------------------------------------------------------

/** Reads a zip's central directory and inflates each entry: enough to check what `npm run package` wrote. */
function readZip(buffer: Buffer): Map<string, Buffer> {
  const end = buffer.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  expect(end).toBeGreaterThanOrEqual(0);
  const count = buffer.readUInt16LE(end + 10);
  let at = buffer.readUInt32LE(end + 16);
  const entries = new Map<string, Buffer>();
  for (let i = 0; i < count; i++) {
    expect(buffer.readUInt32LE(at)).toBe(0x02014b50);
    const method = buffer.readUInt16LE(at + 10);
    const compressedSize = buffer.readUInt32LE(at + 20);
    const nameLength = buffer.readUInt16LE(at + 28);
    const extraLength = buffer.readUInt16LE(at + 30);
    const commentLength = buffer.readUInt16LE(at + 32);
    const localOffset = buffer.readUInt32LE(at + 42);
    const name = buffer.toString('utf8', at + 46, at + 46 + nameLength);
    const dataStart = localOffset + 30 + buffer.readUInt16LE(localOffset + 26) + buffer.readUInt16LE(localOffset + 28);
    const data = buffer.subarray(dataStart, dataStart + compressedSize);
    entries.set(name, method === 8 ? inflateRawSync(data) : Buffer.from(data));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

describe('the deployable zip', () => {
  let scratch: ScratchBuild | undefined;
  let work: string;
  let bundle: Buffer;
  let engine: Buffer;
  let questionPack: Buffer;
  let entries: Map<string, Buffer>;
  let zipBytes: number;

  beforeAll(() => {
    // Built into a scratch copy of the project layout, so dist/ is left alone.
    scratch = buildLambdaInScratch('deploy-test-');
    work = scratch.dir;
    const pack = spawnSync(process.execPath, ['scripts/package.mjs', '--out', 'out/skill.zip', '--quiet'], { cwd: work, encoding: 'utf8' });
    expect(pack.stderr).toBe('');
    expect(pack.status).toBe(0);
    bundle = readFileSync(join(work, profile.code.default.src, 'index.js'));
    engine = readFileSync(join(work, profile.code.default.src, 'question.js'));
    questionPack = readFileSync(join(work, profile.code.default.src, 'question.pack'));
    const zip = readFileSync(join(work, 'out', 'skill.zip'));
    zipBytes = zip.length;
    entries = readZip(zip);
  }, 60_000);

  afterAll(() => scratch?.remove());

  test('the build writes only the bundle, its question engine and that engine’s pack where ask-resources.json points, so `ask deploy` ships the same', () => {
    expect(readdirSync(join(work, profile.code.default.src)).sort()).toEqual(['index.js', 'question.js', 'question.pack']);
  });

  test('holds index.js, question.js and question.pack at its root, byte for byte the build, and nothing else', () => {
    expect([...entries.keys()]).toEqual(['index.js', 'question.js', 'question.pack']);
    expect(entries.get('index.js')?.equals(bundle)).toBe(true);
    expect(entries.get('question.js')?.equals(engine)).toBe(true);
    expect(entries.get('question.pack')?.equals(questionPack)).toBe(true);
    // The handler loads the engine with the first question, from beside itself; the engine reads its pack from
    // beside itself when a question first searches.
    expect(bundle.toString('utf8')).toContain('require("./question.js")');
    expect(engine.toString('utf8')).toContain('__dirname+"/question.pack"');
  });

  test('keeps the AWS SDK out of the bundle (the Lambda runtime provides it) and stays within its size budgets', () => {
    // Inlined, the SDK would bring its service exception class names as string literals.
    expect(bundle.toString('utf8')).not.toMatch(/"DynamoDBServiceException"|"STSServiceException"/);
    // Every file shipped, raw (the question index's pack is read by a question that searches).
    expect(bundle.length + engine.length + questionPack.length).toBeLessThanOrEqual(250 * 1024);
    expect(zipBytes).toBeLessThanOrEqual(100 * 1024);
  });

  test('index.handler in the zipped index.js answers a LaunchRequest as Lambda would call it, with and without a table', () => {
    const unzipped = join(work, 'unzipped');
    mkdirSync(unzipped);
    for (const [name, data] of entries) writeFileSync(join(unzipped, name), data);
    const envelope = {
      version: '1.0',
      session: {
        new: true,
        sessionId: 'amzn1.echo-api.session.test',
        application: { applicationId: 'amzn1.ask.skill.test' },
        user: { userId: 'amzn1.ask.account.test' },
      },
      context: {
        System: {
          application: { applicationId: 'amzn1.ask.skill.test' },
          user: { userId: 'amzn1.ask.account.test' },
          device: { deviceId: 'amzn1.ask.device.test', supportedInterfaces: {} },
          apiEndpoint: 'https://api.amazonalexa.com',
        },
      },
      request: { type: 'LaunchRequest', requestId: 'amzn1.echo-api.request.test', timestamp: new Date().toISOString(), locale: 'en-AU' },
    };
    const [file, exported] = userConfig.handler.split('.');
    const script = `require(${JSON.stringify(join(unzipped, file))})[${JSON.stringify(exported)}](JSON.parse(process.argv[1]), {}).then((r) => process.stdout.write('RESPONSE ' + JSON.stringify(r) + '\\n'))`;
    const invoke = (extraEnv: Record<string, string>, body: object = envelope) => {
      // As on Lambda: the AWS SDK comes from outside the zip (NODE_PATH), only this skill id is accepted.
      // And the function's own settings from the template (MALLOC_ARENA_MAX), as the deployed function has them.
      const env = {
        PATH: process.env.PATH,
        NODE_PATH: join(ROOT, 'node_modules'),
        SKILL_ID: 'amzn1.ask.skill.test',
        ...functionSettings(),
        ...extraEnv,
      };
      const run = spawnSync(process.execPath, ['-e', script, JSON.stringify(body)], {
        cwd: unzipped,
        env,
        encoding: 'utf8',
        timeout: 20_000,
      });
      const line = run.stdout.split('\n').find((l) => l.startsWith('RESPONSE '));
      return { run, response: line ? JSON.parse(line.slice('RESPONSE '.length)) : undefined };
    };

    // no table configured: the store is off
    const plain = invoke({ LOG_LEVEL: 'SILENT' });
    expect(plain.run.stderr).toBe('');
    expect(plain.run.status).toBe(0);
    expect(plain.response?.version).toBe('1.0');
    expect(plain.response?.response.outputSpeech).toMatchObject({ type: 'SSML', ssml: expect.stringMatching(/^<speak>.*<\/speak>$/s) });

    // A person's own question loads the question engine from beside the handler (question.js in the zip), and this
    // one reads the question index's pack from beside the engine (question.pack: without it, "something went wrong").
    const question = {
      ...envelope,
      request: {
        type: 'IntentRequest',
        requestId: 'amzn1.echo-api.request.question',
        timestamp: new Date().toISOString(),
        locale: 'en-AU',
        intent: {
          name: 'QuestionIntent',
          confirmationStatus: 'NONE',
          slots: { query: { name: 'query', value: 'can it make my legs go numb' } },
        },
      },
    };
    const asked = invoke({ LOG_LEVEL: 'SILENT', METRICS: 'off' }, question);
    expect(asked.run.status).toBe(0);
    expect(asked.response?.response.outputSpeech.ssml).toMatch(/numbness in the arms or legs/);

    // A table configured: the store loads the AWS SDK from NODE_PATH, as the Lambda runtime provides it (a
    // native import() would not look there). DynamoDB is a closed loopback port: the skill must still answer.
    const stored = invoke({
      LOG_LEVEL: 'WARN',
      PREFERENCES_TABLE: 'preferences',
      AWS_REGION: 'us-west-2',
      AWS_ACCESS_KEY_ID: 'test',
      AWS_SECRET_ACCESS_KEY: 'test',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:9',
    });
    expect(`${stored.run.stdout}${stored.run.stderr}`).not.toMatch(/ERR_MODULE_NOT_FOUND|Cannot find (module|package)/);
    expect(stored.run.status).toBe(0);
    expect(stored.response?.response.outputSpeech).toMatchObject({ type: 'SSML' });
  });
});
