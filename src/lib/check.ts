import { join } from 'node:path';
import { readContent } from './content-source.ts';
import { validateEntries } from './validate.ts';
import { checkIntegrity } from './integrity.ts';
import type { ArchiveData } from './archive-types.ts';
import type { Problem } from './problems.ts';

/**
 * The whole content check: read content/ from disk, validate every file against its schema, then
 * apply the integrity rules. Used by the check command and, before Astro starts, by the build.
 */
export function checkContent(root: string, contentDir = join(root, 'content'), publicDir = join(root, 'public')): { archive: ArchiveData; problems: Problem[] } {
  const { entries, problems: parseProblems } = readContent(contentDir, root);
  const { archive, problems: schemaProblems } = validateEntries(entries);
  const integrityProblems = checkIntegrity(archive, { publicDir });
  const problems = [...parseProblems, ...schemaProblems, ...integrityProblems]
    .sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  return { archive, problems };
}
