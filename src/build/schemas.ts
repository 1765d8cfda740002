/**
 * JSON Schemas generated from the schemas in code: for guide data files (authors point
 * their editor at them) and for --json output. Shipped in data/schema/; a test checks
 * that the committed files match what these functions produce (`npm run schemas`).
 */
import * as z from 'zod/mini';
import { checklistSchema, guideFrameSchema, TopicSchema } from '../guide/schema.js';
import { OutputSchema } from '../render/output-schema.js';

export const SCHEMA_FILES = {
  topic: 'data/schema/topic.schema.json',
  checklist: 'data/schema/checklist.schema.json',
  guide: 'data/schema/guide.schema.json',
  output: 'data/schema/output.schema.json',
} as const;

const ID = 'https://facetime-help.invalid/schema';

function toJsonSchema(schema: z.ZodMiniType, name: string, title: string): string {
  const json = z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input' });
  return `${JSON.stringify({ ...json, $id: `${ID}/${name}.schema.json`, title }, null, 2)}\n`;
}

export function generatedSchemas(): Record<keyof typeof SCHEMA_FILES, string> {
  return {
    topic: toJsonSchema(TopicSchema, 'topic', 'facetime-help topic data file'),
    checklist: toJsonSchema(checklistSchema(), 'checklist', 'facetime-help checklist data file'),
    guide: toJsonSchema(guideFrameSchema(), 'guide', 'facetime-help guide frame (data/guide.yaml)'),
    output: toJsonSchema(OutputSchema, 'output', 'facetime-help --json output'),
  };
}
