/**
 * Plain output: no escape sequences, no decoration, no wrapping, no trailing spaces,
 * one step per line, the same bytes on every run. Made for grep and scripts.
 */
import { stepLine, toPlain, UNVERIFIED } from './inline.js';
import type { SectionView, TopicView } from './model.js';

const trimEnd = (lines: string[]): string => lines.map((l) => l.trimEnd()).join('\n') + '\n';

/** The numbered steps of one section, notes indented under their step. */
export function plainSection(section: SectionView, title = true): string[] {
  const lines = title ? [toPlain(section.title)] : [];
  section.steps.forEach((step, i) => {
    const mark = step.verified ? '' : ` (${UNVERIFIED})`;
    lines.push(`${i + 1}. ${stepLine(step, toPlain, toPlain)}${mark}`);
    for (const note of step.notes ?? []) lines.push(`   Note: ${toPlain(note)}`);
  });
  return lines;
}

export function plainSources(sources: readonly string[]): string[] {
  return sources.length ? ['', 'Sources:', ...sources] : [];
}

export function renderPlain(view: TopicView): string {
  const lines = [toPlain(view.title), toPlain(view.summary)];
  for (const platform of view.platforms) {
    lines.push('', `${platform.heading}`);
    for (const section of platform.sections) lines.push('', ...plainSection(section));
  }
  lines.push(...plainSources(view.sources));
  return trimEnd(lines);
}
