// The AWS Lambda entry point: an async handler (callback-style handlers are dropped by newer runtimes).

import type { ResponseEnvelope } from 'ask-sdk-model';
import type { Context } from 'aws-lambda';
import { configFromEnv } from './config';
import { createSkillRuntime } from './skill';

const runtime = createSkillRuntime(configFromEnv());

export const handler = async (event: unknown, context?: Context): Promise<ResponseEnvelope> => runtime.invoke(event, context);
