/**
 * Validation of parsed data files against the schema, plus the rules a schema cannot
 * say (unique ids, scopes inside their parent). Every problem is one line naming the
 * file and the path inside it.
 */
import type { z } from 'zod';
import { TopicSchema, type Topic, type Scoped } from './schema.js';
import { components } from './versions.js';

/** "sections[2].steps[0].text" from a zod issue path. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    out += typeof key === 'number' ? `[${key}]` : `${out ? '.' : ''}${String(key)}`;
  }
  return out || '(top level)';
}

function zodProblems(file: string, error: z.ZodError): string[] {
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
    if (range?.min && range.max) {
      const [a, b] = [components(range.min), components(range.max)];
      const lower = a.findIndex((x, i) => x !== (b[i] ?? 0));
      if (lower >= 0 && a[lower]! > (b[lower] ?? 0)) problems.push(`${file}: ${where}.os.${p}: min is above max`);
    }
  }
  return problems;
}

/** Rules beyond the schema for one topic. */
export function topicProblems(file: string, topic: Topic): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  topic.sections.forEach((section, i) => {
    const where = `sections[${i}]`;
    if (seen.has(section.id)) problems.push(`${file}: ${where}.id: '${section.id}' is used twice`);
    seen.add(section.id);
    problems.push(...scopeProblems(file, where, section, topic.platforms));
    const sectionPlatforms = section.platforms ?? topic.platforms;
    section.steps.forEach((step, j) => problems.push(...scopeProblems(file, `${where}.steps[${j}]`, step, sectionPlatforms)));
  });
  return problems;
}

/** Validates one parsed topic file; returns the topic or the problems. */
export function checkTopic(file: string, value: unknown): { topic?: Topic; problems: string[] } {
  const parsed = TopicSchema.safeParse(value);
  if (!parsed.success) return { problems: zodProblems(file, parsed.error) };
  const problems = topicProblems(file, parsed.data);
  return problems.length ? { problems } : { topic: parsed.data, problems };
}
