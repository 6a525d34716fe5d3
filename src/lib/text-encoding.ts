import type { Problem } from './problems.ts';

/**
 * Content files are UTF-8 without a byte-order mark. A file saved in another encoding (Windows-1252
 * from an old editor) would otherwise be read with replacement characters in place of æ, ø and å,
 * silently; a BOM in front of an .mdx file hides its front matter from the parser. Each gets its
 * own message naming the line and what to do in the editor.
 */

const BOM = [0xef, 0xbb, 0xbf];
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The file's text, or the problem that keeps it from being read. A BOM is reported and stripped. */
export function decodeContentFile(bytes: Uint8Array, file: string): { text: string; problem?: Problem } | { text?: undefined; problem: Problem } {
  const hasBom = BOM.every((b, i) => bytes[i] === b);
  const body = hasBom ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = utf8.decode(body);
  } catch {
    const at = firstInvalidByte(body);
    const line = 1 + body.subarray(0, at).filter((b) => b === 0x0a).length;
    return {
      problem: {
        file, line, field: '(tegnsæt)', value: `byte 0x${body[at].toString(16).toUpperCase().padStart(2, '0')}`,
        message: `filen er ikke gemt som UTF-8: linje ${line} har et tegn, der ikke kan læses (ofte æ, ø eller å gemt med et andet tegnsæt)`,
        fix: 'Gem filen med tegnsættet UTF-8 (i VS Code: klik på tegnsættet nederst til højre, vælg "Reopen with Encoding" og det rigtige tegnsæt, og derefter "Save with Encoding" → "UTF-8"), og tjek æ, ø og å på linjen.',
      },
    };
  }
  if (!hasBom) return { text };
  return {
    text,
    problem: {
      file, line: 1, field: '(tegnsæt)',
      message: 'filen begynder med et usynligt BOM-tegn (byte order mark), som kan skjule front matter og det første felt',
      fix: 'Gem filen som "UTF-8" uden BOM (i VS Code: klik på "UTF-8 with BOM" nederst til højre, vælg "Save with Encoding" → "UTF-8").',
    },
  };
}

/** Index of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidByte(bytes: Uint8Array): number {
  let lo = 0;
  let hi = bytes.length;
  // The longest prefix that decodes: every valid prefix ends at most 3 bytes into a sequence, so
  // a binary search on "decodes when cut here, allowing an unfinished last character" finds it.
  const decodes = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (decodes(mid)) lo = mid;
    else hi = mid - 1;
  }
  return Math.min(lo, bytes.length - 1);
}
