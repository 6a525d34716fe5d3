import { join } from 'node:path';
import { readContent } from './content-source.ts';
import { unexpectedContentFiles } from './content-files.ts';
import { draftFiles, draftMeetingIds, isDraftEntry } from './drafts.ts';
import { validateEntries } from './validate.ts';
import { checkIntegrity } from './integrity.ts';
import { checkPublishing } from './publishing-rules.ts';
import { checkProvenance } from './provenance-rules.ts';
import type { ArchiveData } from './archive-types.ts';
import type { Problem } from './problems.ts';
import { collectionDefs, type CollectionDef } from './collections.ts';
import { checkMdxBody, type ComponentElement } from './mdx-allow-list.ts';
import { markdownReadingProblem } from './markdown-entries.ts';

/**
 * The whole content check: read content/ from disk, validate every file against its schema, then
 * apply the integrity and publishing rules. Used by the check command and, before Astro starts,
 * by the build. Drafts are checked like everything else: a draft must be valid to be merged. (The
 * public build, which leaves drafts out, stops only on problems outside them.)
 */
export function checkContent(root: string, contentDir = join(root, 'content'), publicDir = join(root, 'public')): {
  archive: ArchiveData; problems: Problem[];
  /** The files of every draft (src/lib/drafts.ts), so that a public build can tell their problems apart. */
  drafts: Set<string>;
} {
  const { entries, problems: readProblems, unreadable } = readContent(contentDir, root);
  const parseProblems = [...unexpectedContentFiles(contentDir, root), ...readProblems];
  // Every MDX body, drafts and entries with schema errors included, through the build's own parser.
  const bodyProblems: Problem[] = [];
  const elements = new Map<string, ComponentElement[] | undefined>();
  for (const entry of entries) {
    const { components, renderAs }: CollectionDef = collectionDefs[entry.collection];
    if (entry.body === undefined || !components) continue;
    const checked = checkMdxBody(entry.file, entry.body, entry.bodyStartLine ?? 1, components);
    bodyProblems.push(...checked.problems);
    const twoReadings = renderAs === 'markdown' && checked.problems.length === 0 && markdownReadingProblem(entry.file, entry.body, entry.bodyStartLine ?? 1);
    if (twoReadings) bodyProblems.push(twoReadings);
    elements.set(entry.file, checked.elements);
  }
  const { archive, problems: schemaProblems, rejected } = validateEntries(entries);
  const broken: Partial<Record<keyof ArchiveData, Set<string>>> = {};
  for (const { collection, id } of [...unreadable, ...rejected]) (broken[collection] ??= new Set()).add(id);
  const integrityProblems = checkIntegrity(archive, { publicDir, root, broken, elements });
  const publishingProblems = checkPublishing(archive, elements);
  const problems = [...parseProblems, ...bodyProblems, ...schemaProblems, ...integrityProblems, ...publishingProblems, ...checkProvenance(archive, broken)]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
  return { archive, problems, drafts: draftFiles(entries) };
}

/** "7 møder (heraf 1 udkast), 6 beslutninger, …": what the check and the build report. */
export function contentSummary(archive: ArchiveData): string {
  const draftMeetings = draftMeetingIds(archive.meetings);
  const draftDecisions = archive.decisions.filter((d) => isDraftEntry(d, draftMeetings)).length;
  const drafts = (n: number) => (n > 0 ? ` (heraf ${n} udkast)` : '');
  return `${archive.meetings.length} møder${drafts(draftMeetings.size)}, ${archive.decisions.length} beslutninger${drafts(draftDecisions)}, `
    + `${archive.followUps.length} opfølgninger, ${archive.people.length} personer`;
}
