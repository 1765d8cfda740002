/** The troubleshooting checklist selected for symptoms and platforms: steps, each with its instructions. */
import { UsageError } from '../errors.js';
import { findSection, type Guide } from '../guide/guide.js';
import type { Checklist, ChecklistStep, Symptom } from '../guide/schema.js';
import { selectSections, type Selection } from '../guide/select.js';
import type { ChecklistStepView, ChecklistView, SectionView, SymptomView } from './model.js';
import { stripControl } from '../util/sanitize.js';
import { didYouMean } from '../util/suggest.js';
import { notices, osView, platformHeading, reviewView, sectionViews } from './platform.js';

/** "Step 2 of 6": where the user is in the checklist, in its printed and interactive forms. */
export const stepCounter = (n: number, of: number): string => `Step ${n} of ${of}`;

/** The instructions of one step for one platform: referenced topic sections, then its own. */
export function stepSections(guide: Guide, checklist: Checklist, step: ChecklistStep, selection: Selection): SectionView[] {
  const used = (step.use ?? []).flatMap((ref) => {
    const found = findSection(guide.topics, ref);
    return found ? selectSections(found.topic.platforms, [found.section], selection) : [];
  });
  const own = selectSections(checklist.platforms, step.sections ?? [], selection);
  return sectionViews(guide.frame, [...used, ...own], selection);
}

/** A symptom by its id, or a usage error that names the symptoms there are. */
export function findSymptom(checklist: Checklist, id: string): Symptom {
  const symptom = checklist.symptoms.find((s) => s.id === id);
  if (symptom) return symptom;
  const ids = checklist.symptoms.map((s) => s.id);
  const similar = didYouMean(id, ids);
  throw new UsageError(`unknown symptom '${stripControl(id)}'`, `${similar ? `${similar} ` : ''}Symptoms: ${ids.join(', ')}.`);
}

/** A symptom's steps, in the order to try them (their ids are checked when data loads). */
export function symptomSteps(checklist: Checklist, symptom: Symptom): ChecklistStep[] {
  const byId = new Map(checklist.steps.map((s) => [s.id, s]));
  return symptom.steps.map((id) => byId.get(id)!);
}

/** Works out each step's view for a selection once, however many symptoms share the step. */
type StepViewOf = (step: ChecklistStep, selection: Selection) => ChecklistStepView;

function stepViewsOnce(guide: Guide, checklist: Checklist): StepViewOf {
  const made = new Map<Selection, Map<ChecklistStep, ChecklistStepView>>();
  return (step, selection) => {
    const bySelection = made.get(selection) ?? new Map<ChecklistStep, ChecklistStepView>();
    made.set(selection, bySelection);
    if (!bySelection.has(step)) bySelection.set(step, { id: step.id, title: step.title, sections: stepSections(guide, checklist, step, selection) });
    return bySelection.get(step)!;
  };
}

/** The steps of a symptom for one selection; steps with nothing to say for it are left out. */
export function stepViews(guide: Guide, checklist: Checklist, symptom: Symptom, selection: Selection, viewOf = stepViewsOnce(guide, checklist)): ChecklistStepView[] {
  return symptomSteps(checklist, symptom)
    .map((step) => viewOf(step, selection))
    .filter((s) => s.sections.length > 0);
}

export function viewSymptom(guide: Guide, checklist: Checklist, symptom: Symptom, selections: readonly Selection[], viewOf = stepViewsOnce(guide, checklist)): SymptomView {
  return {
    id: symptom.id,
    title: symptom.title,
    platforms: selections.map((selection) => {
      const os = osView(selection);
      return {
        platform: selection.platform,
        heading: platformHeading(selection),
        ...(os && { os }),
        notices: notices(guide.frame, selection),
        steps: stepViews(guide, checklist, symptom, selection, viewOf),
      };
    }),
  };
}

export function viewChecklist(guide: Guide, checklist: Checklist, symptoms: readonly Symptom[], selections: readonly Selection[]): ChecklistView {
  const viewOf = stepViewsOnce(guide, checklist);
  return {
    kind: 'checklist',
    id: checklist.id,
    title: checklist.title,
    symptoms: symptoms.map((symptom) => viewSymptom(guide, checklist, symptom, selections, viewOf)),
    exhausted: checklist.exhausted,
    support: checklist.support,
    review: reviewView(guide),
  };
}
