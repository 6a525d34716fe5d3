/**
 * Escaping imported text for the three places the importer writes it: MDX text (paragraphs, list
 * items, sub-headings), JSX attribute values (titel="…" on <Punkt>) and YAML strings (front
 * matter). Whatever the source says, the parser the build uses (Sätteri's MDX parser, with GFM)
 * must give back exactly the source's characters, and nothing in them may become code, a tag, an
 * expression, a link or a block of its own. The rules, with the reasons, are in docs/import.md;
 * test/unit/import/escape.test.ts checks them against the real parser with generated hostile strings.
 *
 * Two kinds of escape, both of which Markdown and MDX map back to the literal character:
 * - a backslash before ASCII punctuation (`\*`, `\[`) for Markdown's inline and block marks;
 * - a character reference for `<`, `>`, `{`, `}` and line breaks, so imported text never holds
 *   a raw `<`, `{` or `}` that a tag or expression scanner (ours or the reader's) could misread.
 */

/** Characters that MDX reads as the start of a tag or an expression, or that end a line. */
const REFERENCES: Record<string, string> = {
  '<': '&lt;', '>': '&gt;', '{': '&lbrace;', '}': '&rbrace;', '\n': '&#10;', '\r': '&#13;',
};

/**
 * Anywhere in a line: the backslash itself (before punctuation it would escape it and vanish, at
 * a line's end it would be a line break; `\<` in the source must stay two characters), the
 * brackets of links, images, footnotes and task boxes, the marks of emphasis, code, headings,
 * tables and strikethrough, `&` where it could start a character reference, and the first letter
 * of `http://`, `https://` and `www.`. GFM turns a bare web address into a link whatever is done
 * to it (escapes and references are decoded first), but when the address starts in the raw text
 * Sätteri shows the escapes inside it as written (`a\_b`); starting it with a reference makes the
 * parser find it in the decoded text, so the address reads exactly as in the source.
 */
const ANYWHERE = /[hH](?=[tT]{2}[pP][sS]?:\/\/)|[wW](?=[wW]{2}\.)|[\\[\]*_`#|~<>{}\n\r]|&(?=[#A-Za-z0-9])/g;

const escapeChar = (c: string) => REFERENCES[c] ?? (/[a-z]/i.test(c) ? `&#${c.codePointAt(0)};` : `\\${c}`);

/** Escape text that stands inside a line: neither at its start nor at its end. */
function escapeInside(text: string): string {
  return text.replace(ANYWHERE, escapeChar);
}

/** What only matters where a line (paragraph, list item, heading) starts or ends. */
function escapeEnds(escaped: string): string {
  return escaped
    // Markdown strips leading and trailing spaces and tabs; a reference keeps them.
    .replace(/^[ \t]/, (c) => `&#${c.codePointAt(0)};`)
    .replace(/[ \t]$/, (c) => `&#${c.codePointAt(0)};`)
    // A line starting with import/export is JavaScript (ESM) in MDX; "&#105;mport" is the word.
    .replace(/^(?:import|export)/, (word) => `&#${word.codePointAt(0)};${word.slice(1)}`)
    // "- x", "+ x", "---" start a list or a rule; "1. x" / "1) x" a numbered list.
    .replace(/^[-+]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * Text without any markup → MDX text for one whole line (a paragraph, a list item's text or a
 * heading's text) that the parser reads back as exactly `text`. renderLine is this plus bold and
 * italic; for a line without them the two are the same.
 */
export function escapeText(text: string): string {
  return escapeEnds(escapeInside(text));
}

/**
 * A piece of a line of the lightly marked source: text, or text the source marks as **bold** or
 * *italic* (what the Word conversion and the source .txt write for bold and italic).
 */
export type Segment = { kind: 'text' | 'strong' | 'emphasis'; text: string };

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;
const isSpace = (c: string | undefined) => c === ' ' || c === '\t';
const isWordChar = (c: string) => /[\p{L}\p{N}\p{M}]/u.test(c);
const isPunctuation = (c: string) => ASCII_PUNCTUATION.test(c) || /\p{P}/u.test(c);

/**
 * Split a line into text and emphasis. Only a span that Markdown is certain to read as emphasis
 * once its content is escaped counts (CommonMark's flanking rules): it opens at the line's start,
 * after a space or tab, or after punctuation other than `*`; its content holds no `*` and neither
 * starts nor ends with whitespace; and it ends before the line's end, a space, a tab or
 * punctuation, or with a letter or digit. Any other `*` is text.
 */
export function segments(line: string): Segment[] {
  const out: Segment[] = [];
  let text = '';
  let i = 0;
  while (i < line.length) {
    const span = line[i] === '*' ? spanAt(line, i) : undefined;
    if (!span) {
      text += line[i++];
      continue;
    }
    if (text) out.push({ kind: 'text', text });
    text = '';
    out.push({ kind: span.kind, text: span.text });
    i = span.end;
  }
  if (text) out.push({ kind: 'text', text });
  return out;
}

function spanAt(line: string, start: number): { kind: 'strong' | 'emphasis'; text: string; end: number } | undefined {
  const before = line[start - 1];
  if (!(before === undefined || isSpace(before) || (before !== '*' && isPunctuation(before)))) return undefined;
  const marker = line.startsWith('**', start) ? '**' : '*';
  const from = start + marker.length;
  const close = line.indexOf('*', from);
  if (close < 0 || !line.startsWith(marker, close)) return undefined;
  const content = line.slice(from, close);
  const end = close + marker.length;
  // U+0085 counts: JavaScript's \s leaves it out, Rust's is_whitespace (Sätteri) does not.
  if (content === '' || /^[\s\u0085]|[\s\u0085]$/u.test(content) || line[end] === '*') return undefined;
  const after = line[end];
  const closes = isWordChar([...content].pop()!) || after === undefined || isSpace(after) || after === '\n' || after === '\r' || isPunctuation(after);
  if (!closes) return undefined;
  return { kind: marker === '**' ? 'strong' : 'emphasis', text: content, end };
}

/**
 * One line of the lightly marked source → MDX: its bold and italic spans as Markdown emphasis,
 * every other character literal (see `segments` and `escapeText`).
 */
export function renderLine(line: string): string {
  const parts = segments(line);
  const rendered = parts.map((p) => {
    if (p.kind === 'text') return escapeInside(p.text);
    const marker = p.kind === 'strong' ? '**' : '*';
    return `${marker}${escapeInside(p.text)}${marker}`;
  }).join('');
  // Only text at the ends needs the line-start and line-end rules; a span starts and ends with `*`.
  return escapeEnds(rendered);
}

/**
 * A JSX attribute value in double quotes: MDX decodes character references there and knows no
 * backslash escapes, so the quote, `&` and the characters of tags and expressions become references.
 */
const ATTRIBUTE_REFERENCES: Record<string, string> = { ...REFERENCES, '&': '&amp;', '"': '&quot;' };

export function attributeValue(value: string): string {
  return `"${value.replace(/[&"<>{}\n\r]/g, (c) => ATTRIBUTE_REFERENCES[c])}"`;
}

/**
 * A YAML double-quoted string. A JSON string is one, except that YAML parsers refuse some
 * characters JSON leaves as they are (C1 controls, U+FFFE/U+FFFF) and YAML 1.1 reads U+0085,
 * U+2028 and U+2029 as line breaks: those are written as \u escapes.
 */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u007F-\u009F\u2028\u2029\uFEFF\uFFFE\uFFFF]/g,
    (c) => `\\u${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);
}
