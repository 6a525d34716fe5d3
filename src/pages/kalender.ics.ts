import type { APIRoute } from 'astro';
import { getArchive } from '../lib/archive.ts';
import { calendar } from '../lib/exports/ical.ts';
import { currentSite } from '../lib/exports/current-site.ts';

/** iCalendar feed of every dated meeting of every body. */
export const GET: APIRoute = async () =>
  new Response(calendar(await getArchive(), currentSite()), { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
