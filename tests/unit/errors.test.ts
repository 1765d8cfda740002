import { describe, expect, it, vi } from 'vitest';
import { CancelError, DataError, IoError, isKnownError, UsageError } from '../../src/errors.js';

describe('errors', () => {
  it('an error from another copy of the module is an instance of this copy\'s class', async () => {
    // a second copy of the module, as a separately bundled chunk holds one
    vi.resetModules();
    const copy = await import('../../src/errors.js');
    expect(copy.UsageError).not.toBe(UsageError);
    const error = new copy.UsageError('x', 'hint');
    expect(error).toBeInstanceOf(UsageError);
    expect(error).not.toBeInstanceOf(DataError);
    expect(isKnownError(error)).toBe(true);
    expect(new copy.DataError('y')).toBeInstanceOf(DataError);
  });
  it('other errors are none of them', () => {
    for (const e of [new Error('x'), new TypeError('t'), { exitCode: 2 }, null, 'UsageError']) {
      expect(isKnownError(e)).toBe(false);
      expect(e instanceof UsageError).toBe(false);
    }
    expect(new CancelError()).toBeInstanceOf(CancelError);
    expect(new IoError('z')).toBeInstanceOf(Error);
  });
});
