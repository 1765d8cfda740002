/** The parts of a view that depend on the platform and version: heading, OS, notices, marks, review. */
import type { Guide } from '../guide/guide.js';
import { PLATFORM_LABEL, VERSIONED_PLATFORMS, isVersioned, type VersionedPlatform } from '../guide/platforms.js';
import type { GuideFrame, Step } from '../guide/schema.js';
import { rangesOf, type SelectedSection, type Selection } from '../guide/select.js';
import { inRange, type VersionRange } from '../guide/versions.js';
import type { OsView, ReviewView, SectionView, StepView } from './model.js';

/** A data template with its {names} filled in. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => values[name] ?? whole);
}

/** "iPhone (iOS 27)", "iPad (iOS 12.1.4)", "Windows". */
export function platformHeading(selection: Selection): string {
  const label = PLATFORM_LABEL[selection.platform];
  return selection.os ? `${label} (${selection.os.label})` : label;
}

export function osView(selection: Selection): OsView | undefined {
  const os = selection.os;
  if (!os) return undefined;
  return {
    name: os.os,
    version: os.version,
    release: os.release.version,
    ...(os.release.name && { releaseName: os.release.name }),
    status: os.status,
  };
}

/** Whether the feature does not work at the selected version (the answer is how to update). */
export function tooOld(selection: Selection): boolean {
  return selection.os?.status === 'unsupported' || selection.os?.status === 'never';
}

/** What to say about the selected version before any step. */
export function notices(frame: GuideFrame, selection: Selection): string[] {
  const { platform, os } = selection;
  if (!os || !isVersioned(platform)) return [];
  const pf = frame.platforms[platform];
  const newest = pf.releases[pf.releases.length - 1]!;
  const values = { newest: `${pf.os} ${newest.version}`, minimum: pf.feature.minimumText, since: pf.feature.sinceText };
  switch (os.status) {
    case 'newer':
      return [fill(frame.notices.newer, values)];
    case 'unsupported':
      return [fill(frame.notices.unsupported, values)];
    case 'never':
      return [fill(frame.notices.never, values)];
    case 'supported':
      if (os.partly) return [fill(frame.notices.partly, values)];
      return os.version === pf.feature.minimum && pf.feature.atMinimum ? [pf.feature.atMinimum] : [];
  }
}

/** The mark every step shown for a carried-over release gets, if the selection is one. */
function carriedOverMark(frame: GuideFrame, selection: Selection): string | undefined {
  const { platform, os } = selection;
  if (!os || !isVersioned(platform)) return undefined;
  const carried = frame.platforms[platform].carriedOver;
  // a newer version belongs to the newest release and shows its steps, marks included
  if (!carried || os.release.version !== carried.release) return undefined;
  return fill(frame.notices.carriedOver, { os: os.os, from: carried.from, release: carried.release });
}

export const UNVERIFIED = 'unverified';

/**
 * Names what a selection shows: two selections of one class select the same sections
 * and steps and mark them alike (only their headings and notices differ), so the build
 * can work a class out once. Its parts: the platform, and for a version, the system's
 * name, whether it is too old, whether it is a carried-over release, and which of the
 * guide's version ranges it falls in.
 */
export function viewClasses(guide: Pick<Guide, 'frame' | 'topics' | 'checklists'>): (selection: Selection) => string {
  const ranges = new Map<VersionedPlatform, VersionRange[]>();
  return (selection) => {
    const { platform, os } = selection;
    if (!os || !isVersioned(platform)) return platform;
    if (!ranges.has(platform)) ranges.set(platform, rangesOf(guide, platform));
    const inside = ranges.get(platform)!.map((range) => (inRange(os.version, range) ? 1 : 0));
    return [platform, os.os, tooOld(selection) ? 'old' : '', carriedOverMark(guide.frame, selection) ?? '', inside.join('')].join(':');
  };
}

function stepView(step: Step, carried: string | undefined): StepView {
  const marks = [...(step.verified === false ? [UNVERIFIED] : []), ...(carried ? [carried] : [])];
  return {
    text: step.text,
    ...(step.menu && { menu: step.menu }),
    ...(step.keys && { keys: step.keys }),
    ...(step.notes && { notes: step.notes }),
    verified: marks.length === 0,
    marks,
  };
}

/** Selected sections as views, each step with its marks. */
export function sectionViews(frame: GuideFrame, selected: readonly SelectedSection[], selection: Selection): SectionView[] {
  const carried = carriedOverMark(frame, selection);
  return selected.map(({ section, steps }) => ({
    id: section.id,
    title: section.title,
    steps: steps.map((step) => stepView(step, carried)),
    sources: section.sources ?? [],
  }));
}

/** "iOS 27, iPadOS 27 and macOS 27". */
function newestList(frame: GuideFrame): string {
  const names = VERSIONED_PLATFORMS.map((p) => {
    const pf = frame.platforms[p];
    return `${pf.os} ${pf.releases[pf.releases.length - 1]!.version}`;
  });
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export function reviewView(guide: Pick<Guide, 'frame'>): ReviewView {
  const { frame } = guide;
  const newest = Object.fromEntries(VERSIONED_PLATFORMS.map((p) => [p, frame.platforms[p].releases.at(-1)!.version])) as ReviewView['newest'];
  return { date: frame.reviewed, newest, text: fill(frame.notices.reviewed, { date: frame.reviewed, newest: newestList(frame) }) };
}
