import { describe, expect, it } from 'vitest';
import { itemSections, plainMarkdownProblem } from '../../src/lib/sections.ts';
import { renderPlainMarkdown } from '../../src/lib/markdown.ts';

describe('itemSections', () => {
  it('finds each typed section with its item, type, text and line', () => {
    const body = [
      '<Punkt nr={2} titel="X">', '', '<Afsnit pkt={2} type="indstilling">', '', 'Det indstilles,', '', 'at A.', '', '</Afsnit>', '',
      '<Afsnit type="referat" pkt="2">', 'Referat.', '</Afsnit>', '</Punkt>',
    ].join('\n');
    expect(itemSections(body)).toEqual([
      { item: 2, type: 'indstilling', text: 'Det indstilles,\n\nat A.', line: 3 },
      { item: 2, type: 'referat', text: 'Referat.', line: 11 },
    ]);
  });

  it('skips self-closing and unterminated tags rather than swallowing the rest of the minutes', () => {
    expect(itemSections('<Afsnit pkt={1} type="bilag" />\n<Afsnit pkt={1} type="referat">\nno end')).toEqual([]);
  });
});

describe('plain Markdown for the decision page', () => {
  it('accepts plain text and Markdown, refuses components, HTML and MDX expressions', () => {
    expect(plainMarkdownProblem('Det indstilles,\n\nat **rådet** godkender.')).toBeUndefined();
    expect(plainMarkdownProblem('Tekst <Note>x</Note>')).toBe('indeholder <Note>');
    expect(plainMarkdownProblem('a <b>fed</b>')).toBe('indeholder <b>');
    expect(plainMarkdownProblem('a {1 + 1}')).toMatch(/\{/);
    expect(plainMarkdownProblem('mindre end 5 < 6')).toBeUndefined();
  });

  it('renders Markdown to HTML and names the place when it cannot', () => {
    expect(renderPlainMarkdown('Det indstilles,\n\nat **A**.', 'x')).toBe('<p>Det indstilles,</p>\n<p>at <strong>A</strong>.</p>\n');
    expect(() => renderPlainMarkdown('<Note>x</Note>', 'content/moeder/x/moede.mdx:12')).toThrow(/content\/moeder\/x\/moede\.mdx:12: teksten indeholder <Note>/);
  });
});
