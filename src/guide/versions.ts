/**
 * OS versions: what users may type for `--os-version`, the releases the guide knows,
 * and version ranges in guide data. Versions are compared component by component.
 */
import { OS_LABEL, type VersionedPlatform } from './platforms.js';

/** One OS release the guide knows. `version` is its number as typed in data ("10.14", "26"). */
export interface Release {
  version: string;
  name?: string;
}

const IOS_RELEASES: readonly Release[] = ['12', '13', '14', '15', '16', '17', '18', '26'].map(
  (version) => ({ version }),
);

const MAC_RELEASES: readonly Release[] = [
  { version: '10.14', name: 'Mojave' },
  { version: '10.15', name: 'Catalina' },
  { version: '11', name: 'Big Sur' },
  { version: '12', name: 'Monterey' },
  { version: '13', name: 'Ventura' },
  { version: '14', name: 'Sonoma' },
  { version: '15', name: 'Sequoia' },
  { version: '26', name: 'Tahoe' },
];

export const RELEASES: Record<VersionedPlatform, readonly Release[]> = {
  ios: IOS_RELEASES,
  ipados: IOS_RELEASES,
  macos: MAC_RELEASES,
};

/** A version the user asked for, resolved to the release it belongs to. */
export interface OsVersion {
  /** The version as given, normalised ("18.2", "10.14.3"). */
  version: string;
  release: Release;
}

const NUMERIC = /^\d{1,3}(\.\d{1,3}){0,2}$/;

/** "18.2" -> [18, 2]. Callers pass strings matching NUMERIC. */
export function components(version: string): number[] {
  return version.split('.').map(Number);
}

/** Compares `a` with `b` over the first `length` components (missing ones count as 0). */
function compare(a: readonly number[], b: readonly number[], length: number): number {
  for (let i = 0; i < length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
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
  const v = components(version);
  if (range.min !== undefined) {
    const min = components(range.min);
    if (compare(v, min, min.length) < 0) return false;
  }
  if (range.max !== undefined) {
    const max = components(range.max);
    if (compare(v, max, max.length) > 0) return false;
  }
  return true;
}

function releaseOf(platform: VersionedPlatform, version: string): Release | undefined {
  const v = components(version);
  return RELEASES[platform].find((r) => {
    const rc = components(r.version);
    return compare(v, rc, rc.length) === 0;
  });
}

const simplify = (s: string): string => s.toLowerCase().replace(/[\s_-]+/g, '');

/**
 * Resolves what a user typed for one platform. Returns undefined when the platform
 * has no such release, so callers can say which releases it does have.
 */
export function resolveVersion(platform: VersionedPlatform, input: string): OsVersion | undefined {
  const text = input.trim();
  if (NUMERIC.test(text)) {
    const release = releaseOf(platform, text);
    return release && { version: components(text).join('.'), release };
  }
  const wanted = simplify(text);
  const release = RELEASES[platform].find((r) => r.name && simplify(r.name) === wanted);
  return release && { version: release.version, release };
}

/** The newest release of a platform: the default when no version is asked for. */
export function newest(platform: VersionedPlatform): OsVersion {
  const releases = RELEASES[platform];
  const release = releases[releases.length - 1]!;
  return { version: release.version, release };
}

/** "iOS 18.2", "macOS 13 Ventura", "macOS 10.14.3 Mojave". */
export function osLabel(platform: VersionedPlatform, os: OsVersion): string {
  const name = os.release.name ? ` ${os.release.name}` : '';
  return `${OS_LABEL[platform]} ${os.version}${name}`;
}

/** The releases a platform knows, for error messages: "12, 13, ... 26" or "10.14 (mojave), ...". */
export function knownReleases(platform: VersionedPlatform): string {
  return RELEASES[platform]
    .map((r) => (r.name ? `${r.version} (${r.name.toLowerCase()})` : r.version))
    .join(', ');
}
