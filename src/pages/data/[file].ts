import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { dataDownloads } from '../../lib/exports/dump.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** Everything under /data/: the JSON and CSV files, the dated bulk download and SHA256SUMS. */
export const getStaticPaths = (async () =>
  (await dataDownloads(await getArchive(), currentSite(), join(process.cwd(), 'public')))
    .map(({ name, bytes }) => ({ params: { file: name }, props: { bytes } }))) satisfies GetStaticPaths;

const TYPES: Record<string, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  zip: 'application/zip',
};

export const GET: APIRoute = ({ params, props }) =>
  new Response((props as { bytes: Uint8Array<ArrayBuffer> }).bytes, {
    headers: { 'content-type': TYPES[params.file!.split('.').pop()!] ?? 'text/plain; charset=utf-8' },
  });
