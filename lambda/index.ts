// The AWS Lambda entry point: an async handler (callback-style handlers are dropped by newer runtimes).
import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { configFromEnv } from './config';
import { metricsFromEnv } from './metrics/from-env';
import { createSkillRuntime } from './skill';
import { DynamoPersistenceAdapter } from './store/dynamo-adapter';
import { STORE_CALL_TIMEOUT_MS } from './store/timeout';

const config = configFromEnv();

const persistence = config.preferencesTable
  ? new DynamoPersistenceAdapter({ tableName: config.preferencesTable, timeoutMs: STORE_CALL_TIMEOUT_MS })
  : undefined;
persistence?.warmUp();

const runtime = createSkillRuntime({ skillId: config.skillId, persistence, metrics: metricsFromEnv() });

export const handler = async (event: unknown, context?: Context): Promise<ResponseEnvelope> => runtime.invoke(event, context);
