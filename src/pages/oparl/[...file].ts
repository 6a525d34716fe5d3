import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { oparlFiles, oparlFileText, type OparlObject, type OparlList } from '../../lib/exports/oparl.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** The OParl 1.1 export: one JSON file per object and list, /oparl/system.json being the entry point. */
export const getStaticPaths = (async () =>
  [...oparlFiles(await getArchive(), currentSite())].map(([file, value]) => ({ params: { file }, props: { value } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(oparlFileText((props as { value: OparlObject | OparlList }).value), { headers: { 'content-type': 'application/json; charset=utf-8' } });
