/**
 * The one schema for guide data. It validates data files (built-in at build time,
 * custom ones at run time), gives the loader its types, and generates the JSON Schema
 * shipped in data/schema/ for authors' editors.
 *
 * Runtime code that only needs the types must `import type` from here, so that zod
 * stays off the start-up path.
 */
import { z } from 'zod';
import { PLATFORMS, VERSIONED_PLATFORMS } from './platforms.js';

export const DATA_SCHEMA_VERSION = 1;

const Id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes (at most 40)');
const Text = z.string().min(1).max(2000);
const Url = z.string().max(500).regex(/^https:\/\/[^\s]+$/, 'must be an https:// address');
const Platform = z.enum(PLATFORMS);
const VersionBound = z
  .string()
  .regex(/^\d{1,3}(\.\d{1,3}){0,2}$/, 'must be a version number such as "17", "18.2" or "10.14.3"');

const Range = z.strictObject({
  min: VersionBound.optional().describe('lowest version this holds for; "12.1.4" or "13"'),
  max: VersionBound.optional().describe('highest version; "17" also covers 17.x'),
});

/** OS-version ranges per platform; a platform without an entry has no limit. */
const OsRanges = z.partialRecord(z.enum(VERSIONED_PLATFORMS), Range);

/** Where a section or step holds. Omitted: wherever its parent holds. */
const Scope = {
  platforms: z.array(Platform).min(1).optional(),
  os: OsRanges.optional(),
};

export const StepSchema = z.strictObject({
  text: Text.describe('the instruction, in inline markdown'),
  menu: z.array(Text).min(1).max(12).optional().describe('a menu path, shown after the text'),
  keys: z.array(Text).min(1).max(6).optional().describe('keys pressed together'),
  notes: z.array(Text).max(10).optional(),
  verified: z.boolean().optional().describe('false where the fact is not confirmed'),
  ...Scope,
});

export const SectionSchema = z.strictObject({
  id: Id,
  title: Text,
  ...Scope,
  steps: z.array(StepSchema).min(1).max(50),
  sources: z.array(Url).max(20).optional(),
});

export const TopicSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(DATA_SCHEMA_VERSION).optional(),
  id: Id,
  command: Id.optional().describe('the command that shows this topic; defaults to the id'),
  aliases: z.array(Id).max(10).optional(),
  title: Text,
  summary: Text,
  platforms: z.array(Platform).min(1),
  sections: z.array(SectionSchema).min(1).max(100),
  sources: z.array(Url).max(20).optional(),
});

export type Step = z.infer<typeof StepSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Scoped = Pick<Step, 'platforms' | 'os'>;

/** "topic-id/section-id": a section of a topic, reused by a checklist step. */
const SectionRef = z.string().regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'must be "topic-id/section-id"');

export const ChecklistStepSchema = z.strictObject({
  id: Id,
  title: Text,
  use: z.array(SectionRef).max(20).optional().describe('topic sections that say what to do, per platform and version'),
  sections: z.array(SectionSchema).max(20).optional().describe("the step's own sections, where no topic says it"),
});

export const SymptomSchema = z.strictObject({
  id: Id,
  title: Text,
  steps: z.array(Id).min(1).max(30).describe('step ids, in the order to try them'),
});

export const ChecklistSchema = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(DATA_SCHEMA_VERSION).optional(),
  id: Id,
  title: Text,
  platforms: z.array(Platform).min(1),
  symptoms: z.array(SymptomSchema).min(1).max(30),
  steps: z.array(ChecklistStepSchema).min(1).max(60),
  fixed: Text.describe('said when a step fixed it'),
  exhausted: Text.describe('said when no step helped, before the support links'),
  support: z.array(z.strictObject({ title: Text, url: Url })).min(1).max(10),
});

export type ChecklistStep = z.infer<typeof ChecklistStepSchema>;
export type Symptom = z.infer<typeof SymptomSchema>;
export type Checklist = z.infer<typeof ChecklistSchema>;
