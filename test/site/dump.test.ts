import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readPage, requireDist } from '../support/site.ts';
import { contentArchive } from '../support/content.ts';

/**
 * The bulk download and SHA256SUMS as built: the sums are recomputed here from the published
 * bytes, the zip is opened with another zip implementation (JSZip) than the one that wrote it,
 * and its files must be the very files the site publishes. Its date comes from the content.
 */
const dist = requireDist();
const dataDir = join(dist, 'data');
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** The date of the newest minutes or correction, computed from the content independently. */
function newestMinutesDate(): string {
  const meetings = contentArchive().meetings.filter((m) => !m.data.draft);
  return meetings.flatMap((m) => (m.data.publication ? [m.data.publication.documentDate, ...m.data.corrections.map((c) => c.date)] : [])).sort().at(-1)!;
}

const dumpName = `raadsarkivet-${newestMinutesDate()}.zip`;
const sums = readFileSync(join(dataDir, 'SHA256SUMS'), 'utf8');
const listed = sums.trimEnd().split('\n').map((line) => {
  const m = /^([0-9a-f]{64}) {2}(\S+)$/.exec(line);
  expect(m, `SHA256SUMS line "${line}"`).not.toBeNull();
  return { hash: m![1], name: m![2] };
});

describe('the bulk download', () => {
  it('is dated by the newest minutes in the content, not by the build', () => {
    expect(readdirSync(dataDir).filter((f) => f.endsWith('.zip'))).toEqual([dumpName]);
  });

  it('SHA256SUMS covers every file under /data/ but itself and the page, and every sum is right', () => {
    const files = readdirSync(dataDir).filter((f) => f !== 'SHA256SUMS' && f !== 'index.html').sort();
    expect(listed.map((l) => l.name).sort()).toEqual(files);
    for (const { hash, name } of listed) expect(sha256(readFileSync(join(dataDir, name))), name).toBe(hash);
  });

  it('holds the published JSON, CSV and OParl files byte for byte, and nothing of a draft', async () => {
    const zip = await JSZip.loadAsync(readFileSync(join(dataDir, dumpName)));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n].dir).sort();
    const published = (dir: string): string[] => readdirSync(join(dist, dir), { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(dist.length + 1).split('\\').join('/'));
    const expected = [...published('data').filter((f) => /\.(json|csv)$/.test(f)), ...published('oparl')];
    for (const f of expected) {
      expect(names, f).toContain(f);
      expect(Buffer.from(await zip.file(f)!.async('uint8array')).equals(readFileSync(join(dist, f))), f).toBe(true);
    }
    // Besides the read-me, the files the site publishes for download (attachments, original minutes), at their site paths.
    const downloads = names.filter((n) => n.startsWith('filer/'));
    expect(downloads).toContain('filer/moeder/2025-11-18/original/referat-2025-11-18.txt');
    for (const f of downloads) {
      expect(Buffer.from(await zip.file(f)!.async('uint8array')).equals(readFileSync(join(dist, f.slice('filer/'.length)))), f).toBe(true);
    }
    expect(names.filter((n) => !expected.includes(n) && !downloads.includes(n))).toEqual(['LAES-MIG.txt']);
    const drafts = contentArchive().meetings.filter((m) => m.data.draft).map((m) => m.id);
    for (const n of names) {
      const text = await zip.file(n)!.async('string');
      for (const id of drafts) expect(text.includes(id), `${id} in ${n}`).toBe(false);
    }
  });

  it('/data/ shows the size of each download and the checksum of the bulk file, as built', () => {
    const html = readPage('/data/');
    const size = (bytes: number) => (bytes < 1000 ? `${bytes} byte` : `${(bytes / (bytes < 1e6 ? 1000 : 1e6)).toFixed(1).replace('.', ',')} ${bytes < 1e6 ? 'kB' : 'MB'}`);
    for (const { name } of listed) {
      const bytes = readFileSync(join(dataDir, name)).length;
      expect(html, name).toMatch(new RegExp(`>${name.replace(/\./g, '\\.')}</a> \\(${size(bytes)}[,)]`));
    }
    expect(html).toContain(`<code class="checksum">${listed.find((l) => l.name === dumpName)!.hash}</code>`);
    expect(html).toContain(`(${size(readFileSync(join(dist, 'kalender.ics')).length)})`);
  });
});
