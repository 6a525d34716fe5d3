import { getCollection, getEntry, render } from 'astro:content';
import { isDraftEntry, draftMeetingIds } from './drafts.ts';
import type { ArchiveData, Entry } from './archive-types.ts';
import { buildIndex, type ArchiveIndex } from './archive-index.ts';
import { collectionNames } from './collections.ts';
import { PREVIEW } from '../site.config.ts';

/**
 * The archive as pages see it: Astro's collections turned into plain data and indexed once per
 * build. Every page calls getArchive(); the promise is shared, so the index is built one time.
 * Drafts are left out unless PREVIEW=true (the secretariat's preview build).
 */
let archive: Promise<ArchiveIndex> | undefined;

const showDrafts = PREVIEW;

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
    // The public build's glob patterns (src/content.config.ts) have already left out every draft
    // as src/lib/drafts.ts decides it, a draft meeting's decisions and follow-ups included. This is
    // the second line: should a pattern ever miss, a draft still does not reach a page, and a
    // decision or follow-up whose meeting is not here stops the build rather than being dropped.
    const draftMeetings = draftMeetingIds(data.meetings);
    for (const name of collectionNames) {
      const list = (data as unknown as Record<string, Entry<unknown>[]>)[name];
      (data as unknown as Record<string, Entry<unknown>[]>)[name] = list.filter((e) => !isDraftEntry(e, draftMeetings));
    }
    const meetings = new Set(data.meetings.map((m) => m.id));
    const orphan = [...data.decisions, ...data.followUps].find((e) => !meetings.has(e.data.meeting));
    if (orphan) {
      throw new Error(`${orphan.file}: hører til mødet "${orphan.data.meeting}", som ikke er med i den offentlige bygning (et udkast, eller mødet findes ikke). `
        + 'Kør npm run check; offentliggør mødet (slet draft: true), eller markér også denne fil som udkast.');
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
