/**
 * The guide says what FACTS.md says, per platform and version, marks included; and a
 * wrong edit to a menu path, a version range or a mark in data/ fails these tests.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileDataDir } from '../../src/guide/compile.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { BUILT_GUIDE, CONTEXT, ROOT } from '../helpers.js';
import { FACTS, factProblems } from './facts.table.js';

describe('facts, per platform and version', () => {
  it.each(FACTS.map((f) => [f.args, f] as const))('%s', async (_, fact) => {
    expect(await factProblems(fact)).toEqual([]);
  });
});

describe('sources', () => {
  const guide = readCompiledGuide(BUILT_GUIDE);
  const sources = guide.topics.flatMap((t) => [...(t.sources ?? []), ...t.sections.flatMap((s) => s.sources ?? [])]);
  const checklistSources = guide.checklists.flatMap((c) => c.steps.flatMap((s) => (s.sections ?? []).flatMap((x) => x.sources ?? [])));
  it('are pages, never landing pages, and Apple\'s are on Apple\'s hosts', () => {
    const all = [...sources, ...checklistSources];
    expect(all.length).toBeGreaterThan(30);
    expect(all.filter((s) => /\/welcome\b|^https:\/\/[^/]+\/?$/.test(s.url))).toEqual([]);
    for (const s of all) expect(new URL(s.url).hostname.endsWith('apple.com'), s.url).toBe(s.kind === 'apple');
  });
  it('every section names its sources, but those whose facts FACTS.md gives no page for', () => {
    // the iOS 12 to 17 and Mac layouts, iCloud.com, iCloud Photos sync, the Mac screenshot
    // keys, who needs the setting, and iOS 13's unverified Recently Deleted
    const NO_PAGE = ['enable/who', 'recover/icloud', 'recover/ios-13', 'recover/ios-14', 'recover/sync', 'screenshot/mac', 'where/find-ios-12', 'where/find-ios-13', 'where/find-mac', 'where/other-devices', 'where/web'];
    const withoutSources = guide.topics.flatMap((t) => t.sections.filter((s) => !s.sources?.length).map((s) => `${t.id}/${s.id}`));
    expect(withoutSources.filter((id) => !NO_PAGE.includes(id))).toEqual([]);
  });
});

/** Copies data/, applies one edit (which must apply), and compiles it to a guide of its own. */
function mutated(file: string, from: string, to: string): typeof CONTEXT {
  const dir = mkdtempSync(join(tmpdir(), 'fth-mutant-'));
  cpSync(`${ROOT}data`, dir, { recursive: true });
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  expect(text, `${file} holds ${from}`).toContain(from);
  writeFileSync(path, text.replace(from, to));
  const guide = join(dir, 'guide.json');
  writeFileSync(guide, JSON.stringify(compileDataDir(dir)));
  return { ...CONTEXT, builtInGuide: guide, products: undefined };
}

describe('a wrong edit to the data fails the facts', () => {
  it.each([
    ['a menu path', 'topics/where.yaml', 'menu: [Collections, Media Types, Live Photos]', 'menu: [Albums, Media Types, Live Photos]'],
    ['a menu path', 'topics/recover.yaml', 'menu: [Albums, Other Albums, Recently Deleted]', 'menu: [Albums, Utilities, Recently Deleted]'],
    ['a menu path', 'topics/enable.yaml', 'menu: [FaceTime, Preferences…, Settings]', 'menu: [FaceTime, Settings…]'],
    ['a key', 'topics/screenshot.yaml', 'keys: [Top button, either volume button]', 'keys: [Side button, Volume Up]'],
    ['a version range', 'topics/enable.yaml', 'os: { ios: { min: "18" }, ipados: { min: "18" } }', 'os: { ios: { min: "19" }, ipados: { min: "19" } }'],
    ['a version range', 'topics/where.yaml', 'os: { ios: { min: "16.1" }, ipados: { min: "16.1" }, macos: { min: "13" } }', 'os: { ios: { min: "16" }, ipados: { min: "16" }, macos: { min: "13" } }'],
    ['a version range', 'topics/recover.yaml', 'os: { macos: { min: "15", max: "15" } }', 'os: { macos: { min: "15" } }'],
    ['a version range', 'topics/enable.yaml', 'os: { macos: { max: "10.13" } }', 'os: { macos: { max: "12" } }'],
    ['a mark', 'topics/capture.yaml', '      - text: Click the shutter button.\n        verified: false', '      - text: Click the shutter button.'],
    ['a mark', 'topics/smart-album.yaml', "        os: { macos: { min: \"12\" } }\n        verified: false", "        os: { macos: { min: \"12\" } }"],
    ['a mark', 'topics/where.yaml', '        menu: [Settings, "[your name]", iCloud, Photos]\n        verified: false', '        menu: [Settings, "[your name]", iCloud, Photos]'],
    ['the carried-over release', 'guide.yaml', 'carriedOver: { release: "27", from: "26" }', 'carriedOver: { release: "26", from: "18" }'],
    ['the minimum version', 'guide.yaml', 'minimum: "12.1.4"', 'minimum: "12.1"'],
    ['a fact', 'topics/recover.yaml', 'about 30 days', 'about 40 days'],
  ])('%s in %s', async (_, file, from, to) => {
    const context = mutated(file, from, to);
    const problems = (await Promise.all(FACTS.map((fact) => factProblems(fact, context)))).flat();
    expect(problems.length).toBeGreaterThan(0);
  });
});
