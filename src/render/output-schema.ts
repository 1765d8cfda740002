/**
 * The shape of --json output, as a zod schema used only to generate
 * data/schema/output.schema.json (the renderers build plain objects; a test validates
 * their real output against the generated file).
 */
import { z } from 'zod';
import { PLATFORMS } from '../guide/platforms.js';

const Platform = z.enum(PLATFORMS);

const Step = z.strictObject({
  text: z.string().describe('the step as plain text, menu path and keys included'),
  markdown: z.string().describe('the step text as inline markdown, without menu and keys'),
  menu: z.array(z.string()).optional(),
  keys: z.array(z.string()).optional(),
  notes: z.array(z.string()).optional(),
  verified: z.boolean().describe('false where the fact is not confirmed'),
});

export const SectionOutput = z.strictObject({ id: z.string(), title: z.string(), steps: z.array(Step) });

const Os = z.strictObject({
  name: z.string(),
  version: z.string(),
  release: z.string(),
  releaseName: z.string().optional(),
});

const TopicOutput = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('topic'),
  topic: z.strictObject({ id: z.string(), command: z.string(), title: z.string(), summary: z.string() }),
  platforms: z.array(
    z.strictObject({ platform: Platform, heading: z.string(), os: Os.optional(), sections: z.array(SectionOutput) }),
  ),
  sources: z.array(z.string()),
});

const TopicsOutput = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('topics'),
  topics: z.array(
    z.strictObject({
      id: z.string(),
      command: z.string(),
      aliases: z.array(z.string()),
      title: z.string(),
      summary: z.string(),
      platforms: z.array(Platform),
      origin: z.string().describe('"built-in" or the data directory the topic came from'),
    }),
  ),
});

const ChecklistOutput = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('checklist'),
  checklist: z.strictObject({ id: z.string(), title: z.string() }),
  symptoms: z.array(
    z.strictObject({
      id: z.string(),
      title: z.string(),
      platforms: z.array(
        z.strictObject({
          platform: Platform,
          heading: z.string(),
          os: Os.optional(),
          steps: z.array(z.strictObject({ id: z.string(), title: z.string(), sections: z.array(SectionOutput) })),
        }),
      ),
    }),
  ),
  support: z.array(z.strictObject({ title: z.string(), url: z.string() })),
});

const SearchOutput = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('search'),
  query: z.string(),
  results: z.array(
    z.strictObject({
      kind: z.enum(['section', 'symptom', 'checklist-step']),
      topic: z.string().optional().describe('for a section: its topic id'),
      section: z.string().optional().describe('for a section: its id'),
      checklist: z.string().optional().describe('for a symptom or checklist step: the checklist id'),
      symptom: z.string().optional(),
      step: z.string().optional(),
      title: z.string(),
      parentTitle: z.string().describe("the topic's or checklist's title"),
      snippet: z.string(),
      platforms: z.array(Platform),
      score: z.number(),
      command: z.string().describe('the command line that shows it'),
    }),
  ),
});

const ValidationOutput = z.strictObject({
  schemaVersion: z.literal(1),
  kind: z.literal('validation'),
  ok: z.boolean(),
  directories: z.array(
    z.strictObject({ dir: z.string(), topics: z.number(), checklists: z.number(), problems: z.array(z.string()) }),
  ),
});

export const OutputSchema = z.discriminatedUnion('kind', [TopicOutput, TopicsOutput, ChecklistOutput, SearchOutput, ValidationOutput]);
