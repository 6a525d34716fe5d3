import { cpSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The two sites the benchmark builds from the same generated content:
 *
 * - the bare site: a minimal Astro project (astro + @astrojs/mdx) that renders every MDX file of
 *   the archive as one plain page, with no layout, links or search. It is what Astro itself needs
 *   for this content, the yardstick for everything we add;
 * - the full site: a copy of the real project with content/ replaced by the generated archive.
 *
 * Both get their own node_modules folder whose entries are links to the project's packages. A
 * link to the whole folder would share node_modules/.astro (Astro's cache and content store)
 * with the working tree and with the other build, so a cold build would not be cold and the
 * working tree's cache would be overwritten by the synthetic archive.
 */

/** Folders of the project that are not part of the site, or are replaced, in the full copy. */
const NOT_COPIED = new Set(['node_modules', '.git', 'dist', '.astro', 'content', 'test', 'docs', 'coverage', '.bench']);

/** Cache folders Astro and Vite write into node_modules; each project gets its own. */
const CACHES = new Set(['.astro', '.vite', '.cache']);

export function linkNodeModules(projectRoot: string, dir: string): void {
  const source = join(projectRoot, 'node_modules');
  const target = join(dir, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (!CACHES.has(name)) symlinkSync(join(source, name), join(target, name));
  }
}

/** Copy the project (without content/, tests, docs and build output) to `dir`; content goes in dir/content. */
export function createFullProject(projectRoot: string, dir: string): { dir: string; contentDir: string } {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(projectRoot)) {
    if (!NOT_COPIED.has(name)) cpSync(join(projectRoot, name), join(dir, name), { recursive: true });
  }
  linkNodeModules(projectRoot, dir);
  return { dir, contentDir: join(dir, 'content') };
}

/** The shell command that builds the full project: its own npm build script, with pre/post scripts. */
export function fullBuildCommand(dir: string): string {
  const scripts = (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts ?? {};
  if (!scripts.build) throw new Error(`${join(dir, 'package.json')} has no "build" script`);
  return ['prebuild', 'build', 'postbuild'].filter((s) => scripts[s]).map((s) => scripts[s]).join(' && ');
}

/** Write the bare project to `dir`; it renders every *.mdx under `contentDir`. */
export function createBareProject(projectRoot: string, dir: string, contentDir: string): { dir: string } {
  const write = (path: string, text: string) => {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  };
  write('package.json', JSON.stringify({ name: 'raadsarkiv-bench-bare', private: true, type: 'module' }, null, 2));
  write('astro.config.mjs', [
    "import { defineConfig } from 'astro/config';",
    "import mdx from '@astrojs/mdx';",
    '',
    '// Astro with MDX and nothing else: the yardstick for the full site.',
    'export default defineConfig({ integrations: [mdx()], devToolbar: { enabled: false } });',
    '',
  ].join('\n'));
  write('src/content.config.ts', [
    "import { defineCollection } from 'astro:content';",
    "import { glob } from 'astro/loaders';",
    "import { z } from 'astro/zod';",
    '',
    '// Every MDX file of the generated archive, with a schema that accepts any front matter.',
    'export const collections = {',
    `  all: defineCollection({ loader: glob({ pattern: '**/*.mdx', base: ${JSON.stringify(contentDir)} }), schema: z.looseObject({}) }),`,
    '};',
    '',
  ].join('\n'));
  for (const name of ['Punkt', 'Afsnit', 'Bilag', 'Note']) write(`src/components/${name}.astro`, '<slot />\n');
  write('src/pages/[...id].astro', [
    '---',
    "import { getCollection, render } from 'astro:content';",
    "import Punkt from '../components/Punkt.astro';",
    "import Afsnit from '../components/Afsnit.astro';",
    "import Bilag from '../components/Bilag.astro';",
    "import Note from '../components/Note.astro';",
    '',
    'export async function getStaticPaths() {',
    "  return (await getCollection('all')).map((entry) => ({ params: { id: entry.id }, props: { entry } }));",
    '}',
    'const { Content } = await render(Astro.props.entry);',
    '---',
    '<Content components={{ Punkt, Afsnit, Bilag, Note }} />',
    '',
  ].join('\n'));
  linkNodeModules(projectRoot, dir);
  return { dir };
}
