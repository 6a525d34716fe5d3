import type { APIRoute } from 'astro';
import { robotsTxt } from '../lib/exports/sitemap.ts';
import { currentSite } from '../lib/exports/current-site.ts';

/** robots.txt: everything may be crawled; points to the sitemap by its absolute URL. */
export const GET: APIRoute = () => new Response(robotsTxt(currentSite()), { headers: { 'content-type': 'text/plain; charset=utf-8' } });
