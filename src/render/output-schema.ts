/**
 * The shape of --json output and of the library API's documents, as a schema: the
 * build generates data/schema/output.schema.json from it (a test validates real output
 * against that file). The types the JSON renderer returns are in output-types.ts; the
 * checks at the end make any difference between the two a compile error.
 */
import * as z from 'zod/mini';
import { PLATFORMS, VERSIONED_PLATFORMS } from '../guide/platforms.js';
import { SOURCE_KINDS, VERSION_PATTERN } from '../guide/vocabulary.js';
import { OUTPUT_SCHEMA_VERSION } from './json.js';
import type * as Types from './output-types.js';

const d = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;
const NonEmpty = z.string().check(z.minLength(1));
const Count = z.int().check(z.nonnegative());
const Https = z.string().check(z.regex(/^https:\/\/\S+$/, 'an https address'));
const Platform = z.enum(PLATFORMS);
const Version = z.string().check(z.regex(VERSION_PATTERN));
const Date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));
const SchemaVersion = z.literal(OUTPUT_SCHEMA_VERSION);
const nonEmptyList = <T extends z.ZodMiniType>(item: T) => z.array(item).check(z.minLength(1));

const Source = z.strictObject({ url: Https, kind: d(z.enum(SOURCE_KINDS), "'apple' for Apple's own page, 'other' for an independent one") });

const Step = z.strictObject({
  text: d(NonEmpty, 'the step as plain text, menu path and keys included'),
  markdown: d(NonEmpty, 'the step text as inline markdown, without menu and keys'),
  menu: z.optional(nonEmptyList(NonEmpty)),
  keys: z.optional(nonEmptyList(NonEmpty)),
  notes: z.optional(nonEmptyList(NonEmpty)),
  verified: d(z.boolean(), 'false where the fact is unverified or carried over from an earlier release'),
  marks: d(z.array(NonEmpty), 'why it is not verified, as the other formats show it'),
});

export const SectionOutput = z.strictObject({
  id: NonEmpty,
  title: NonEmpty,
  steps: nonEmptyList(Step),
  sources: d(z.array(Source), 'the pages behind these steps'),
});

const Os = z.strictObject({
  name: d(NonEmpty, '"iOS", "iPadOS", "macOS"'),
  version: d(Version, 'as asked'),
  release: d(Version, 'the release it belongs to (the newest known, for a newer version)'),
  releaseName: z.optional(NonEmpty),
  status: d(z.enum(['supported', 'newer', 'unsupported', 'never']), 'newer: after the newest release reviewed; unsupported: FaceTime Live Photos no longer work there; never: from before them'),
});

const PlatformHeader = {
  platform: Platform,
  heading: NonEmpty,
  os: z.optional(Os),
  notices: d(z.array(NonEmpty), 'what to know about this version first'),
};

const Guide = d(
  z.strictObject({
    reviewed: d(Date, 'when the guide was last checked against its sources'),
    reviewedFor: z.strictObject(Object.fromEntries(VERSIONED_PLATFORMS.map((p) => [p, Version])) as Record<(typeof VERSIONED_PLATFORMS)[number], typeof Version>),
  }),
  'the review behind this answer',
);

export const TopicOutput = z.strictObject({
  schemaVersion: SchemaVersion,
  kind: z.literal('topic'),
  topic: z.strictObject({ id: NonEmpty, command: NonEmpty, title: NonEmpty, summary: NonEmpty }),
  platforms: nonEmptyList(z.strictObject({ ...PlatformHeader, sections: z.array(SectionOutput) })),
  sources: d(z.array(Source), 'pages behind the topic as a whole'),
  guide: Guide,
});

export const TopicsOutput = z.strictObject({
  schemaVersion: SchemaVersion,
  kind: z.literal('topics'),
  topics: z.array(
    z.strictObject({
      id: NonEmpty,
      command: d(NonEmpty, 'the words after facetime-help that show it'),
      aliases: z.array(NonEmpty),
      title: NonEmpty,
      summary: NonEmpty,
      platforms: nonEmptyList(Platform),
      origin: d(NonEmpty, '"built-in" or the data directory the topic came from'),
    }),
  ),
});

export const ChecklistOutput = z.strictObject({
  schemaVersion: SchemaVersion,
  kind: z.literal('checklist'),
  checklist: z.strictObject({ id: NonEmpty, title: NonEmpty }),
  symptoms: nonEmptyList(
    z.strictObject({
      id: NonEmpty,
      title: NonEmpty,
      platforms: nonEmptyList(
        z.strictObject({
          ...PlatformHeader,
          steps: z.array(z.strictObject({ id: NonEmpty, title: NonEmpty, sections: nonEmptyList(SectionOutput) })),
        }),
      ),
    }),
  ),
  support: nonEmptyList(z.strictObject({ title: NonEmpty, url: Https })),
  guide: Guide,
});

export const SearchOutput = z.strictObject({
  schemaVersion: SchemaVersion,
  kind: z.literal('search'),
  query: NonEmpty,
  results: z.array(
    z.strictObject({
      kind: z.enum(['section', 'symptom', 'checklist-step']),
      topic: z.optional(d(NonEmpty, 'for a section: its topic id')),
      section: z.optional(d(NonEmpty, 'for a section: its id')),
      checklist: z.optional(d(NonEmpty, 'for a symptom or checklist step: the checklist id')),
      symptom: z.optional(NonEmpty),
      step: z.optional(NonEmpty),
      title: NonEmpty,
      parentTitle: d(NonEmpty, "the topic's or checklist's title"),
      snippet: NonEmpty,
      platforms: nonEmptyList(Platform),
      score: z.number().check(z.nonnegative()),
      command: d(NonEmpty, 'the command line that shows it'),
    }),
  ),
});

export const ValidationOutput = z.strictObject({
  schemaVersion: SchemaVersion,
  kind: z.literal('validation'),
  ok: z.boolean(),
  directories: nonEmptyList(z.strictObject({ dir: NonEmpty, topics: Count, checklists: Count, problems: z.array(NonEmpty) })),
});

export const OutputSchema = z.discriminatedUnion('kind', [TopicOutput, TopicsOutput, ChecklistOutput, SearchOutput, ValidationOutput]);

/** True when two types are the same, each assignable to the other. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const same = <T extends true>(): T | undefined => undefined;
same<Same<z.infer<typeof TopicOutput>, Types.TopicOutput>>();
same<Same<z.infer<typeof TopicsOutput>, Types.TopicsOutput>>();
same<Same<z.infer<typeof ChecklistOutput>, Types.ChecklistOutput>>();
same<Same<z.infer<typeof SearchOutput>, Types.SearchOutput>>();
same<Same<z.infer<typeof ValidationOutput>, Types.ValidationOutput>>();
