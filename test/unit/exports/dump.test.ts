import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildDump, dataDownloads, formatSize } from '../../../src/lib/exports/dump.ts';
import { smallIndex, smallArchive, indexWith, SITE } from '../../fixtures/archive.ts';
import { tempFolders } from '../../support/temp.ts';

const temp = tempFolders();

const emptyPublic = temp('raadsarkiv-public-');

describe('the bulk download', () => {
  it('is the same bytes on every build, whatever the machine\'s time zone', () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = buildDump(smallIndex(), SITE, emptyPublic);
      process.env.TZ = 'Pacific/Auckland';
      expect(Buffer.from(buildDump(smallIndex(), SITE, emptyPublic)).equals(Buffer.from(a))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.TZ; else process.env.TZ = before;
    }
  });

  it('picks up every file the OParl export offers for download, and stops the build when one is missing', () => {
    const data = smallArchive();
    const m = data.meetings.find((x) => x.id === 'm1')!;
    const agenda = m.data.agenda.map((a, i) => (i === 0 ? { ...a, attachments: [{ number: 1, title: 'Oplæg', file: 'bilag/m1/bilag-1.pdf' }] } : a));
    const idx = indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m ? { ...m, data: { ...m.data, agenda } } : x)) });
    expect(() => buildDump(idx, SITE, emptyPublic)).toThrow(/bilag\/m1\/bilag-1\.pdf.*findes ikke/);
    const publicDir = temp('raadsarkiv-public-');
    mkdirSync(join(publicDir, 'bilag/m1'), { recursive: true });
    writeFileSync(join(publicDir, 'bilag/m1/bilag-1.pdf'), '%PDF-1.4 bilag');
    const files = unzipSync(buildDump(idx, SITE, publicDir));
    expect(new TextDecoder().decode(files['filer/bilag/m1/bilag-1.pdf'])).toBe('%PDF-1.4 bilag');
  });

  it('SHA256SUMS lists every other file under /data/ in the format sha256sum -c reads', () => {
    const downloads = dataDownloads(smallIndex(), SITE, emptyPublic);
    const sums = new TextDecoder().decode(downloads.find((d) => d.name === 'SHA256SUMS')!.bytes);
    expect(sums.trimEnd().split('\n').map((l) => l.split('  ')[1])).toEqual(downloads.filter((d) => d.name !== 'SHA256SUMS').map((d) => d.name));
    expect(sums).toMatch(/^([0-9a-f]{64} {2}\S+\n)+$/);
  });

  it('sizes are written the Danish way', () => {
    expect(formatSize(812)).toBe('812 byte');
    expect(formatSize(14_230)).toBe('14,2 kB');
    expect(formatSize(3_100_000)).toBe('3,1 MB');
  });
});
