import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { htmlPagesIn, sitemapXml, robotsTxt } from '../../../src/lib/exports/sitemap.ts';
import { mdxToPlainText } from '../../../src/lib/exports/text.ts';
import { SITE, SITE_WITH_BASE } from '../../support/archive-fixture.ts';

describe('sitemap.xml from the built files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'raadsarkiv-sitemap-'));
  const write = (rel: string, html: string) => { mkdirSync(dirname(join(dir, rel)), { recursive: true }); writeFileSync(join(dir, rel), html); };
  write('index.html', '<title>x</title>');
  write('moeder/2025-11-18/index.html', '<title>x</title>');
  write('404.html', '<title>x</title>');
  write('soeg/resultat/index.html', '<meta name="robots" content="noindex">');
  write('_astro/x.html', '');
  write('pagefind/x.html', '');
  write('feeds/referater.xml', '<feed/>');

  it('lists the HTML pages, not the 404 page, noindex pages or asset folders', () => {
    expect(htmlPagesIn(dir)).toEqual(['/', '/moeder/2025-11-18/']);
  });

  it('writes absolute URLs under the base path, in valid XML', () => {
    const xml = sitemapXml(SITE_WITH_BASE, ['/', '/moeder/2025-11-18/']);
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ isArray: (n) => n === 'url' }).parse(xml);
    expect(doc.urlset.url.map((u: { loc: string }) => u.loc)).toEqual(['https://example.github.io/raadsarkiv/', 'https://example.github.io/raadsarkiv/moeder/2025-11-18/']);
  });

  it('robots.txt points to the sitemap by its absolute URL', () => {
    expect(robotsTxt(SITE)).toContain('Sitemap: https://arkiv.example.dk/sitemap.xml\n');
    expect(robotsTxt(SITE_WITH_BASE)).toContain('Sitemap: https://example.github.io/raadsarkiv/sitemap.xml\n');
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
