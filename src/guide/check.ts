/**
 * Validation of parsed data files against the schema, plus the rules a schema cannot
 * say (unique ids, scopes inside their parent). Every problem is one line naming the
 * file and the path inside it.
 */
import type { z } from 'zod';
import { ChecklistSchema, TopicSchema, type Checklist, type Scoped, type Section, type Topic } from './schema.js';
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

/** A section's scope and each of its steps' scopes, under the parent's platforms. */
function sectionProblems(file: string, where: string, section: Section, parent: readonly string[]): string[] {
  const own = section.platforms ?? parent;
  return [
    ...scopeProblems(file, where, section, parent),
    ...section.steps.flatMap((step, j) => scopeProblems(file, `${where}.steps[${j}]`, step, own)),
  ];
}

/** "sections[3].id: 'x' is used twice" for every repeated id in a list. */
function duplicateIds(file: string, list: string, items: readonly { id: string }[]): string[] {
  return items
    .map((item, i) => ({ item, i }))
    .filter(({ item, i }) => items.findIndex((other) => other.id === item.id) < i)
    .map(({ item, i }) => `${file}: ${list}[${i}].id: '${item.id}' is used twice`);
}

/** Rules beyond the schema for one topic. */
export function topicProblems(file: string, topic: Topic): string[] {
  return [
    ...duplicateIds(file, 'sections', topic.sections),
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

/** Rules beyond the schema for a checklist, given every topic it may refer to. */
export function checklistProblems(file: string, checklist: Checklist, topics: readonly Topic[]): string[] {
  const problems = [...duplicateIds(file, 'steps', checklist.steps), ...duplicateIds(file, 'symptoms', checklist.symptoms)];
  const stepIds = new Set(checklist.steps.map((s) => s.id));
  checklist.steps.forEach((step, i) => {
    const where = `steps[${i}]`;
    if (!step.use?.length && !step.sections?.length) problems.push(`${file}: ${where}: needs 'use' or 'sections'`);
    step.use?.forEach((ref, j) => {
      const [topicId, sectionId] = ref.split('/');
      const topic = topics.find((t) => t.id === topicId);
      if (!topic) problems.push(`${file}: ${where}.use[${j}]: no topic '${topicId}'`);
      else if (!topic.sections.some((s) => s.id === sectionId)) problems.push(`${file}: ${where}.use[${j}]: topic '${topicId}' has no section '${sectionId}'`);
    });
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
  const parsed = ChecklistSchema.safeParse(value);
  return parsed.success ? { checklist: parsed.data, problems: [] } : { problems: zodProblems(file, parsed.error) };
}
