/**
 * GitHub-flavoured markdown source, for tickets and wikis, and what `pretty` draws.
 * Documents are built of units, pieces of markdown that the pretty renderer draws one
 * by one (so that the build can draw them ahead of time); markdown output joins them.
 * Text from the data is made inert (see safeInline and escapeMarkdown).
 */
import type {
  ChecklistEndView,
  ChecklistPageView,
  ChecklistView,
  ReviewView,
  SearchView,
  SectionView,
  SessionView,
  Source,
  SupportLink,
  TopicsView,
  TopicView,
  ValidationView,
} from '../view/model.js';
import { escapeMarkdown, hitPlatforms, markText, safeInline, stepHeading, stepLine, validationLines } from './inline.js';
import type { PrintedDocument } from './plain.js';
import { SLOT } from './stored.js';

/** A piece of markdown drawn on its own; `value` (plain text) goes where SLOT stands. */
export interface Unit {
  markdown: string;
  value?: string;
}

/** The markdown of a unit, its value in place. */
export const unitMarkdown = (unit: Unit): string => (unit.value === undefined ? unit.markdown : unit.markdown.replace(SLOT, escapeMarkdown(unit.value)));

const strong = (s: string): string => `**${escapeMarkdown(s)}**`;
const heading = (level: number, text: string): string => `${'#'.repeat(level)} ${text}`;

export function sourcesMarkdown(sources: readonly Source[]): string[] {
  if (!sources.length) return [];
  return ['', 'Sources:', '', ...sources.map((s) => `- ${s.kind === 'apple' ? 'Apple' : 'Independent'}: <${s.url}>`)];
}

/** One section: a heading, its numbered steps with notes and marks, its sources. */
/** Each section's markdown at each level, made once: the printed checklist shows a step's sections under every symptom it helps. */
const made = new WeakMap<SectionView, string[]>();

export function sectionMarkdown(section: SectionView, level: number): string {
  const known = made.get(section)?.[level];
  if (known !== undefined) return known;
  const lines = [heading(level, escapeMarkdown(section.title)), ''];
  section.steps.forEach((step, i) => {
    const mark = markText(step);
    lines.push(`${i + 1}. ${stepLine(step, strong, safeInline)}${mark && ` _${escapeMarkdown(mark)}_`}`);
    for (const note of step.notes ?? []) lines.push(`   - ${safeInline(note)}`);
  });
  const markdown = [...lines, ...sourcesMarkdown(section.sources)].join('\n');
  const levels = made.get(section) ?? [];
  levels[level] = markdown;
  made.set(section, levels);
  return markdown;
}

const noticesUnit = (notices: readonly string[]): Unit[] => (notices.length ? [{ markdown: notices.map((n) => `> ${escapeMarkdown(n)}`).join('\n>\n') }] : []);
const reviewUnit = (review: ReviewView): Unit => ({ markdown: `_${escapeMarkdown(review.text)}_` });

/** The heading of one platform's part; a versioned heading's text is the unit's value. */
function platformUnit(level: number, prefix: string, text: string, versioned: boolean): Unit {
  return versioned ? { markdown: heading(level, `${prefix}${SLOT}`), value: text } : { markdown: heading(level, `${prefix}${escapeMarkdown(text)}`) };
}

export function topicUnits(view: TopicView): Unit[] {
  const units: Unit[] = [{ markdown: `${heading(1, escapeMarkdown(view.title))}\n\n${escapeMarkdown(view.summary)}` }];
  for (const platform of view.platforms) {
    units.push(platformUnit(2, '', platform.heading, platform.os !== undefined), ...noticesUnit(platform.notices));
    units.push(...platform.sections.map((s) => ({ markdown: sectionMarkdown(s, 3) })));
  }
  if (view.sources.length) units.push({ markdown: sourcesMarkdown(view.sources).join('\n').trim() });
  return [...units, reviewUnit(view.review)];
}

function supportMarkdown(support: readonly SupportLink[]): string[] {
  return support.map((s) => `- ${escapeMarkdown(s.title)}: <${s.url}>`);
}

export function checklistUnits(view: ChecklistView): Unit[] {
  const units: Unit[] = [{ markdown: heading(1, escapeMarkdown(view.title)) }];
  for (const symptom of view.symptoms) {
    for (const p of symptom.platforms) {
      units.push(platformUnit(2, `${escapeMarkdown(symptom.title)}: `, p.heading, p.os !== undefined), ...noticesUnit(p.notices));
      p.steps.forEach((step, i) => {
        units.push({ markdown: heading(3, escapeMarkdown(stepHeading(i + 1, p.steps.length, step.title))) });
        units.push(...step.sections.map((s) => ({ markdown: sectionMarkdown(s, 4) })));
      });
    }
  }
  units.push({ markdown: [heading(2, 'Still stuck?'), '', safeInline(view.exhausted), '', ...supportMarkdown(view.support)].join('\n') });
  return [...units, reviewUnit(view.review)];
}

export function pageUnits(view: ChecklistPageView): Unit[] {
  return [{ markdown: heading(2, escapeMarkdown(stepHeading(view.n, view.of, view.step.title))) }, ...view.step.sections.map((s) => ({ markdown: sectionMarkdown(s, 3) }))];
}

export function endMarkdown(view: ChecklistEndView): string {
  return view.fixed ? safeInline(view.text) : [safeInline(view.text), '', ...supportMarkdown(view.support)].join('\n');
}

export const ANSWER_TEXT = { fixed: 'fixed it', no: "didn't help", skip: 'skipped' } as const;

/** The summary of an interactive session, for a support ticket. */
export function sessionMarkdown(view: SessionView): string {
  return [
    `# ${escapeMarkdown(view.checklistTitle)}: ${escapeMarkdown(view.symptom)}`,
    '',
    `- Device: ${escapeMarkdown(view.heading)}`,
    `- Result: ${view.fixed ? 'Fixed.' : 'Not fixed.'}`,
    '',
    '## Steps tried',
    '',
    ...view.tried.map((t, i) => `${i + 1}. ${escapeMarkdown(t.title)}: ${ANSWER_TEXT[t.answer]}`),
    '',
    ...(view.fixed ? [] : ['## Support', '', ...supportMarkdown(view.support), '']),
  ].join('\n');
}

function topicsMarkdown(view: TopicsView): string {
  const lines = view.topics.map((r) => `- \`facetime-help ${r.command}\`: ${escapeMarkdown(r.title)}${r.origin === 'built-in' ? '' : ` (${escapeMarkdown(r.origin)})`}`);
  return `# Topics\n\n${lines.join('\n')}\n`;
}

function searchMarkdown(view: SearchView): string {
  if (!view.results.length) return '';
  const items = view.results.map(
    (h, i) => `${i + 1}. **${escapeMarkdown(`${h.parentTitle} > ${h.title}`)}** (${hitPlatforms(h.platforms)})\\\n   ${escapeMarkdown(h.snippet)}\\\n   \`${h.command}\``,
  );
  return `# Search: ${escapeMarkdown(view.query)}\n\n${items.join('\n')}\n`;
}

function validationMarkdown(view: ValidationView): string {
  const lines = validationLines(view);
  return view.ok ? `${escapeMarkdown(lines[0]!)}\n` : `${lines.map((l) => `- ${escapeMarkdown(l)}`).join('\n')}\n`;
}

/** The units of a document that is drawn for the terminal from markdown. */
export type DrawnDocument = TopicView | ChecklistView | ChecklistPageView;

export function documentUnits(doc: DrawnDocument): Unit[] {
  switch (doc.kind) {
    case 'topic':
      return topicUnits(doc);
    case 'checklist':
      return checklistUnits(doc);
    case 'checklist-page':
      return pageUnits(doc);
  }
}

export function renderMarkdown(doc: PrintedDocument): string {
  switch (doc.kind) {
    case 'topic':
    case 'checklist':
      return `${documentUnits(doc).map(unitMarkdown).join('\n\n')}\n`;
    case 'topics':
      return topicsMarkdown(doc);
    case 'search':
      return searchMarkdown(doc);
    case 'validation':
      return validationMarkdown(doc);
  }
}
