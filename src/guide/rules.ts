/**
 * The rules guide data must keep that a schema cannot say: unique ids, scopes inside
 * their parent, references that resolve, Apple's pages on Apple's hosts. Apart from the
 * schemas (check.ts), so that laying checked custom data over the guide loads no schema
 * code. Every problem is one line naming the file and the path inside it.
 */
import { findSection } from './guide.js';
import type { Checklist, Scoped, Section, Source, Topic } from './schema.js';
import { isEmptyRange } from './versions.js';

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

/** Section references ("topic/section") that do not resolve. */
export function referenceProblems(file: string, where: string, refs: readonly string[] | undefined, topics: readonly Topic[]): string[] {
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

