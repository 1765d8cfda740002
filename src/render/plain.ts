/**
 * Plain output: no escape sequences, no decoration, no wrapping, no trailing spaces,
 * one step per line, the same bytes on every run. Made for grep and scripts.
 */
import type {
  ChecklistEndView,
  ChecklistPageView,
  ChecklistView,
  Document,
  SearchView,
  SessionView,
  TextView,
  SectionView,
  Source,
  SupportLink,
  TopicsView,
  TopicView,
} from '../view/model.js';
import { hitPlatforms, markText, oneLine, stepHeading, stepLine, toPlain, validationLines } from './inline.js';

const finish = (lines: readonly string[]): string => `${lines.map((l) => l.trimEnd()).join('\n')}\n`;

/** "Source (Apple): URL", one a line. */
export const sourceLines = (sources: readonly Source[]): string[] =>
  sources.map((s) => `Source (${s.kind === 'apple' ? 'Apple' : 'independent'}): ${s.url}`);

const supportLines = (support: readonly SupportLink[]): string[] => support.map((s) => `${oneLine(s.title)}: ${s.url}`);

/** The numbered steps of one section, notes indented under their step, sources after. */
/** Each section's lines, made once: the printed checklist shows a step's sections under every symptom it helps. */
const madeLines = new WeakMap<SectionView, string[]>();

function sectionLines(section: SectionView): string[] {
  const made = madeLines.get(section);
  if (made) return made;
  const lines = [oneLine(section.title)];
  section.steps.forEach((step, i) => {
    const mark = markText(step);
    lines.push(`${i + 1}. ${stepLine(step, oneLine, toPlain)}${mark && ` ${mark}`}`);
    for (const note of step.notes ?? []) lines.push(`   Note: ${toPlain(note)}`);
  });
  lines.push(...sourceLines(section.sources));
  madeLines.set(section, lines);
  return lines;
}

function topicPlain(view: TopicView): string[] {
  const lines = [oneLine(view.title), oneLine(view.summary)];
  for (const platform of view.platforms) {
    lines.push('', platform.heading, ...platform.notices.map(oneLine));
    for (const section of platform.sections) lines.push('', ...sectionLines(section));
  }
  if (view.sources.length) lines.push('', ...sourceLines(view.sources));
  return [...lines, '', view.review.text];
}

function checklistPlain(view: ChecklistView): string[] {
  const lines = [oneLine(view.title)];
  for (const symptom of view.symptoms) {
    for (const p of symptom.platforms) {
      lines.push('', `${oneLine(symptom.title)}: ${p.heading}`, ...p.notices.map(oneLine));
      p.steps.forEach((step, i) => {
        lines.push('', stepHeading(i + 1, p.steps.length, step.title));
        for (const section of step.sections) lines.push(...sectionLines(section));
      });
    }
  }
  return [...lines, '', 'Still stuck?', toPlain(view.exhausted), ...supportLines(view.support), '', view.review.text];
}

export function topicRows(view: TopicsView): string[] {
  const width = Math.max(0, ...view.topics.map((r) => r.command.length));
  return view.topics.map((r) => `${r.command.padEnd(width)}  ${oneLine(r.title)}${r.origin === 'built-in' ? '' : ` [${r.origin}]`}`);
}

function searchPlain(view: SearchView): string[] {
  return view.results.flatMap((h, i) => [...(i ? [''] : []), `${i + 1}. ${oneLine(h.parentTitle)} > ${oneLine(h.title)} (${hitPlatforms(h.platforms)})`, `   ${h.snippet}`, `   ${h.command}`]);
}

/** The documents every format renders (text and the session report are written as they are). */
export type RenderedDocument = Exclude<Document, TextView | SessionView>;
/**
 * A document printed in any format. The interactive checklist's pages are not: it runs
 * only on a terminal in pretty output (a format asked for prints the whole checklist).
 */
export type PrintedDocument = Exclude<RenderedDocument, ChecklistPageView | ChecklistEndView>;

export function renderPlain(doc: PrintedDocument): string {
  switch (doc.kind) {
    case 'topic':
      return finish(topicPlain(doc));
    case 'checklist':
      return finish(checklistPlain(doc));
    case 'topics':
      return finish(topicRows(doc));
    case 'search':
      return doc.results.length ? finish(searchPlain(doc)) : '';
    case 'validation':
      return finish(validationLines(doc));
  }
}
