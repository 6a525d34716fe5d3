import { checkContent } from '../../src/lib/check.ts';
import { buildIndex, type ArchiveIndex } from '../../src/lib/archive-index.ts';
import type { ArchiveData } from '../../src/lib/archive-types.ts';

/**
 * The archive's real content read without Astro (the same reader as "npm run check"). For the
 * site tier only (test/site, test/slow): unit tests use the synthetic archives of
 * test/fixtures/archive.ts, so that correcting the content never breaks one.
 */
export function contentArchive(): ArchiveData {
  const { archive, problems } = checkContent(process.cwd());
  if (problems.length) throw new Error(`content has problems: ${problems.map((p) => `${p.file}: ${p.message}`).join('; ')}`);
  return archive;
}

export function contentIndex(): ArchiveIndex {
  return buildIndex(contentArchive());
}
