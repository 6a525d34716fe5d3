/**
 * `npm run build`: `astro build`, then the search index (scripts/search-index.ts), into dist/ (or
 * dist-preview/ for a preview build, src/site.config.ts). The output folder is emptied first and
 * removed again if any step fails, so a failed build never leaves a partial site, or a prerender
 * chunk with content in it, where a deploy or a person could pick it up.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { OUT_DIR } from '../src/site.config.ts';

const root = process.cwd();
const out = join(root, OUT_DIR);
const steps: Array<{ name: string; args: string[] }> = [
  { name: 'astro build', args: [join(root, 'node_modules', 'astro', 'bin', 'astro.mjs'), 'build'] },
  { name: 'søgeindekset', args: [join(import.meta.dirname, 'search-index.ts')] },
];

rmSync(out, { recursive: true, force: true });
for (const step of steps) {
  const result = spawnSync(process.execPath, step.args, { stdio: 'inherit', cwd: root });
  if (result.status !== 0) {
    rmSync(out, { recursive: true, force: true });
    console.error(`\nBygningen stoppede under ${step.name}; ${OUT_DIR}/ er fjernet, så en halv udgave af siden ikke kan offentliggøres.`);
    process.exit(result.status ?? 1);
  }
}
