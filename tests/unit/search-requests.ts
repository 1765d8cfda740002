/**
 * Requests and queries for the search property tests: any version a user might type, any
 * set of platforms, and queries made of the built-in guide's own words and a few traps.
 */
import fc from 'fast-check';
import type { Guide } from '../../src/guide/guide.js';
import { PLATFORMS, type VersionedPlatform } from '../../src/guide/platforms.js';
import { tokens } from '../../src/search/rank.js';
import type { SearchDoc } from '../../src/search/documents.js';
import * as liveSearch from '../../src/search/live.js';
import { indexTerm, stemmer } from '../../src/search/stemmed.js';
import { indexTermWith, search, unstemmed, type StoredClassParts, type StoredPlatforms, type StoredSearch, type StoredVersions } from '../../src/search/search.js';
import { FIXED_NAMES } from '../../src/spec.js';
import { expect } from 'vitest';

/** A number of one to three parts, or a release name. */
export const version = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 20 })), fc.option(fc.integer({ min: 0, max: 9 }))).map(([a, b, c]) => [a, b, b === null ? null : c].filter((x) => x !== null).join('.')),
  fc.constantFrom('mojave', 'high sierra', 'golden-gate', 'tahoe', 'catalina', '10.14.3', '10.16', '12.1.4', '12', '13', '26', '27', '28'),
);

export const request = fc.record({ platforms: fc.subarray([...PLATFORMS]), osVersion: fc.option(version, { nil: undefined }) }).map((r) => (r.osVersion === undefined ? { platforms: r.platforms } : r));

/** The words of the documents' titles and names and of every line search can show, longer than two letters. */
export function guideWords(docs: readonly SearchDoc[], lines: readonly string[]): string[] {
  return [...new Set(docs.flatMap((d) => [d.title, d.parentTitle, d.names].flatMap(tokens)).concat(lines.flatMap(tokens)))].filter((w) => w.length > 2);
}

export const query = (words: readonly string[]) =>
  fc.array(fc.constantFrom(...words, 'screnshot', 'recently', 'constructor', '__proto__'), { minLength: 1, maxLength: 3 }).map((q) => q.join(' '));

/**
 * Search from the build's products (as the CLI runs it over the built-in guide) gives
 * what working everything out live gives (as over any other data), or the same error.
 */
export function expectSameHits(guide: Guide, built: { stored: StoredSearch; parts: StoredClassParts; versions: Record<VersionedPlatform, StoredVersions>; platforms: StoredPlatforms; everywhere: StoredVersions }, numRuns: number): void {
  const live = liveSearch.indexGuide(guide, FIXED_NAMES, indexTerm);
  const { stored } = built;
  // the stemmer only for a query that needs it, as the CLI loads it: any other word without a stored stem throws
  const termOf = (q: string) => indexTermWith(stored.stems, unstemmed(q, stored.stems) ? stemmer : undefined);
  const fromStore = (r: Parameters<typeof search>[1], q: string) => search(guide, r, q, 20, stored, termOf(q), { stored, parts: () => built.parts, versions: (platform) => built.versions[platform], platforms: () => built.platforms, everywhere: () => built.everywhere, live: liveSearch });
  const allLive = (r: Parameters<typeof search>[1], q: string) => search(guide, r, q, 20, live, indexTerm, { live: liveSearch });
  fc.assert(
    fc.property(request, query(guideWords(live.docs, stored.lines)), (r, q) => {
      let expected;
      try {
        expected = allLive(r, q);
      } catch (error) {
        expect(() => fromStore(r, q)).toThrow((error as Error).message);
        return;
      }
      expect(fromStore(r, q)).toEqual(expected);
    }),
    { numRuns },
  );
}
