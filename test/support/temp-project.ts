import { cpSync, mkdtempSync, readFileSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';

/**
 * A copy of the project in a temporary folder (node_modules linked, not copied), so that a test
 * can change content and run a real build without touching the working tree.
 */
export interface TempProject {
  dir: string;
  /** Run the project's build script there (as `npm run build` does); returns exit code and output. */
  build(env?: Record<string, string>): { code: number; output: string };
  remove(): void;
}

const ROOT = process.cwd();

export function tempProject(): TempProject {
  const dir = mkdtempSync(join(tmpdir(), 'raadsarkiv-project-'));
  for (const name of ['src', 'scripts', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json']) {
    cpSync(join(ROOT, name), join(dir, name), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return {
    dir,
    build(env = {}) {
      const bin = join(ROOT, 'node_modules', '.bin');
      const script = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts: { build: string } }).scripts.build;
      const result = spawnSync('sh', ['-c', script], {
        cwd: dir,
        encoding: 'utf8',
        // node_modules/.bin first: it holds Node 24 from the "node" package (Astro 7 needs >= 22.12).
        env: { ...process.env, ...env, PATH: `${bin}:${process.env.PATH}`, ASTRO_TELEMETRY_DISABLED: '1' },
        timeout: 300_000,
      });
      return { code: result.status ?? 1, output: `${result.stdout}\n${result.stderr}` };
    },
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}
