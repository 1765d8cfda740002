/**
 * The build's search products, made by this code (as `npm run build` makes them), give
 * what working everything out live gives: the path the CLI takes over the built-in guide
 * answers like the path it takes over custom data. Unlike tests/unit/search-stored.test.ts,
 * this reads nothing from dist/, so mutation testing runs it: a mutant in the stored path
 * that changes an answer differs from the live one.
 */
import { describe, expect, it } from 'vitest';
import { storedSearch } from '../../src/build/search-parts.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import type { VersionedPlatform } from '../../src/guide/platforms.js';
import * as live from '../../src/search/live.js';
import { indexTermWith, search } from '../../src/search/search.js';
import { FIXED_NAMES } from '../../src/spec.js';
import { BUILT_GUIDE } from '../helpers.js';
import { expectSameHits } from './search-requests.js';

const guide = readCompiledGuide(BUILT_GUIDE);
// made in each test, not once for the file: mutation testing credits the code a test runs
// to that test only, and would otherwise run none of these against a change to the build
const build = () => storedSearch(guide, FIXED_NAMES);

describe('search from the products the build makes', () => {
  it('gives the same hits as working everything out live, for any request and query', () => {
    const built = build();
    expectSameHits(guide, { stored: built.search, parts: built.parts, versions: built.versions, platforms: built.platforms, everywhere: built.everywhere }, 300);
  });
  it('answers the commonest requests from what it stored, without reading the parts of view classes', () => {
    const built = build();
    let reads = 0;
    let worked = 0;
    let versions = 0;
    let sets = 0;
    let everywhere = 0;
    const products = {
      stored: built.search,
      parts: () => (reads++, built.parts),
      versions: (platform: VersionedPlatform) => (versions++, built.versions[platform]),
      platforms: () => (sets++, built.platforms),
      everywhere: () => (everywhere++, built.everywhere),
      live: { liveShown: (...args: Parameters<typeof live.liveShown>) => (worked++, live.liveShown(...args)) },
    };
    const run = (platforms: ('ios' | 'macos')[], osVersion?: string) =>
      search(guide, osVersion ? { platforms, osVersion } : { platforms }, 'recently deleted', 10, built.search, indexTermWith(built.search.stems), products);
    expect(run(['ios']).map((hit) => hit.doc.id)).toContain('recover/ios-26');
    run([]);
    expect([reads, versions, worked]).toEqual([0, 0, 0]);
    // one platform at a version: the answers stored for its class
    expect(run(['ios'], '17').map((hit) => hit.shown.command)).toContain('facetime-help recover --ios --os-version 17');
    expect([reads, versions, worked]).toEqual([0, 1, 0]);
    // two without a version: the answers stored for the two
    expect(run(['ios', 'macos']).map((hit) => hit.shown.command)).toContain('facetime-help recover --mac');
    expect([reads, versions, sets, worked]).toEqual([0, 1, 1, 0]);
    // every platform at a version: the answers stored for their classes
    expect(run([], '15').map((hit) => hit.shown.command)).toContain('facetime-help recover --ios --os-version 15');
    expect([reads, versions, sets, everywhere, worked]).toEqual([0, 1, 1, 1, 0]);
    // two named at a version: worked out from the parts
    run(['ios', 'macos'], '15');
    expect([reads, versions, sets, everywhere, worked]).toEqual([1, 1, 1, 1, 1]);
  });
});
