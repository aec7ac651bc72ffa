import { defineConfig } from 'vitest/config';

// End-to-end tests drive real Chromium: one file at a time on this 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 90000,
    hookTimeout: 90000,
  },
});
