/**
 * The rule-pack format admins write, as zod schemas. Structural checks live here; what zod cannot express
 * (condition operators, regex safety, duplicate ids, stage names) is checked in `validate.ts`.
 */
import { z } from 'zod';
import { APPS, appSchema } from '../records/model';

export const SCHEMA_VERSION = 1;

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export const severitySchema = z.enum(SEVERITIES);
export type Severity = z.infer<typeof severitySchema>;

export { DEFAULT_WEIGHT } from './weights';

export const FIELD_TYPES = [
  'string', 'text', 'number', 'currency', 'percent', 'date', 'datetime', 'boolean',
  'picklist', 'reference', 'email', 'phone', 'url', 'user',
] as const;
export const fieldTypeSchema = z.enum(FIELD_TYPES);
export type FieldType = z.infer<typeof fieldTypeSchema>;

const identifier = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,79}$/, 'use letters, digits, ".", "_" or "-" (at most 80), starting with a letter or digit');

/** A JSON Logic condition. Its operators are checked by `validate.ts`, which knows the operator table. */
export const conditionSchema = z.json().describe('A JSON Logic condition (https://jsonlogic.com) using the standard operators and the FieldGuard operators listed in the README.');

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((text) => !/<\/?[A-Za-z!][^>]*>/.test(text), 'must be plain text, not HTML');

export const fieldDeclarationSchema = z.strictObject({
  type: fieldTypeSchema,
  label: z.string().min(1).optional(),
});

export const stageSchema = z.strictObject({
  value: z.string().min(1).describe('The stored value of the stage field (API value, not the label).'),
  label: z.string().min(1).optional(),
  outcome: z
    .enum(['open', 'won', 'lost'])
    .optional()
    .describe('"lost" stages are side exits: only gates declared for them apply, not those of earlier stages.'),
  probability: z.number().min(0).max(100).optional().describe('Default win probability of the stage, in percent.'),
});
export type Stage = z.infer<typeof stageSchema>;

export const stagesSchema = z.strictObject({
  field: z.string().min(1).describe('Field holding the stage; dotted paths reach nested values (status.statusCategory.key).'),
  values: z.array(stageSchema).min(2).describe('Stages in the order a record moves through them.'),
});
export type Stages = z.infer<typeof stagesSchema>;

/**
 * The native, server-side controls that can enforce a rule. FieldGuard's overlay only advises: a rule may name the
 * control an admin should set up so the app itself refuses the bad save (imports and integrations included).
 */
export const ENFORCEMENT_CONTROLS = {
  'salesforce-validation-rule': { app: 'salesforce', label: 'Salesforce validation rule' },
  'salesforce-required-field': { app: 'salesforce', label: 'Salesforce required field' },
  'servicenow-data-policy': { app: 'servicenow', label: 'ServiceNow data policy' },
  'servicenow-business-rule': { app: 'servicenow', label: 'ServiceNow business rule' },
  'jira-validator': { app: 'jira', label: 'Jira workflow validator' },
  'jira-required-field': { app: 'jira', label: 'Jira field configuration (required)' },
  'zendesk-required-on-solve': { app: 'zendesk', label: 'Zendesk field required to solve' },
  'zendesk-trigger': { app: 'zendesk', label: 'Zendesk trigger' },
  'hubspot-required-property': { app: 'hubspot', label: 'HubSpot required property' },
  'hubspot-stage-required-property': { app: 'hubspot', label: 'HubSpot property required for a deal stage' },
  'hubspot-property-validation': { app: 'hubspot', label: 'HubSpot property validation rule' },
} as const satisfies Record<string, { readonly app: z.infer<typeof appSchema>; readonly label: string }>;
export type EnforcementControl = keyof typeof ENFORCEMENT_CONTROLS;
export const enforcementControlSchema = z.enum(Object.keys(ENFORCEMENT_CONTROLS) as [EnforcementControl, ...EnforcementControl[]]);

export const enforcementSchema = z
  .strictObject({
    control: enforcementControlSchema.describe('The native control of the pack\'s app that would enforce the rule on the server.'),
    advice: plainText(1000).describe('How to set the control up, as plain text.'),
  })
  .describe('Advice for admins: the native control that would enforce this rule server-side (the overlay only advises).');
export type Enforcement = z.infer<typeof enforcementSchema>;

export const ruleSchema = z.strictObject({
  id: identifier,
  title: plainText(120),
  message: plainText(600).describe('Shown to the person fixing the record, as plain text.'),
  severity: severitySchema,
  weight: z.number().min(0).max(100).optional().describe('Points taken off the score when the rule fails; defaults by severity (error 10, warning 4, info 1).'),
  fields: z.array(z.string().min(1)).min(1).describe('Fields the rule is about; the hint is placed next to the first one shown on the page.'),
  gate: z.string().min(1).optional().describe('Makes the rule a stage gate: it must hold for records in this stage and every later (non-lost) stage.'),
  when: conditionSchema.optional().describe('The rule applies only when this condition is truthy.'),
  check: conditionSchema.describe('What must hold; the rule fails when this is falsy.'),
  enforcement: enforcementSchema.optional(),
});
export type Rule = z.infer<typeof ruleSchema>;

export const rulePackSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(SCHEMA_VERSION),
  id: identifier,
  name: z.string().trim().min(1).max(120),
  version: z.string().regex(/^\d+\.\d+\.\d+$/, 'use a semantic version such as 1.0.0'),
  description: z.string().max(2000),
  app: appSchema,
  object: z.string().min(1),
  fields: z.record(z.string().min(1), fieldDeclarationSchema).optional().describe('Types and labels of the fields the rules use; values are coerced by type before evaluation.'),
  stages: stagesSchema.optional(),
  rules: z.array(ruleSchema).min(1),
});
export type RulePack = z.infer<typeof rulePackSchema>;

export { APPS };
