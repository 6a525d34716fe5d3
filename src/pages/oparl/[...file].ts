import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { oparlExport } from '../../lib/exports/oparl.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** The OParl 1.1 export: one JSON file per object and list, /oparl/system.json being the entry point. */
export const getStaticPaths = (async () =>
  [...oparlExport(await getArchive(), currentSite()).texts].map(([file, text]) => ({ params: { file }, props: { text } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props as { text: string }).text, { headers: { 'content-type': 'application/json; charset=utf-8' } });
