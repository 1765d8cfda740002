/**
 * Custom data laid over the guide, piece by piece, and the names topics and platforms
 * answer to.
 */
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/errors.js';
import { BUILT_IN, topicCommands, topicNames, type Guide } from '../../src/guide/guide.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { mergeById, overlay } from '../../src/guide/overlay.js';
import { parsePlatform } from '../../src/guide/platforms.js';
import type { Checklist, Topic } from '../../src/guide/schema.js';
import { BUILT_GUIDE } from '../helpers.js';

const compiled = readCompiledGuide(BUILT_GUIDE);
const guide: Guide = { ...compiled, origins: Object.fromEntries(compiled.topics.map((t) => [t.id, BUILT_IN])) };
const where = guide.topics.find((t) => t.id === 'where')!;
const builtIn = guide.checklists[0]!;
const layer = (topics: Topic[], checklists: Checklist[] = []) => ({ dir: '/custom', topics, checklists: checklists.map((checklist) => ({ file: '/custom/checklists/c.yaml', checklist })) });

describe('mergeById', () => {
  it('replaces items by id in place and appends new ones in their order', () => {
    expect(mergeById([{ id: 'a', n: 1 }, { id: 'b', n: 1 }], [{ id: 'c', n: 2 }, { id: 'a', n: 2 }, { id: 'd', n: 2 }])).toEqual([
      { id: 'a', n: 2 }, { id: 'b', n: 1 }, { id: 'c', n: 2 }, { id: 'd', n: 2 },
    ]);
  });
});

describe('overlay', () => {
  it("replaces a topic's header and the sections it names, keeps the rest and its sources unless given", () => {
    const custom: Topic = { id: 'where', title: 'Where, for staff', summary: 'Ours.', platforms: ['macos', 'windows'], sections: [{ id: where.sections[0]!.id, title: 'Replaced', steps: [{ text: 'Ours.' }] }, { id: 'extra', title: 'Extra', steps: [{ text: 'More.' }] }] };
    const out = overlay(guide, layer([custom]));
    const merged = out.topics.find((t) => t.id === 'where')!;
    expect(out.topics.map((t) => t.id)).toEqual(guide.topics.map((t) => t.id));
    expect(merged.title).toBe('Where, for staff');
    expect(merged.platforms).toEqual([...new Set([...where.platforms, 'windows'])]);
    expect(merged.sections.map((s) => s.title)).toEqual(['Replaced', ...where.sections.slice(1).map((s) => s.title), 'Extra']);
    expect(merged.sources).toEqual(where.sources);
    expect(out.origins.where).toBe('/custom');
    expect(out.origins.capture).toBe(BUILT_IN);
    const ownSources = overlay(guide, layer([{ ...custom, sources: [{ url: 'https://example.com/', kind: 'other' }] }])).topics.find((t) => t.id === 'where')!;
    expect(ownSources.sources).toEqual([{ url: 'https://example.com/', kind: 'other' }]);
  });
  it('adds a topic with a new id after the built-in ones, once', () => {
    const added: Topic = { id: 'helpdesk', title: 'Help desk', summary: 'Ours.', platforms: ['macos'], sections: [{ id: 's', title: 'S', steps: [{ text: 'x' }] }] };
    const out = overlay(guide, layer([added]));
    expect(out.topics.map((t) => t.id)).toEqual([...guide.topics.map((t) => t.id), 'helpdesk']);
    expect(guide.topics.some((t) => t.id === 'helpdesk')).toBe(false);
  });
  it('lays a checklist over the built-in one by symptom and step, and adds one with a new id', () => {
    const step = builtIn.steps[0]!;
    const patch: Checklist = { ...builtIn, title: 'Ours', platforms: ['ios'], symptoms: [{ ...builtIn.symptoms[0]!, title: 'Renamed' }], steps: [{ ...step, title: 'Step, ours' }] };
    const other: Checklist = { ...builtIn, id: 'second', title: 'Second' };
    const out = overlay(guide, layer([], [patch, other]));
    expect(out.checklists.map((c) => c.id)).toEqual(['troubleshoot', 'second']);
    const merged = out.checklists[0]!;
    expect(merged.title).toBe('Ours');
    expect(merged.platforms).toEqual(builtIn.platforms);
    expect(merged.symptoms.map((s) => s.title)).toEqual(['Renamed', ...builtIn.symptoms.slice(1).map((s) => s.title)]);
    expect(merged.steps.map((s) => s.title)).toEqual(['Step, ours', ...builtIn.steps.slice(1).map((s) => s.title)]);
    expect(guide.checklists).toHaveLength(1);
  });
  it('refuses a checklist whose references do not resolve once laid over, naming its file', () => {
    const broken: Checklist = { ...builtIn, symptoms: [{ ...builtIn.symptoms[0]!, steps: ['ghost'] }] };
    try {
      overlay(guide, layer([], [broken]));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DataError);
      expect((error as DataError).problems).toEqual(["/custom/checklists/c.yaml: symptoms[0].steps[0]: no step 'ghost'"]);
    }
  });
});

describe('names', () => {
  it('gives each topic its command and the aliases still free, first come first served', () => {
    const t = (id: string, extra: Partial<Topic> = {}): Topic => ({ id, title: id, summary: 's', platforms: ['ios'], sections: [], ...extra });
    const commands = topicCommands([t('a', { aliases: ['x', 'help', 'a'] }), t('b', { command: 'x' }), t('c', { aliases: ['x', 'y'] }), t('d', { command: 'help' })], ['help']);
    expect(commands.map((c) => [c.topic.id, c.name, c.aliases])).toEqual([['a', 'a', ['x']], ['c', 'c', ['y']]]);
    expect(topicNames(t('a', { command: 'b', aliases: ['c', 'a'] }))).toEqual(['a', 'b', 'c']);
  });
  it('knows each platform by its names, in any case and spacing, and nothing from Object.prototype', () => {
    const names: [string, string][] = [['ios', 'ios'], ['iPhone', 'ios'], ['ipados', 'ipados'], ['iPad', 'ipados'], ['macOS', 'macos'], ['Mac', 'macos'], ['osx', 'macos'], ['Windows', 'windows'], ['win', 'windows'], ['web', 'web'], ['iCloud', 'web'], [' iCloud.com ', 'web']];
    for (const [word, platform] of names) expect(parsePlatform(word), word).toBe(platform);
    for (const word of ['android', 'constructor', '__proto__', 'toString', '']) expect(parsePlatform(word), word).toBeUndefined();
  });
});
