import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { searchTerm } from '../../src/lib/search-query.ts';

/** What the search page passes to Pagefind for what the reader typed (src/lib/search-query.ts). */
describe('searchTerm', () => {
  it('leaves Danish function words out of a query that has other words', () => {
    expect(searchTerm('beslutning om variantdatabasen')).toBe('beslutning variantdatabasen');
    expect(searchTerm('  Rådet og   sekretariatet ')).toBe('Rådet sekretariatet');
    expect(searchTerm('Prioritering i Region Midtjylland')).toBe('Prioritering Region Midtjylland');
  });

  it('keeps a query of function words only, and a phrase in quotes, as typed', () => {
    expect(searchTerm('til og med')).toBe('til og med');
    expect(searchTerm('"rådet og sekretariatet"')).toBe('"rådet og sekretariatet"');
  });

  it('keeps names, amounts and inflected words', () => {
    expect(searchTerm('Inge Søkilde Pedersen')).toBe('Inge Søkilde Pedersen');
    expect(searchTerm('36,1 mio. kr.')).toBe('36,1 mio. kr.');
    expect(searchTerm('prioriteringen')).toBe('prioriteringen');
  });

  it('returns only words of the query, in order, and never nothing for a query with words', () => {
    fc.assert(fc.property(fc.array(fc.constantFrom<string>('og', 'i', 'om', 'Til', 'rådet', 'plan', 'ÅR', '2025', 'på'), { minLength: 1, maxLength: 6 }), (words) => {
      const result = searchTerm(words.join(' ')).split(' ');
      expect(result.length).toBeGreaterThan(0);
      let at = 0;
      for (const word of result) {
        at = words.indexOf(word, at) + 1;
        expect(at, `${word} in ${words.join(' ')}`).toBeGreaterThan(0);
      }
    }));
  });
});
