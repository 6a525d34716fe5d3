import { join } from 'node:path';
import { readContent } from './content-source.ts';
import { validateEntries } from './validate.ts';
import { checkIntegrity } from './integrity.ts';
import { checkPublishing } from './publishing-rules.ts';
import type { ArchiveData } from './archive-types.ts';
import type { Problem } from './problems.ts';

/**
 * The whole content check: read content/ from disk, validate every file against its schema, then
 * apply the integrity and publishing rules. Used by the check command and, before Astro starts,
 * by the build. Drafts are checked like everything else: a draft must be valid to be merged.
 */
export function checkContent(root: string, contentDir = join(root, 'content'), publicDir = join(root, 'public')): { archive: ArchiveData; problems: Problem[] } {
  const { entries, problems: parseProblems, unreadable } = readContent(contentDir, root);
  const { archive, problems: schemaProblems, rejected } = validateEntries(entries);
  const broken: Partial<Record<keyof ArchiveData, Set<string>>> = {};
  for (const { collection, id } of [...unreadable, ...rejected]) (broken[collection] ??= new Set()).add(id);
  const integrityProblems = checkIntegrity(archive, { publicDir, rootDir: root, broken });
  const publishingProblems = checkPublishing(archive);
  const problems = [...parseProblems, ...schemaProblems, ...integrityProblems, ...publishingProblems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { archive, problems };
}

/** "7 møder (heraf 1 udkast), 6 beslutninger, …": what the check and the build report. */
export function contentSummary(archive: ArchiveData): string {
  const draftMeetings = new Set(archive.meetings.filter((m) => m.data.draft).map((m) => m.id));
  const draftDecisions = archive.decisions.filter((d) => d.data.draft || draftMeetings.has(d.data.meeting)).length;
  const drafts = (n: number) => (n > 0 ? ` (heraf ${n} udkast)` : '');
  return `${archive.meetings.length} møder${drafts(draftMeetings.size)}, ${archive.decisions.length} beslutninger${drafts(draftDecisions)}, `
    + `${archive.followUps.length} opfølgninger, ${archive.people.length} personer`;
}
