import { join } from 'node:path';
import { readContent } from '../../src/lib/content-source.ts';
import { validateEntries } from '../../src/lib/validate.ts';
import { directoryFrom, type Directory } from '../../src/lib/import/directory.ts';

/** The source document (minutes of 18 November 2025, as the secretariat wrote them), copied from ../shared/kilder/ so CI has it. */
export const SOURCE_TXT = join(process.cwd(), 'test', 'fixtures', 'kilder', 'referat-2025-11-18.txt');

/** What the importer knows of the project's own content (people, organisations, bodies …). */
export function contentDirectory(contentDir = join(process.cwd(), 'content')): Directory {
  const { entries } = readContent(contentDir, process.cwd());
  return directoryFrom(validateEntries(entries).archive);
}
