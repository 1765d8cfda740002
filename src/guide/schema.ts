/**
 * The one schema for guide data. It validates data files (built-in at build time,
 * custom ones at run time), gives the loader its types, and generates the JSON Schema
 * shipped in data/schema/ for authors' editors.
 *
 * zod/mini, not zod: the same checks in a bundle small enough to load on the run that
 * needs it. Runtime code that only needs the types must `import type` from here.
 */
import * as z from 'zod/mini';
import { PLATFORMS, VERSIONED_PLATFORMS } from './platforms.js';
import { SOURCE_KINDS, VERSION_PATTERN } from './vocabulary.js';

export const DATA_SCHEMA_VERSION = 2;

const described = <T extends z.ZodMiniType>(schema: T, description: string): T => schema.check(z.describe(description)) as T;

const Id = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'must be lower-case letters, digits and dashes (at most 40)'));
const Text = z.string().check(z.minLength(1), z.maxLength(2000));
/** An address that works as a link everywhere it is printed: https, no spaces, quotes or angle brackets. */
const Url = z.string().check(z.maxLength(500), z.regex(/^https:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[^\s<>"'`\\]*)?$/i, 'must be an https:// address without spaces, quotes or angle brackets'));
const Platform = z.enum(PLATFORMS);
const Version = z.string().check(z.regex(VERSION_PATTERN, 'must be a version number such as "17", "18.2" or "10.14.3"'));
const list = <T extends z.ZodMiniType>(item: T, min: number, max: number) => z.array(item).check(z.minLength(min), z.maxLength(max));

const Range = z.strictObject({
  min: z.optional(described(Version, 'lowest version this holds for; "12.1.4" or "13"')),
  max: z.optional(described(Version, 'highest version; "17" also covers 17.x')),
});

/** OS-version ranges per platform; a platform without an entry has no limit. */
const OsRanges = z.partialRecord(z.enum(VERSIONED_PLATFORMS), Range);

/** Where a section or step holds. Omitted: wherever its parent holds. */
const Scope = {
  platforms: z.optional(list(Platform, 1, PLATFORMS.length)),
  os: z.optional(OsRanges),
};

export const SourceSchema = z.strictObject({
  url: Url,
  kind: described(z.enum(SOURCE_KINDS), "'apple' for Apple's own page, 'other' for an independent one"),
});

const Sources = z.optional(described(list(SourceSchema, 1, 20), 'the pages that support what this says'));

export const StepSchema = z.strictObject({
  text: described(Text, 'the instruction, in inline markdown'),
  menu: z.optional(described(list(Text, 1, 12), 'a menu path, shown after the text')),
  keys: z.optional(described(list(Text, 1, 6), 'keys pressed together')),
  notes: z.optional(list(Text, 1, 10)),
  verified: z.optional(described(z.boolean(), 'false where the fact is not confirmed')),
  ...Scope,
});

export const SectionSchema = z.strictObject({
  id: Id,
  title: Text,
  ...Scope,
  steps: list(StepSchema, 1, 50),
  sources: Sources,
});

export const TopicSchema = z.strictObject({
  $schema: z.optional(z.string()),
  schemaVersion: z.optional(z.literal(DATA_SCHEMA_VERSION)),
  id: Id,
  command: z.optional(described(Id, 'the command that shows this topic; defaults to the id')),
  aliases: z.optional(list(Id, 0, 10)),
  title: Text,
  summary: Text,
  platforms: list(Platform, 1, PLATFORMS.length),
  requiresFeature: z.optional(
    described(z.boolean(), 'false when the steps hold even where FaceTime Live Photos no longer work (screenshots, recovering photos)'),
  ),
  sections: list(SectionSchema, 1, 100),
  sources: Sources,
});

export type Source = z.infer<typeof SourceSchema>;
export type Step = z.infer<typeof StepSchema>;
export type Section = z.infer<typeof SectionSchema>;
export type Topic = z.infer<typeof TopicSchema>;
export type Scoped = Pick<Step, 'platforms' | 'os'>;

/** "topic-id/section-id": a section of a topic, reused by a checklist step or the guide frame. */
const SectionRef = (): z.ZodMiniString => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*\/[a-z0-9][a-z0-9-]*$/, 'must be "topic-id/section-id"'));

/**
 * Made on first use, once: a schema costs start-up time to make, and a run over
 * custom data with no checklist needs only the topic schema.
 */
function once<T>(make: () => T): () => T {
  let made: T | undefined;
  return () => (made ??= make());
}

const checklistStep = () =>
  z.strictObject({
    id: Id,
    title: Text,
    use: z.optional(described(list(SectionRef(), 1, 20), 'topic sections that say what to do, per platform and version')),
    sections: z.optional(described(list(SectionSchema, 1, 20), "the step's own sections, where no topic says it")),
  });

const symptom = () =>
  z.strictObject({
    id: Id,
    title: Text,
    steps: described(list(Id, 1, 30), 'step ids, in the order to try them'),
  });

export const checklistSchema = once(() =>
  z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.optional(z.literal(DATA_SCHEMA_VERSION)),
    id: Id,
    title: Text,
    platforms: list(Platform, 1, PLATFORMS.length),
    symptoms: list(symptom(), 1, 30),
    steps: list(checklistStep(), 1, 60),
    fixed: described(Text, 'said when a step fixed it'),
    exhausted: described(Text, 'said when no step helped, before the support links'),
    support: list(z.strictObject({ title: Text, url: Url }), 1, 10),
  }),
);

export type ChecklistStep = z.infer<ReturnType<typeof checklistStep>>;
export type Symptom = z.infer<ReturnType<typeof symptom>>;
export type Checklist = z.infer<ReturnType<typeof checklistSchema>>;

const release = () => z.strictObject({ version: Version, name: z.optional(Text) });

const platformFrame = () =>
  z.strictObject({
    os: described(Text, 'the operating system\'s name: "iOS", "iPadOS", "macOS"'),
    earlierNames: z.optional(
      described(
        list(z.strictObject({ before: Version, os: Text }), 1, 5),
        'what the system was called before a version, newest first ("iOS" on iPad before iPadOS 13)',
      ),
    ),
    releases: described(list(release(), 1, 100), 'every release, oldest first; the last is the newest this guide was reviewed for'),
    aliases: z.optional(described(z.record(Version, Version), 'version numbers a system reports for another release ("10.16" for macOS 11)')),
    feature: z.strictObject({
      since: described(Version, 'the release FaceTime Live Photos came with'),
      minimum: described(Version, 'the lowest version they work on today'),
      minimumText: described(Text, 'that version as the guide says it ("macOS Mojave 10.14.3 with its Supplemental Update")'),
      sinceText: described(Text, 'the first release as the guide says it ("iOS 11")'),
      atMinimum: z.optional(described(Text, 'a note for a device at exactly the minimum version')),
    }),
    carriedOver: z.optional(
      described(
        z.strictObject({ release: Version, from: Version }),
        'a release whose steps are those of an earlier one, not yet confirmed on it: every step shown for it is marked',
      ),
    ),
  });

/** The frame around the topics: releases, the feature's minimums, notices, the review. Built-in data only. */
export const guideFrameSchema = once(() => {
  const platform = platformFrame();
  return z.strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.optional(z.literal(DATA_SCHEMA_VERSION)),
    reviewed: described(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date, YYYY-MM-DD')), 'when the guide was last checked against its sources'),
    platforms: z.strictObject({ ios: platform, ipados: platform, macos: platform }),
    notices: z.strictObject({
      newer: described(Text, 'for a version newer than the newest release; {newest} is that release'),
      unsupported: described(Text, 'for a version too old for the feature; {minimum} is minimumText'),
      never: described(Text, 'for a version from before the feature; {since} is sinceText, {minimum} minimumText'),
      partly: described(Text, 'for a whole release asked for ("12", "mojave") that the minimum falls inside; {minimum}'),
      carriedOver: described(Text, 'the mark on a step carried over; {os}, {from} and {release}'),
      reviewed: described(Text, 'the foot of every answer; {date} and {newest}'),
    }),
    update: described(list(SectionRef(), 1, 5), 'sections that say how to update, shown for versions too old for the feature'),
    order: z.optional(described(list(Id, 1, 100), 'the order topics are listed in; topics not named follow, by id')),
  });
});

export type PlatformFrame = z.infer<ReturnType<typeof platformFrame>>;
export type GuideFrame = z.infer<ReturnType<typeof guideFrameSchema>>;
