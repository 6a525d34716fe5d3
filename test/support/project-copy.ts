import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { gunzipSync } from 'node:zlib';
import { linkNodeModules } from '../../scripts/bench/projects.ts';

/**
 * A throw-away copy of the project (everything but node_modules, build output, git and the
 * tests, with each package in node_modules linked) so tests can add fixture content, run the real commands on
 * it (`buildProject`, `runNpm`, `runScript`) and never touch the working tree.
 */
export const ROOT = process.cwd();
const SKIP = new Set(['node_modules', 'dist', 'dist-preview', '.astro', '.git', 'test-output', 'test']);

export interface ProjectCopy {
  dir: string;
  write(file: string, text: string): void;
  read(file: string): string;
  remove(): void;
}

export function copyProject(prefix = 'raadsarkiv-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of readdirSync(ROOT)) {
    if (!SKIP.has(name)) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  // Packages linked one by one, so the copy has its own Astro and Vite caches: builds of several
  // copies at once (vitest runs two files at a time) would otherwise share one content store.
  linkNodeModules(ROOT, dir);
  return inFolder(dir);
}

/** Only content/ and public/: enough for the check and the scaffold, which read nothing else. */
export function copyContent(prefix = 'raadsarkiv-content-'): ProjectCopy {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const name of ['content', 'public']) cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  return inFolder(dir);
}

function inFolder(dir: string): ProjectCopy {
  return {
    dir,
    write(file, text) {
      mkdirSync(dirname(join(dir, file)), { recursive: true });
      writeFileSync(join(dir, file), text);
    },
    read: (file) => readFileSync(join(dir, file), 'utf8'),
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** `npm run build` in a copy made by copyProject(): its exit code and everything it printed. */
export function buildProject(dir: string, env: Record<string, string> = {}): { code: number; output: string } {
  const result = runNpm(['run', 'build'], dir, env);
  return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
}

/** Run one of the project's scripts (scripts/*.ts) with this Node, in `cwd`. */
export function runScript(script: string, args: string[], cwd: string): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [join(ROOT, 'scripts', script), ...args], { cwd, encoding: 'utf8' });
}

/** Run an npm script in `cwd` the way a person would ("npm run build"). */
export function runNpm(args: string[], cwd: string, env: Record<string, string> = {}): SpawnSyncReturns<string> {
  // Vitest puts Vite's own variables (BASE_URL, MODE, NODE_ENV=test …) into process.env; a build
  // started from a test must not inherit them, or Astro takes BASE_URL=/ over the configured base.
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) =>
    !['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST', 'PREVIEW', 'BASE_PATH', 'SITE_URL'].includes(k) && !k.startsWith('VITEST')));
  // No telemetry: tests reach no host but 127.0.0.1.
  const fullEnv = { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', ...env };
  return process.env.npm_execpath
    ? spawnSync(process.execPath, [process.env.npm_execpath, ...args], { cwd, env: fullEnv, encoding: 'utf8' })
    : spawnSync('npm', args, { cwd, env: fullEnv, encoding: 'utf8' });
}

/** Every file under `dir` with its text; gzip files (Pagefind's index) are unpacked first. */
export function allFileTexts(dir: string): Array<{ file: string; text: string }> {
  const out: Array<{ file: string; text: string }> = [];
  const walk = (abs: string, rel: string) => {
    for (const entry of readdirSync(abs, { withFileTypes: true })) {
      const a = join(abs, entry.name);
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(a, r);
      else {
        let data = readFileSync(a);
        if (data[0] === 0x1f && data[1] === 0x8b) {
          try {
            data = gunzipSync(data);
          } catch {
            // not actually gzip; search the raw bytes
          }
        }
        out.push({ file: r, text: data.toString('utf8') });
      }
    }
  };
  walk(dir, '');
  return out;
}
