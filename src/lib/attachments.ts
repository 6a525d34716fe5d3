import { existsSync, lstatSync, readdirSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ArchiveData, Entry } from './archive-types.ts';
import { draftMeetingIds } from './drafts.ts';
import { fieldName, type Problem } from './problems.ts';
import type { Meeting } from '../schemas/index.ts';

/**
 * Attachment files (bilag). A published attachment lies in public/bilag/, which the build copies
 * to the site as it is. So that a draft's attachment can never be published, the check fails
 * while any file in public/bilag/ is not an attachment of a published meeting: a draft's
 * attachment waits outside public/ until its meeting is published (docs/content-model.md).
 * An attachment's `file` is a plain path inside public/bilag/: no "../", no leading "/", no "\",
 * and no symbolic link that leads out of the folder.
 */

/** The folder under public/ that holds attachment files. */
const ATTACHMENT_FOLDER = 'bilag';

const SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]*$/;

/** Is `file` a plain path inside bilag/ ("bilag/2025-11-18/bilag-1.pdf")? */
function isPlainAttachmentPath(file: string): boolean {
  const parts = file.split('/');
  return parts.length >= 2 && parts[0] === ATTACHMENT_FOLDER && parts.every((p) => SEGMENT.test(p) && p !== '..');
}

export function attachmentProblems(archive: ArchiveData, publicDir: string, root: string): Problem[] {
  const problems: Problem[] = [];
  const drafts = draftMeetingIds(archive.meetings);
  const folder = join(publicDir, ATTACHMENT_FOLDER);
  const realFolder = existsSync(folder) ? realpathSync(folder) : folder;
  /** public/-relative path → the meeting file that lists it, published ones first. */
  const listedBy = new Map<string, { meeting: Entry<Meeting>; published: boolean }>();
  const show = (abs: string) => relative(root, abs).split(sep).join('/');

  for (const meeting of archive.meetings) {
    const published = !drafts.has(meeting.id);
    meeting.data.agenda.forEach((item, i) => item.attachments.forEach((a, j) => {
      if (!a.file) return;
      const path = ['agenda', i, 'attachments', j, 'file'];
      const report = (message: string, fix: string) =>
        problems.push({ file: meeting.file, line: meeting.lineOf?.(path), field: fieldName(path), value: a.file, message, fix });
      if (!isPlainAttachmentPath(a.file)) {
        report(`stien "${a.file}" er ikke tilladt: et bilag skal ligge i public/${ATTACHMENT_FOLDER}/, og stien skrives fra public/ uden "../", "/" forrest eller "\\"`,
          `Skriv fx file: ${ATTACHMENT_FOLDER}/${meeting.id}/bilag-${a.number}.pdf (små og store bogstaver a-z, tal, bindestreg, understreg og punktum).`);
        return;
      }
      if (!listedBy.get(a.file)?.published) listedBy.set(a.file, { meeting, published });
      // A draft's attachment is not in public/ yet (see above); only a published one must exist.
      if (!published) return;
      const abs = join(publicDir, a.file);
      if (!existsSync(abs)) {
        report(`bilagsfilen findes ikke: public/${a.file}`, 'Læg filen i public/ med præcis dette navn, eller fjern feltet file, hvis bilaget ikke offentliggøres.');
      } else if (!isInside(realpathSync(abs), realFolder)) {
        report(`public/${a.file} er en genvej til en fil uden for public/${ATTACHMENT_FOLDER}/`, 'Læg selve filen i public/bilag/ i stedet for en genvej.');
      }
    }));
  }

  // Every file in public/bilag/ must be an attachment of a published meeting.
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const child = join(abs, name);
      const rel = relative(publicDir, child).split(sep).join('/');
      const stat = lstatSync(child);
      if (stat.isDirectory()) {
        walk(child);
        continue;
      }
      if (stat.isSymbolicLink() && !isInside(realpathOrSelf(child), realFolder)) {
        problems.push({ file: show(child), field: '(fil)', message: `filen er en genvej til noget uden for public/${ATTACHMENT_FOLDER}/, som bygningen ville kopiere med ud på siden`, fix: 'Slet genvejen, og læg selve filen her, hvis den skal offentliggøres.' });
        continue;
      }
      const listed = listedBy.get(rel);
      if (listed?.published) continue;
      problems.push(listed
        ? {
          file: show(child), field: '(fil)',
          message: `bilaget hører til et udkast (${listed.meeting.file}), men ligger i public/, som altid offentliggøres`,
          fix: 'Flyt filen ud af public/ (fx til en mappe uden for arkivet), til mødet er offentliggjort; læg den så tilbage med samme navn.',
        }
        : {
          file: show(child), field: '(fil)',
          message: 'filen bruges ikke af noget offentliggjort møde, men ligger i public/, som altid offentliggøres',
          fix: `Skriv den i file under attachments for det møde, den hører til, eller flyt den ud af public/${ATTACHMENT_FOLDER}/.`,
        });
    }
  };
  if (existsSync(folder) && lstatSync(folder).isDirectory()) walk(folder);
  return problems;
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !rel.startsWith(sep) && !/^[A-Za-z]:/.test(rel);
}

function realpathOrSelf(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return path;
  }
}
