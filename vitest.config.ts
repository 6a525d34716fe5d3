import { defineConfig } from 'vitest/config';

// Three tiers, one folder each (docs/testing.md):
// - unit: pure functions on the synthetic fixture archive (test/fixtures/archive.ts); no content/,
//   no dist/, no browser, no build. "npm run test:unit", seconds.
// - site: the real archive: its content/ read as the check reads it and the built dist/ ("npm run
//   build" runs first; see package.json). "npm run test:site".
// - slow: real builds and CLI runs in project copies, Chromium over dist/, the benchmark harness.
//   "npm run test:slow".
// "npm test" builds, type-checks and runs all three.
export default defineConfig({
  test: {
    testTimeout: 120_000,
    hookTimeout: 180_000,
    // Two cores: browser tests and builds compete for them.
    maxWorkers: 2,
    projects: [
      // Unit test files share one module graph (no mocks, no global state left behind): importing
      // zod, the schemas and the parsers once per worker instead of once per file halves the tier's time.
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'], isolate: false } },
      { extends: true, test: { name: 'site', include: ['test/site/**/*.test.ts'] } },
      { extends: true, test: { name: 'slow', include: ['test/slow/**/*.test.ts'] } },
    ],
  },
});
