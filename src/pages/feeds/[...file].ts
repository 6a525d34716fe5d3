import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { allFeeds, renderFeed, FEED_MEDIA_TYPE, type FeedFormat, type FeedRef } from '../../lib/exports/feeds.ts';
import { currentSite } from '../../lib/exports/current-site.ts';

/** Every feed as Atom (/feeds/<key>.xml) and as JSON Feed (/feeds/<key>.json). */
export const getStaticPaths = (async () =>
  allFeeds(await getArchive()).flatMap((ref) => (['atom', 'json'] as const).map((format) => ({
    params: { file: `${ref.key}.${format === 'atom' ? 'xml' : 'json'}` },
    props: { ref, format },
  })))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const { ref, format } = props as { ref: FeedRef; format: FeedFormat };
  return new Response(renderFeed(await getArchive(), currentSite(), ref, format), { headers: { 'content-type': `${FEED_MEDIA_TYPE[format]}; charset=utf-8` } });
};
