import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CompiledGuide } from '../../src/guide/guide.js';
import { fitToWidth } from '../../src/render/fit.js';
import { FITTED_WIDTHS, prerenderedFile, type Prerendered } from '../../src/render/prerendered.js';
import { drawMarkdown } from '../../src/render/pretty.js';
import { memoryIO } from '../../src/io/memory-io.js';
import { run } from '../../src/main.js';
import { BUILT_GUIDE, cli, CONTEXT, ROOT } from '../helpers.js';

const DIR = `${ROOT}dist/pretty`;
const read = (file: string): Prerendered => JSON.parse(readFileSync(`${DIR}/${file}`, 'utf8')) as Prerendered;
const { topics } = JSON.parse(readFileSync(BUILT_GUIDE, 'utf8')) as CompiledGuide;

describe('views drawn by the build', () => {
  it('exist for every topic, as drawn and fitted to each stored width', () => {
    const expected = topics.flatMap((t) => [undefined, ...FITTED_WIDTHS].map((w) => prerenderedFile(t.id, w)));
    expect(readdirSync(DIR).sort()).toEqual(expected.sort());
  });
  it.each(topics.map((t) => [t.id]))('%s: each is exactly what drawing and fitting it live gives', (id) => {
    const drawn = read(prerenderedFile(id));
    expect(Object.keys(drawn).length).toBeGreaterThan(1);
    for (const [markdown, view] of Object.entries(drawn)) {
      expect(view.color).toBe(drawMarkdown(markdown, true));
      expect(view.plain).toBe(drawMarkdown(markdown, false));
      for (const width of FITTED_WIDTHS) {
        const fitted = read(prerenderedFile(id, width))[markdown]!;
        expect(fitted.color).toBe(fitToWidth(view.color, width));
        expect(fitted.plain).toBe(fitToWidth(view.plain, width));
      }
    }
  });
  it.each([[80], [100], [57], [20]])('pretty output is the same with and without them, %i columns', async (columns) => {
    for (const args of [['where', '--ios'], ['recover'], ['enable', '--mac']]) {
      const withViews = await cli(args, { outTTY: true, columns });
      const io = memoryIO({ outTTY: true, columns });
      await run(args, io, { ...CONTEXT, prerendered: undefined });
      expect(withViews.out).toContain('\u001b[');
      expect(withViews.out).toBe(io.out.text);
    }
  });
});
