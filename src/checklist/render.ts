/** The checklist printed whole (plain, markdown, json) and the markdown report of a session. */
import type { Checklist } from '../guide/schema.js';
import { toPlain } from '../render/inline.js';
import { jsonSection, toJson } from '../render/json.js';
import { markdownSection } from '../render/markdown.js';
import { plainSection } from '../render/plain.js';
import type { StepView, SymptomView } from './view.js';

export const stepHeading = (n: number, of: number, step: StepView): string => `Step ${n} of ${of}: ${step.title}`;

function supportLines(checklist: Checklist, bullet: string): string[] {
  return checklist.support.map((s) => `${bullet}${s.title}: ${s.url}`);
}

export function checklistPlain(checklist: Checklist, symptoms: readonly SymptomView[]): string {
  const lines = [toPlain(checklist.title)];
  for (const symptom of symptoms) {
    for (const p of symptom.platforms) {
      lines.push('', `${toPlain(symptom.title)}: ${p.heading}`);
      p.steps.forEach((step, i) => {
        lines.push('', stepHeading(i + 1, p.steps.length, step));
        for (const section of step.sections) lines.push(...plainSection(section));
      });
    }
  }
  lines.push('', 'Still stuck?', toPlain(checklist.exhausted), ...supportLines(checklist, ''));
  return `${lines.map((l) => l.trimEnd()).join('\n')}\n`;
}

/** Markdown of the whole checklist, for `--markdown` and for `pretty` to render. */
export function checklistMarkdown(checklist: Checklist, symptoms: readonly SymptomView[]): string {
  const lines = [`# ${checklist.title}`, ''];
  for (const symptom of symptoms) {
    for (const p of symptom.platforms) {
      lines.push(`## ${symptom.title}: ${p.heading}`, '');
      p.steps.forEach((step, i) => {
        lines.push(`### ${stepHeading(i + 1, p.steps.length, step)}`, '');
        for (const section of step.sections) lines.push(...markdownSection(section, 4));
      });
    }
  }
  lines.push('## Still stuck?', '', checklist.exhausted, '', ...supportLines(checklist, '- '), '');
  return lines.join('\n');
}

/** One step's instructions as markdown, for the interactive session. */
export function stepMarkdown(step: StepView, n: number, of: number): string {
  return [`## ${stepHeading(n, of, step)}`, '', ...step.sections.flatMap((s) => markdownSection(s, 3))].join('\n');
}

export function checklistJson(checklist: Checklist, symptoms: readonly SymptomView[]): string {
  return toJson({
    kind: 'checklist',
    checklist: { id: checklist.id, title: toPlain(checklist.title) },
    symptoms: symptoms.map((s) => ({
      id: s.id,
      title: toPlain(s.title),
      platforms: s.platforms.map((p) => ({
        platform: p.platform,
        heading: p.heading,
        ...(p.os && { os: p.os }),
        steps: p.steps.map((step) => ({ id: step.id, title: toPlain(step.title), sections: step.sections.map(jsonSection) })),
      })),
    })),
    support: checklist.support,
  });
}

export type Answer = 'fixed' | 'no' | 'skip';
export const ANSWER_TEXT: Record<Answer, string> = { fixed: 'fixed it', no: "didn't help", skip: 'skipped' };

export interface SessionRecord {
  symptom: string;
  heading: string;
  tried: { title: string; answer: Answer }[];
  fixed: boolean;
}

/** The markdown summary of an interactive session, for a support ticket. */
export function sessionMarkdown(checklist: Checklist, session: SessionRecord): string {
  const result = session.fixed ? 'Fixed.' : 'Not fixed.';
  return [
    `# ${checklist.title}: ${session.symptom}`,
    '',
    `- Device: ${session.heading}`,
    `- Result: ${result}`,
    '',
    '## Steps tried',
    '',
    ...session.tried.map((t, i) => `${i + 1}. ${t.title}: ${ANSWER_TEXT[t.answer]}`),
    '',
    ...(session.fixed ? [] : ['## Support', '', ...supportLines(checklist, '- '), '']),
  ].join('\n');
}
