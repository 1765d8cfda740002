/**
 * Platform and OS-version selection: which platforms to show for a request, and the
 * sections and steps of a topic that hold for each. Views are built from these one
 * layer up (src/view/).
 */
import { UsageError } from '../errors.js';
import { PLATFORMS, isVersioned, type Platform, type VersionedPlatform } from './platforms.js';
import type { Checklist, GuideFrame, Scoped, Section, Step, Topic } from './schema.js';
import { inRange, newest, resolveVersion, type OsVersion, type VersionRange } from './versions.js';

/** One platform to show, at one OS version (none for Windows and the web). */
export interface Selection {
  platform: Platform;
  os?: OsVersion;
}

export interface SelectRequest {
  /** Platforms the user named; empty for the default. */
  platforms: readonly Platform[];
  osVersion?: string;
  /** The macOS version of the host when it is a Mac (from sw_vers). */
  hostMacVersion?: string;
}

const list = (ps: readonly string[]): string => ps.join(', ');

function versionFor(frame: GuideFrame, platform: Platform, input: string | undefined): OsVersion | undefined {
  if (!isVersioned(platform)) return undefined;
  return input === undefined ? newest(frame, platform) : resolveVersion(frame, platform, input);
}

/** The host Mac's own version; a value sw_vers should never give falls back to the newest. */
function hostVersion(frame: GuideFrame, reported: string): OsVersion {
  try {
    return resolveVersion(frame, 'macos', reported);
  } catch {
    return newest(frame, 'macos');
  }
}

/**
 * The platforms and versions to show for a topic covering `covered`. Named platforms
 * must be covered; with none named, a Mac host gets macOS at its version, elsewhere
 * every covered platform (with a version asked, those where it is a version).
 */
export function resolveSelections(frame: GuideFrame, covered: readonly Platform[], request: SelectRequest, what: string): Selection[] {
  const ordered = PLATFORMS.filter((p) => covered.includes(p));
  if (request.platforms.length > 0) {
    const missing = request.platforms.filter((p) => !covered.includes(p));
    if (missing.length > 0) throw new UsageError(`${what} does not cover ${list(missing)}`, `It covers: ${list(ordered)}.`);
    if (request.osVersion !== undefined && !request.platforms.some(isVersioned)) {
      throw new UsageError(`--os-version does not apply to ${list(request.platforms)}`, 'It applies to ios, ipados and macos.');
    }
    return request.platforms.map((platform) => ({ platform, os: versionFor(frame, platform, request.osVersion) }));
  }
  if (request.hostMacVersion && covered.includes('macos') && request.osVersion === undefined) {
    return [{ platform: 'macos', os: hostVersion(frame, request.hostMacVersion) }];
  }
  const input = request.osVersion;
  if (input === undefined) return ordered.map((platform) => ({ platform, os: versionFor(frame, platform, undefined) }));
  const versioned = ordered.filter(isVersioned);
  if (versioned.length === 0) throw new UsageError(`--os-version does not apply to ${what}`, `It covers: ${list(ordered)}.`);
  const fitting: Selection[] = [];
  let firstError: unknown;
  for (const platform of versioned) {
    try {
      fitting.push({ platform, os: resolveVersion(frame, platform, input) });
    } catch (error) {
      firstError ??= error;
    }
  }
  if (fitting.length === 0) throw firstError;
  return fitting;
}

/** Whether something scoped holds for a selection, given its parent's platforms. */
export function holds(scoped: Scoped, parentPlatforms: readonly Platform[], selection: Selection): boolean {
  const platforms = scoped.platforms ?? parentPlatforms;
  if (!platforms.includes(selection.platform)) return false;
  if (!isVersioned(selection.platform) || !selection.os) return true;
  const range = scoped.os?.[selection.platform];
  return range === undefined || inRange(selection.os.version, range);
}

/** A section that holds for a selection, with the steps of it that hold. */
export interface SelectedSection {
  section: Section;
  steps: Step[];
}

/** The sections (with their steps) that hold for one selection, under a parent's platforms. */
export function selectSections(parentPlatforms: readonly Platform[], sections: readonly Section[], selection: Selection): SelectedSection[] {
  const selected: SelectedSection[] = [];
  for (const section of sections) {
    if (!holds(section, parentPlatforms, selection)) continue;
    const own = section.platforms ?? parentPlatforms;
    const steps = section.steps.filter((step) => holds(step, own, selection));
    if (steps.length > 0) selected.push({ section, steps });
  }
  return selected;
}

/** Every OS-version range a guide's sections and steps set, by platform (rangesOf). */
export type GuideRanges = Record<VersionedPlatform, VersionRange[]>;

/**
 * Ranges the build worked out (dist/guide.json), by the topics they were worked out from,
 * with those topics' checklists: a guide made of other topics or checklists (custom data
 * laid over) works its own out.
 */
const built = new WeakMap<readonly Topic[], { checklists: readonly Checklist[]; ranges: GuideRanges }>();

/** Holds ranges the build worked out for these topics and checklists, for rangesOf. */
export function useBuiltRanges(guide: { topics: readonly Topic[]; checklists: readonly Checklist[] }, ranges: GuideRanges): void {
  built.set(guide.topics, { checklists: guide.checklists, ranges });
}

/**
 * Every OS-version range the guide's sections and steps set for a platform, once each:
 * which of them a version falls in decides all that is selected for it.
 */
export function rangesOf(guide: { topics: readonly Topic[]; checklists: readonly Checklist[] }, platform: VersionedPlatform): VersionRange[] {
  const stored = built.get(guide.topics);
  if (stored?.checklists === guide.checklists) return stored.ranges[platform];
  const seen = new Map<string, VersionRange>();
  const visit = (scoped: Scoped): void => {
    const range = scoped.os?.[platform];
    if (range) seen.set(`${range.min ?? ''}-${range.max ?? ''}`, range);
  };
  for (const topic of guide.topics) for (const section of topic.sections) [section, ...section.steps].forEach(visit);
  for (const checklist of guide.checklists) for (const step of checklist.steps) for (const section of step.sections ?? []) [section, ...section.steps].forEach(visit);
  return [...seen.values()];
}
