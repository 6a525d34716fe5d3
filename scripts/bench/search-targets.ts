import type { Bytes, SearchTransfer } from './search-transfer.ts';
import type { TargetResult } from './report.ts';

/**
 * Issue 16's search targets, judged on the figures of `measureSearch` (KB gzip, as a static host
 * sends them; 1 KB = 1,000 bytes), as report.ts's TargetResult so the report prints them in one
 * table with the others. KB is written here again rather than imported: report.ts imports this
 * module, and the targets below need it while the modules load.
 */

const KB = 1000;

export const SEARCH_TARGETS = {
  /** Everything the search page loads beyond its HTML and CSS, plus the first query's results. */
  firstSearchBytes: 120 * KB,
  /** A later query with a new word, results shown. */
  laterSearchBytes: 15 * KB,
  /** A query for one of the archive's most common words. */
  commonWordBytes: 40 * KB,
  /** The first search at twice the archive size. */
  firstSearchBytesAt2N: 150 * KB,
  /** A first search limited to decisions (the members' case). */
  decisionsFirstSearchBytes: 80 * KB,
} as const;

const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

/** One row per target; "not measured" where the site has no /soeg/ page or 2N was skipped. */
export function searchTargets(atN: SearchTransfer | null, at2N: { meetings: number; search: SearchTransfer | null } | undefined): TargetResult[] {
  const row = (name: string, bytes: Bytes | null | undefined, limit: number, unmeasured: string): TargetResult => (bytes
    ? { name, value: kb(bytes.gzip), target: `<= ${kb(limit)}`, pass: bytes.gzip <= limit, note: `uncompressed ${kb(bytes.served)}` }
    : { name, value: 'not measured', target: `<= ${kb(limit)}`, pass: null, note: unmeasured });
  const none = 'the site has no /soeg/ page';
  const s = atN;
  const out = [
    row('Search: first search, bytes transferred (gzip)', s?.firstSearchBytes, SEARCH_TARGETS.firstSearchBytes, none),
    row('Search: later query with a new word (gzip)', s?.secondSearchBytes, SEARCH_TARGETS.laterSearchBytes, none),
    row(`Search: query for one of the most common words${s ? ` ("${s.plan.words[2]}")` : ''} (gzip)`, s?.commonWordBytes, SEARCH_TARGETS.commonWordBytes, none),
    row('Search: first search limited to decisions (gzip)', s?.limitedFirstSearchBytes, SEARCH_TARGETS.decisionsFirstSearchBytes, none),
    row(`Search: first search at 2N${at2N ? ` (${at2N.meetings} meetings)` : ''} (gzip)`, at2N?.search?.firstSearchBytes, SEARCH_TARGETS.firstSearchBytesAt2N, at2N ? none : '2N skipped'),
  ];
  if (s && s.resultLinks.some((links) => links <= 0)) {
    out.push({ name: 'Search shows results for every query', value: `${s.resultLinks.join(', ')} new links`, target: '> 0', pass: false });
  }
  return out;
}

/** "first, later, common word, decisions only" for the report's table of figures. */
export function searchFigures(s: SearchTransfer | null, kind: keyof Bytes): string {
  if (!s) return 'no /soeg/';
  return [s.firstSearchBytes, s.secondSearchBytes, s.commonWordBytes, s.limitedFirstSearchBytes].map((b) => (b ? kb(b[kind]) : '–')).join(', ');
}
