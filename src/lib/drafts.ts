import { relative } from 'node:path';
import { collectionDefs, collectionNames, type CollectionName } from './collections.ts';
import { readContent, type RawEntry } from './content-source.ts';

/**
 * Which content is a draft, decided in one place. A draft is an entry with `draft: true`, or a
 * decision or follow-up of a draft meeting (by its `meeting` field or by the folder it lies in).
 * The public build leaves drafts out before Astro reads anything (src/content.config.ts), pages
 * leave them out again (src/lib/archive.ts), and the build tolerates problems in them that the
 * check still reports (src/integrations/content-integrity.ts).
 */

const isDraftData = (data: unknown): boolean => (data as { draft?: unknown } | null)?.draft === true;
const meetingOf = (data: unknown): unknown => (data as { meeting?: unknown } | null)?.meeting;

/** "content/moeder/<id>/beslutninger/x.mdx" → "<id>": the meeting folder a file lies in, if any. */
function meetingFolder(file: string): string | undefined {
  const parts = file.split('/');
  const at = parts.lastIndexOf(collectionDefs.meetings.dir);
  return at >= 0 && parts.length > at + 2 ? parts[at + 1] : undefined;
}

/** Ids of the draft meetings. */
export function draftMeetingIds(meetings: ReadonlyArray<{ id: string; data: unknown }>): Set<string> {
  return new Set(meetings.filter((m) => isDraftData(m.data)).map((m) => m.id));
}

/** A draft, or part of a draft meeting. */
export function isDraftEntry(entry: { file: string; data: unknown }, draftMeetings: ReadonlySet<string>): boolean {
  const meeting = meetingOf(entry.data);
  const folder = meetingFolder(entry.file);
  return isDraftData(entry.data) || (typeof meeting === 'string' && draftMeetings.has(meeting)) || (folder !== undefined && draftMeetings.has(folder));
}

/** The files of every draft, as read from disk (entries whose schema fails included). */
export function draftFiles(entries: ReadonlyArray<Pick<RawEntry, 'collection' | 'id' | 'file' | 'data'>>): Set<string> {
  const meetings = draftMeetingIds(entries.filter((e) => e.collection === 'meetings'));
  return new Set(entries.filter((e) => isDraftEntry(e, meetings)).map((e) => e.file));
}

/**
 * For the public build: per collection, the draft files relative to the collection's folder, for
 * Astro's glob loader to leave out. A draft's MDX is then never compiled, so a broken draft cannot
 * stop the public build and no build output holds a draft's text.
 */
export function publicBuildExclusions(root: string): Record<CollectionName, string[]> {
  const contentDir = `${root}/content`;
  const { entries } = readContent(contentDir, root);
  const drafts = draftFiles(entries);
  const out = Object.fromEntries(collectionNames.map((n) => [n, [] as string[]])) as Record<CollectionName, string[]>;
  for (const e of entries) {
    if (drafts.has(e.file)) out[e.collection].push(relative(`${contentDir}/${collectionDefs[e.collection].dir}`, `${root}/${e.file}`).split('\\').join('/'));
  }
  return out;
}
