/**
 * OS versions: what users may type for `--os-version`, which release it belongs to,
 * and what FaceTime Live Photos can do there. The releases and the feature's
 * minimums are guide data (data/guide.yaml); this is the arithmetic.
 *
 * Every real version gets an answer: a supported one, one newer than the guide knows,
 * one too old for the feature, one from before the feature. Only input that is not a
 * version, or names a release that never existed, is a usage error.
 */
import { UsageError } from '../errors.js';
import type { VersionedPlatform } from './platforms.js';
import type { GuideFrame, PlatformFrame } from './schema.js';
import { VERSION_PATTERN } from './vocabulary.js';


/** One OS release the guide knows. */
export interface Release {
  version: string;
  name?: string;
}

/**
 * What a version means for the feature: `supported`; `newer` than the newest release
 * the guide was reviewed for; `unsupported` (the feature existed but no longer works
 * there); `never` (from before the feature).
 */
export type VersionStatus = 'supported' | 'newer' | 'unsupported' | 'never';

export interface OsVersion {
  /** As asked, normalised ("18.2", "10.14.3"); a release's own version for a name. */
  version: string;
  /** The release it belongs to; the newest for a newer version. */
  release: Release;
  status: VersionStatus;
  /** The system's name at that version: "iOS", "iPadOS", "macOS" ("iOS" on an iPad before 13). */
  os: string;
  /** "iOS 18.2", "macOS 13 Ventura". */
  label: string;
  /** Asked as a whole release ("12", "mojave") that the feature's minimum falls inside. */
  partly: boolean;
}

/** "18.2" -> [18, 2]. */
export function components(version: string): number[] {
  return version.split('.').map(Number);
}

/** Compares over `length` components (all of both when omitted); missing ones count as 0. */
export function compareVersions(a: string, b: string, length?: number): number {
  const x = components(a);
  const y = components(b);
  const n = length ?? Math.max(x.length, y.length);
  for (let i = 0; i < n; i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** A range in guide data; a bound covers every version it is a prefix of ("17" covers 17.5). */
export interface VersionRange {
  min?: string;
  max?: string;
}

export function inRange(version: string, range: VersionRange): boolean {
  if (range.min !== undefined && compareVersions(version, range.min, components(range.min).length) < 0) return false;
  if (range.max !== undefined && compareVersions(version, range.max, components(range.max).length) > 0) return false;
  return true;
}

/** Whether some version lies in both ranges (used to check data, where min may be "17.5" and max "17"). */
export function isEmptyRange(range: VersionRange): boolean {
  if (range.min === undefined || range.max === undefined) return false;
  // the lowest version in range is min itself: it must not be above max
  return !inRange(range.min, { max: range.max });
}

const simplify = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/** The system's name at a version ("iOS" on an iPad before iPadOS 13). */
function osName(frame: PlatformFrame, version: string): string {
  const earlier = (frame.earlierNames ?? []).filter((e) => compareVersions(version, e.before) < 0);
  return earlier.length ? earlier[earlier.length - 1]!.os : frame.os;
}

function labelOf(frame: PlatformFrame, version: string, release: Release): string {
  return `${osName(frame, version)} ${version}${release.name ? ` ${release.name}` : ''}`;
}

const newestRelease = (frame: PlatformFrame): Release => frame.releases[frame.releases.length - 1]!;

function statusOf(frame: PlatformFrame, version: string, release: Release): VersionStatus {
  if (compareVersions(version, frame.feature.since) < 0) return 'never';
  if (compareVersions(version, frame.feature.minimum) < 0) return 'unsupported';
  // a version is past its release's own only when no release holds it: newer than the newest
  return compareVersions(version, release.version, components(release.version).length) > 0 ? 'newer' : 'supported';
}

function osVersion(frame: PlatformFrame, version: string, release: Release, wholeRelease: boolean): OsVersion {
  const { minimum } = frame.feature;
  // "12" or "mojave": the release holds versions on both sides of the minimum
  const partly = wholeRelease && compareVersions(minimum, release.version, components(release.version).length) === 0 && compareVersions(minimum, release.version) > 0;
  const status = partly ? 'supported' : statusOf(frame, version, release);
  // a newer version is shown the newest release's steps, but it is not that release: no name
  const label = status === 'newer' ? `${frame.os} ${version}` : labelOf(frame, version, release);
  return { version, release, status, os: osName(frame, version), label, partly };
}

/** The newest release: the default when no version is asked for. */
export function newest(guide: GuideFrame, platform: VersionedPlatform): OsVersion {
  const frame = guide.platforms[platform];
  const release = newestRelease(frame);
  return osVersion(frame, release.version, release, false);
}

/** "1 to 18, 26, 27" or "10.13 (high sierra), ... 27 (golden gate)": for hints. */
export function knownReleases(guide: GuideFrame, platform: VersionedPlatform): string {
  const frame = guide.platforms[platform];
  const named = frame.releases.filter((r) => r.name && compareVersions(r.version, frame.feature.since) >= 0);
  if (named.length) return named.map((r) => `${r.version} (${r.name!.toLowerCase()})`).join(', ');
  const runs: string[][] = [];
  for (const r of frame.releases) {
    const last = runs[runs.length - 1];
    if (last && Number(r.version) === Number(last[last.length - 1]) + 1) last.push(r.version);
    else runs.push([r.version]);
  }
  return runs.map((run) => (run.length > 2 ? `${run[0]} to ${run[run.length - 1]}` : run.join(', '))).join(', ');
}

/** The release a name belongs to, on any versioned platform: for "that is a macOS name" hints. */
function nameOwner(guide: GuideFrame, wanted: string): { platform: VersionedPlatform; release: Release } | undefined {
  for (const platform of ['macos', 'ios', 'ipados'] as const) {
    const release = guide.platforms[platform].releases.find((r) => r.name && simplify(r.name) === wanted);
    if (release) return { platform, release };
  }
  return undefined;
}

/**
 * Resolves what a user typed for one platform: a number ("17", "18.2", "10.14.3") or a
 * release name ("ventura", "golden gate"). Throws a UsageError for input that is not a
 * version of that platform, and for a release that never existed ("iOS 20").
 */
export function resolveVersion(guide: GuideFrame, platform: VersionedPlatform, input: string): OsVersion {
  const frame = guide.platforms[platform];
  const text = input.trim();
  // for the errors only: listing the releases costs start-up time a valid version need not pay
  const known = (): string => `Known ${frame.os} releases: ${knownReleases(guide, platform)}.`;
  if (VERSION_PATTERN.test(text)) {
    let version = components(text).join('.');
    for (const [from, to] of Object.entries(frame.aliases ?? {})) {
      if (compareVersions(version, from, components(from).length) === 0) version = [...components(to), ...components(version).slice(components(from).length)].join('.');
    }
    const release = frame.releases.findLast((r) => compareVersions(version, r.version, components(r.version).length) === 0);
    if (release) return osVersion(frame, version, release, components(text).length <= components(release.version).length);
    const top = newestRelease(frame);
    if (compareVersions(version, top.version) > 0) return osVersion(frame, version, top, false);
    throw new UsageError(`there is no ${frame.os} ${version}`, known());
  }
  const wanted = simplify(text);
  const release = wanted ? frame.releases.find((r) => r.name && simplify(r.name) === wanted) : undefined;
  if (release) return osVersion(frame, release.version, release, true);
  const owner = wanted ? nameOwner(guide, wanted) : undefined;
  if (owner) throw new UsageError(`'${text}' is a ${guide.platforms[owner.platform].os} name, not a version of ${frame.os}`, known());
  throw new UsageError(`'${text}' is not a version of ${frame.os}`, `${example(frame)} ${known()}`);
}

/** "Give a number such as 27 or 27.1", or "... or a name such as golden-gate", from the newest release. */
function example(frame: PlatformFrame): string {
  const top = newestRelease(frame);
  const name = top.name ? ` or a name such as ${top.name.toLowerCase().replace(/\s+/g, '-')}` : ` or ${top.version}.1`;
  return `Give a number such as ${top.version}${name}.`;
}
