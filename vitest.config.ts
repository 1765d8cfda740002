import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // e2e tests spawn the built CLI; two cores, so keep the pool small.
    maxWorkers: 2,
    testTimeout: 20_000,
  },
});
