/**
 * The units the build drew (dist/pretty/) are exactly what drawing them live gives,
 * and they cover every view of the built-in guide, at any version anyone can type.
 */
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readCompiledGuide } from '../../src/guide/load.js';
import { PLATFORMS, type Platform } from '../../src/guide/platforms.js';
import { resolveSelections } from '../../src/guide/select.js';
import { drawMarkdown } from '../../src/render/draw.js';
import { documentUnits, pageUnits } from '../../src/render/markdown.js';
import type { DrawnUnits } from '../../src/render/pretty.js';
import { viewChecklist } from '../../src/view/checklist.js';
import { viewTopic } from '../../src/view/topic.js';
import { BUILT_GUIDE, cli, CONTEXT, ROOT } from '../helpers.js';

const DIR = `${ROOT}dist/pretty`;
const read = (name: string): DrawnUnits => JSON.parse(readFileSync(`${DIR}/${name}.json`, 'utf8')) as DrawnUnits;
const guide = readCompiledGuide(BUILT_GUIDE);

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

describe('units drawn by the build', () => {
  it('exist for every topic and the checklist', () => {
    expect(readdirSync(DIR).sort()).toEqual([...guide.topics.map((t) => `topic-${t.id}.json`), 'checklist.json'].sort());
  });
  it.each([...guide.topics.map((t) => `topic-${t.id}`), 'checklist'])('%s: each is exactly what drawing it live gives, in every variant', (name) => {
    const stored = read(name);
    expect(Object.keys(stored).length).toBeGreaterThan(5);
    for (const [markdown, variants] of Object.entries(stored)) {
      expect(variants[0]).toBe(drawMarkdown(markdown, { color: false, links: false }));
      expect(variants[1]).toBe(drawMarkdown(markdown, { color: true, links: false }));
      expect(variants[2] ?? variants[1]).toBe(drawMarkdown(markdown, { color: true, links: true }));
    }
  });
  it('cover every view of every topic, for any platforms and any version typed', () => {
    fc.assert(
      fc.property(fc.constantFrom(...guide.topics.map((t) => t.id)), platforms, fc.option(version), (id, wanted, osVersion) => {
        const topic = guide.topics.find((t) => t.id === id)!;
        const chosen = selections(topic.platforms, wanted, osVersion ?? undefined);
        if (!chosen) return;
        const stored = read(`topic-${topic.id}`);
        const missing = documentUnits(viewTopic(guide, topic, chosen)).filter((u) => !Object.hasOwn(stored, u.markdown));
        expect(missing.map((u) => u.markdown)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });
  it('cover the checklist, printed and step by step, for any symptom, platform and version', () => {
    const checklist = guide.checklists[0]!;
    const stored = read('checklist');
    fc.assert(
      fc.property(fc.constantFrom(...checklist.symptoms.map((s) => s.id)), platforms, fc.option(version), (id, wanted, osVersion) => {
        const symptom = checklist.symptoms.find((s) => s.id === id)!;
        const chosen = selections(checklist.platforms, wanted, osVersion ?? undefined);
        if (!chosen) return;
        const view = viewChecklist(guide, checklist, [symptom], chosen);
        const pages = view.symptoms[0]!.platforms.flatMap((p) => p.steps.flatMap((step, i) => pageUnits({ kind: 'checklist-page', n: i + 1, of: p.steps.length, step })));
        const missing = [...documentUnits(view), ...pages].filter((u) => !Object.hasOwn(stored, u.markdown));
        expect(missing.map((u) => u.markdown)).toEqual([]);
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
