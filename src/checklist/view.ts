/** A checklist selected for a symptom and platforms: the steps, each with its instructions. */
import type { Guide } from '../guide/guide.js';
import type { Checklist, ChecklistStep, Symptom } from '../guide/schema.js';
import { osView, platformHeading, selectSections, type Selection } from '../guide/select.js';
import type { PlatformView, SectionView } from '../render/model.js';

export interface StepView {
  id: string;
  title: string;
  sections: SectionView[];
}

export interface SymptomPlatformView {
  platform: PlatformView['platform'];
  heading: string;
  os?: PlatformView['os'];
  steps: StepView[];
}

export interface SymptomView {
  id: string;
  title: string;
  platforms: SymptomPlatformView[];
}

/** The instructions of one step for one platform: referenced topic sections, then its own. */
export function stepSections(guide: Guide, checklist: Checklist, step: ChecklistStep, selection: Selection): SectionView[] {
  const used = (step.use ?? []).flatMap((ref) => {
    const [topicId, sectionId] = ref.split('/');
    const topic = guide.topics.find((t) => t.id === topicId);
    const section = topic?.sections.find((s) => s.id === sectionId);
    return topic && section ? selectSections(topic.platforms, [section], selection) : [];
  });
  return [...used, ...selectSections(checklist.platforms, step.sections ?? [], selection)];
}

/** A symptom's steps, in the order to try them (their ids are checked when data loads). */
export function symptomSteps(checklist: Checklist, symptom: Symptom): ChecklistStep[] {
  return symptom.steps.map((id) => checklist.steps.find((s) => s.id === id)!);
}

/** A symptom's steps for each selection; steps with nothing to say for a platform are left out. */
export function viewSymptom(guide: Guide, checklist: Checklist, symptom: Symptom, selections: readonly Selection[]): SymptomView {
  return {
    id: symptom.id,
    title: symptom.title,
    platforms: selections.map((selection) => ({
      platform: selection.platform,
      heading: platformHeading(selection),
      os: osView(selection),
      steps: symptomSteps(checklist, symptom)
        .map((step) => ({ id: step.id, title: step.title, sections: stepSections(guide, checklist, step, selection) }))
        .filter((s) => s.sections.length > 0),
    })),
  };
}
