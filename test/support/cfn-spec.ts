// Checks a CloudFormation template (already read into JSON, intrinsic functions in their long form) against
// the CloudFormation resource specification as AWS's CDK team publishes it, weekly, in @aws-cdk/aws-service-spec
// (the registry schemas and the resource specification merged into one database). What it checks: every
// resource type exists; every property is one the type has, of the right kind (string, number, boolean, list,
// map, or a nested structure checked the same way); required properties are there; resource attributes are
// CloudFormation's; every Ref, GetAtt, Sub variable and condition names something that exists. Values built
// by intrinsic functions are taken on trust, as CloudFormation resolves them only at deploy time.
import { loadAwsServiceSpecSync } from '@aws-cdk/aws-service-spec';
import type { PropertyType, ResourceProperties, SpecDatabase } from '@aws-cdk/service-spec-types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const RESOURCE_ATTRIBUTES = new Set([
  'Type',
  'Properties',
  'DependsOn',
  'Condition',
  'DeletionPolicy',
  'UpdateReplacePolicy',
  'Metadata',
  'CreationPolicy',
  'UpdatePolicy',
]);
const PSEUDO_PARAMETERS = new Set([
  'AWS::AccountId',
  'AWS::NotificationARNs',
  'AWS::NoValue',
  'AWS::Partition',
  'AWS::Region',
  'AWS::StackId',
  'AWS::StackName',
  'AWS::URLSuffix',
]);

let database: SpecDatabase | undefined;
function spec(): SpecDatabase {
  database ??= loadAwsServiceSpecSync();
  return database;
}

function isObject(value: Json | undefined): value is { [key: string]: Json } {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `{ Ref: … }`, `{ 'Fn::…': … }` or `{ Condition: … }`: a value CloudFormation computes. */
function isIntrinsic(value: Json): boolean {
  if (!isObject(value)) return false;
  const keys = Object.keys(value);
  return keys.length === 1 && (keys[0] === 'Ref' || keys[0] === 'Condition' || (keys[0]?.startsWith('Fn::') ?? false));
}

function checkValue(value: Json, type: PropertyType, path: string, problems: string[]): void {
  if (isIntrinsic(value)) return;
  switch (type.type) {
    case 'string':
      if (typeof value !== 'string' && typeof value !== 'number') problems.push(`${path}: expected a string`);
      else if (type.allowedValues && !type.allowedValues.includes(String(value))) problems.push(`${path}: ${value} is not allowed`);
      return;
    case 'integer':
    case 'number':
      if (typeof value !== 'number' && !(typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))))
        problems.push(`${path}: expected a number`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean' && value !== 'true' && value !== 'false') problems.push(`${path}: expected a boolean`);
      return;
    case 'json':
      if (!isObject(value) && typeof value !== 'string') problems.push(`${path}: expected a JSON object`);
      return;
    case 'array':
      if (!Array.isArray(value)) problems.push(`${path}: expected a list`);
      else for (const [i, element] of value.entries()) checkValue(element, type.element, `${path}[${i}]`, problems);
      return;
    case 'map':
      if (!isObject(value)) problems.push(`${path}: expected a map`);
      else for (const [key, element] of Object.entries(value)) checkValue(element, type.element, `${path}.${key}`, problems);
      return;
    case 'tag':
      if (!isObject(value) || !('Key' in value) || !('Value' in value)) problems.push(`${path}: expected a tag { Key, Value }`);
      return;
    case 'ref': {
      const definition = spec().get('typeDefinition', type.reference);
      if (!isObject(value)) problems.push(`${path}: expected a ${definition.name} structure`);
      else checkProperties(value, definition.properties, path, problems);
      return;
    }
    case 'union': {
      const attempts = type.types.map((candidate) => {
        const found: string[] = [];
        checkValue(value, candidate, path, found);
        return found;
      });
      if (!attempts.some((found) => found.length === 0)) problems.push(...(attempts[0] ?? []));
      return;
    }
    default:
      return; // date-time, null: nothing in this template uses them
  }
}

function checkProperties(values: { [key: string]: Json }, properties: ResourceProperties, path: string, problems: string[]): void {
  for (const [name, value] of Object.entries(values)) {
    const property = properties[name];
    if (!property) problems.push(`${path}.${name}: no such property`);
    else checkValue(value, property.type, `${path}.${name}`, problems);
  }
  for (const [name, property] of Object.entries(properties))
    if (property.required && !(name in values)) problems.push(`${path}.${name}: required, missing`);
}

/** Every Ref, GetAtt, Sub variable and condition name in `value`, as [kind, name]. */
function references(value: Json, found: Array<[string, string]> = []): Array<[string, string]> {
  if (Array.isArray(value)) for (const element of value) references(element, found);
  if (!isObject(value)) return found;
  for (const [key, inner] of Object.entries(value)) {
    if (key === 'Ref' && typeof inner === 'string') found.push(['Ref', inner]);
    else if (key === 'Condition' && typeof inner === 'string') found.push(['Condition', inner]);
    else if (key === 'Fn::GetAtt' && Array.isArray(inner)) found.push(['GetAtt', inner.join('.')]);
    else if (key === 'Fn::If' && Array.isArray(inner) && typeof inner[0] === 'string') found.push(['Condition', inner[0]]);
    else if (key === 'Fn::Sub') {
      const [text, variables] = Array.isArray(inner) ? inner : [inner, {}];
      const own = new Set(isObject(variables) ? Object.keys(variables) : []);
      for (const [, name] of String(text).matchAll(/\$\{([^!}][^}]*)\}/g))
        if (name && !own.has(name)) found.push(name.includes('.') ? ['GetAtt', name] : ['Ref', name]);
    }
    references(inner, found);
  }
  return found;
}

export function templateProblems(template: { [key: string]: Json }): string[] {
  const problems: string[] = [];
  const resources = (template.Resources ?? {}) as { [name: string]: { [key: string]: Json } };
  const parameters = new Set(Object.keys((template.Parameters ?? {}) as object));
  const conditions = new Set(Object.keys((template.Conditions ?? {}) as object));
  const typeOf = new Map<string, ReturnType<SpecDatabase['get']> | undefined>();

  for (const [name, resource] of Object.entries(resources)) {
    for (const key of Object.keys(resource))
      if (!RESOURCE_ATTRIBUTES.has(key)) problems.push(`${name}: ${key} is not a resource attribute`);
    const type = String(resource.Type);
    const found = spec().lookup('resource', 'cloudFormationType', 'equals', type);
    if (found.length !== 1) {
      problems.push(`${name}: no resource type ${type}`);
      continue;
    }
    const definition = found.only();
    typeOf.set(name, definition);
    const properties = resource.Properties ?? {};
    if (!isObject(properties)) problems.push(`${name}.Properties: expected a map`);
    else checkProperties(properties, definition.properties, name, problems);
  }

  for (const [kind, target] of references(template as Json)) {
    if (kind === 'Ref' && !parameters.has(target) && !(target in resources) && !PSEUDO_PARAMETERS.has(target))
      problems.push(`Ref ${target}: no such parameter or resource`);
    if (kind === 'Condition' && !conditions.has(target)) problems.push(`condition ${target} is not declared`);
    if (kind === 'GetAtt') {
      const [resource = '', ...attribute] = target.split('.');
      const definition = typeOf.get(resource) as { attributes: Record<string, unknown> } | undefined;
      if (!definition) problems.push(`GetAtt ${target}: no such resource`);
      else if (!(attribute.join('.') in definition.attributes))
        problems.push(`GetAtt ${target}: ${resource} has no attribute ${attribute.join('.')}`);
    }
  }
  return problems;
}
