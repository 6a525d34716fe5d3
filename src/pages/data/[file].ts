import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { dataFiles } from '../../lib/exports/tables.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** Decisions, follow-ups and meetings as JSON and CSV: /data/beslutninger.csv etc. */
export const getStaticPaths = (async () =>
  [...dataFiles(await getArchive(), currentSite())].map(([file, text]) => ({ params: { file }, props: { text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, props }) => {
  const type = params.file!.endsWith('.csv') ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8';
  return new Response((props as { text: string }).text, { headers: { 'content-type': type } });
};
