import { describe, expect, it } from 'vitest';
import { wrapPlain } from '../../src/util/wrap.js';
import { MAX_DEPTH, sanitizeDeep, stripControl } from '../../src/util/sanitize.js';
import { didYouMean, editDistance, suggest } from '../../src/util/suggest.js';

describe('wrapPlain', () => {
  it('breaks at spaces within the width and keeps other spacing', () => {
    expect(wrapPlain('  name    a b c', 12, 10)).toBe('  name    a\n          b\n          c');
    expect(wrapPlain('  name    aaa bbb', 14, 10)).toBe('  name    aaa\n          bbb');
  });
  it('leaves short lines and long words alone', () => {
    expect(wrapPlain('short line', 80)).toBe('short line');
    expect(wrapPlain('averyveryverylongword x', 10)).toBe('averyveryverylongword\nx');
  });
  it('keeps a line exactly the width whole, and fills a line up to the width', () => {
    expect(wrapPlain('abcd efgh', 9)).toBe('abcd efgh');
    expect(wrapPlain('abcd efgh ij', 9)).toBe('abcd efgh\nij');
    expect(wrapPlain('ab cd ef', 5, 1)).toBe('ab cd\n ef');
  });
  it('never leaves a line of spaces alone before a long word', () => {
    expect(wrapPlain('    averyveryverylongword', 10)).toBe('    averyveryverylongword');
  });
});

describe('suggestions', () => {
  it('counts an adjacent transposition as one edit', () => {
    expect(editDistance('ab', 'ba')).toBe(1);
    expect(editDistance('where', 'wehre')).toBe(1);
    expect(editDistance('abcd', 'badc')).toBe(2);
    expect(editDistance('ca', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
  });
  it('suggests the closest name within a distance that grows with the word', () => {
    expect(suggest('wher', ['capture', 'where', 'enable'])).toBe('where');
    expect(suggest('WHRE', ['where'])).toBe('where');
    expect(suggest('xyz', ['where'])).toBeUndefined();
    // one edit for a short word, two from six letters
    expect(suggest('ab', ['xy'])).toBeUndefined();
    expect(suggest('abc', ['abd'])).toBe('abd');
    expect(suggest('abcdef', ['abcdxy'])).toBe('abcdxy');
    expect(suggest('abcde', ['abcxy'])).toBeUndefined();
    // a beginning of two letters or more is as good as one edit; the first of equals wins
    expect(suggest('sc', ['scratch', 'screenshot'])).toBe('scratch');
    expect(suggest('s', ['sxxxxxx'])).toBeUndefined();
    expect(suggest('enabl', ['enable', 'enablex'])).toBe('enable');
    expect(didYouMean('wher', ['where'])).toBe("Did you mean 'where'?");
    expect(didYouMean('zzzz', ['where'])).toBeUndefined();
  });
});

describe('sanitizing data', () => {
  it('strips control characters but newline and tab, in strings and keys at any depth', () => {
    expect(stripControl('a\u001b[31mb\u0007\tc\n\u009bd\u007f')).toBe('a[31mb\tc\nd');
    const clean = sanitizeDeep({ 'k\u001b': ['x\u0007', { y: 'z\u0000' }], n: 1, b: true, nil: null });
    expect(clean).toEqual({ k: ['x', { y: 'z' }], n: 1, b: true, nil: null });
    expect(Object.keys(clean)).toEqual(['k', 'n', 'b', 'nil']);
  });
  it('keeps __proto__ an own key and refuses data nested too deep', () => {
    const clean = sanitizeDeep(JSON.parse('{"__proto__": {"polluted": true}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect(Object.hasOwn(clean, '__proto__')).toBe(true);
    expect((clean as { polluted?: boolean }).polluted).toBeUndefined();
    const clone = sanitizeDeep({ a: 'x' });
    clone.a = 'y';
    expect(clone.a).toBe('y');
    let deep: unknown = 'x';
    for (let i = 0; i < MAX_DEPTH; i++) deep = [deep];
    expect(() => sanitizeDeep(deep)).not.toThrow();
    expect(() => sanitizeDeep([deep])).toThrow(new RangeError(`nested more than ${MAX_DEPTH} levels deep`));
    let object: unknown = 'x';
    for (let i = 0; i < MAX_DEPTH; i++) object = { a: object };
    expect(() => sanitizeDeep(object)).not.toThrow();
    expect(() => sanitizeDeep({ a: object })).toThrow(new RangeError(`nested more than ${MAX_DEPTH} levels deep`));
  });
});
