/**
 * Validation of parsed data files against the schema, plus the rules a schema cannot
 * say (unique ids, scopes inside their parent, references that resolve, Apple's pages
 * on Apple's hosts). Every problem is one line naming the file and the path inside it.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { findSection } from './guide.js';
import { VERSIONED_PLATFORMS } from './platforms.js';
import {
  checklistSchema,
  guideFrameSchema,
  TopicSchema,
  type Checklist,
  type GuideFrame,
  type Scoped,
  type Section,
  type Source,
  type Topic,
} from './schema.js';
import { compareVersions, isEmptyRange } from './versions.js';

// Messages in English ("expected string, received number"), not zod/mini's bare "Invalid input".
z.config(en());

/** "sections[2].steps[0].text" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(top level)';
}

function zodProblems(file: string, error: z.core.$ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${formatPath(issue.path)}: ${issue.message}`);
}

function scopeProblems(file: string, where: string, scoped: Scoped, parent: readonly string[]): string[] {
  const problems: string[] = [];
  for (const p of scoped.platforms ?? []) {
    if (!parent.includes(p)) problems.push(`${file}: ${where}.platforms: '${p}' is not among its parent's platforms (${parent.join(', ')})`);
  }
  const own = scoped.platforms ?? parent;
  for (const [p, range] of Object.entries(scoped.os ?? {})) {
    if (!own.includes(p)) problems.push(`${file}: ${where}.os.${p}: '${p}' is not among the platforms this holds for`);
    if (range && isEmptyRange(range)) problems.push(`${file}: ${where}.os.${p}: min is above max`);
  }
  return problems;
}

/** Apple's pages must be on Apple's hosts, so that "Apple" in the output is true. */
function sourceProblems(file: string, where: string, sources: readonly Source[] | undefined): string[] {
  return (sources ?? []).flatMap((source, i) => {
    const host = new URL(source.url).hostname.toLowerCase();
    const apple = host === 'apple.com' || host.endsWith('.apple.com');
    return source.kind === 'apple' && !apple ? [`${file}: ${where}sources[${i}]: kind 'apple' needs an apple.com address`] : [];
  });
}

/** A section's scope, sources and each of its steps' scopes, under the parent's platforms. */
function sectionProblems(file: string, where: string, section: Section, parent: readonly string[]): string[] {
  const own = section.platforms ?? parent;
  return [
    ...scopeProblems(file, where, section, parent),
    ...sourceProblems(file, `${where}.`, section.sources),
    ...section.steps.flatMap((step, j) => scopeProblems(file, `${where}.steps[${j}]`, step, own)),
  ];
}

/** "sections[3].id: 'x' is used twice" for every repeated id in a list. */
function duplicateIds(file: string, list: string, items: readonly { id: string }[]): string[] {
  const seen = new Set<string>();
  return items.flatMap((item, i) => {
    if (!seen.has(item.id)) {
      seen.add(item.id);
      return [];
    }
    return [`${file}: ${list}[${i}].id: '${item.id}' is used twice`];
  });
}

/** Rules beyond the schema for one topic. */
export function topicProblems(file: string, topic: Topic): string[] {
  return [
    ...duplicateIds(file, 'sections', topic.sections),
    ...sourceProblems(file, '', topic.sources),
    ...topic.sections.flatMap((section, i) => sectionProblems(file, `sections[${i}]`, section, topic.platforms)),
  ];
}

/** Validates one parsed topic file; returns the topic or the problems. */
export function checkTopic(file: string, value: unknown): { topic?: Topic; problems: string[] } {
  const parsed = TopicSchema.safeParse(value);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error) };
  const problems = topicProblems(file, parsed.data);
  return problems.length ? { problems } : { topic: parsed.data, problems };
}

/** Section references ("topic/section") that do not resolve. */
function referenceProblems(file: string, where: string, refs: readonly string[] | undefined, topics: readonly Topic[]): string[] {
  return (refs ?? []).flatMap((ref, j) => {
    if (findSection(topics, ref)) return [];
    const [topicId, sectionId] = ref.split('/');
    const problem = topics.some((t) => t.id === topicId) ? `topic '${topicId}' has no section '${sectionId}'` : `no topic '${topicId}'`;
    return [`${file}: ${where}[${j}]: ${problem}`];
  });
}

/** Rules beyond the schema for a checklist, given every topic it may refer to. */
export function checklistProblems(file: string, checklist: Checklist, topics: readonly Topic[]): string[] {
  const problems = [...duplicateIds(file, 'steps', checklist.steps), ...duplicateIds(file, 'symptoms', checklist.symptoms)];
  const stepIds = new Set(checklist.steps.map((s) => s.id));
  checklist.steps.forEach((step, i) => {
    const where = `steps[${i}]`;
    if (!step.use?.length && !step.sections?.length) problems.push(`${file}: ${where}: needs 'use' or 'sections'`);
    problems.push(...referenceProblems(file, `${where}.use`, step.use, topics));
    step.sections?.forEach((section, j) => problems.push(...sectionProblems(file, `${where}.sections[${j}]`, section, checklist.platforms)));
  });
  checklist.symptoms.forEach((symptom, i) =>
    symptom.steps.forEach((id, j) => {
      if (!stepIds.has(id)) problems.push(`${file}: symptoms[${i}].steps[${j}]: no step '${id}'`);
    }),
  );
  return problems;
}

/** Validates one parsed checklist file's shape; references are checked once all topics are known. */
export function checkChecklist(file: string, value: unknown): { checklist?: Checklist; problems: string[] } {
  const parsed = checklistSchema().safeParse(value);
  return parsed.success ? { checklist: parsed.data, problems: [] } : { problems: zodProblems(file, parsed.error) };
}

/** Validates the guide frame (data/guide.yaml): its shape, release order and section references. */
export function checkFrame(file: string, value: unknown, topics: readonly Topic[]): { frame?: GuideFrame; problems: string[] } {
  const parsed = guideFrameSchema().safeParse(value);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error) };
  const frame = parsed.data;
  const problems = referenceProblems(file, 'update', frame.update, topics);
  (frame.order ?? []).forEach((id, i) => {
    if (!topics.some((t) => t.id === id)) problems.push(`${file}: order[${i}]: no topic '${id}'`);
  });
  for (const platform of VERSIONED_PLATFORMS) {
    const { releases, feature } = frame.platforms[platform];
    releases.forEach((release, i) => {
      if (i > 0 && compareVersions(release.version, releases[i - 1]!.version) <= 0) {
        problems.push(`${file}: platforms.${platform}.releases[${i}]: ${release.version} is not after ${releases[i - 1]!.version}`);
      }
    });
    if (compareVersions(feature.minimum, feature.since) < 0) problems.push(`${file}: platforms.${platform}.feature: minimum is below since`);
  }
  return problems.length ? { problems } : { frame, problems };
}
