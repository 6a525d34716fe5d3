import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { collectionDefs, type CollectionDef } from './lib/collections.ts';

/**
 * Astro's collections, made from the same table the check command uses (src/lib/collections.ts),
 * so the paths, ids and schemas cannot drift apart. Cross-file rules are enforced by the
 * content-integrity integration before the build starts.
 */
function collection<D extends CollectionDef>(def: D) {
  return defineCollection({
    loader: glob({
      pattern: def.pattern,
      base: `./content/${def.dir}`,
      generateId: ({ entry }) => def.idFromPath(entry),
    }),
    schema: def.schema as D['schema'],
  });
}

export const collections = {
  organisations: collection(collectionDefs.organisations),
  bodies: collection(collectionDefs.bodies),
  people: collection(collectionDefs.people),
  meetings: collection(collectionDefs.meetings),
  decisions: collection(collectionDefs.decisions),
  followUps: collection(collectionDefs.followUps),
  programmes: collection(collectionDefs.programmes),
  matters: collection(collectionDefs.matters),
};
