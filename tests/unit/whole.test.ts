/**
 * Answers the build rendered whole (dist/whole/) are what the CLI prints without them,
 * and only the answer they are is ever taken from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wholeCommands } from '../../src/build/whole.js';
import { readCompiledGuide } from '../../src/guide/load.js';
import { BUILT_GUIDE, cli, CONTEXT, ROOT } from '../helpers.js';

const LIVE = { ...CONTEXT, products: undefined };
const COMMANDS = wholeCommands(readCompiledGuide(BUILT_GUIDE));
const stored = (name: string): string => JSON.parse(readFileSync(`${ROOT}dist/${name}.json`, 'utf8')) as string;

describe('answers rendered whole by the build', () => {
  it('are all there, and nothing else', () => {
    expect(readdirSync(`${ROOT}dist/whole`).sort()).toEqual([...COMMANDS.keys()].map((n) => `${n.slice('whole/'.length)}.json`).sort());
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
  ])('%j (another answer, or another width) is worked out, not taken from them', async (args) => {
    const options = { env: { COLUMNS: '64' } };
    const out = (await cli(args, options)).out;
    expect(out).toBe((await cli(args, options, LIVE)).out);
    expect(out).not.toBe(stored('whole/checklist.plain'));
  });
  it.each([
    [['where', '--ios', '--os-version', '17', '--plain'], 'topic-where-ios'],
    [['where', '--ios', '--ipados', '--plain'], 'topic-where-ios'],
    [['where', '--mac', '--plain', '--data', `${ROOT}tests/fixtures/custom`], 'topic-where-macos'],
  ])('%j (another topic answer) is worked out, not taken from them', async (args, near) => {
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
