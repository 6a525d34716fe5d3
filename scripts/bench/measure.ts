import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs a command and measures it: wall time, CPU time, and peak memory of the whole process tree.
 * A build is several processes at once (a shell, Node, Pagefind's indexer), so the peak that
 * matters is the sum of their resident memory at one moment, sampled from /proc. GNU time's
 * maximum resident set (the largest single process) and CPU seconds are read as well when
 * /usr/bin/time is installed; on a shared machine CPU seconds vary less than wall time.
 */

export interface Measurement {
  /** Wall-clock seconds from start to exit. */
  wallSeconds: number;
  /** User + system CPU seconds of the command and its children; null without /usr/bin/time. */
  cpuSeconds: number | null;
  /** Largest sum of resident memory over the process tree, in bytes (sampled every `sampleMs`). */
  peakTreeRssBytes: number;
  /** Largest resident memory of any single process (GNU time %M), in bytes; null without /usr/bin/time. */
  peakProcessRssBytes: number | null;
  /**
   * Per program of the tree (its command name: "node", "pagefind_extend"), the largest sum of its
   * processes' resident memory at one sample: which step of a build holds the peak.
   */
  peakRssByProgramBytes: Record<string, number>;
  exitCode: number;
  /** The command's last 4,000 characters of output, for error messages. */
  outputTail: string;
  /** Output lines (colour codes removed) that matched `keepLines`. */
  keptLines: string[];
}

export interface MeasureOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  sampleMs?: number;
  timeoutMs?: number;
  /** Output lines to keep whole (the output itself can be megabytes of warnings). */
  keepLines?: RegExp;
}

const PAGE_SIZE = 4096;
const GNU_TIME = '/usr/bin/time';

interface ProcInfo { ppid: number; rssBytes: number; program: string }

/** Every process's parent and resident memory, from /proc/<pid>/stat. */
export function readProcessTable(): Map<number, ProcInfo> {
  const table = new Map<number, ProcInfo>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended between listing and reading
    }
    // The command name may contain spaces and parentheses; the fields after the last ")" do not.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const program = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    table.set(Number(name), { ppid: Number(fields[1]), rssBytes: Number(fields[21]) * PAGE_SIZE, program });
  }
  return table;
}

/** Resident memory of `root` and all its descendants, in bytes. */
export function treeRss(table: Map<number, ProcInfo>, root: number): number {
  return [...treeRssByProgram(table, root).values()].reduce((sum, n) => sum + n, 0);
}

/** Resident memory of `root` and all its descendants, summed per program, in bytes. */
export function treeRssByProgram(table: Map<number, ProcInfo>, root: number): Map<string, number> {
  const children = new Map<number, number[]>();
  for (const [pid, info] of table) {
    const list = children.get(info.ppid);
    if (list) list.push(pid);
    else children.set(info.ppid, [pid]);
  }
  const byProgram = new Map<string, number>();
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    const info = table.get(pid);
    if (info) byProgram.set(info.program, (byProgram.get(info.program) ?? 0) + info.rssBytes);
    stack.push(...(children.get(pid) ?? []));
  }
  return byProgram;
}

export function measureCommand(command: string, args: string[], options: MeasureOptions): Promise<Measurement> {
  const { cwd, env = process.env, sampleMs = 200, timeoutMs = 3 * 60 * 60 * 1000, keepLines } = options;
  const useGnuTime = existsSync(GNU_TIME);
  const timeDir = mkdtempSync(join(tmpdir(), 'raadsarkiv-bench-time-'));
  const timeFile = join(timeDir, 'time.txt');
  const [file, argv] = useGnuTime ? [GNU_TIME, ['-f', '%e %U %S %M', '-o', timeFile, command, ...args]] : [command, args];
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    const kept: string[] = [];
    const partial = { stdout: '', stderr: '' };
    const keep = (stream: 'stdout' | 'stderr') => (chunk: Buffer) => {
      const text = chunk.toString();
      output = (output + text).slice(-4000);
      if (!keepLines) return;
      const lines = (partial[stream] + text).split('\n');
      partial[stream] = lines.pop()!;
      for (const line of lines) {
        const plain = line.replace(/\x1b\[[0-9;]*m/g, '');
        if (keepLines.test(plain)) kept.push(plain);
      }
    };
    child.stdout.on('data', keep('stdout'));
    child.stderr.on('data', keep('stderr'));
    let peak = 0;
    const peakByProgram: Record<string, number> = {};
    const sample = () => {
      if (!child.pid) return;
      const byProgram = treeRssByProgram(readProcessTable(), child.pid);
      let total = 0;
      for (const [program, bytes] of byProgram) {
        total += bytes;
        peakByProgram[program] = Math.max(peakByProgram[program] ?? 0, bytes);
      }
      peak = Math.max(peak, total);
    };
    const timer = setInterval(sample, sampleMs);
    const killer = setTimeout(() => child.kill('SIGTERM'), timeoutMs);
    child.on('error', (err) => {
      clearInterval(timer);
      clearTimeout(killer);
      rmSync(timeDir, { recursive: true, force: true });
      reject(err);
    });
    child.on('close', (code) => {
      const wall = (performance.now() - started) / 1000;
      clearInterval(timer);
      clearTimeout(killer);
      let cpu: number | null = null;
      let maxRss: number | null = null;
      if (useGnuTime && existsSync(timeFile)) {
        // GNU time writes "Command exited with non-zero status N" before the figures on failure.
        const line = readFileSync(timeFile, 'utf8').trim().split('\n').pop() ?? '';
        const [, user, system, kb] = line.split(' ').map(Number);
        if ([user, system, kb].every(Number.isFinite)) {
          cpu = user + system;
          maxRss = kb * 1024;
        }
      }
      rmSync(timeDir, { recursive: true, force: true });
      resolve({
        wallSeconds: wall, cpuSeconds: cpu, peakTreeRssBytes: Math.max(peak, maxRss ?? 0),
        peakProcessRssBytes: maxRss, peakRssByProgramBytes: peakByProgram, exitCode: code ?? 1, outputTail: output, keptLines: kept,
      });
    });
  });
}
