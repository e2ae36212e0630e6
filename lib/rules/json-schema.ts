/**
 * The JSON Schema of rule packs, generated from the zod schema so editors can complete and check pack files
 * (`"$schema": "./rule-pack.schema.json"`). It covers structure only: condition operators, duplicate ids and
 * stage names are checked by `validatePack`. The repo ships the output as public/rule-pack.schema.json.
 */
import { z } from 'zod';
import { conditionSchema, rulePackSchema, SCHEMA_VERSION } from './schema';

/** A URN rather than a URL: the schema is shipped with the extension and the CLI, not served from a site. */
export const RULE_PACK_SCHEMA_ID = `urn:fieldguard:rule-pack:v${SCHEMA_VERSION}`;

type JsonSchema = Record<string, unknown>;

export function rulePackJsonSchema(): JsonSchema {
  const generated = z.toJSONSchema(rulePackSchema, { io: 'input' }) as JsonSchema;
  const { $schema, ...rest } = generated;
  return nameConditionDefinition({
    $schema,
    $id: RULE_PACK_SCHEMA_ID,
    title: 'FieldGuard rule pack',
    ...rest,
  });
}

/** Exactly what `fieldguard schema` prints and what public/rule-pack.schema.json contains. */
export function rulePackJsonSchemaText(): string {
  return `${JSON.stringify(rulePackJsonSchema(), null, 2)}\n`;
}

/**
 * zod names the shared JSON Logic definition `__schema0`; editors show that name on hover, so it is renamed
 * to `condition` and given the condition's description.
 */
function nameConditionDefinition(schema: JsonSchema): JsonSchema {
  const defs = schema.$defs as Record<string, JsonSchema> | undefined;
  const names = Object.keys(defs ?? {});
  const generatedName = names[0];
  if (!defs || names.length !== 1 || generatedName === undefined || !generatedName.startsWith('__schema')) return schema;
  const renamed = JSON.parse(
    JSON.stringify({ ...schema, $defs: undefined }).replaceAll(`"#/$defs/${generatedName}"`, '"#/$defs/condition"'),
  ) as JsonSchema;
  const definition = JSON.parse(
    JSON.stringify(defs[generatedName]).replaceAll(`"#/$defs/${generatedName}"`, '"#/$defs/condition"'),
  ) as JsonSchema;
  return { ...renamed, $defs: { condition: { description: conditionSchema.description, ...definition } } };
}
