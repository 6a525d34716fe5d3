import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { generateArchive } from './generate-archive.ts';
import { measureCommand, type Measurement } from './measure.ts';
import { createBareProject, createFullProject, fullBuildCommand } from './projects.ts';
import { contentPageScripts, folderSize, htmlPages, pageWeight, weightSummary } from './site-figures.ts';
import { measureSearch } from './search-transfer.ts';
import { astroPhases, PHASE_LINES } from './astro-phases.ts';
import { evaluateTargets, type BenchResult, type BuildFigures, type SizeFigures } from './report.ts';

/**
 * The benchmark: generate a synthetic archive of N meetings, build it as a bare Astro site and as
 * the full site, measure both and everything the issue asks for, then do the same at 2N. One
 * call, one temporary folder (removed afterwards unless `keep`), nothing written to content/.
 */

export interface BenchOptions {
  meetings: number;
  projectRoot: string;
  seed?: number;
  /** Also build at 2N (default true). */
  double?: boolean;
  /**
   * Cold builds of each site per archive size (default 1). With more, the runs alternate and the
   * fastest of each site counts: on a shared machine other work only ever makes a run slower.
   */
  runs?: number;
  /** Keep the temporary folder for inspection. */
  keep?: boolean;
  /** Progress messages (default: stderr). */
  log?: (message: string) => void;
}

/** The search page, if the site has one; the benchmark measures whatever the site is. */
const SEARCH_PAGE = '/soeg/';
/** URL parameters of the search page that limit a search to decisions (the members' case). */
const DECISIONS_ONLY = 'type=beslutning';

function buildEnv(projectDir: string): NodeJS.ProcessEnv {
  return {
    ...process.env,
    // node_modules/.bin first: it holds Node 24 from the "node" package (Astro 7 needs >= 22.12).
    PATH: `${join(projectDir, 'node_modules', '.bin')}:${process.env.PATH}`,
    ASTRO_TELEMETRY_DISABLED: '1',
    BASE_PATH: '/',
  };
}

function requireSuccess(what: string, m: Measurement): void {
  if (m.exitCode !== 0) throw new Error(`${what} failed (exit code ${m.exitCode}):\n${m.outputTail}`);
}

function buildFigures(runs: Measurement[], dist: string): BuildFigures {
  const fastest = runs.reduce((a, b) => (b.wallSeconds < a.wallSeconds ? b : a));
  const pages = htmlPages(dist).length;
  return { ...fastest, pages, pagesPerSecond: pages / fastest.wallSeconds, allWallSeconds: runs.map((r) => r.wallSeconds), phases: astroPhases(fastest.keptLines) };
}

/** Remove a project's build output and caches, so that the next build is cold. */
function makeCold(dir: string): void {
  for (const d of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, d), { recursive: true, force: true });
}

/** Change one sentence of one meeting's minutes, as an editor's correction would. */
function changeOneMeeting(file: string): void {
  const text = readFileSync(file, 'utf8');
  const marker = 'type="referat">\n\n';
  const at = text.indexOf(marker);
  if (at < 0) throw new Error(`${file} has no <Afsnit type="referat"> to change`);
  const pos = at + marker.length;
  writeFileSync(file, `${text.slice(0, pos)}Rettet efter mødet: sekretariatet har tilføjet denne sætning. ${text.slice(pos)}`);
}

export async function runBench(options: BenchOptions): Promise<BenchResult> {
  const { meetings, projectRoot, seed = 20251118, double = true, keep = false, runs = 1 } = options;
  const log = options.log ?? ((m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`));
  const root = mkdtempSync(join(tmpdir(), 'raadsarkiv-bench-'));
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  const sizes: SizeFigures[] = [];
  let rebuild: BenchResult['rebuild'] | undefined;
  log(`working folder ${root}`);
  try {
    for (const n of double ? [meetings, meetings * 2] : [meetings]) {
      const dir = join(root, `n${n}`);
      mkdirSync(dir);
      const full = createFullProject(projectRoot, join(dir, 'full'));
      const archive = generateArchive({ meetings: n, projectRoot, contentDir: full.contentDir, seed });
      const bare = createBareProject(projectRoot, join(dir, 'bare'), full.contentDir);
      log(`N=${n}: generated ${archive.counts.meetings} meetings, ${archive.counts.decisions} decisions, ${archive.mdxFiles} MDX files`);

      const command = fullBuildCommand(full.dir);
      const bareRuns: Measurement[] = [];
      const fullRuns: Measurement[] = [];
      for (let run = 1; run <= runs; run++) {
        const of = runs > 1 ? ` (run ${run} of ${runs})` : '';
        makeCold(bare.dir);
        log(`N=${n}: bare build${of}…`);
        const bareRun = await measureCommand(join(bare.dir, 'node_modules', '.bin', 'astro'), ['build'], { cwd: bare.dir, env: buildEnv(bare.dir), keepLines: PHASE_LINES });
        requireSuccess(`the bare build at N=${n}`, bareRun);
        bareRuns.push(bareRun);
        makeCold(full.dir);
        log(`N=${n}: bare build ${bareRun.wallSeconds.toFixed(1)} s; full build${of}…`);
        const fullRun = await measureCommand('sh', ['-c', command], { cwd: full.dir, env: buildEnv(full.dir), keepLines: PHASE_LINES });
        requireSuccess(`the full build at N=${n} (${command})`, fullRun);
        fullRuns.push(fullRun);
        log(`N=${n}: full build ${fullRun.wallSeconds.toFixed(1)} s`);
      }
      const bareFigures = buildFigures(bareRuns, join(bare.dir, 'dist'));
      if (bareFigures.pages !== archive.mdxFiles) throw new Error(`the bare build wrote ${bareFigures.pages} pages for ${archive.mdxFiles} MDX files`);
      const dist = join(full.dir, 'dist');
      const fullFigures = buildFigures(fullRuns, dist);

      const missing = archive.meetingIds.filter((id) => !existsSync(join(dist, 'moeder', id, 'index.html')));
      if (missing.length > 0) throw new Error(`the full build has no page for ${missing.length} meetings, e.g. /moeder/${missing[0]}/`);
      const meetingPage = weightSummary(archive.meetingIds.map((id) => pageWeight(dist, `/moeder/${id}/`)));
      const scripts = contentPageScripts(dist, [SEARCH_PAGE]);

      let pagefind: SizeFigures['pagefind'] = null;
      const index = folderSize(join(dist, 'pagefind'));
      if (index) {
        log(`N=${n}: Pagefind on its own…`);
        const rerun = await measureCommand(join(full.dir, 'node_modules', '.bin', 'pagefind'), ['--site', 'dist', '--output-path', join(dir, 'pagefind-rerun')], { cwd: full.dir, env: buildEnv(full.dir) });
        requireSuccess(`Pagefind at N=${n}`, rerun);
        const indexed = /Indexed (\d+) pages?/i.exec(rerun.outputTail);
        pagefind = { seconds: rerun.wallSeconds, peakRssBytes: rerun.peakTreeRssBytes, indexBytes: index.bytes, indexFiles: index.files, pagesIndexed: indexed ? Number(indexed[1]) : null };
      }

      let search: SizeFigures['search'] = null;
      if (existsSync(join(dist, SEARCH_PAGE, 'index.html'))) {
        log(`N=${n}: search in Chromium…`);
        const [first, later, common] = archive.searchWords;
        search = await measureSearch(dist, '/', SEARCH_PAGE, { words: [first, later, common], limitedParams: DECISIONS_ONLY });
      }

      sizes.push({
        meetings: n,
        archive: { ...archive.counts, mdxFiles: archive.mdxFiles, meetingTextBytes: archive.meetingTextBytes, searchWordMeetings: archive.searchWordMeetings },
        bare: bareFigures,
        full: fullFigures,
        ratio: {
          time: fullFigures.wallSeconds / bareFigures.wallSeconds,
          cpu: fullFigures.cpuSeconds !== null && bareFigures.cpuSeconds !== null ? fullFigures.cpuSeconds / bareFigures.cpuSeconds : null,
          memory: fullFigures.peakTreeRssBytes / bareFigures.peakTreeRssBytes,
        },
        pagefind,
        search,
        meetingPage,
        scripts,
      });

      if (n === meetings) {
        // Rebuild in the same folder, with .astro/ and node_modules/.astro kept, after one change.
        const changed = archive.meetingIds[Math.floor(archive.meetingIds.length / 2)];
        const file = join(full.contentDir, 'moeder', changed, 'moede.mdx');
        changeOneMeeting(file);
        log(`N=${n}: rebuild after changing ${changed}…`);
        const again = await measureCommand('sh', ['-c', command], { cwd: full.dir, env: buildEnv(full.dir), keepLines: PHASE_LINES });
        requireSuccess(`the rebuild at N=${n}`, again);
        if (!readFileSync(join(dist, 'moeder', changed, 'index.html'), 'utf8').includes('Rettet efter mødet')) {
          throw new Error(`the rebuild did not update /moeder/${changed}/`);
        }
        rebuild = {
          ...again,
          phases: astroPhases(again.keptLines),
          changedFile: `content/moeder/${changed}/moede.mdx`,
          fractionOfCold: again.wallSeconds / fullFigures.wallSeconds,
          cpuFractionOfCold: again.cpuSeconds !== null && fullFigures.cpuSeconds !== null ? again.cpuSeconds / fullFigures.cpuSeconds : null,
        };
        log(`N=${n}: rebuild ${again.wallSeconds.toFixed(1)} s`);
      }
      if (!keep) rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    if (!keep) rmSync(root, { recursive: true, force: true });
  }

  const [a, b] = sizes;
  const growth = b ? {
    fullTime: b.full.wallSeconds / a.full.wallSeconds,
    fullCpu: a.full.cpuSeconds !== null && b.full.cpuSeconds !== null ? b.full.cpuSeconds / a.full.cpuSeconds : null,
    fullMemory: b.full.peakTreeRssBytes / a.full.peakTreeRssBytes,
    bareTime: b.bare.wallSeconds / a.bare.wallSeconds,
    bareMemory: b.bare.peakTreeRssBytes / a.bare.peakTreeRssBytes,
  } : null;
  return {
    startedAt,
    finishedAt: new Date().toISOString(),
    seed,
    machine: {
      cpus: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryBytes: totalmem(), node: process.version,
      platform: `${process.platform} ${process.arch}`, loadBefore, loadAfter: loadavg(),
    },
    sizes,
    rebuild: rebuild!,
    growth,
    targets: evaluateTargets(sizes, rebuild!, growth),
  };
}
