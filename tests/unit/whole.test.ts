/**
 * Answers the build rendered whole (dist/whole/) are what the CLI prints without them,
 * and only the answer they are is ever taken from them.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { atVersion, atVersionNames, formats, wholeCommands } from '../../src/build/whole.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { PLATFORM_FLAG } from '../../src/guide/platforms.js';
import { answerAt, answerFor, atVersionFile, jsonAnswerFor, OS_SLOT, readAtVersion, SLOT, type AtVersionAnswers } from '../../src/render/stored.js';
import { productsIn } from '../../src/io/products.js';
import { BUILT_GUIDE, cli, CONTEXT, ROOT } from '../helpers.js';
import { version } from './search-requests.js';

const LIVE = { ...CONTEXT, products: undefined };
const GUIDE = readCompiledGuide(BUILT_GUIDE);
const COMMANDS = wholeCommands(GUIDE);
const AT_VERSION = atVersion(GUIDE);
/** An OS as a stored answer's `want` carries it (only json answers print it). */
const OS = { name: 'iOS', version: '17', release: '17', status: 'supported' as const };
const stored = (name: string): string => JSON.parse(readFileSync(`${ROOT}dist/${name}.json`, 'utf8')) as string;
const storedTable = (name: string): AtVersionAnswers => readAtVersion(readFileSync(`${ROOT}dist/${name}`))!;

describe('answers rendered whole by the build', () => {
  it('are all there, and nothing else', () => {
    const names = [...COMMANDS.keys(), ...atVersionNames(GUIDE)];
    // answers are JSON strings; tables at a version, files of their own (atVersionFile)
    expect(readdirSync(`${ROOT}dist/whole`).sort()).toEqual(names.map((n) => n.slice('whole/'.length)).map((n) => (n.endsWith('.txt') ? n : `${n}.json`)).sort());
  });
  it.each([...COMMANDS])('%s is what the command prints worked out live', async (name, { args, env }) => {
    const live = await cli(args, { env }, LIVE);
    expect(live.code).toBe(0);
    expect(stored(name)).toBe(live.out);
    expect((await cli(args, { env })).out).toBe(live.out);
  });
  it.each([
    [['troubleshoot', '--no-input', '--ios']],
    [['troubleshoot', '--no-input', '--os-version', '17']],
    [['troubleshoot', '--no-input', '--symptom', 'deleted', '--ios']],
    [['troubleshoot', '--no-input', '--format', 'pretty', '--color']],
  ])('%j (another answer, or another width) is what working it out live prints, not one of them', async (args) => {
    const options = { env: { COLUMNS: '64' } };
    const out = (await cli(args, options)).out;
    expect(out).toBe((await cli(args, options, LIVE)).out);
    expect(out).not.toBe(stored('whole/checklist.plain'));
  });
  it.each([
    [['where', '--ios', '--os-version', '17', '--json'], 'topic-where-ios'],
    [['where', '--ios', '--ipados', '--plain'], 'topic-where-ios'],
    [['where', '--mac', '--plain', '--data', `${ROOT}tests/fixtures/custom`], 'topic-where-macos'],
  ])('%j (another topic answer) is what working it out live prints, not one of them', async (args, near) => {
    const out = (await cli(args)).out;
    expect(out).toBe((await cli(args, {}, LIVE)).out);
    expect(out).not.toBe(stored(`whole/${near}.plain`));
  });
  it('a topic answer at a width not stored is drawn from the units', async () => {
    const options = { env: { COLUMNS: '64', TERM: 'xterm-256color' }, outTTY: true };
    const out = (await cli(['where', '--ios'], options)).out;
    expect(out).toBe((await cli(['where', '--ios'], options, LIVE)).out);
    expect(out).not.toBe(stored('whole/topic-where-ios.pretty.color.w80'));
  });
  it('custom data never uses them', async () => {
    const args = ['troubleshoot', '--no-input', '--data', `${ROOT}tests/fixtures/custom`];
    expect((await cli(args)).out).toBe((await cli(args, {}, LIVE)).out);
    const completion = await cli(['completion', 'bash', '--data', `${ROOT}tests/fixtures/custom`]);
    expect(completion.out).toContain('helpdesk');
    expect(completion.out).toBe((await cli(['completion', 'bash', '--data', `${ROOT}tests/fixtures/custom`], {}, LIVE)).out);
  });
  it('a Mac answers for its own version, not from them', async () => {
    const args = ['troubleshoot', '--no-input'];
    const mac = await cli(args, { macVersion: '13.4' });
    expect(mac.out).toContain('Mac (macOS 13.4 Ventura)');
    expect(mac.out).not.toBe(stored('whole/checklist.plain'));
    const topic = await cli(['where', '--plain'], { macVersion: '13.4' });
    expect(topic.out).toContain('Mac (macOS 13.4 Ventura)');
    expect(topic.out).toBe((await cli(['where', '--plain'], { macVersion: '13.4' }, LIVE)).out);
  });
});

describe('answers for one platform at any version, stored by class of versions', () => {
  const bases = [...AT_VERSION].flatMap(([, byBase]) => [...byBase]);
  it('cover every topic and the printed checklist and each symptom, on every versioned platform', () => {
    const symptoms = GUIDE.checklists[0]!.symptoms.length;
    const topicPlatforms = GUIDE.topics.flatMap((t) => t.platforms.filter((p) => ['ios', 'ipados', 'macos'].includes(p))).length;
    expect(bases).toHaveLength(topicPlatforms + (symptoms + 1) * 3);
    for (const [base, { answers, keys }] of bases) {
      expect(answers.length, base).toBeGreaterThan(1);
      expect(new Set(Object.values(keys)), base).toEqual(new Set(answers.map((_, n) => n)));
    }
  });
  it.each(bases.map(([base, plan]) => [base, plan] as const))('%s: each is what the command prints worked out live, in every format', async (_, plan) => {
    for (const { version: v } of plan.answers) {
      for (const [, how] of formats()) {
        const args = [...plan.args, '--os-version', v, ...how.args];
        const live = await cli(args, { env: how.env }, LIVE);
        expect(live.code).toBe(0);
        expect((await cli(args, { env: how.env })).out, args.join(' ')).toBe(live.out);
      }
    }
  });
  it('any version one might type, for any topic or symptom, platform and format, is what working it out live prints', async () => {
    const what = fc.oneof(
      fc.constantFrom(...GUIDE.topics.map((t) => ['show', t.id])),
      fc.constantFrom(['troubleshoot', '--no-input'], ...GUIDE.checklists[0]!.symptoms.map((s) => ['troubleshoot', '--no-input', '--symptom', s.id])),
    );
    const format = fc.constantFrom(...formats().map(([, how]) => how), { args: ['--format', 'pretty', '--color'], env: { COLUMNS: '64' } });
    await fc.assert(
      fc.asyncProperty(what, fc.constantFrom('ios', 'ipados', 'macos' as const), version, format, async (args, platform, v, how) => {
        const line = [...args, PLATFORM_FLAG[platform], '--os-version', v, ...how.args];
        const live = await cli(line, { env: how.env }, LIVE);
        const stored = await cli(line, { env: how.env });
        expect([stored.code, stored.out, stored.err], line.join(' ')).toEqual([live.code, live.out, live.err]);
      }),
      { numRuns: 150 },
    );
  });
  it('a Mac answers for its own version from them', async () => {
    const mac = await cli(['where', '--plain'], { macVersion: '12.6' });
    expect(mac.out).toContain('Mac (macOS 12.6 Monterey)');
    expect(mac.out).toBe((await cli(['where', '--plain'], { macVersion: '12.6' }, LIVE)).out);
  });
  it('put the heading in whole, and only where it fits the width without wrapping', () => {
    const table: AtVersionAnswers = { paragraphs: ['Title', `\u001b[1m${SLOT}\u001b[22m`, 'Steps'], answers: { 'topic-x-ios': { keys: { k: 0 }, lists: ['0 1 2 1'] } } };
    const want = { group: 'topic-x', base: 'topic-x-ios', key: 'k', value: 'iPhone (iOS 17.5)', os: OS };
    expect(answerAt(table, want)).toBe('Title\n\n\u001b[1miPhone (iOS 17.5)\u001b[22m\n\nSteps\n\n\u001b[1miPhone (iOS 17.5)\u001b[22m');
    expect(answerAt(table, want, 17)).toBe(answerAt(table, want));
    expect(answerAt(table, want, 16)).toBeUndefined();
    expect(answerAt(table, { ...want, key: 'other' })).toBeUndefined();
    expect(answerAt(table, { ...want, base: 'topic-x-macos' })).toBeUndefined();
    expect(answerAt(table, { ...want, key: 'constructor' })).toBeUndefined();
  });
});

describe('answers for several platforms at a version, made of each one\'s stored answer', () => {
  it('any version, for any topic or symptom, over every platform it has or several named, in any format, is what working it out live prints', async () => {
    const what = fc.oneof(
      fc.constantFrom(...GUIDE.topics.map((t) => ['show', t.id])),
      fc.constantFrom(['troubleshoot', '--no-input'], ...GUIDE.checklists[0]!.symptoms.map((s) => ['troubleshoot', '--no-input', '--symptom', s.id])),
    );
    const platforms = fc.oneof(fc.constant([]), fc.subarray(['ios', 'ipados', 'macos', 'windows'] as const, { minLength: 2 }));
    const format = fc.constantFrom(...formats().map(([, how]) => how), { args: ['--format', 'pretty', '--color'], env: { COLUMNS: '64' } });
    await fc.assert(
      fc.asyncProperty(what, platforms, version, format, async (args, named, v, how) => {
        const line = [...args, ...named.map((p) => PLATFORM_FLAG[p]), '--os-version', v, ...how.args];
        const live = await cli(line, { env: how.env }, LIVE);
        const stored = await cli(line, { env: how.env });
        expect([stored.code, stored.out, stored.err], line.join(' ')).toEqual([live.code, live.out, live.err]);
      }),
      { numRuns: 150 },
    );
  });
  it('the build found where every stored answer ends, in every format, and that json ones join', () => {
    for (const name of atVersionNames(GUIDE)) {
      const table = storedTable(name);
      if (name.endsWith('.json.txt')) expect([table.foot, table.joins], name).toEqual([undefined, true]);
      else expect(table.foot, name).toBeGreaterThan(0);
    }
  });
  // a table as the build stores one: a heading of the checklist, each symptom's block (its heading holds the platform's), a foot of one paragraph
  const table = (foot?: number): AtVersionAnswers => ({
    paragraphs: ['Checklist', `Lost: ${SLOT}\nnotice`, 'Step 1', `Gone: ${SLOT}`, 'Step 2', 'Reviewed', 'Step 3', 'Other end'],
    answers: { 'c-ios': { keys: { k: 0 }, lists: ['0 1 2 3 4 5'] }, 'c-mac': { keys: { k: 0, other: 1, end: 2 }, lists: ['0 1 6 3 4 5', '0 3 4 5', '0 1 6 3 4 7'] } },
    ...(foot !== undefined && { foot }),
  });
  const want = (base: string, value: string, key = 'k') => ({ group: 'c', base, key, value, os: OS });
  const both = (foot?: number, mac = 'k', width?: number) => answerFor([{ table: table(foot), want: want('c-ios', 'iPhone (iOS 17)') }, { table: table(foot), want: want('c-mac', 'Mac (macOS 14)', mac) }], width);
  it('take the beginning once, each block for every platform in turn, and the foot once', () => {
    expect(both(1)).toBe(['Checklist', 'Lost: iPhone (iOS 17)\nnotice', 'Step 1', 'Lost: Mac (macOS 14)\nnotice', 'Step 3', 'Gone: iPhone (iOS 17)', 'Step 2', 'Gone: Mac (macOS 14)', 'Step 2', 'Reviewed'].join('\n\n'));
    expect(answerFor([{ table: table(1), want: want('c-ios', 'iPhone (iOS 17)') }])).toBe(answerAt(table(), want('c-ios', 'iPhone (iOS 17)')));
  });
  it('are not made where the build found no foot, the blocks differ, the ends differ, one is not stored, or a heading does not fit', () => {
    expect(both()).toBeUndefined();
    expect(both(1, 'other')).toBeUndefined();
    expect(both(1, 'end')).toBeUndefined();
    expect(both(1, 'missing')).toBeUndefined();
    expect(both(1, 'k', 21)).toBe(both(1));
    expect(both(1, 'k', 20)).toBeUndefined();
  });
  // a topic's answers: a beginning of two paragraphs, one block headed by the platform, a foot of one
  const topic: AtVersionAnswers = {
    paragraphs: ['Title', 'Intro', `A: ${SLOT}`, 'Step', 'End', 'Other intro', `B: ${SLOT}`, SLOT],
    answers: { t: { keys: { same: 0, head: 1, shorter: 2, name: 3, none: 4, short: 5, bare: 6 }, lists: ['0 1 2 3 4', '0 5 2 3 4', '0 2 3 4', '0 1 6 3 4', '0 1 3 4', '0 2', '7 3 4'] } },
    foot: 1,
  };
  const at = (key: string, value: string, table = topic) => ({ table, want: { group: 't', base: 't', key, value, os: OS } });
  const pair = (one: string, other: string, width?: number) => answerFor([at(one, 'iPhone (iOS 17)'), at(other, 'Mac (macOS 14)')], width);
  it('are made only of answers alike in their beginning, their blocks\' names and their foot', () => {
    expect(pair('same', 'same')).toBe(['Title', 'Intro', 'A: iPhone (iOS 17)', 'Step', 'A: Mac (macOS 14)', 'Step', 'End'].join('\n\n'));
    expect(pair('same', 'head')).toBeUndefined();
    expect(pair('same', 'shorter')).toBeUndefined();
    expect(pair('same', 'name')).toBeUndefined();
  });
  it('are not made of answers without a heading, or whose heading is in the foot', () => {
    expect(pair('none', 'none')).toBeUndefined();
    expect(pair('short', 'short')).toBeUndefined();
  });
  it('measure a heading that begins an answer, and answer one platform from a table without a foot', () => {
    expect(pair('bare', 'bare', 15)).toBe(['iPhone (iOS 17)', 'Step', 'Mac (macOS 14)', 'Step', 'End'].join('\n\n'));
    expect(pair('bare', 'bare', 14)).toBeUndefined();
    expect(answerAt(topic, at('bare', 'iPhone (iOS 17)').want, 14)).toBeUndefined();
    const { foot, ...footless } = topic;
    expect(foot).toBe(1);
    expect(answerFor([at('same', 'iPhone (iOS 17)', footless)])).toBe(answerAt(footless, at('same', 'iPhone (iOS 17)').want));
    expect(answerFor([at('same', 'iPhone (iOS 17)', footless)])).toContain('A: iPhone (iOS 17)');
  });
  it('keep their paragraphs as the build wrote them, beyond ASCII too, and are refused when their file is cut or its index broken', async () => {
    const paragraphs = ['{\n  "a": 1', 'Settings\u2026 \u2192 FaceTime', '', `"${SLOT}"`, 'caf\u00e9'];
    const written: AtVersionAnswers = { paragraphs, answers: { b: { keys: { k: 0 }, lists: ['0 1 2 3 4'] } }, joins: true };
    const file = atVersionFile(written);
    expect(JSON.parse(file.toString('latin1', 0, file.indexOf(10)))).toMatchObject({ ends: [10, 34, 34, 43, 48], wide: [1, 4], joins: true });
    expect(readAtVersion(file)).toEqual(written);
    expect(readAtVersion(atVersionFile({ ...written, paragraphs: ['only ASCII'] }))).toEqual({ ...written, paragraphs: ['only ASCII'] });
    expect(readAtVersion(file.subarray(0, file.length - 1))).toBeUndefined();
    expect(readAtVersion(Buffer.concat([file, Buffer.from('x')]))).toBeUndefined();
    expect(readAtVersion(Buffer.from('{"answers":{}\nabc'))).toBeUndefined();
    expect(readAtVersion(Buffer.from('{"answers":{}}\nabc'))).toBeUndefined();
    // a run given a cut table works the answer out
    const products = mkdtempSync(join(tmpdir(), 'fth-cut-table-'));
    mkdirSync(join(products, 'whole'));
    const name = 'checklist-ios.at-version.json.txt';
    const whole = readFileSync(`${ROOT}dist/whole/${name}`);
    const args = ['troubleshoot', '--no-input', '--ios', '--os-version', '17', '--json'];
    writeFileSync(join(products, 'whole', name), whole.subarray(0, whole.length - 20));
    const live = await cli(args, {}, LIVE);
    const cut = await cli(args, {}, { ...CONTEXT, products });
    expect([cut.code, cut.out, cut.err]).toEqual([live.code, live.out, live.err]);
    // and the same table whole, with a mark in it, is what a run takes
    const table = readAtVersion(whole)!;
    writeFileSync(join(products, 'whole', name), atVersionFile({ ...table, paragraphs: table.paragraphs.map((p) => p.replace('"kind": "checklist"', '"kind": "marked"')) }));
    expect((await cli(args, {}, { ...CONTEXT, products })).out).toBe(live.out.replace('"kind": "checklist"', '"kind": "marked"'));
  });
  it('are read and made a table once a run, however many platforms take their answers from one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'fth-products-'));
    mkdirSync(join(dir, 'whole'));
    const name = 'topic-where.at-version.plain.txt';
    writeFileSync(join(dir, 'whole', name), readFileSync(`${ROOT}dist/whole/${name}`));
    const products = productsIn(dir);
    let parsed = 0;
    const parse = (bytes: Buffer) => (parsed++, readAtVersion(bytes));
    const first = products.parsed(`whole/${name}`, parse);
    expect(first?.paragraphs.length).toBeGreaterThan(0);
    expect(products.parsed(`whole/${name}`, parse)).toBe(first);
    expect(parsed).toBe(1);
    writeFileSync(join(dir, 'whole', 'cut.txt'), 'not a table');
    expect(products.parsed('whole/cut.txt', parse)).toBeUndefined();
    expect(products.parsed('whole/missing.txt', parse)).toBeUndefined();
    expect(parsed).toBe(2);
    expect(productsIn(undefined).parsed(`whole/${name}`, parse)).toBeUndefined();
  });
  it("json for several platforms is made of the stored answers where they join, and worked out where they do not", async () => {
    // the tables, one text in them marked, in a folder of products of their own
    const products = mkdtempSync(join(tmpdir(), 'fth-json-join-'));
    mkdirSync(join(products, 'whole'));
    const marked = (name: string, joins: boolean) => {
      const table = storedTable(`whole/${name}`);
      table.paragraphs = table.paragraphs.map((p) => p.replace('"kind": "checklist"', '"kind": "marked"'));
      if (!joins) delete table.joins;
      writeFileSync(join(products, 'whole', name), atVersionFile(table));
    };
    const args = ['troubleshoot', '--no-input', '--os-version', '17', '--json'];
    for (const platform of ['ios', 'ipados']) marked(`checklist-${platform}.at-version.json.txt`, true);
    const joined = await cli(args, {}, { ...CONTEXT, products });
    expect(joined.out).toBe((await cli(args, {}, LIVE)).out.replace('"kind": "checklist"', '"kind": "marked"'));
    marked('checklist-ipados.at-version.json.txt', false);
    expect((await cli(args, {}, { ...CONTEXT, products })).out).toBe((await cli(args, {}, LIVE)).out);
  });
  // json as the build stores it: pieces (the text around each platform's object, and the objects) cut into parts before each line opening an object
  const MAC = { name: 'macOS', version: '14.2', release: '14', releaseName: 'Sonoma', status: 'supported' as const };
  const json: AtVersionAnswers = {
    paragraphs: [
      '{\n  "platforms": [\n    ',
      `{\n      "heading": "${SLOT}",\n      "os": "${OS_SLOT}",\n      "steps": [`,
      '        {\n          "id": 1\n        }\n      ]\n    }',
      '\n  ]\n}\n',
      '\n  ],\n  "more": 1\n}\n',
      '{\n      "heading": "none"\n    }',
      `{\n      "heading": "${SLOT}",`,
      `      "os": "${OS_SLOT}",\n      "steps": [`,
      '',
      '\n',
    ],
    // the OS slot may be in a part of its own; an answer may end in one part more, or another; none begins with an object
    answers: { j: { keys: { same: 0, end: 1, fewer: 2, bare: 3, split: 4, longer: 5, other: 6, first: 7 }, lists: ['0,1 2,3', '0,1 2,4', '0,1 2', '0,5,3', '0,6 7 2,3', '0,1 2,3 8', '0,1 2,3 9', '1 2,3'] } },
    joins: true,
  };
  const entry = (heading: string, os: object) => ({ heading, os, steps: [{ id: 1 }] });
  const jsonAt = (key: string, value: string, os = OS, table = json) => ({ table, want: { group: 'j', base: 'j', key, value, os } });
  it('json: one platform\'s answer is its pieces with its heading and OS in place, indented as JSON.stringify does', () => {
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)')])).toBe(`${JSON.stringify({ platforms: [entry('iPhone (iOS 17)', OS)] }, null, 2)}\n`);
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)', OS, { ...json, joins: undefined })])).toBe(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)')]));
    expect(jsonAnswerFor([jsonAt('split', 'iPhone (iOS 17)')])).toBe(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)')]));
  });
  it("json: several platforms' answer holds each one's object in turn, the rest once", () => {
    const made = jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)'), jsonAt('same', 'Mac (macOS 14.2 Sonoma)', MAC)]);
    expect(made).toBe(`${JSON.stringify({ platforms: [entry('iPhone (iOS 17)', OS), entry('Mac (macOS 14.2 Sonoma)', MAC)] }, null, 2)}\n`);
  });
  it('json: not made where the build did not find they join, the rest differs, the pieces differ in number or kind, or one is not stored', () => {
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)', OS, { ...json, joins: undefined }), jsonAt('same', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)'), jsonAt('end', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)'), jsonAt('fewer', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)'), jsonAt('bare', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('longer', 'iPhone (iOS 17)'), jsonAt('same', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('longer', 'iPhone (iOS 17)'), jsonAt('other', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('first', 'iPhone (iOS 17)'), jsonAt('first', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('first', 'iPhone (iOS 17)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('same', 'iPhone (iOS 17)'), jsonAt('missing', 'Mac (macOS 14)')])).toBeUndefined();
    expect(jsonAnswerFor([jsonAt('missing', 'iPhone (iOS 17)')])).toBeUndefined();
  });
});
