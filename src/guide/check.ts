/**
 * Validation of parsed data files against the schema, then the rules a schema cannot
 * say (rules.ts). Every problem is one line naming the file and the path inside it.
 */
import * as z from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { VERSIONED_PLATFORMS } from './platforms.js';
import { referenceProblems, topicProblems } from './rules.js';
import { checklistSchema, guideFrameSchema, TopicSchema, type Checklist, type GuideFrame, type Topic } from './schema.js';
import { compareVersions } from './versions.js';

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

/** Validates one parsed topic file; returns the topic or the problems. */
export function checkTopic(file: string, value: unknown): { topic?: Topic; problems: string[] } {
  const parsed = TopicSchema.safeParse(value);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error) };
  const problems = topicProblems(file, parsed.data);
  return problems.length ? { problems } : { topic: parsed.data, problems };
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
