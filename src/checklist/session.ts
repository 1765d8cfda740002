/**
 * The interactive checklist: one step at a time with "Step N of M", each answered
 * fixed it / didn't help / skip, ending with a congratulation or the support links.
 */
import type { Checklist } from '../guide/schema.js';
import type { Prompter } from '../io/prompter.js';
import { stepCounter } from '../view/checklist.js';
import type { Answer, Document, SessionView, SymptomPlatformView } from '../view/model.js';

export interface SessionIO {
  prompter: Prompter;
  /** Shows a page to the user. */
  show(document: Document): Promise<void>;
}

const CHOICES = [
  { value: 'fixed', name: 'Fixed it' },
  { value: 'no', name: "Didn't help" },
  { value: 'skip', name: 'Skip' },
] as const;

export async function runSession(checklist: Checklist, symptom: string, view: SymptomPlatformView, io: SessionIO): Promise<SessionView> {
  const session: SessionView = { kind: 'session', checklistTitle: checklist.title, symptom, heading: view.heading, tried: [], fixed: false, support: checklist.support };
  const of = view.steps.length;
  for (const [i, step] of view.steps.entries()) {
    await io.show({ kind: 'checklist-page', platform: view.platform, n: i + 1, of, step });
    const answer: Answer = await io.prompter.select(`${stepCounter(i + 1, of)}: did that help?`, CHOICES);
    session.tried.push({ title: step.title, answer });
    if (answer === 'fixed') {
      session.fixed = true;
      break;
    }
  }
  await io.show({ kind: 'checklist-end', platform: view.platform, fixed: session.fixed, text: session.fixed ? checklist.fixed : checklist.exhausted, support: checklist.support });
  return session;
}
