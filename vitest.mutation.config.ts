/**
 * The tests mutation testing runs (npm run mutation): the unit and golden tests, in
 * process, everything worked out live (no build products: they were built from the
 * code before it was mutated). Tests that compare the build's products with live work
 * are left out: against a mutant, they would only say that the two differ.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    exclude: ['tests/unit/prerendered.test.ts', 'tests/unit/search-stored.test.ts', 'tests/unit/whole.test.ts'],
    env: { FTH_LIVE: '1' },
    maxWorkers: 1,
    testTimeout: 20_000,
  },
});
