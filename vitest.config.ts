import { defineConfig } from 'vitest/config';

// Unit tests (test/unit), content-rule tests and tests of the built site (which read dist/,
// built by "npm run build" before vitest starts; see package.json's "test" script).
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: browser tests and builds compete for them.
    maxWorkers: 2,
  },
});
