// The AWS Lambda entry point: an async handler (callback-style handlers are dropped by newer runtimes).
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { configFromEnv } from './config';
import { createSkillRuntime, DEFAULT_STORE_TIMEOUTS } from './skill';
import { DynamoPersistenceAdapter } from './store/dynamo-adapter';

const config = configFromEnv();

const runtime = createSkillRuntime({
  skillId: config.skillId,
  persistence: config.preferencesTable
    ? new DynamoPersistenceAdapter({ tableName: config.preferencesTable, timeoutMs: DEFAULT_STORE_TIMEOUTS.readMs })
    : undefined,
});

export const handler = async (event: unknown, context?: Context): Promise<ResponseEnvelope> => runtime.invoke(event, context);
