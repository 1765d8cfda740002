/**
 * The interactive checklist: one step at a time with "Step N of M", each answered
 * fixed it / didn't help / skip, ending with a congratulation or the support links.
 */
import type { Checklist } from '../guide/schema.js';
import type { Prompter } from '../io/prompter.js';
import { stepMarkdown, type Answer, type SessionRecord } from './render.js';
import type { SymptomPlatformView } from './view.js';

export interface SessionIO {
  prompter: Prompter;
  /** Shows markdown to the user (rendered for the terminal by the caller). */
  show(markdown: string): Promise<void>;
}

const CHOICES = [
  { value: 'fixed', name: 'Fixed it' },
  { value: 'no', name: "Didn't help" },
  { value: 'skip', name: 'Skip' },
] as const;

export async function runSession(checklist: Checklist, symptom: string, view: SymptomPlatformView, io: SessionIO): Promise<SessionRecord> {
  const record: SessionRecord = { symptom, heading: view.heading, tried: [], fixed: false };
  const total = view.steps.length;
  for (const [i, step] of view.steps.entries()) {
    await io.show(stepMarkdown(step, i + 1, total));
    const answer: Answer = await io.prompter.select(`Step ${i + 1} of ${total}: did that help?`, CHOICES);
    record.tried.push({ title: step.title, answer });
    if (answer === 'fixed') {
      record.fixed = true;
      break;
    }
  }
  const links = checklist.support.map((s) => `- ${s.title}: <${s.url}>`);
  await io.show(record.fixed ? checklist.fixed : [checklist.exhausted, '', ...links].join('\n'));
  return record;
}
