import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { crc32, deflateRaw } from 'node:zlib';
import { Zip, type ZipInputFile } from 'fflate';
import type { ArchiveIndex } from '../archive-index.ts';
import { paths, absoluteUrl } from '../urls.ts';
import { formatDate } from '../dates.ts';
import { SITE_NAME, CONTACT_EMAIL } from '../../site.config.ts';
import type { ExportSite } from './site.ts';
import { dataFiles } from './tables.ts';
import { oparlExport, type OparlDownload } from './oparl.ts';
import { archiveUpdatedDate } from './meeting-dates.ts';
import { originalDocument } from '../original.ts';

/**
 * The bulk download: the whole archive as one dated zip file under /data/ (the JSON and CSV files,
 * the OParl export, and every file the OParl export offers for download, such as published
 * attachments and original minutes once the content declares them), with SHA256SUMS over every
 * file in /data/. The build computes the sums and sizes; the /data/ page shows them.
 *
 * The file is dated by the content (the newest minutes or correction), never by the build
 * clock, and written with fixed timestamps and order, so the same content gives the same bytes.
 * Zip rather than tar.gz: Windows, macOS and Linux open it without extra software.
 *
 * fflate writes the zip; the entries are deflated by Node's zlib on its thread pool, a few at a
 * time, not by fflate's JavaScript deflate on the build's one thread: at 2,000 meetings the zip
 * holds about 26,000 files, and fflate's deflate took 12.8 s of the render phase
 * (docs/performance.md, "Second round: the render phase"). A few at a time, because each deflate
 * in progress holds about 300 KB of zlib state: with every entry queued at once (as yazl does)
 * the build's peak went from 3.5 to 8.6 GB. The same bytes come out for the same content with
 * the same zlib: npm scripts run the pinned Node (docs/decisions/0003), whose zlib is part of it;
 * another Node may deflate differently, and the zip's sum on /data/ then changes with it.
 */

export interface Download {
  /** File name under /data/. */
  name: string;
  bytes: Uint8Array;
}

export const SUMS_FILE = 'SHA256SUMS';

const encoder = new TextEncoder();

/** "raadsarkivet-2026-03-20.zip": the archive as of its newest minutes. */
export function dumpName(index: ArchiveIndex): string {
  return `raadsarkivet-${archiveUpdatedDate(index)}.zip`;
}

/**
 * Files the OParl export offers for download (File.downloadUrl under the site), as
 * "site-relative path → file on disk": attachments under public/, which the build publishes as
 * they are, and the meetings' original minutes, which lie with their meeting under content/
 * (src/lib/original.ts). A declared file that is not there stops the build: a dump that silently
 * lacks a file cannot be trusted.
 */
function downloadableFiles(index: ArchiveIndex, offered: OparlDownload[], site: ExportSite, publicDir: string): Map<string, string> {
  const root = absoluteUrl(site, paths.home());
  const originals = new Map<string, string>();
  for (const meeting of index.meetings.values()) {
    // Read where the pages read it (src/lib/original.ts: from the project root), so the zip holds the bytes the page describes.
    const doc = originalDocument(meeting);
    if (doc) originals.set(doc.path.replace(/^\//, ''), resolve(doc.file));
  }
  const out = new Map<string, string>();
  for (const { id, downloadUrl } of offered) {
    if (!downloadUrl.startsWith(root)) continue;
    const rel = decodeURI(downloadUrl.slice(root.length));
    const file = originals.get(rel) ?? join(publicDir, rel);
    if (!existsSync(file)) {
      throw new Error(`Den samlede download skal have filen ${rel}, som OParl-eksporten tilbyder (${id}), men den findes ikke i ${publicDir}. Læg filen dér, eller fjern henvisningen til den i indholdet.`);
    }
    out.set(rel, file);
  }
  return out;
}

function readme(index: ArchiveIndex, site: ExportSite): string {
  return [
    `${SITE_NAME}: samlet download`,
    '',
    `Arkivets indhold pr. ${formatDate(archiveUpdatedDate(index))} (datoen for det nyeste referat eller den nyeste rettelse).`,
    `Beskrivelse af hvert format: ${absoluteUrl(site, paths.openData())}`,
    '',
    'data/      Beslutninger, opfølgning og møder som JSON og CSV (CSV til dansk regneark: semikolon, UTF-8).',
    'oparl/     OParl 1.1-eksporten; indgangen er oparl/system.json. Adresserne i filerne peger på webstedet.',
    'filer/     Filer, som arkivet offentliggør (bilag og originale referater), med samme sti som på webstedet.',
    '',
    'Arkivet angiver ingen licens for genbrug. Vilkårene fastsættes af Danske Regioner;',
    `spørgsmål kan sendes til ${CONTACT_EMAIL}.`,
    '',
  ].join('\r\n');
}

/** The zip's entries, path → bytes, in a stable order. */
function dumpEntries(index: ArchiveIndex, site: ExportSite, publicDir: string, data: Map<string, string>): Array<[string, Uint8Array]> {
  const oparl = oparlExport(index, site);
  return [
    ['LAES-MIG.txt', encoder.encode(readme(index, site))] as [string, Uint8Array],
    ...[...data].map(([name, text]): [string, Uint8Array] => [`data/${name}`, encoder.encode(text)]),
    ...[...oparl.texts].map(([name, text]): [string, Uint8Array] => [`oparl/${name}`, encoder.encode(text)]),
    ...[...downloadableFiles(index, oparl.downloads, site, publicDir)].map(([rel, file]): [string, Uint8Array] => [`filer/${rel}`, readFileSync(file)]),
  ].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/** Entries deflated at once: libuv's thread pool, where zlib works, has four threads by default. */
const DEFLATING_AT_ONCE = 4;

const deflate = promisify(deflateRaw);
const EMPTY = new Uint8Array(0);

/** The zip. `data` is the six data files, when the caller has made them already. */
export async function buildDump(index: ArchiveIndex, site: ExportSite, publicDir: string, data = dataFiles(index, site)): Promise<Uint8Array> {
  const [y, m, d] = archiveUpdatedDate(index).split('-').map(Number);
  // fflate writes the zip's DOS time from the Date's local fields; built from local fields, it is
  // the same on every machine. Noon, so no summer-time change can move it to another day.
  const mtime = new Date(y, m - 1, d, 12, 0, 0);
  const entries = dumpEntries(index, site, publicDir, data);
  // Each entry's size, CRC and deflated bytes; the uncompressed bytes are let go once deflated.
  const files = new Array<{ path: string; size: number; crc: number; deflated: Uint8Array<ArrayBuffer> }>(entries.length);
  let next = 0;
  let stopped = false;
  const deflateNext = async (): Promise<void> => {
    for (let i = next++; i < entries.length && !stopped; i = next++) {
      const [path, bytes] = entries[i];
      try {
        // A copy: zlib's result is a view into a 64 KB output buffer, which would stay alive with it.
        files[i] = { path, size: bytes.length, crc: crc32(bytes), deflated: new Uint8Array(await deflate(bytes, { level: 6 })) };
      } catch (error) {
        stopped = true;
        throw error;
      }
      entries[i] = [path, EMPTY];
    }
  };
  await Promise.all(Array.from({ length: DEFLATING_AT_ONCE }, deflateNext));

  const chunks: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, chunk) => {
    if (error) failure ??= error;
    else chunks.push(chunk);
  });
  for (const { path, size, crc, deflated } of files) {
    // fflate's interface for data compressed elsewhere (APPNOTE 4.4.5: method 8 is deflate).
    const file: ZipInputFile = { filename: path, size, crc, compression: 8, mtime, terminate: () => {} };
    zip.add(file);
    file.ondata!(null, deflated, true);
  }
  zip.end();
  if (failure) throw failure;
  return Buffer.concat(chunks);
}

const cache = new WeakMap<ArchiveIndex, Map<string, Promise<Download[]>>>();

/** Every file under /data/: the six data files and the dump, then SHA256SUMS over them all. */
export function dataDownloads(index: ArchiveIndex, site: ExportSite, publicDir: string): Promise<Download[]> {
  const perIndex = cache.get(index) ?? new Map<string, Promise<Download[]>>();
  cache.set(index, perIndex);
  const key = `${site.siteUrl} ${site.base} ${publicDir}`;
  let downloads = perIndex.get(key);
  if (!downloads) {
    downloads = allDownloads(index, site, publicDir);
    // A failure is not kept: in `astro dev` the next request tries again, as before.
    downloads.catch(() => perIndex.delete(key));
    perIndex.set(key, downloads);
  }
  return downloads;
}

async function allDownloads(index: ArchiveIndex, site: ExportSite, publicDir: string): Promise<Download[]> {
  const data = dataFiles(index, site);
  const files: Download[] = [
    ...[...data].map(([name, text]) => ({ name, bytes: encoder.encode(text) })),
    { name: dumpName(index), bytes: await buildDump(index, site, publicDir, data) },
  ];
  const sums = files.map((f) => `${sha256(f.bytes)}  ${f.name}\n`).join('');
  return [...files, { name: SUMS_FILE, bytes: encoder.encode(sums) }];
}

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A size as Danish text: "812 byte", "14,2 kB", "3,1 MB" (1 kB = 1000 byte). */
export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} byte`;
  const [value, unit] = bytes < 1_000_000 ? [bytes / 1000, 'kB'] : [bytes / 1_000_000, 'MB'];
  return `${value.toLocaleString('da-DK', { minimumFractionDigits: 1, maximumFractionDigits: 1 })} ${unit}`;
}
