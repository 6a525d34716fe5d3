/**
 * `npm run bench -- [--meetings N] [--runs R] [--seed S] [--no-double] [--keep] [--json FILE]`
 *
 * Generates a synthetic archive of N meetings (default 2,000) in a temporary folder, builds it as
 * a bare Astro site and as the full site, at N and at 2N, and prints every figure with the
 * targets of the benchmark issue (PASS/MISS). The figures are also written as JSON. See
 * docs/performance.md.
 *
 * `npm run bench -- --report FILE` judges the figures of an earlier run (its JSON) against the
 * current targets, without building anything.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { runBench } from './bench/run-bench.ts';
import { evaluateTargets, formatReport, type BenchResult } from './bench/report.ts';

const { values } = parseArgs({
  options: {
    meetings: { type: 'string', default: '2000' },
    seed: { type: 'string', default: '20251118' },
    runs: { type: 'string', default: '1' },
    'no-double': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    json: { type: 'string' },
    report: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log('npm run bench -- [--meetings N] [--runs R] [--seed S] [--no-double] [--keep] [--json FILE] | --report FILE');
  process.exit(0);
}
if (values.report) {
  const earlier = JSON.parse(readFileSync(values.report, 'utf8')) as BenchResult;
  console.log(formatReport({ ...earlier, targets: evaluateTargets(earlier.sizes, earlier.rebuild, earlier.growth) }));
  process.exit(0);
}
const meetings = Number(values.meetings);
const seed = Number(values.seed);
if (!Number.isInteger(meetings) || meetings < 1) {
  console.error(`--meetings must be a positive whole number, got "${values.meetings}"`);
  process.exit(2);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) {
  console.error(`--runs must be a positive whole number, got "${values.runs}"`);
  process.exit(2);
}
if (!Number.isInteger(seed)) {
  console.error(`--seed must be a whole number, got "${values.seed}"`);
  process.exit(2);
}

const result = await runBench({ meetings, seed, runs, projectRoot: process.cwd(), double: !values['no-double'], keep: values.keep });
const jsonFile = resolve(values.json ?? join(tmpdir(), `raadsarkiv-bench-N${meetings}-${result.startedAt.replace(/[:.]/g, '-')}.json`));
writeFileSync(jsonFile, JSON.stringify(result, null, 2) + '\n');
console.log(formatReport(result));
console.log(`\nFigures as JSON: ${jsonFile}`);
