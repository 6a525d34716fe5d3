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
  text: string;
}

export interface ImportResult {
  draft: Draft;
  files: ImportedFile[];
}

export function importMinutes(text: string, directory: Directory, options: BuildOptions = {}): ImportResult {
  const draft = buildDraft(parseMinutes(text), directory, options);
  const folder = `moeder/${draft.meetingId}`;
  return {
    draft,
    files: [
      { path: `${folder}/moede.mdx`, text: renderMeeting(draft) },
      ...draft.decisions.map((d) => ({ path: `${folder}/beslutninger/${d.id}.mdx`, text: renderDecision(d, draft.meetingId) })),
    ],
  };
}

export { NotMinutesError } from './parse.ts';
export { directoryFrom, type Directory } from './directory.ts';
