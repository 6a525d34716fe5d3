import { checkContent } from '../../src/lib/check.ts';
import { buildIndex, type ArchiveIndex } from '../../src/lib/archive-index.ts';
import type { ArchiveData, Entry } from '../../src/lib/archive-types.ts';
import type { Meeting } from '../../src/schemas/index.ts';
import type { ExportSite } from '../../src/lib/exports/site.ts';

/**
 * The archive's real content read without Astro (the same reader as "npm run check"), for unit
 * tests of the export functions. Tests that need more than the content add entries to a copy.
 */
export function contentArchive(): ArchiveData {
  const { archive, problems } = checkContent(process.cwd());
  if (problems.length) throw new Error(`content has problems: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return archive;
}

export function contentIndex(): ArchiveIndex {
  return buildIndex(contentArchive());
}

/** A copy of the content with extra entries, indexed. */
export function indexWith(extra: Partial<ArchiveData>, base: ArchiveData = contentArchive()): ArchiveIndex {
  const data = Object.fromEntries(Object.entries(base).map(([k, v]) => [k, [...(v as unknown[]), ...((extra as Record<string, unknown[]>)[k] ?? [])]])) as unknown as ArchiveData;
  return buildIndex(data);
}

/**
 * A meeting entry for export tests. `status` is given as the current status; the entry gets a
 * one-line history sourced to the meeting itself (held) or to an unnamed planning meeting.
 */
export function meetingEntry(id: string, data: Partial<Meeting> & Pick<Meeting, 'body' | 'title' | 'status'>): Entry<Meeting> {
  const statusHistory = data.status === 'ukendt' ? [] : [{ status: data.status, date: data.date ?? '2025-01-01', source: { meeting: id, section: 'hoved' as const } }];
  return {
    id,
    file: `content/moeder/${id}/moede.mdx`,
    data: { agenda: [], corrections: [], notes: [], draft: false, statusHistory, ...data } as Meeting,
    body: '',
  };
}

export const SITE: ExportSite = { siteUrl: 'https://arkiv.example.dk', base: '/' };
export const SITE_WITH_BASE: ExportSite = { siteUrl: 'https://example.github.io', base: '/raadsarkiv/' };
