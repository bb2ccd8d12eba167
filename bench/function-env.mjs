// The deployed function's own environment, read from the CloudFormation template, so that the benchmark's measured
// processes run as the function does (one source of truth: the template). docs/performance.md, "Issue 16, sixteenth
// pass".
//
// The template's variables are of two sorts. Those set from a parameter or a resource (`!Ref …`) are the deployment's:
// the bench sets them itself, as it documents (`PREFERENCES_TABLE` unset, so the store is off; `SKILL_ID` the bench's
// skill id; `LOG_LEVEL=SILENT`). Those written as a plain value (`MALLOC_ARENA_MAX: "1"`) are settings of the
// function's runtime, the same in every deployment: those are returned here, to be given to every process the bench
// measures (the skill's, the baseline's and bare node's alike, so that the ratios compare like with like). A variable
// set from the template's parameters that the bench does not know how to give stops the bench, rather than be measured
// without it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';

export const STACK_TEMPLATE = join('infrastructure', 'cfn-deployer', 'skill-stack.yaml');

/** The variables the template sets per deployment, and what the bench gives for each (bench/bench.mjs's childEnv). */
export const SET_BY_THE_BENCH = {
  PREFERENCES_TABLE: 'unset: the store is off',
  SKILL_ID: "the bench's skill id",
  LOG_LEVEL: 'SILENT',
};

/** The function's fixed variables (name → value) in the template under `root`. */
export function functionEnvironment(root) {
  // The template's short-form intrinsics (!Ref, !If, …) are tags the yaml package does not know: it warns, keeps each
  // node's tag, and that tag is what tells a variable given by the deployment from a value written in the template.
  const document = parseDocument(readFileSync(join(root, STACK_TEMPLATE), 'utf8'));
  if (document.errors.length > 0) throw new Error(`${STACK_TEMPLATE}: ${document.errors[0].message}`);
  const functions = document.get('Resources').items.filter((resource) => resource.value.get('Type') === 'AWS::Lambda::Function');
  if (functions.length !== 1) throw new Error(`${STACK_TEMPLATE}: expected one AWS::Lambda::Function, found ${functions.length}`);
  const variables = functions[0].value.getIn(['Properties', 'Environment', 'Variables'], true);
  const fixed = {};
  for (const { key, value } of variables?.items ?? []) {
    const name = String(key.value);
    if (value.tag !== undefined) {
      if (!(name in SET_BY_THE_BENCH))
        throw new Error(
          `${STACK_TEMPLATE}: the function's ${name} is set by the deployment (${value.tag}); bench/function-env.mjs does not know what to give the measured processes for it`,
        );
      continue;
    }
    if (typeof value.value !== 'string') throw new Error(`${STACK_TEMPLATE}: the function's ${name} must be a string, quoted`);
    fixed[name] = value.value;
  }
  return fixed;
}
