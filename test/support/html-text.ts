import { decodeEntities } from './html-scan.ts';

/** The visible text of an HTML document: tags removed, entities decoded, white space collapsed. */
export function htmlText(html: string): string {
  const body = html.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  // Inline elements join their neighbours without a space ("<a>Ole</a>, Region" → "Ole, Region");
  // every other tag separates words, as a browser renders it.
  const text = body.replace(/<\/?(a|strong|em|b|i|span|abbr|code|small)\b[^>]*>/gi, '').replace(/<[^>]+>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

/** Collapse white space (tabs, line breaks, runs of spaces) to single spaces. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
