/** The visible text of an HTML document: tags removed, entities decoded, white space collapsed. */
export function htmlText(html: string): string {
  const body = html.replace(/<head[\s\S]*?<\/head>/i, '').replace(/<(script|style)[\s\S]*?<\/\1>/gi, '');
  // Inline elements join their neighbours without a space ("<a>Ole</a>, Region" → "Ole, Region");
  // every other tag separates words, as a browser renders it.
  const text = body.replace(/<\/?(a|strong|em|b|i|span|abbr|code|small)\b[^>]*>/gi, '').replace(/<[^>]+>/g, ' ');
  return decodeEntities(text).replace(/\s+/g, ' ').trim();
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** Collapse white space (tabs, line breaks, runs of spaces) to single spaces. */
export const squash = (s: string) => s.replace(/\s+/g, ' ').trim();
