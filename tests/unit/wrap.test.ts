import { describe, expect, it } from 'vitest';
import { wrapPlain } from '../../src/util/wrap.js';

describe('wrapPlain', () => {
  it('breaks at spaces within the width and keeps other spacing', () => {
    expect(wrapPlain('  name    a b c', 12, 10)).toBe('  name    a\n          b\n          c');
    expect(wrapPlain('  name    aaa bbb', 14, 10)).toBe('  name    aaa\n          bbb');
  });
  it('leaves short lines and long words alone', () => {
    expect(wrapPlain('short line', 80)).toBe('short line');
    expect(wrapPlain('averyveryverylongword x', 10)).toBe('averyveryverylongword\nx');
  });
});
