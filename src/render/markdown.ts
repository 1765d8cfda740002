/** GitHub-flavoured markdown source, for tickets and wikis; also what `pretty` renders. */
import { stepLine, UNVERIFIED } from './inline.js';
import type { SectionView, TopicView } from './model.js';

const strong = (s: string): string => `**${s}**`;

/** One section as a markdown heading and a numbered list. */
export function markdownSection(section: SectionView, level: number): string[] {
  const lines = [`${'#'.repeat(level)} ${section.title}`, ''];
  section.steps.forEach((step, i) => {
    const mark = step.verified ? '' : ` _(${UNVERIFIED})_`;
    lines.push(`${i + 1}. ${stepLine(step, strong)}${mark}`);
    for (const note of step.notes ?? []) lines.push(`   - ${note}`);
  });
  lines.push('');
  return lines;
}

export function markdownSources(sources: readonly string[]): string[] {
  return sources.length ? ['Sources:', '', ...sources.map((s) => `- <${s}>`), ''] : [];
}

export function renderMarkdown(view: TopicView): string {
  const lines = [`# ${view.title}`, '', view.summary, ''];
  for (const platform of view.platforms) {
    lines.push(`## ${platform.heading}`, '');
    for (const section of platform.sections) lines.push(...markdownSection(section, 3));
  }
  lines.push(...markdownSources(view.sources));
  return lines.join('\n').replace(/\n+$/, '\n');
}
