/**
 * The rules guide data must keep beyond its schema, each with the exact problem
 * `validate` prints: file, field path and what is wrong.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { checkChecklist, checkFrame, checkTopic, formatPath } from '../../src/guide/check.js';
import { checklistProblems } from '../../src/guide/rules.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import type { Checklist, Topic } from '../../src/guide/schema.js';
import { BUILT_GUIDE, ROOT } from '../helpers.js';

const guide = readCompiledGuide(BUILT_GUIDE);
const frameData = () => load(readFileSync(`${ROOT}data/guide.yaml`, 'utf8')) as Record<string, any>;

// The schemas are made once, on first use. Made here, outside any test, so that mutation
// testing runs every test of this file against a change to them, not only the first to ask;
// a change that makes checking throw fails the tests below, not the loading of this file.
for (const warm of [() => checkTopic('-', {}), () => checkChecklist('-', {}), () => checkFrame('-', {}, [])]) {
  try {
    warm();
  } catch {
    // see above
  }
}

const topic = (extra: Record<string, unknown> = {}, section: Record<string, unknown> = {}): Record<string, unknown> => ({
  id: 't',
  title: 'A topic',
  summary: 'What it is about.',
  platforms: ['ios', 'macos'],
  sections: [{ id: 's', title: 'A section', steps: [{ text: 'Do this.' }], ...section }],
  ...extra,
});

describe('checking a topic', () => {
  it('says what a well-formed id, version and address look like', () => {
    const r = checkTopic('t.yaml', topic({ id: 'Bad_Id' }, { os: { ios: { min: 'seventeen' } }, sources: [{ url: 'http://example.com/', kind: 'apple' }] }));
    expect(r.problems).toEqual([
      't.yaml: id: must be lower-case letters, digits and dashes (at most 40)',
      't.yaml: sections[0].os.ios.min: must be a version number such as "17", "18.2" or "10.14.3"',
      't.yaml: sections[0].sources[0].url: must be an https:// address without spaces, quotes or angle brackets',
    ]);
  });
  it('accepts a sound topic', () => {
    const r = checkTopic('t.yaml', topic());
    expect(r.problems).toEqual([]);
    expect(r.topic?.id).toBe('t');
  });
  it("names a platform a section or step has that its parent has not, and an os range for a platform not its own", () => {
    const r = checkTopic('t.yaml', topic({}, { platforms: ['ios', 'windows'], os: { macos: { min: '13' } }, steps: [{ text: 'x', platforms: ['macos'] }] }));
    expect(r.topic).toBeUndefined();
    expect(r.problems).toEqual([
      "t.yaml: sections[0].platforms: 'windows' is not among its parent's platforms (ios, macos)",
      "t.yaml: sections[0].os.macos: 'macos' is not among the platforms this holds for",
      "t.yaml: sections[0].steps[0].platforms: 'macos' is not among its parent's platforms (ios, windows)",
    ]);
  });
  it('refuses an empty version range but takes min 17.5 with max 17', () => {
    expect(checkTopic('t.yaml', topic({}, { os: { ios: { min: '18', max: '17' } } })).problems).toEqual(['t.yaml: sections[0].os.ios: min is above max']);
    expect(checkTopic('t.yaml', topic({}, { os: { ios: { min: '17.5', max: '17' } } })).problems).toEqual([]);
  });
  it("refuses kind 'apple' for a page off apple.com, on the topic and on a section", () => {
    const bad = { url: 'https://example.com/apple.com', kind: 'apple' };
    const lookalike = { url: 'https://notapple.com/x', kind: 'apple' };
    const r = checkTopic('t.yaml', topic({ sources: [bad] }, { sources: [{ url: 'https://support.apple.com/x', kind: 'apple' }, lookalike] }));
    expect(r.problems).toEqual(["t.yaml: sources[0]: kind 'apple' needs an apple.com address", "t.yaml: sections[0].sources[1]: kind 'apple' needs an apple.com address"]);
    expect(checkTopic('t.yaml', topic({ sources: [{ url: 'https://apple.com/x', kind: 'apple' }, { url: 'https://example.com/', kind: 'other' }] })).problems).toEqual([]);
  });
  it('names a section id used twice', () => {
    const value = topic();
    (value.sections as unknown[]).push({ id: 's', title: 'Again', steps: [{ text: 'x' }] });
    expect(checkTopic('t.yaml', value).problems).toEqual(["t.yaml: sections[1].id: 's' is used twice"]);
  });
  it('gives schema problems with their field paths', () => {
    expect(checkTopic('t.yaml', { ...topic(), title: 3 }).problems).toEqual(['t.yaml: title: Invalid input: expected string, received number']);
    expect(formatPath(['sections', 2, 'steps', 0, 'text'])).toBe('sections[2].steps[0].text');
    expect(formatPath([])).toBe('(top level)');
    expect(formatPath([0])).toBe('[0]');
  });
});

describe('checking a checklist', () => {
  const base = (): Checklist => structuredClone(guide.checklists[0]!) as Checklist;
  it('accepts the built-in one and returns it', () => {
    const r = checkChecklist('c.yaml', base());
    expect(r.problems).toEqual([]);
    expect(r.checklist?.id).toBe('troubleshoot');
    expect(checklistProblems('c.yaml', base(), guide.topics)).toEqual([]);
  });
  it('names a step with nothing to say, a use of a missing topic or section, a missing step, a bad own section', () => {
    const c = base();
    c.steps[0] = { id: c.steps[0]!.id, title: 'Empty' };
    c.steps[1] = { ...c.steps[1]!, use: ['nope/x', 'where/nope'] };
    c.steps[2] = { ...c.steps[2]!, use: undefined, sections: [{ id: 'own', title: 'Own', platforms: ['android' as never], steps: [{ text: 'x' }] }] };
    c.symptoms[0] = { ...c.symptoms[0]!, steps: [...c.symptoms[0]!.steps, 'ghost'] };
    const problems = checklistProblems('c.yaml', c, guide.topics);
    expect(problems).toContain(`c.yaml: steps[0]: needs 'use' or 'sections'`);
    expect(problems).toContain(`c.yaml: steps[1].use[0]: no topic 'nope'`);
    expect(problems).toContain(`c.yaml: steps[1].use[1]: topic 'where' has no section 'nope'`);
    expect(problems).toContain(`c.yaml: steps[2].sections[0].platforms: 'android' is not among its parent's platforms (${c.platforms.join(', ')})`);
    expect(problems).toContain(`c.yaml: symptoms[0].steps[${c.symptoms[0]!.steps.length - 1}]: no step 'ghost'`);
    expect(problems).toHaveLength(5);
  });
  it('gives schema problems with their field paths', () => {
    expect(checkChecklist('c.yaml', { ...base(), title: 3 })).toEqual({ problems: ['c.yaml: title: Invalid input: expected string, received number'] });
  });
  it('takes a use only as a whole "topic-id/section-id"', () => {
    const c = base();
    c.steps[1] = { ...c.steps[1]!, use: ['see where/find-ios', 'where/find-ios now', 'where/find-ios'] };
    expect(checkChecklist('c.yaml', c).problems).toEqual([
      'c.yaml: steps[1].use[0]: must be "topic-id/section-id"',
      'c.yaml: steps[1].use[1]: must be "topic-id/section-id"',
    ]);
  });
});

describe('checking the guide frame', () => {
  const topics = guide.topics as Topic[];
  it('accepts the built-in one and returns it', () => {
    const r = checkFrame('guide.yaml', frameData(), topics);
    expect(r.problems).toEqual([]);
    expect(r.frame?.platforms.ios.releases.at(-1)?.version).toBe('27');
  });
  it('names a release given twice', () => {
    const frame = frameData();
    frame.platforms.ipados.releases.splice(5, 0, { ...frame.platforms.ipados.releases[4] });
    const twice = frame.platforms.ipados.releases[5].version;
    expect(checkFrame('guide.yaml', frame, topics).problems).toEqual([`guide.yaml: platforms.ipados.releases[5]: ${twice} is not after ${twice}`]);
  });
  it('names releases out of order, a minimum below the first release, unknown topics in order and update', () => {
    const frame = frameData();
    const ios = frame.platforms.ios;
    ios.releases.splice(1, 0, { ...ios.releases[3] });
    frame.platforms.macos.feature.minimum = '10.12';
    frame.order = ['where', 'ghost'];
    frame.update = [...frame.update, 'ghost/x'];
    const r = checkFrame('guide.yaml', frame, topics);
    expect(r.frame).toBeUndefined();
    expect(r.problems).toEqual([
      `guide.yaml: update[${frame.update.length - 1}]: no topic 'ghost'`,
      "guide.yaml: order[1]: no topic 'ghost'",
      `guide.yaml: platforms.ios.releases[2]: ${ios.releases[2].version} is not after ${ios.releases[1].version}`,
      'guide.yaml: platforms.macos.feature: minimum is below since',
    ]);
  });
  it('takes a minimum equal to the first release', () => {
    const frame = frameData();
    frame.platforms.ios.feature.minimum = frame.platforms.ios.feature.since;
    expect(checkFrame('guide.yaml', frame, topics).problems).toEqual([]);
  });
  it('gives schema problems with their field paths', () => {
    for (const reviewed of ['22 November 2026', 'on 2026-11-22', '2026-11-22 or so']) {
      expect(checkFrame('guide.yaml', { ...frameData(), reviewed }, topics).problems, reviewed).toEqual(['guide.yaml: reviewed: must be a date, YYYY-MM-DD']);
    }
  });
});
