import { describe, expect, it } from 'vitest';
import { builtPages, readPage } from '../support/site.ts';

/**
 * Content pages carry no JavaScript; only the search page may load a script, and only its own.
 * A JSON-LD data block (<script type="application/ld+json">) is data, which browsers never run.
 */
const MAY_HAVE_SCRIPT = new Set(['/soeg/']);

describe('content pages', () => {
  const pages = builtPages().filter((p) => p.endsWith('/') && !MAY_HAVE_SCRIPT.has(p));

  it('exist', () => {
    expect(pages.length).toBeGreaterThan(10);
  });

  it.each(pages)('%s has no script', (page) => {
    const scripts = [...readPage(page).matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]);
    expect(scripts.filter((tag) => tag !== '<script type="application/ld+json">')).toEqual([]);
  });

  it.each(pages)('%s is Danish', (page) => {
    expect(readPage(page)).toMatch(/<html lang="da"/);
  });
});
