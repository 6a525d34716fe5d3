/**
 * A small scanner for the start tags of built HTML pages: element name, attributes (entities
 * decoded) and line number. Enough for link, anchor and CSP checks of Astro's output, whose HTML
 * validity the Nu checker gate vouches for; not a general HTML parser.
 */

export interface StartTag {
  name: string;
  attrs: Map<string, string>;
  line: number;
  /** For <script> and <style>: the raw text up to the end tag. */
  text?: string;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(value: string): string {
  return value.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) ? String.fromCodePoint(n) : whole;
    }
    return NAMED[code.toLowerCase()] ?? whole;
  });
}

const TAG = /<!--[\s\S]*?-->|<([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*\/?>/g;
const ATTR = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

export function scanTags(html: string): StartTag[] {
  const tags: StartTag[] = [];
  let line = 1;
  let lastIndex = 0;
  TAG.lastIndex = 0;
  for (let m = TAG.exec(html); m; m = TAG.exec(html)) {
    line += countNewlines(html, lastIndex, m.index);
    lastIndex = m.index;
    if (!m[1]) continue; // a comment
    const name = m[1].toLowerCase();
    const attrs = new Map<string, string>();
    for (const a of (m[2] ?? '').matchAll(ATTR)) {
      const key = a[1].toLowerCase();
      if (!attrs.has(key)) attrs.set(key, decodeEntities(a[2] ?? a[3] ?? a[4] ?? ''));
    }
    const tag: StartTag = { name, attrs, line };
    if (name === 'script' || name === 'style') {
      // Raw text: skip to the end tag so that its content is not read as markup.
      const end = html.toLowerCase().indexOf(`</${name}`, TAG.lastIndex);
      const stop = end === -1 ? html.length : end;
      tag.text = html.slice(TAG.lastIndex, stop);
      TAG.lastIndex = stop;
    }
    tags.push(tag);
  }
  return tags;
}

function countNewlines(s: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (s.charCodeAt(i) === 10) n++;
  return n;
}
