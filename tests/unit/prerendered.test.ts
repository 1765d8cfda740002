/**
 * The units the build drew (dist/pretty/) are exactly what drawing them live gives,
 * and they cover every view of the built-in guide, at any version anyone can type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { representativeVersions } from '../../src/build/prerender.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { isVersioned, PLATFORMS, type Platform } from '../../src/guide/platforms.js';
import { resolveSelections } from '../../src/guide/select.js';
import { drawMarkdown } from '../../src/render/draw.js';
import { fitToWidth } from '../../src/render/fit.js';
import { documentUnits, endMarkdown, pageUnits, type Unit } from '../../src/render/markdown.js';
import { FITTED_WIDTHS, storedName, unitKey, VARIANTS } from '../../src/render/stored.js';
import { viewChecklist } from '../../src/view/checklist.js';
import { viewTopic } from '../../src/view/topic.js';
import { BUILT_GUIDE, cli, CONTEXT, ROOT } from '../helpers.js';

const DIR = `${ROOT}dist/pretty`;
const read = (product: string): Record<string, string> => JSON.parse(readFileSync(`${ROOT}dist/${product}.json`, 'utf8')) as Record<string, string>;
const guide = readCompiledGuide(BUILT_GUIDE);
const DRAW = { plain: { color: false, links: false }, color: { color: true, links: false }, links: { color: true, links: true } } as const;
/** Every stored file: [name, platform] for each topic's platforms and the checklist's. */
const STORED: [string, Platform][] = [
  ...guide.topics.flatMap((t) => t.platforms.map((p) => [`topic-${t.id}`, p] as [string, Platform])),
  ...guide.checklists[0]!.platforms.map((p) => ['checklist', p] as [string, Platform]),
];
/** The units of a view a platform's stored file lacks. */
const missing = (name: string, platform: Platform, units: readonly Unit[]): string[] => {
  const stored = read(storedName(name, platform, 'plain'));
  return units.filter((u) => !Object.hasOwn(stored, unitKey(u.markdown))).map((u) => u.markdown);
};

/** Any version a user might type: a number of one to three parts, or a release name. */
const version = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.option(fc.integer({ min: 0, max: 20 })), fc.option(fc.integer({ min: 0, max: 9 }))).map(([a, b, c]) => [a, b, b === null ? null : c].filter((x) => x !== null).join('.')),
  fc.constantFrom('mojave', 'high sierra', 'golden-gate', 'tahoe', 'tiger', 'catalina', '10.14.3', '10.16', '12.1.4', '12', '999'),
);
const platforms = fc.subarray([...PLATFORMS], { minLength: 1 });

/** The selections for a request, or none when the request is a usage error. */
function selections(covered: readonly Platform[], wanted: Platform[], osVersion: string | undefined) {
  try {
    return resolveSelections(guide.frame, covered, { platforms: wanted.filter((p) => covered.includes(p)), ...(osVersion && { osVersion }) }, 'test');
  } catch {
    return undefined;
  }
}

/** The markdown of every unit the build can have stored for a name and platform, by key. */
function allUnits(name: string, platform: Platform): Map<string, string> {
  const units: Unit[] = [];
  const versions = isVersioned(platform) ? representativeVersions(guide, platform) : [];
  if (name === 'checklist') {
    const checklist = guide.checklists[0]!;
    for (const fixed of [true, false]) units.push({ markdown: endMarkdown({ kind: 'checklist-end', platform, fixed, text: fixed ? checklist.fixed : checklist.exhausted, support: checklist.support }) });
    for (const v of [undefined, ...versions]) {
      const chosen = selections(checklist.platforms, [platform], v);
      if (!chosen) continue;
      const view = viewChecklist(guide, checklist, checklist.symptoms, chosen);
      units.push(...documentUnits(view), ...view.symptoms.flatMap((s) => s.platforms.flatMap((p) => p.steps.flatMap((step, i) => pageUnits({ kind: 'checklist-page', platform, n: i + 1, of: p.steps.length, step })))));
    }
  } else {
    const topic = guide.topics.find((t) => `topic-${t.id}` === name)!;
    for (const v of [undefined, ...versions]) {
      const chosen = selections(topic.platforms, [platform], v);
      if (chosen) units.push(...documentUnits(viewTopic(guide, topic, chosen)));
    }
  }
  return new Map(units.map((u) => [unitKey(u.markdown), u.markdown]));
}

describe('units drawn by the build', () => {
  it('exist for every topic and the checklist, per platform, variant and width', () => {
    const expected = STORED.flatMap(([name, platform]) => VARIANTS.flatMap((v) => [undefined, ...FITTED_WIDTHS].map((w) => `${storedName(name, platform, v, w).slice('pretty/'.length)}.json`)));
    expect(readdirSync(DIR).sort()).toEqual(expected.sort());
  });
  it.each(STORED)('%s %s: each is exactly what drawing it live gives, in every variant, and fitted to each width', async (name, platform) => {
    const markdown = allUnits(name, platform);
    for (const variant of VARIANTS) {
      const stored = read(storedName(name, platform, variant));
      expect(Object.keys(stored).length).toBeGreaterThan(3);
      for (const [key, drawn] of Object.entries(stored)) {
        expect(markdown.has(key), `a unit the views never show: ${key}`).toBe(true);
        expect(drawn).toBe(drawMarkdown(markdown.get(key)!, DRAW[variant]));
        for (const width of FITTED_WIDTHS) expect(read(storedName(name, platform, variant, width))[key]).toBe((await fitToWidth(drawn, width)).slice(0, -1));
      }
    }
  });
  it('cover every view of every topic, for any platforms and any version typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...guide.topics.map((t) => t.id)), platforms, fc.option(version), (id, wanted, osVersion) => {
        const topic = guide.topics.find((t) => t.id === id)!;
        const chosen = selections(topic.platforms, wanted, osVersion ?? undefined);
        if (!chosen) return;
        const view = viewTopic(guide, topic, chosen);
        for (const p of view.platforms) expect(missing(`topic-${topic.id}`, p.platform, documentUnits({ ...view, platforms: [p] }))).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
  it('cover the checklist, printed and step by step, for any symptom, platform and version', () => {
    const checklist = guide.checklists[0]!;
    fc.assert(
      fc.property(fc.constantFrom(...checklist.symptoms.map((s) => s.id)), platforms, fc.option(version), (id, wanted, osVersion) => {
        const symptom = checklist.symptoms.find((s) => s.id === id)!;
        const chosen = selections(checklist.platforms, wanted, osVersion ?? undefined);
        if (!chosen) return;
        for (const selection of chosen) {
          const view = viewChecklist(guide, checklist, [symptom], [selection]);
          const pages = view.symptoms[0]!.platforms.flatMap((p) => p.steps.flatMap((step, i) => pageUnits({ kind: 'checklist-page', platform: p.platform, n: i + 1, of: p.steps.length, step })));
          expect(missing('checklist', selection.platform, [...documentUnits(view), ...pages])).toEqual([]);
        }
      }),
      { numRuns: 300 },
    );
  });
  it.each([[80], [100], [57], [20]])('pretty output is the same with and without them, %i columns', async (columns) => {
    for (const args of [['where', '--ios'], ['recover'], ['enable', '--mac', '--os-version', 'high-sierra'], ['where', '--ios', '--os-version', '17.5'], ['troubleshoot', '--no-input', '--symptom', 'deleted']]) {
      for (const env of [{}, { NO_COLOR: '1' }, { FORCE_HYPERLINK: '1' }]) {
        const stored = await cli(args, { outTTY: true, columns, env });
        const live = await cli(args, { outTTY: true, columns, env }, { ...CONTEXT, products: undefined });
        expect(stored.out).toBe(live.out);
        expect(stored.out.length).toBeGreaterThan(200);
      }
    }
  });
});

describe('the key of a unit', () => {
  it('tells apart texts that differ in one character anywhere, in length only, or past ASCII', () => {
    const base = 'Open **Photos** > Library, then look for the photo you took.';
    const variants = [base, `${base}\u0000`, `${base} `, base.slice(1), `é${base.slice(1)}`, `${base.slice(0, -1)}!`, '', '\u0000', 'a', 'a\u0000', 'ab', 'ba'];
    for (let i = 0; i < base.length; i++) variants.push(`${base.slice(0, i)}#${base.slice(i + 1)}`);
    const keys = new Set(variants.map(unitKey));
    expect(keys.size).toBe(new Set(variants).size);
    expect(unitKey(base)).toBe(unitKey(`${base}`));
    expect(unitKey(base)).toMatch(/^[0-9a-z]{2,14}$/);
  });
});
