/**
 * Turns the HTML that mammoth makes of a Word document into the lightly marked text that
 * import/parse.ts reads (the same shape as the source .txt): one paragraph per line with a blank
 * line between, "- " and "1. " list items, **bold**, *italic*, [links](…), "#" headings, and
 * table rows as cells separated by tabs (the Dagsorden is often a table in Word).
 *
 * Mammoth's HTML is simple and well-formed (no attributes but href/src/alt/id, no whitespace
 * between tags), so a small tokenizer is enough.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') return String.fromCodePoint(code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : Number(code.slice(1)));
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attribute(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}="([^"]*)"`).exec(attrs);
  return m ? decode(m[1]) : undefined;
}

interface Inline {
  /** Where the emphasis or link started in the current line. */
  at: number;
  tag: string;
  href?: string;
}

export function htmlToText(html: string): string {
  const out: string[] = [];
  let line = '';
  const lists: Array<{ ordered: boolean; n: number }> = [];
  const inline: Inline[] = [];
  let inCell = false;
  let cells: string[] = [];

  const endLine = (blank: boolean) => {
    if (inCell) return;
    if (line.trim() !== '') out.push(line.replace(/\s+$/, ''));
    line = '';
    if (blank && lists.length === 0 && out.length > 0 && out[out.length - 1] !== '') out.push('');
  };

  /** Wrap what was written since `at` in a marker, moving spaces outside it ("** x **" is no bold). */
  const wrap = (at: number, open: string, close: string) => {
    const inner = line.slice(at);
    const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(inner)!;
    line = line.slice(0, at) + (m[2] ? `${m[1]}${open}${m[2]}${close}${m[3]}` : inner);
  };

  for (const m of html.matchAll(/<(\/?)([a-zA-Z0-9]+)([^>]*?)(\/?)>|([^<]+)/g)) {
    if (m[5] !== undefined) {
      line += decode(m[5]).replace(/\n/g, ' ');
      continue;
    }
    const closing = m[1] === '/';
    const tag = m[2].toLowerCase();
    const attrs = m[3];
    switch (tag) {
      case 'p':
        if (closing) endLine(true);
        else if (inCell && line.trim() !== '') line += ' ';
        break;
      case 'h1': case 'h2': case 'h3': case 'h4': case 'h5': case 'h6':
        if (closing) endLine(true);
        else if (!inCell) line = '#'.repeat(Number(tag[1])) + ' ';
        break;
      case 'br':
        endLine(false);
        break;
      case 'ul': case 'ol':
        if (closing) {
          lists.pop();
          if (lists.length === 0) endLine(true);
        } else {
          endLine(false);
          lists.push({ ordered: tag === 'ol', n: 0 });
        }
        break;
      case 'li':
        if (closing) endLine(false);
        else {
          endLine(false);
          const list = lists[lists.length - 1];
          const indent = '  '.repeat(Math.max(0, lists.length - 1));
          if (list) line = indent + (list.ordered ? `${++list.n}. ` : '- ');
        }
        break;
      case 'strong': case 'b': case 'em': case 'i':
        if (!closing) inline.push({ at: line.length, tag });
        else {
          const open = inline.pop();
          if (open) wrap(open.at, tag === 'strong' || tag === 'b' ? '**' : '*', tag === 'strong' || tag === 'b' ? '**' : '*');
        }
        break;
      case 'a':
        if (!closing) inline.push({ at: line.length, tag, href: attribute(attrs, 'href') });
        else {
          const open = inline.pop();
          if (open?.href !== undefined) {
            const text = line.slice(open.at);
            line = line.slice(0, open.at) + (text.trim() ? `[${text}](${open.href})` : text);
          }
        }
        break;
      case 'img': {
        const alt = attribute(attrs, 'alt');
        line += alt ? `[Billede: ${alt}]` : '[Billede]';
        break;
      }
      case 'table':
        if (!closing) endLine(false);
        else endLine(true);
        break;
      case 'tr':
        if (!closing) cells = [];
        else {
          out.push(cells.join('\t'));
          cells = [];
        }
        break;
      case 'td': case 'th':
        if (!closing) {
          inCell = true;
          line = '';
        } else {
          inCell = false;
          cells.push(line.trim());
          line = '';
        }
        break;
      default:
        // sup, sub, s, u and any other inline markup: the text is kept, the markup is not.
        break;
    }
  }
  endLine(true);
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return out.join('\n') + '\n';
}
