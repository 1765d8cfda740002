/**
 * Property-based: thousands of generated argument lists at the CLI entry (in-process
 * through run(), and a sample against the built CLI). Whatever the arguments, the exit
 * status is 0, 1 or 2, stderr is a few lines and never a stack trace, stdout has no
 * escape sequences unless colour was asked for, and every run ends.
 */
import { spawnSync } from 'node:child_process';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { memoryIO } from '../../../src/io/memory-io.js';
import { run } from '../../../src/main.js';
import { BIN, CONTEXT, ESCAPES, FIXTURES, cleanEnv, NODE } from '../../helpers.js';

const WORDS = [
  'where', 'find', 'capture', 'take', 'screenshot', 'enable', 'smart-album', 'recover', 'restore', 'topics', 'list',
  'show', 'search', 'troubleshoot', 'validate', 'completion', 'help', 'bash', 'zsh', 'fish', 'wher', 'WHERE',
  '--ios', '--ipados', '--mac', '--macos', '--windows', '--web', '-p', '--platform', 'ios', 'android', 'mac',
  '--os-version', '17', '18.2', '26', '10.14.3', 'ventura', 'monterey', '99', '0', '-1', '1.2.3.4',
  '--format', 'pretty', 'plain', 'markdown', 'json', 'html', '--json', '--plain', '--markdown', '--color', '--no-color',
  '--no-input', '--symptom', 'no-shutter', 'deleted', 'nope', '--limit', '3', 'lots', '--data', `${FIXTURES}/custom`,
  `${FIXTURES}/hostile`, `${FIXTURES}/broken/bad-yaml`, '/nonexistent', '-h', '--help', '-v', '--version', '--', '-',
  '--unknown', '-x', '=', '--format=json', '--platform=ios', '',
];

const arg = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.constantFrom('\u001b[31m', '\u001b]52;c;ZXZpbA==\u0007', '\r', '\u0000', 'x'.repeat(10_000), '--'.repeat(500)) },
);
const argv = fc.array(arg, { maxLength: 8 });

/** Colour may be asked for; then pretty output legitimately holds escapes. */
const colourAsked = (args: readonly string[]): boolean => args.includes('--color');
const STACK = /^\s+at .+[(:]\d+/m;

function checkResult(args: readonly string[], code: number | null, out: string, err: string): void {
  const where = `args: ${JSON.stringify(args)}\nstderr: ${err.slice(0, 500)}`;
  expect([0, 1, 2], where).toContain(code);
  expect(STACK.test(err), where).toBe(false);
  expect(err.split('\n').length, where).toBeLessThanOrEqual(args.includes('--data') ? 60 : 6);
  expect(ESCAPES.test(err), where).toBe(false);
  if (!colourAsked(args)) expect(ESCAPES.test(out), where).toBe(false);
}

describe('generated arguments', () => {
  it('in-process: exit 0, 1 or 2, no stack trace, no stray escapes (2000 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const io = memoryIO({ env: {} });
        const code = await Promise.race([
          run(args, io, CONTEXT),
          new Promise<number>((_, reject) => setTimeout(() => reject(new Error(`hung: ${JSON.stringify(args)}`)), 5000)),
        ]);
        checkResult(args, code, io.out.text, io.err.text);
      }),
      { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) },
    );
  }, 120_000);

  it('the built CLI, stdin closed: the same, and it always ends (150 runs)', () => {
    fc.assert(
      fc.property(argv.filter((a) => !a.some((w) => w.includes('\u0000'))), (args) => {
        const r = spawnSync(NODE, [BIN, ...args], { env: cleanEnv(), encoding: 'utf8', input: '', timeout: 10_000 });
        expect(r.error, `args: ${JSON.stringify(args)}`).toBeUndefined(); // a timeout would show here
        checkResult(args, r.status, r.stdout, r.stderr);
      }),
      { numRuns: 150 },
    );
  }, 180_000);
});
