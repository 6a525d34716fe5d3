import { getCollection, getEntry, render } from 'astro:content';
import { isDraftEntry, draftMeetingIds } from './drafts.ts';
import type { ArchiveData, Entry } from './archive-types.ts';
import { buildIndex, type ArchiveIndex } from './archive-index.ts';
import { collectionNames } from './collections.ts';

/**
 * The archive as pages see it: Astro's collections turned into plain data and indexed once per
 * build. Every page calls getArchive(); the promise is shared, so the index is built one time.
 * Drafts are left out unless PREVIEW=true (the secretariat's preview build).
 */
let archive: Promise<ArchiveIndex> | undefined;

const showDrafts = process.env.PREVIEW === 'true';

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
      .map((e) => ({ id: e.id, file: e.filePath ?? '', data: e.data, body: e.body }));
  }
  if (!showDrafts) {
    // Which entries are drafts is decided in src/lib/drafts.ts (a draft meeting takes its
    // decisions and follow-ups with it); the public build has already left their files out.
    const draftMeetings = draftMeetingIds(data.meetings);
    for (const name of collectionNames) {
      const list = (data as unknown as Record<string, Entry<unknown>[]>)[name];
      (data as unknown as Record<string, Entry<unknown>[]>)[name] = list.filter((e) => !isDraftEntry(e, draftMeetings));
    }
  }
  return buildIndex(data);
}

/** The rendered MDX body of a meeting, decision or work programme, for a page to place. */
export async function renderedBody(collection: 'meetings' | 'decisions' | 'programmes', id: string) {
  const entry = await getEntry(collection, id);
  if (!entry) throw new Error(`Intet indhold ${collection}/${id}`);
  return (await render(entry)).Content;
}
