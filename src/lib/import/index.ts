import { buildDraft, type BuildOptions, type Draft } from './build.ts';
import type { Directory } from './directory.ts';
import { renderDecision, renderMeeting } from './mdx.ts';
import { parseMinutes } from './parse.ts';

/**
 * The importer as one pure function: the text of minutes + what the archive knows → the files of a
 * draft meeting (paths relative to content/). Reading .docx, writing files and printing the report
 * are the command's job (scripts/importer.ts).
 */

export interface ImportedFile {
  /** Path under content/, e.g. "moeder/2025-11-18/moede.mdx". */
  path: string;
  /** The file's text, or for the original document its bytes. */
  text: string | Uint8Array;
}

/**
 * The name the original document is stored under in the meeting's original/ folder: the file's
 * own name with anything but letters a–z, digits, dot, hyphen and underscore made a hyphen
 * ("Referat 18. nov.docx" → "Referat-18.-nov.docx"), so its address is stable and needs no escaping.
 */
function originalFileNameFor(sourceName: string): string {
  const cleaned = sourceName.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^[^A-Za-z0-9]+/, '');
  return /\.[A-Za-z0-9]+$/.test(cleaned) ? cleaned : `${cleaned || 'referat'}.txt`;
}

export interface ImportResult {
  draft: Draft;
  files: ImportedFile[];
}

/**
 * `original`, when given, is the document the text was read from: it is stored beside the draft
 * in original/ and named in the meeting's `original` field, so the page can link it with its
 * size and checksum.
 */
export function importMinutes(text: string, directory: Directory, options: BuildOptions = {}, original?: { name: string; bytes: Uint8Array }): ImportResult {
  const fileName = original && originalFileNameFor(original.name);
  const draft = buildDraft(parseMinutes(text), directory, { ...options, original: fileName });
  const folder = `moeder/${draft.meetingId}`;
  return {
    draft,
    files: [
      { path: `${folder}/moede.mdx`, text: renderMeeting(draft) },
      ...draft.decisions.map((d) => ({ path: `${folder}/beslutninger/${d.id}.mdx`, text: renderDecision(d, draft.meetingId) })),
      ...(original && fileName ? [{ path: `${folder}/original/${fileName}`, text: original.bytes }] : []),
    ],
  };
}

export { NotMinutesError } from './parse.ts';
export { directoryFrom, type Directory } from './directory.ts';
