import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import type { Entry } from './archive-types.ts';
import type { Meeting } from '../schemas/index.ts';
import { paths } from './urls.ts';
import { mimeTypeOf } from './exports/oparl.ts';

/**
 * The original minutes document a meeting's text was made from (the text, Word or PDF file the
 * secretariat sent). It lies beside the meeting's moede.mdx in original/, is published at a
 * stable address (paths.meetingOriginal) only when the meeting is published, and is described by
 * its size and SHA-256, computed here from the bytes at build time, so a reader can check that
 * the file they hold is the one the archive's text was made from.
 */
export interface OriginalDocument {
  /** File name, e.g. "referat-2025-11-18.txt". */
  fileName: string;
  /** Path from the repository root, e.g. "content/moeder/2025-11-18/original/referat-2025-11-18.txt". */
  file: string;
  /** Site-relative address, e.g. "/moeder/2025-11-18/original/referat-2025-11-18.txt". */
  path: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the bytes, lower-case hex: shown on the meeting page. */
  sha256: string;
  /** SHA-512 of the bytes, lower-case hex: OParl 1.1's File has sha512Checksum (and sha1), no SHA-256 field. */
  sha512: string;
  /** Media type from the file name, when known. */
  mimeType?: string;
}

/** Where a meeting's original document lies, from the repository root. */
export function originalPath(meeting: Entry<Meeting>): string {
  return posix.join(posix.dirname(meeting.file), 'original', meeting.data.original ?? '');
}

const cache = new Map<string, OriginalDocument>();

/** The meeting's original document with size and checksum; undefined when the meeting names none. */
export function originalDocument(meeting: Entry<Meeting>, root = process.cwd()): OriginalDocument | undefined {
  const fileName = meeting.data.original;
  if (!fileName) return undefined;
  const file = originalPath(meeting);
  const key = join(root, file);
  let doc = cache.get(key);
  if (!doc) {
    const bytes = readFileSync(key);
    doc = {
      fileName, file, path: paths.meetingOriginal(meeting.id, fileName),
      size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'),
      sha512: createHash('sha512').update(bytes).digest('hex'), mimeType: mimeTypeOf(fileName),
    };
    cache.set(key, doc);
  }
  return doc;
}

/** The bytes to publish. */
export function originalBytes(doc: OriginalDocument, root = process.cwd()): Buffer {
  return readFileSync(join(root, doc.file));
}

/** "12.345 byte" with Danish thousands separators, counted exactly (no rounding to kB). */
export function formatBytes(size: number): string {
  return `${String(size).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} byte`;
}
