/**
 * The tests mutation testing runs (npm run mutation): the unit and golden tests, in
 * process, everything worked out live (no build products: they were built from the
 * code before it was mutated). The tests that hold the build's drawn units and whole
 * answers equal to live work stay: those products are output as users see it, so a
 * mutant that changes what is drawn differs from them as from a golden file. The search
 * products are an index and tables, not output: a mutant that only renames a view
 * class would differ from them while every answer stays right, so that test is left out;
 * tests/unit/search-built.test.ts makes them from the mutated code instead, and holds
 * its answers equal to live ones. tests/unit/eager.test.ts is left out too: it holds the
 * built bundles' source maps against the text of src/, which the mutation run rewrites.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    exclude: ['tests/unit/search-stored.test.ts', 'tests/unit/eager.test.ts'],
    env: { FTH_LIVE: '1' },
    maxWorkers: 1,
    testTimeout: 20_000,
  },
});
