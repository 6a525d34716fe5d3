import { describe, expect, it } from 'vitest';
import { isListable, pageLastModified, robotsTxt } from '../../../src/lib/exports/sitemap.ts';
import { mdxToPlainText } from '../../../src/lib/exports/text.ts';
import { SITE, SITE_WITH_BASE } from '../../fixtures/archive.ts';

describe('what the sitemap reads from a built page', () => {
  it('leaves out pages that ask not to be indexed and drafts in a preview build', () => {
    expect(isListable('<title>x</title>')).toBe(true);
    expect(isListable('<meta name="robots" content="noindex, nofollow">')).toBe(false);
    expect(isListable('<div class="draft-banner"><p>Udkast</p></div>')).toBe(false);
  });

  it("takes lastmod from the page's own JSON-LD node, not from another node or the clock", () => {
    const page = 'https://arkiv.example.dk/moeder/x/';
    const html = `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [
      { '@type': 'WebPage', url: page, dateModified: '2026-03-20' },
      { '@type': 'CreativeWork', url: 'https://arkiv.example.dk/andet/', dateModified: '2027-01-01' },
    ] })}</script>`;
    expect(pageLastModified(html, page)).toBe('2026-03-20');
    expect(pageLastModified(html, 'https://arkiv.example.dk/tredje/')).toBeUndefined();
    expect(pageLastModified('<title>x</title>', page)).toBeUndefined();
  });

  it('robots.txt points to the sitemap index by its absolute URL', () => {
    expect(robotsTxt(SITE)).toContain('Sitemap: https://arkiv.example.dk/sitemap-index.xml\n');
    expect(robotsTxt(SITE_WITH_BASE)).toContain('Sitemap: https://example.github.io/raadsarkiv/sitemap-index.xml\n');
  });
});

describe('MDX to plain text', () => {
  it('keeps paragraphs and words, drops mark-up', () => {
    const mdx = "import X from './x.astro';\n\nRådet **godkendte** [arbejdsprogrammet](/arbejdsprogram/2026-2028/)\nmed *rettelser*.\n\n<Note>Bemærk</Note>\n\n{/* kommentar */}";
    expect(mdxToPlainText(mdx)).toBe('Rådet godkendte arbejdsprogrammet med rettelser.\n\nBemærk');
    expect(mdxToPlainText('1–2 repræsentanter, 10-13')).toBe('1–2 repræsentanter, 10-13');
    expect(mdxToPlainText(undefined)).toBe('');
  });
});
