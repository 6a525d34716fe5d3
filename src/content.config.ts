import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefs, type CollectionDef, type CollectionName } from './lib/collections.ts';
import { publicBuildExclusions } from './lib/drafts.ts';
import { PREVIEW } from './site.config.ts';
import { mdxAsMarkdown } from './lib/markdown-entries.ts';

/**
 * Astro's collections, made from the same table the check command uses (src/lib/collections.ts),
 * so the paths, ids and schemas cannot drift apart. Cross-file rules are enforced by the
 * content-integrity integration before the build starts.
 *
 * A public build leaves every draft out here, before Astro loads or compiles anything
 * (src/lib/drafts.ts); a preview build (PREVIEW=true) loads them all.
 */
const drafts = PREVIEW ? undefined : publicBuildExclusions(process.cwd());

/** A file name as a glob pattern that matches only itself. */
const literal = (path: string) => path.replace(/[\\*?[\]{}()!+@|]/g, '\\$&');

function collection<D extends CollectionDef>(def: D, name: CollectionName) {
  const loader = glob({
    pattern: [def.pattern, ...(drafts?.[name] ?? []).map((file) => `!${literal(file)}`)],
    base: `./content/${def.dir}`,
    generateId: ({ entry }) => def.idFromPath(entry),
  });
  return defineCollection({
    loader: 'renderAs' in def && def.renderAs === 'markdown' ? mdxAsMarkdown(loader) : loader,
    schema: def.schema as D['schema'],
  });
}

export const collections = {
  organisations: collection(collectionDefs.organisations, 'organisations'),
  bodies: collection(collectionDefs.bodies, 'bodies'),
  people: collection(collectionDefs.people, 'people'),
  meetings: collection(collectionDefs.meetings, 'meetings'),
  decisions: collection(collectionDefs.decisions, 'decisions'),
  followUps: collection(collectionDefs.followUps, 'followUps'),
  programmes: collection(collectionDefs.programmes, 'programmes'),
  matters: collection(collectionDefs.matters, 'matters'),
};
