import { describe, it, expect } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { organisationHistory, historyWhen } from '../../../src/lib/organisations.ts';
import { originalDocument } from '../../../src/lib/original.ts';
import { contentIndex } from '../../support/content.ts';

/** Facts of the real content over time (the same rules on synthetic data: test/unit/time-and-history.test.ts). */
describe('organisations over time', () => {
  it('the real content records the merger of NGC with Sundhedsdatastyrelsen from 1 July 2025, sourced to item 5', () => {
    const index = contentIndex();
    const sds = organisationHistory(index, 'sundhedsdatastyrelsen').map((l) => `${historyWhen(l)}: ${l.text} ${l.other ?? l.otherName}`);
    expect(sds).toEqual(['1. juli 2025: lagt sammen med nationalt-genom-center', '2027: overgår til Digital Sundhed Danmark']);
  });
});

describe('the original document', () => {
  it('has the size and SHA-256 of its bytes, and a stable address beside its meeting', () => {
    const meeting = contentIndex().meetings.get('2025-11-18')!;
    const doc = originalDocument(meeting)!;
    const bytes = readFileSync('content/moeder/2025-11-18/original/referat-2025-11-18.txt');
    expect(doc).toMatchObject({
      fileName: 'referat-2025-11-18.txt', path: '/moeder/2025-11-18/original/referat-2025-11-18.txt', mimeType: 'text/plain',
      size: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), sha512: createHash('sha512').update(bytes).digest('hex'),
    });
    // The copy in content/ is the source document itself.
    expect(bytes).toEqual(readFileSync('test/fixtures/kilder/referat-2025-11-18.txt'));
  });
});
