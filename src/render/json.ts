/**
 * JSON output: one document with a schemaVersion, of the types in output-types.ts
 * (which output-schema.ts checks against the schema behind the generated
 * data/schema/output.schema.json). The library API returns the same documents.
 */
import type { ChecklistView, PlatformView, ReviewView, SearchView, SectionView, TopicsView, TopicView, ValidationView } from '../view/model.js';
import { stepLine, toPlain } from './inline.js';
import type { ChecklistOutput, Output, SearchOutput, TopicOutput, TopicsOutput, ValidationOutput } from './output-types.js';

export const OUTPUT_SCHEMA_VERSION = 2 as const;

type SectionJson = TopicOutput['platforms'][number]['sections'][number];

function sectionJson(section: SectionView): SectionJson {
  return {
    id: section.id,
    title: section.title,
    steps: section.steps.map((step) => ({
      text: stepLine(step, (s) => s, toPlain),
      markdown: step.text,
      ...(step.menu && { menu: step.menu }),
      ...(step.keys && { keys: step.keys }),
      ...(step.notes && { notes: step.notes.map(toPlain) }),
      verified: step.verified,
      marks: step.marks,
    })),
    sources: section.sources,
  };
}

function platformHeader(p: Omit<PlatformView, 'sections'>) {
  return { platform: p.platform, heading: p.heading, ...(p.os && { os: p.os }), notices: p.notices };
}

const guideJson = (review: ReviewView): TopicOutput['guide'] => ({ reviewed: review.date, reviewedFor: review.newest });

export function topicJson(view: TopicView): TopicOutput {
  return {
    schemaVersion: OUTPUT_SCHEMA_VERSION,
    kind: 'topic',
    topic: { id: view.id, command: view.command, title: view.title, summary: view.summary },
    platforms: view.platforms.map((p) => ({ ...platformHeader(p), sections: p.sections.map(sectionJson) })),
    sources: view.sources,
    guide: guideJson(view.review),
  };
}

export function checklistJson(view: ChecklistView): ChecklistOutput {
  return {
    schemaVersion: OUTPUT_SCHEMA_VERSION,
    kind: 'checklist',
    checklist: { id: view.id, title: view.title },
    symptoms: view.symptoms.map((s) => ({
      id: s.id,
      title: s.title,
      platforms: s.platforms.map((p) => ({
        ...platformHeader(p),
        steps: p.steps.map((step) => ({ id: step.id, title: step.title, sections: step.sections.map(sectionJson) })),
      })),
    })),
    support: view.support,
    guide: guideJson(view.review),
  };
}

export const topicsJson = (view: TopicsView): TopicsOutput => ({ schemaVersion: OUTPUT_SCHEMA_VERSION, kind: 'topics', topics: view.topics });

export function searchJson(view: SearchView): SearchOutput {
  return {
    schemaVersion: OUTPUT_SCHEMA_VERSION,
    kind: 'search',
    query: view.query,
    results: view.results.map((r) => ({ ...r, score: Math.round(r.score * 1000) / 1000 })),
  };
}

export const validationJson = (view: ValidationView): ValidationOutput => ({ schemaVersion: OUTPUT_SCHEMA_VERSION, kind: 'validation', ok: view.ok, directories: view.directories });

/** The documents that have a JSON form: every command's answer but text and the interactive pages. */
export type JsonDocument = TopicView | ChecklistView | TopicsView | SearchView | ValidationView;

export function toOutput(doc: JsonDocument): Output {
  switch (doc.kind) {
    case 'topic':
      return topicJson(doc);
    case 'checklist':
      return checklistJson(doc);
    case 'topics':
      return topicsJson(doc);
    case 'search':
      return searchJson(doc);
    case 'validation':
      return validationJson(doc);
  }
}

export function renderJson(doc: JsonDocument): string {
  return `${JSON.stringify(toOutput(doc), null, 2)}\n`;
}
