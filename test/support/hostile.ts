import fc from 'fast-check';

/**
 * What a hostile (or unlucky) author types into minutes: MDX, Markdown, HTML, character
 * references, web addresses, line breaks and Unicode, as pieces for fast-check to combine.
 */
export const HOSTILE_PIECES = [
  '\\', '{', '}', '<', '>', '[', ']', '(', ')', '*', '**', '_', '`', '```', '#', '|', '~', '~~', '&', ';', ':', '!', '=', '-', '---',
  '+', '.', '1', '1.', '2)', '$', '^', '"', "'", '@', '/', '%', '\n', '\r', '\t', ' ', '  ', '\f', '\v', '\u00A0', '\u2028', '\u0085',
  'import ', 'export ', 'export const x = 1', 'javascript:', 'javascript:alert(1)', '<script>', '</script>', '<img src=x onerror=alert(1)>',
  '<br>', '{budget}', '&lt;', '&#x7b;', '&amp;', '&#0;', 'https://', 'http://', 'www.', 'a@b.dk', 'mailto:', '[^1]', '[x](javascript:alert(1))',
  '![b](x.png)', '<!-- c -->', '{/* c */}', 'æøå', 'Æ', '–', '…', '😀', '\u200B', '\u0301', 'a', 'b', 'x', 'h', 'w', 'dk', '9',
];

/** A hostile string: mostly the pieces above, sometimes any code points (but NUL, which HTML cannot carry). */
export function hostileString(pieces = HOSTILE_PIECES, maxPieces = 24): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fc.array(fc.constantFrom(...pieces), { maxLength: maxPieces }).map((parts) => parts.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: maxPieces }).map((s) => s.replace(/\0/g, '')) },
  );
}
