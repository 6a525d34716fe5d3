/**
 * `npm run preview:build`: the site with drafts, for the secretariat to look at before publishing.
 * `npm run preview:serve`: the same, then served on http://127.0.0.1:4321/.
 *
 * Runs the normal build script with PREVIEW=true, which (astro.config.mjs) writes to
 * dist-preview/ instead of dist/, so a preview can never be deployed by mistake, and (src/lib/archive.ts)
 * includes drafts, each page marked "Udkast – ikke offentliggjort". Setting the variable here rather
 * than in package.json keeps the command the same on Windows, macOS and Linux.
 */
import { spawnSync } from 'node:child_process';

const env = { ...process.env, PREVIEW: 'true' };
// npm sets npm_execpath to its own entry script; running it with this Node works on every OS.
const npm = (args: string[]) => {
  const result = process.env.npm_execpath
    ? spawnSync(process.execPath, [process.env.npm_execpath, ...args], { stdio: 'inherit', env })
    : spawnSync('npm', args, { stdio: 'inherit', env, shell: process.platform === 'win32' });
  return result.status ?? 1;
};

const built = npm(['run', 'build']);
if (built !== 0) process.exit(built);
console.log('\nForhåndsvisningen med udkast ligger i dist-preview/ (den offentliggøres aldrig).');

if (process.argv.includes('--serve')) {
  console.log('Åbn http://127.0.0.1:4321/ i en browser. Stop med Ctrl+C.\n');
  process.exit(npm(['run', 'preview', '--', '--host', '127.0.0.1']));
}
