import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ImportedFile } from './index.ts';

/**
 * Writing a draft into content/. Nothing already there is overwritten unless `overwrite` is set;
 * then the meeting file is replaced and the folder's decisions are replaced by the proposed ones
 * (decision files the import did not write are removed, so no stale decision stays beside the
 * draft). Follow-ups (opfoelgning/) are never touched: the importer does not make them.
 */

export interface WritePlan {
  /** Files that already exist and would be replaced. */
  existing: string[];
  /** Decision files in the meeting's folder that the import would remove (only with overwrite). */
  removed: string[];
  /** Why the import must not write at all, whatever the flag says. */
  refusal?: string;
}

/** `files` are relative to `contentDir`; the meeting folder is the first file's folder. */
export function planWrite(contentDir: string, files: ImportedFile[], body: string): WritePlan {
  const meetingFile = files[0].path;
  const folder = dirname(meetingFile);
  const existing = files.map((f) => f.path).filter((p) => existsSync(join(contentDir, p)));
  const decisionsDir = join(contentDir, folder, 'beslutninger');
  const written = new Set(files.map((f) => f.path));
  const removed = existsSync(decisionsDir)
    ? readdirSync(decisionsDir).filter((n) => n.endsWith('.mdx')).map((n) => `${folder}/beslutninger/${n}`).filter((p) => !written.has(p))
    : [];
  let refusal: string | undefined;
  const meetingAbs = join(contentDir, meetingFile);
  if (existsSync(meetingAbs)) {
    const other = /^body:\s*["']?([^"'\s]+)/m.exec(readFileSync(meetingAbs, 'utf8'))?.[1];
    if (other && other !== body) {
      refusal = `content/${meetingFile} er et møde i ${other}, ikke i ${body}. Importen overskriver aldrig et andet organs møde; flyt eller omdøb mappen først.`;
    }
  }
  return { existing, removed, refusal };
}

export function writeFiles(contentDir: string, files: ImportedFile[], plan: WritePlan): void {
  for (const f of files) {
    const abs = join(contentDir, f.path);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, f.text);
  }
  for (const p of plan.removed) rmSync(join(contentDir, p));
}
