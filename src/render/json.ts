/**
 * JSON output: one document with a schemaVersion, described by
 * data/schema/output.schema.json. Each step carries plain text and its markdown.
 */
import { stepLine, toPlain } from './inline.js';
import type { SectionView, TopicView } from './model.js';

export const OUTPUT_SCHEMA_VERSION = 1;

export function jsonSection(section: SectionView) {
  return {
    id: section.id,
    title: toPlain(section.title),
    steps: section.steps.map((step) => ({
      text: stepLine(step, toPlain, toPlain),
      markdown: step.text,
      ...(step.menu && { menu: step.menu.map(toPlain) }),
      ...(step.keys && { keys: step.keys.map(toPlain) }),
      ...(step.notes && { notes: step.notes.map(toPlain) }),
      verified: step.verified,
    })),
  };
}

export function toJson(document: object): string {
  return `${JSON.stringify({ schemaVersion: OUTPUT_SCHEMA_VERSION, ...document }, null, 2)}\n`;
}

export function renderJson(view: TopicView): string {
  return toJson({
    kind: 'topic',
    topic: { id: view.id, command: view.command, title: toPlain(view.title), summary: toPlain(view.summary) },
    platforms: view.platforms.map((p) => ({
      platform: p.platform,
      heading: p.heading,
      ...(p.os && { os: p.os }),
      sections: p.sections.map(jsonSection),
    })),
    sources: view.sources,
  });
}
