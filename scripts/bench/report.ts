import type { Measurement } from './measure.ts';
import type { PageWeight, ScriptFigures } from './site-figures.ts';
import type { GeneratedArchive } from './generate-archive.ts';
import type { SearchTransfer } from './search-transfer.ts';
import { searchFigures, searchTargets } from './search-targets.ts';
import type { AstroPhases } from './astro-phases.ts';
import { evaluateBuildTargets } from './build-targets.ts';

/**
 * The benchmark's figures, its targets (from the issue "A benchmark at archive scale") and the
 * printed table. Pure functions: the harness measures, this module judges and formats.
 */

export interface BuildFigures extends Measurement {
  /** HTML pages written (outside pagefind/ and _astro/). */
  pages: number;
  pagesPerSecond: number;
  /** Wall time of every cold run; the figures above are those of the fastest. */
  allWallSeconds: number[];
  /** Where Astro spent the (fastest) build's time, from its log. */
  phases: AstroPhases;
}

export interface SizeFigures {
  meetings: number;
  archive: GeneratedArchive['counts'] & { mdxFiles: number; meetingTextBytes: number; searchWordMeetings: Record<string, number> };
  bare: BuildFigures;
  full: BuildFigures;
  /** Full over bare: wall time, CPU time, peak memory of the process tree. */
  ratio: { time: number; cpu: number | null; memory: number };
  /** Pagefind's own run over the built site (re-run on its own to time it); null without an index. */
  pagefind: { seconds: number; peakRssBytes: number; indexBytes: number; indexFiles: number; pagesIndexed: number | null } | null;
  /** Bytes a first and a second query transfer; null when the site has no search page. */
  search: SearchTransfer | null;
  meetingPage: { pages: number; median: PageWeight; largest: PageWeight };
  scripts: ScriptFigures;
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  seed: number;
  machine: { cpus: number; cpuModel: string; memoryBytes: number; node: string; platform: string; loadBefore: number[]; loadAfter: number[] };
  sizes: SizeFigures[];
  /** Rebuild of the full site at N after one meeting's text changed, caches kept. */
  rebuild: Measurement & { phases: AstroPhases; changedFile: string; fractionOfCold: number; cpuFractionOfCold: number | null };
  /** Cost at 2N over cost at N; null when 2N was skipped. */
  growth: { fullTime: number; fullCpu: number | null; fullMemory: number; bareTime: number; bareMemory: number } | null;
  targets: TargetResult[];
}

export interface TargetResult {
  name: string;
  value: string;
  target: string;
  /** null when the figure could not be measured (e.g. no search page). */
  pass: boolean | null;
  /**
   * For the time targets: the same target judged on CPU seconds (user + system), which other
   * work on a shared machine disturbs far less than wall time. Undefined for the other targets.
   */
  cpuPass?: boolean | null;
  note?: string;
}

/** 1 KB = 1,000 bytes in all targets. */
export const KB = 1000;

/** The page targets; the build's are in build-targets.ts, the search's in search-targets.ts. */
export const TARGETS = {
  meetingPageGzipBytes: 30 * KB,
  contentPageScriptBytes: 0,
} as const;

const fmt = (n: number, digits = 2) => n.toFixed(digits);
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;
const mb = (bytes: number) => `${Math.round(bytes / 1_000_000)} MB`;

export function evaluateTargets(sizes: SizeFigures[], rebuild: BenchResult['rebuild'], growth: BenchResult['growth']): TargetResult[] {
  const n = sizes[0];
  const out: TargetResult[] = [];
  out.push(...evaluateBuildTargets(sizes, rebuild, growth));
  out.push(...searchTargets(n.search, sizes[1]));
  const largest = n.meetingPage.largest;
  out.push({ name: 'Meeting page HTML + CSS, gzip (largest)', value: `${kb(largest.totalGzipBytes)} (${largest.url})`, target: `<= ${kb(TARGETS.meetingPageGzipBytes)}`, pass: largest.totalGzipBytes <= TARGETS.meetingPageGzipBytes, note: `median ${kb(n.meetingPage.median.totalGzipBytes)}` });
  out.push({ name: 'JavaScript on content pages', value: `${n.scripts.bytes} bytes on ${n.scripts.pagesWithScripts} of ${n.scripts.pages} pages`, target: 'none', pass: n.scripts.bytes === TARGETS.contentPageScriptBytes && n.scripts.pagesWithScripts === 0, note: n.scripts.examples.length ? `e.g. ${n.scripts.examples.join(', ')}` : undefined });
  return out;
}

const verdict = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'PASS' : 'MISS');

const phaseText = (p: AstroPhases) => [p.syncSeconds, p.bundleSeconds, p.renderSeconds].map((x) => (x === null ? '?' : `${fmt(x, 1)}`)).join(' / ') + ' s';

function table(rows: string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  const line = (r: string[]) => r.map((cell, c) => cell.padEnd(widths[c])).join('  ').trimEnd();
  return [line(rows[0]), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.slice(1).map(line)].join('\n');
}

/** "node 3,241 MB, pagefind_extend 3,755 MB": which step of a build holds its peak (older JSON has none). */
function programPeaks(m: Measurement): string {
  const peaks = Object.entries(m.peakRssByProgramBytes ?? {}).filter(([, bytes]) => bytes >= 50_000_000);
  return peaks.length ? peaks.sort(([, a], [, b]) => b - a).map(([program, bytes]) => `${program} ${mb(bytes)}`).join(', ') : '–';
}

/** The figures as a plain-text report: one column per archive size, then the targets. */
export function formatReport(result: BenchResult): string {
  const s = result.sizes;
  const cols = s.map((x) => `N = ${x.meetings}`);
  const row = (name: string, f: (x: SizeFigures) => string) => [name, ...s.map(f)];
  const secs = (m: Measurement) => `${fmt(m.wallSeconds, 1)} s${m.cpuSeconds !== null ? ` (CPU ${fmt(m.cpuSeconds, 1)} s)` : ''}`;
  const runs = s[0].bare.allWallSeconds.length;
  const figures = table([
    ['Figure', ...cols],
    row('Archive: meetings / decisions / follow-ups', (x) => `${x.archive.meetings} / ${x.archive.decisions} / ${x.archive.followUps}`),
    row('Archive: MDX files / minutes text per meeting', (x) => `${x.archive.mdxFiles} / ${kb(x.archive.meetingTextBytes / x.archive.meetings)}`),
    row('Bare build (a): wall time', (x) => secs(x.bare)),
    row('Bare build (a): peak memory (tree)', (x) => mb(x.bare.peakTreeRssBytes)),
    row('Bare build (a): pages, pages/s', (x) => `${x.bare.pages}, ${fmt(x.bare.pagesPerSecond, 1)}/s`),
    row('Bare build (a): sync / bundle / render', (x) => phaseText(x.bare.phases)),
    row('Full build (b): wall time', (x) => secs(x.full)),
    row('Full build (b): peak memory (tree)', (x) => mb(x.full.peakTreeRssBytes)),
    row('Full build (b): peak memory by program', (x) => programPeaks(x.full)),
    row('Full build (b): pages, pages/s', (x) => `${x.full.pages}, ${fmt(x.full.pagesPerSecond, 1)}/s`),
    row('Full build (b): sync / bundle / render', (x) => phaseText(x.full.phases)),
    row('b/a: time, CPU, memory', (x) => `${fmt(x.ratio.time)}×, ${x.ratio.cpu !== null ? fmt(x.ratio.cpu) + '×' : '–'}, ${fmt(x.ratio.memory)}×`),
    row('Pagefind: time, index size', (x) => (x.pagefind ? `${fmt(x.pagefind.seconds, 1)} s, ${kb(x.pagefind.indexBytes)} in ${x.pagefind.indexFiles} files` : 'no dist/pagefind')),
    row('Search words: meetings containing them', (x) => Object.entries(x.archive.searchWordMeetings).map(([w, n]) => `${w} ${n}`).join(', ')),
    row('Search: first, later, common word, decisions only (gzip)', (x) => searchFigures(x.search, 'gzip')),
    row('Search: the same, uncompressed', (x) => searchFigures(x.search, 'served')),
    row('Meeting page HTML+CSS gzip: median, largest', (x) => `${kb(x.meetingPage.median.totalGzipBytes)}, ${kb(x.meetingPage.largest.totalGzipBytes)}`),
    row('JavaScript on content pages', (x) => `${x.scripts.bytes} bytes, ${x.scripts.pagesWithScripts} pages`),
  ]);
  const r = result.rebuild;
  const g = result.growth;
  const extra = [
    `Rebuild after changing ${r.changedFile}: ${secs(r)}, ${fmt(r.fractionOfCold * 100, 0)} % of the cold build${r.cpuFractionOfCold !== null ? ` (CPU ${fmt(r.cpuFractionOfCold * 100, 0)} %)` : ''}; sync / bundle / render ${phaseText(r.phases)}.`,
    g ? `Growth 2N / N: full build time ${fmt(g.fullTime)}×${g.fullCpu !== null ? ` (CPU ${fmt(g.fullCpu)}×)` : ''}, memory ${fmt(g.fullMemory)}×; bare build time ${fmt(g.bareTime)}×, memory ${fmt(g.bareMemory)}×.` : 'Growth 2N / N: not measured (2N skipped).',
  ];
  const targets = table([
    ['Target', 'Measured', 'Goal', 'Result', 'On CPU time'],
    ...result.targets.map((t) => [t.name, t.value + (t.note ? ` [${t.note}]` : ''), t.target, verdict(t.pass), t.cpuPass === undefined ? '' : verdict(t.cpuPass)]),
  ]);
  const m = result.machine;
  return [
    `Cold builds per site and size: ${runs}${runs > 1 ? ' (the fastest counts)' : ''}. Times are wall-clock; CPU = user + system seconds of the whole process tree.`,
    `Machine: ${m.cpus} × ${m.cpuModel}, ${mb(m.memoryBytes)} RAM, Node ${m.node}, ${m.platform}; load average before ${m.loadBefore.map((l) => l.toFixed(2)).join(' ')}, after ${m.loadAfter.map((l) => l.toFixed(2)).join(' ')}.`,
    '',
    figures,
    '',
    ...extra,
    '',
    targets,
  ].join('\n');
}
