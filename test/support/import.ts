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

/**
 * Minimal minutes in the template (3 February 2026, people the content knows), with `referat`
 * lines for the Referat of item 1; `title` replaces the title line, `attendance` the participants.
 */
export function minutes(referat: string[], opts: { title?: string; attendance?: string[] } = {}): string {
  return [
    'NOTAT', '', 'DANSKE', 'REGIONER', '',
    opts.title ?? 'Referat fra møde i fagligt råd for genomisk medicin 3. februar 2026 kl. 10.00-13.00 (virtuelt møde)', '',
    '02-03-2026', '', 'EMN-2026-00012', '', '1900001', '', 'Catherina Bozorgi', '',
    'Dagsorden\t\t',
    'Pkt. 1\tGodkendelse af noget v/Inge Søkilde\t10.00-11.00',
    'Pkt. 2\tEventuelt\t11.00-11.05', '',
    'Deltagere:*Fagligt råd*', '',
    ...(opts.attendance ?? ['- Ole Halfdan Larsen, Region Midtjylland (formand)', '- Inge Søkilde, Region Nordjylland']), '',
    'Afbud:', '', '- Sabine Grønborg, Lægevidenskabelige Selskaber', '',
    'Pkt. 1 Godkendelse af noget', '', 'Indstilling', '', 'Det indstilles, at rådet godkender noget.', '',
    'Referat', '', ...referat, '',
    'Pkt. 2 Eventuelt', '', 'Ingen punkter.', '',
  ].join('\n');
}
