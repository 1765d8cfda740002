/**
 * Answers the build rendered whole (dist/whole/) are what the CLI prints without them,
 * and only the answer they are is ever taken from them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { wholeCommands } from '../../src/build/whole.js';
import { cli, CONTEXT, ROOT } from '../helpers.js';

const LIVE = { ...CONTEXT, products: undefined };
const stored = (name: string): string => JSON.parse(readFileSync(`${ROOT}dist/${name}.json`, 'utf8')) as string;

describe('answers rendered whole by the build', () => {
  it('are all there, and nothing else', () => {
    expect(readdirSync(`${ROOT}dist/whole`).sort()).toEqual([...wholeCommands().keys()].map((n) => `${n.slice('whole/'.length)}.json`).sort());
  });
  it.each([...wholeCommands()])('%s is what the command prints worked out live', async (name, { args, env }) => {
    const live = await cli(args, { env }, LIVE);
    expect(live.code).toBe(0);
    expect(stored(name)).toBe(live.out);
    expect((await cli(args, { env })).out).toBe(live.out);
  });
  it.each([
    [['troubleshoot', '--no-input', '--ios']],
    [['troubleshoot', '--no-input', '--os-version', '17']],
    [['troubleshoot', '--no-input', '--symptom', 'deleted']],
    [['troubleshoot', '--no-input', '--format', 'pretty', '--color']],
  ])('%j (another answer, or another width) is worked out, not taken from them', async (args) => {
    const options = { env: { COLUMNS: '64' } };
    const out = (await cli(args, options)).out;
    expect(out).toBe((await cli(args, options, LIVE)).out);
    expect(out).not.toBe(stored('whole/checklist.plain'));
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
  });
});
