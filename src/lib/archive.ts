import { getCollection } from 'astro:content';
import type { ArchiveData, Entry } from './archive-types.ts';
import { buildIndex, type ArchiveIndex } from './archive-index.ts';
import { collectionNames } from './collections.ts';

/**
 * The archive as pages see it: Astro's collections turned into plain data and indexed once per
 * build. Every page calls getArchive(); the promise is shared, so the index is built one time.
 * Drafts are left out unless PREVIEW=true (the secretariat's preview build).
 */
let archive: Promise<ArchiveIndex> | undefined;

export const showDrafts = process.env.PREVIEW === 'true';

export function getArchive(): Promise<ArchiveIndex> {
  archive ??= load();
  return archive;
}

async function load(): Promise<ArchiveIndex> {
  const data = {} as ArchiveData;
  for (const name of collectionNames) {
    // Typed loosely: the union of eight collections' entry types is more than TypeScript infers here.
    const entries: Array<{ id: string; filePath?: string; data: unknown; body?: string }> = await getCollection(name);
    (data as unknown as Record<string, Entry<unknown>[]>)[name] = entries
      .filter((e) => showDrafts || !(e.data as { draft?: boolean }).draft)
      .map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body }));
  }
  // A draft meeting takes its decisions and follow-ups with it.
  const meetings = new Set(data.meetings.map((m) => m.id));
  data.decisions = data.decisions.filter((d) => meetings.has(d.data.meeting));
  data.followUps = data.followUps.filter((f) => meetings.has(f.data.meeting));
  return buildIndex(data);
}
