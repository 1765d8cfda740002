/**
 * JSON Schemas generated from the zod schemas: one for guide data files (authors point
 * their editor at it) and one for --json output. Both are shipped in data/schema/ and a
 * test checks the committed files match what these functions produce.
 */
import { z } from 'zod';
import { ChecklistSchema, TopicSchema } from '../guide/schema.js';
import { OutputSchema } from '../render/output-schema.js';

export const SCHEMA_FILES = {
  topic: 'data/schema/topic.schema.json',
  checklist: 'data/schema/checklist.schema.json',
  output: 'data/schema/output.schema.json',
} as const;

function toJsonSchema(schema: z.ZodType, id: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...json, $id: id, title }, null, 2)}\n`;
}

export function generatedSchemas(): Record<keyof typeof SCHEMA_FILES, string> {
  return {
    topic: toJsonSchema(TopicSchema, 'https://facetime-help.invalid/schema/topic.schema.json', 'facetime-help topic data file'),
    checklist: toJsonSchema(ChecklistSchema, 'https://facetime-help.invalid/schema/checklist.schema.json', 'facetime-help checklist data file'),
    output: toJsonSchema(OutputSchema, 'https://facetime-help.invalid/schema/output.schema.json', 'facetime-help --json output'),
  };
}
