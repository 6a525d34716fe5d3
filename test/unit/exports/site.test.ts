import { describe, expect, it } from 'vitest';
import { oncePerSite } from '../../../src/lib/exports/site.ts';
import { smallIndex, SITE } from '../../fixtures/archive.ts';

describe('oncePerSite', () => {
  it('makes an export once per archive and site, and again for another archive or site', () => {
    const made: string[] = [];
    const text = oncePerSite((index, site) => {
      made.push(site.base);
      return `${index.meetings.size} ${site.siteUrl}${site.base}`;
    });
    const index = smallIndex();
    const first = text(index, SITE);
    expect(text(index, { ...SITE })).toBe(first);
    expect(made).toHaveLength(1);
    expect(text(index, { ...SITE, base: '/arkiv/' })).toBe(`${index.meetings.size} ${SITE.siteUrl}/arkiv/`);
    text(smallIndex(), SITE);
    expect(made).toEqual([SITE.base, '/arkiv/', SITE.base]);
  });
});
