import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { minutesFeed } from '../../lib/exports/atom.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** Atom feed of new and corrected minutes. */
export const GET: APIRoute = async () =>
  new Response(minutesFeed(await getArchive(), currentSite()), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
