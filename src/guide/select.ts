/**
 * Platform and OS-version selection: which platforms to show for a request, and the
 * sections and steps of a topic that hold for each.
 */
import { UsageError } from '../errors.js';
import type { TopicView, PlatformView } from '../render/model.js';
import { topicCommand } from './guide.js';
import { OS_LABEL, PLATFORM_LABEL, PLATFORMS, isVersioned, type Platform } from './platforms.js';
import type { Scoped, Section, Topic } from './schema.js';
import { inRange, knownReleases, newest, osLabel, resolveVersion, type OsVersion } from './versions.js';

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

function versionFor(platform: Platform, input: string | undefined): OsVersion | undefined {
  if (!isVersioned(platform)) return undefined;
  if (input === undefined) return newest(platform);
  const os = resolveVersion(platform, input);
  if (!os) {
    throw new UsageError(
      `unknown ${OS_LABEL[platform]} version '${input}'`,
      `Known versions: ${knownReleases(platform)}.`,
    );
  }
  return os;
}

/**
 * The platforms and versions to show for a topic covering `covered`. Named platforms
 * must be covered; with none named, a Mac host gets macOS at its version, elsewhere
 * every covered platform (only those that know the asked version, if one is given).
 */
export function resolveSelections(covered: readonly Platform[], request: SelectRequest, what: string): Selection[] {
  const ordered = PLATFORMS.filter((p) => covered.includes(p));
  if (request.platforms.length > 0) {
    const missing = request.platforms.filter((p) => !covered.includes(p));
    if (missing.length > 0) {
      throw new UsageError(`${what} does not cover ${list(missing)}`, `It covers: ${list(ordered)}.`);
    }
    if (request.osVersion !== undefined && !request.platforms.some(isVersioned)) {
      throw new UsageError(`--os-version does not apply to ${list(request.platforms)}`);
    }
    return request.platforms.map((platform) => ({ platform, os: versionFor(platform, request.osVersion) }));
  }
  if (request.hostMacVersion && covered.includes('macos') && request.osVersion === undefined) {
    const os = resolveVersion('macos', request.hostMacVersion);
    if (os) return [{ platform: 'macos', os }];
  }
  if (request.osVersion === undefined) return ordered.map((platform) => ({ platform, os: versionFor(platform, undefined) }));
  const input = request.osVersion;
  const fitting = ordered.filter(isVersioned).filter((p) => resolveVersion(p, input));
  if (fitting.length === 0) {
    const versioned = ordered.filter(isVersioned);
    const known = versioned.map((p) => `${p}: ${knownReleases(p)}`).join('; ');
    throw new UsageError(`unknown OS version '${input}'`, versioned.length ? `Known versions: ${known}.` : `${what} has no OS versions.`);
  }
  return fitting.map((platform) => ({ platform, os: versionFor(platform, input) }));
}

/** Whether a section or step holds for a selection, given its parent's platforms. */
export function holds(scoped: Scoped, parentPlatforms: readonly Platform[], selection: Selection): boolean {
  const platforms = scoped.platforms ?? parentPlatforms;
  if (!platforms.includes(selection.platform)) return false;
  if (!isVersioned(selection.platform) || !selection.os) return true;
  const range = scoped.os?.[selection.platform];
  return range === undefined || inRange(selection.os.version, range);
}

/** The sections (with their steps) that hold for one selection, under a parent's platforms. */
export function selectSections(parentPlatforms: readonly Platform[], sections: readonly Section[], selection: Selection): PlatformView['sections'] {
  return sections
    .filter((s) => holds(s, parentPlatforms, selection))
    .map((s) => ({
      id: s.id,
      title: s.title,
      steps: s.steps
        .filter((step) => holds(step, s.platforms ?? parentPlatforms, selection))
        .map(({ text, menu, keys, notes, verified }) => ({ text, menu, keys, notes, verified: verified !== false })),
    }))
    .filter((s) => s.steps.length > 0);
}

export function platformHeading(selection: Selection): string {
  const label = PLATFORM_LABEL[selection.platform];
  return selection.os && isVersioned(selection.platform) ? `${label} (${osLabel(selection.platform, selection.os)})` : label;
}

/** The OS part of a platform's view, for headings and JSON. */
export function osView(selection: Selection): PlatformView['os'] {
  if (!selection.os || !isVersioned(selection.platform)) return undefined;
  return {
    name: osLabel(selection.platform, selection.os).split(' ')[0]!,
    version: selection.os.version,
    release: selection.os.release.version,
    releaseName: selection.os.release.name,
  };
}

/** Builds the view of a topic for the given selections. */
export function viewTopic(topic: Topic, selections: readonly Selection[]): TopicView {
  const platforms: PlatformView[] = selections.map((selection) => ({
    platform: selection.platform,
    heading: platformHeading(selection),
    os: osView(selection),
    sections: selectSections(topic.platforms, topic.sections, selection),
  }));
  const shown = new Set(platforms.flatMap((p) => p.sections.map((s) => s.id)));
  const sources = [
    ...(topic.sources ?? []),
    ...topic.sections.filter((s) => shown.has(s.id)).flatMap((s) => s.sources ?? []),
  ];
  return {
    id: topic.id,
    command: topicCommand(topic),
    title: topic.title,
    summary: topic.summary,
    platforms,
    sources: [...new Set(sources)],
  };
}
