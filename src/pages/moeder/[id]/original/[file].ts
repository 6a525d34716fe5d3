import type { APIRoute, GetStaticPaths } from 'astro';
import { getArchive } from '../../../../lib/archive.ts';
import { originalDocument, originalBytes, type OriginalDocument } from '../../../../lib/original.ts';

/**
 * A meeting's original minutes document, byte for byte, at /moeder/<id>/original/<file>. Only the
 * meetings getArchive() publishes are listed, so a draft's original never reaches dist/ (the
 * preview build, which shows drafts, has them).
 */
export const getStaticPaths = (async () => {
  const index = await getArchive();
  return [...index.meetings.values()].flatMap((meeting) => {
    const doc = originalDocument(meeting);
    return doc ? [{ params: { id: meeting.id, file: doc.fileName }, props: { doc } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { doc } = props as { doc: OriginalDocument };
  const type = doc.mimeType === 'text/plain' ? 'text/plain; charset=utf-8' : doc.mimeType ?? 'application/octet-stream';
  return new Response(new Uint8Array(originalBytes(doc)), { headers: { 'content-type': type } });
};
