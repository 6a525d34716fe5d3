import { mkdirSync, writeFileSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { buildDump, dataDownloads, formatSize } from '../../../src/lib/exports/dump.ts';
import { archiveUpdatedDate } from '../../../src/lib/exports/meeting-dates.ts';
import { smallIndex, smallArchive, indexWith, SITE } from '../../fixtures/archive.ts';
import { tempFolders } from '../../support/temp.ts';

const temp = tempFolders();

const emptyPublic = temp('raadsarkiv-public-');

describe('the bulk download', () => {
  it('is the same bytes on every build, whatever the machine\'s time zone', async () => {
    const before = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const a = await buildDump(smallIndex(), SITE, emptyPublic);
      process.env.TZ = 'Pacific/Auckland';
      expect(Buffer.from(await buildDump(smallIndex(), SITE, emptyPublic)).equals(Buffer.from(a))).toBe(true);
    } finally {
      if (before === undefined) delete process.env.TZ; else process.env.TZ = before;
    }
  });

  it('compresses every entry and dates it by the archive, not by the build clock', async () => {
    const zip = Buffer.from(await buildDump(smallIndex(), SITE, emptyPublic));
    const entries = centralDirectory(zip);
    expect(entries.map((e) => e.name)).toEqual([...entries.map((e) => e.name)].sort());
    expect(entries.map((e) => e.name)).toContain('LAES-MIG.txt');
    const files = unzipSync(new Uint8Array(zip));
    expect(Object.keys(files).sort()).toEqual(entries.map((e) => e.name));
    for (const entry of entries) {
      expect(entry.method, entry.name).toBe(8);
      expect(entry.date, entry.name).toBe(archiveUpdatedDate(smallIndex()));
      // The readers used here do not check CRCs; unzip and Windows do.
      expect(entry.crc, entry.name).toBe(crc32(files[entry.name]));
      expect(entry.size, entry.name).toBe(files[entry.name].length);
      expect(inflateRawSync(zip.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)).equals(Buffer.from(files[entry.name])), entry.name).toBe(true);
    }
  });

  it('picks up every file the OParl export offers for download, and stops the build when one is missing', async () => {
    const data = smallArchive();
    const m = data.meetings.find((x) => x.id === 'm1')!;
    const agenda = m.data.agenda.map((a, i) => (i === 0 ? { ...a, attachments: [{ number: 1, title: 'Oplæg', file: 'bilag/m1/bilag-1.pdf' }] } : a));
    const idx = indexWith({}, { ...data, meetings: data.meetings.map((x) => (x === m ? { ...m, data: { ...m.data, agenda } } : x)) });
    await expect(buildDump(idx, SITE, emptyPublic)).rejects.toThrow(/bilag\/m1\/bilag-1\.pdf.*findes ikke/);
    const publicDir = temp('raadsarkiv-public-');
    mkdirSync(join(publicDir, 'bilag/m1'), { recursive: true });
    writeFileSync(join(publicDir, 'bilag/m1/bilag-1.pdf'), '%PDF-1.4 bilag');
    const files = unzipSync(await buildDump(idx, SITE, publicDir));
    expect(new TextDecoder().decode(files['filer/bilag/m1/bilag-1.pdf'])).toBe('%PDF-1.4 bilag');
  });

  it('SHA256SUMS lists every other file under /data/ in the format sha256sum -c reads', async () => {
    const downloads = await dataDownloads(smallIndex(), SITE, emptyPublic);
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

/** The zip's central directory as written (APPNOTE 4.3.12): each entry's name, method, DOS date, CRC, sizes and where its data starts. */
function centralDirectory(zip: Buffer): Array<{ name: string; method: number; date: string; crc: number; compressedSize: number; size: number; dataStart: number }> {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let at = zip.readUInt32LE(end + 16);
  const entries = [];
  for (let i = 0; i < count; i++) {
    expect(zip.readUInt32LE(at)).toBe(0x02014b50);
    const dos = zip.readUInt16LE(at + 14);
    const date = `${1980 + (dos >> 9)}-${String((dos >> 5) & 15).padStart(2, '0')}-${String(dos & 31).padStart(2, '0')}`;
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    expect(zip.readUInt32LE(local)).toBe(0x04034b50);
    entries.push({
      name: zip.toString('utf8', at + 46, at + 46 + nameLength), method: zip.readUInt16LE(at + 10), date,
      crc: zip.readUInt32LE(at + 16), compressedSize: zip.readUInt32LE(at + 20), size: zip.readUInt32LE(at + 24),
      dataStart: local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28),
    });
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  return entries;
}
