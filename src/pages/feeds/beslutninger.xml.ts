import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { decisionsFeed } from '../../lib/exports/atom.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** Atom feed of decisions. */
export const GET: APIRoute = async () =>
  new Response(decisionsFeed(await getArchive(), currentSite()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
