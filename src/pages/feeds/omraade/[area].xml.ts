import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../lib/archive.ts';
import { areaFeed, areaFeeds, type AreaFeedRef } from '../../../lib/exports/atom.ts';
import { currentSite } from '../../../lib/exports/current-site.ts';

/** One Atom feed per focus area of the work programme: /feeds/omraade/2026-2028-d.xml. */
export const getStaticPaths = (async () =>
  areaFeeds(await getArchive()).map((ref) => ({ params: { area: ref.slug }, props: { ref } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) =>
  new Response(areaFeed(await getArchive(), currentSite(), (props as { ref: AreaFeedRef }).ref), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
