import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage, requireDist } from '../support/site.ts';

/**
 * The built site (dist/) carries the original minutes of 18 November 2025 byte for byte, and the
 * meeting page and the OParl File describe exactly those bytes.
 */
const SOURCE = 'content/moeder/2025-11-18/original/referat-2025-11-18.txt';

describe('the original document of the minutes of 18 November 2025', () => {
  const bytes = readFileSync(SOURCE);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  it('is published unchanged at its stable address', () => {
    expect(readFileSync(join(requireDist(), 'moeder/2025-11-18/original/referat-2025-11-18.txt'))).toEqual(bytes);
  });

  it('is linked from the meeting page with the size and SHA-256 of those bytes', () => {
    const html = readPage('/moeder/2025-11-18/');
    expect(html).toMatch(/href="[^"]*\/moeder\/2025-11-18\/original\/referat-2025-11-18\.txt"/);
    expect(html).toContain(`(${String(bytes.length).replace(/\B(?=(\d{3})+(?!\d))/g, '.')} byte, text/plain)`);
    expect(html).toContain(`<code class="checksum">${sha256}</code>`);
  });

  it('is a File of the meeting in the OParl export, with size and SHA-512', () => {
    const file = JSON.parse(readFileSync(join(requireDist(), 'oparl/file/2025-11-18/original.json'), 'utf8'));
    expect(file).toMatchObject({ size: bytes.length, sha512Checksum: createHash('sha512').update(bytes).digest('hex'), mimeType: 'text/plain' });
    const meeting = JSON.parse(readFileSync(join(requireDist(), 'oparl/meeting/2025-11-18.json'), 'utf8'));
    expect(meeting.auxiliaryFile.map((f: { id: string }) => f.id)).toContain(file.id);
  });
});
