import { describe, expect, it } from 'vitest';
import { runBench } from '../../../scripts/bench/run-bench.ts';
import { formatReport, TARGETS } from '../../../scripts/bench/report.ts';

/**
 * The benchmark harness end to end on a tiny archive (N = 20, so 20 and 40 meetings): every figure
 * is present and sane. Not timed: the figures of a run this small say nothing about performance.
 */
describe('npm run bench', () => {
  it('builds the bare and the full site at N and 2N and reports every figure against the targets', async () => {
    const messages: string[] = [];
    const result = await runBench({ meetings: 20, projectRoot: process.cwd(), log: (m) => messages.push(m) });

    expect(result.sizes.map((s) => s.meetings)).toEqual([20, 40]);
    for (const size of result.sizes) {
      expect(size.archive.meetings).toBe(size.meetings);
      // The bare site has exactly one page per MDX file; the full site a page per meeting and more.
      expect(size.bare.pages).toBe(size.archive.mdxFiles);
      expect(size.full.pages).toBeGreaterThan(size.meetings);
      for (const build of [size.bare, size.full]) {
        expect(build.exitCode).toBe(0);
        expect(build.wallSeconds).toBeGreaterThan(0);
        expect(build.pagesPerSecond).toBeGreaterThan(0);
        // Astro alone needs well over 100 MB; a tree of a few MB would mean the sampling missed it.
        expect(build.peakTreeRssBytes).toBeGreaterThan(100_000_000);
        expect(build.peakTreeRssBytes).toBeGreaterThanOrEqual(build.peakProcessRssBytes ?? 0);
      }
      // Astro's log still names its phases (bundling every MDX module, rendering the pages).
      expect(size.full.phases.bundleSeconds).toBeGreaterThan(0);
      expect(size.full.phases.renderSeconds).toBeGreaterThan(0);
      expect(size.ratio.time).toBeGreaterThan(0);
      expect(size.ratio.memory).toBeGreaterThan(0);
      expect(size.meetingPage.pages).toBe(size.meetings);
      expect(size.meetingPage.largest.htmlGzipBytes).toBeGreaterThan(2_000);
      expect(size.meetingPage.largest.cssGzipBytes).toBeGreaterThan(0);
      expect(size.scripts.pages).toBeGreaterThanOrEqual(size.full.pages - 1);
      if (size.pagefind) {
        expect(size.pagefind.indexBytes).toBeGreaterThan(0);
        expect(size.pagefind.seconds).toBeGreaterThan(0);
      }
      if (size.search) {
        const s = size.search;
        for (const bytes of [s.firstSearchBytes, s.secondSearchBytes, s.commonWordBytes, s.limitedFirstSearchBytes!]) expect(bytes.gzip).toBeGreaterThan(0);
        // First, later, common word, decisions only: each showed results.
        expect(s.resultLinks).toHaveLength(4);
        for (const links of s.resultLinks) expect(links).toBeGreaterThan(0);
      }
    }
    expect(result.rebuild.exitCode).toBe(0);
    expect(result.rebuild.fractionOfCold).toBeGreaterThan(0);
    expect(result.growth!.fullTime).toBeGreaterThan(0);
    expect(result.growth!.fullMemory).toBeGreaterThan(0);

    // One row per target of the issue; only the search rows may be unmeasured (no search page).
    expect(result.targets.length).toBeGreaterThanOrEqual(Object.keys(TARGETS).length);
    for (const t of result.targets) {
      if (t.pass === null) expect(t.name).toMatch(/search/i);
    }
    expect(result.targets.filter((t) => /search/i.test(t.name)).every((t) => t.pass === null)).toBe(result.sizes[0].search === null);
    const report = formatReport(result);
    for (const t of result.targets) expect(report).toContain(t.name);
    expect(report).toMatch(/PASS|MISS/);
    expect(messages.some((m) => m.includes('rebuild'))).toBe(true);
  }, 600_000);
});
