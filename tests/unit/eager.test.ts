/**
 * Bundles whose functions compile as they load (src/build/eager.ts): the code means what
 * it meant, hoisting included; the source map still leads back to the source; and the
 * built CLI and its chunks hold no function V8 would leave for its first call.
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import { originalPositionFor, TraceMap } from '@jridgewell/trace-mapping';
import { describe, expect, it } from 'vitest';
import { eagerScript, topLevelFunctions } from '../../src/build/eager.js';
import { ROOT } from '../helpers.js';

// a function used before its declaration, one called by another, a directive, a class, an async one
const SCRIPT = `"use strict";
const early = twice(2);
class Box { get value() { return later(); } }
function twice(n) { return n * 2; }
var result = [early, new Box().value, typeof asyncOne];
function later() { return twice(5); }
async function asyncOne() { return 1; }
`;

describe('functions compiled as a bundle loads', () => {
  it('become parenthesised expressions at the start, after the directive, and the code means what it meant', () => {
    const { code } = eagerScript(SCRIPT, 'script.cjs');
    expect(topLevelFunctions(code)).toEqual([]);
    expect(code.startsWith('"use strict";')).toBe(true);
    for (const name of ['twice', 'later', 'asyncOne']) expect(code).toMatch(new RegExp(`var ${name}=\\((async )?function ${name}\\(`));
    const run = (text: string): unknown => runInNewContext(`${text}\n;result`);
    expect(run(code)).toEqual(run(SCRIPT));
    expect(run(code)).toEqual([4, 10, 'function']);
  });

  it('keep a map from each moved function back to where it was', () => {
    const { code, map } = eagerScript(SCRIPT, 'script.cjs');
    const traced = new TraceMap(map.toString());
    const at = code.indexOf('return twice(5)');
    const line = code.slice(0, at).split('\n').length;
    const column = at - code.lastIndexOf('\n', at - 1) - 1;
    const original = originalPositionFor(traced, { line, column });
    expect([original.line, original.column]).toEqual([6, SCRIPT.split('\n')[5]!.indexOf('return twice(5)')]);
  });

  it('the built CLI and its chunks of our code hold none left for their first call, and their maps lead into src/', () => {
    for (const [file, needle, source] of [
      ['dist/cli.cjs', 'cannot write to', '../src/start.ts'],
      ['dist/chunks/search.cjs', 'search needs some words', '../../src/commands/search.ts'],
      ['dist/chunks/troubleshoot.cjs', 'no troubleshooting checklist', '../../src/commands/troubleshoot.ts'],
    ] as const) {
      const code = readFileSync(`${ROOT}${file}`, 'utf8');
      expect(topLevelFunctions(code), file).toEqual([]);
      expect(code, file).toMatch(/var [\w$]+=\((async )?function [\w$]+\(/);
      const at = code.indexOf(needle);
      const line = code.slice(0, at).split('\n').length;
      const original = originalPositionFor(new TraceMap(readFileSync(`${ROOT}${file}.map`, 'utf8')), { line, column: at - code.lastIndexOf('\n', at - 1) - 1 });
      expect(original.source, file).toBe(source);
      expect(readFileSync(`${ROOT}${file.replace(/[^/]+$/, '')}${source}`, 'utf8').split('\n')[original.line! - 1], file).toContain(needle);
    }
  });
});
