import { dan as DANISH_STOP_WORDS } from 'stopword';

/**
 * What the search page passes to Pagefind for what the reader typed. Pagefind loads the whole
 * posting list of every word of a query (every position on every page: it ranks and highlights
 * by position), and a Danish function word ("og", "i", "om", "til") is on nearly every page of
 * the archive: at 2,000 meetings one such word costs as much as the rest of the search together
 * (docs/performance.md). Pagefind finds pages that contain all the words, so dropping a function
 * word from a query that has other words widens the results only by pages that lack that word,
 * which nearly every page has anyway, and the ranking by the other words is unchanged.
 *
 * Kept as typed: a query of function words only ("til og med"), and a phrase in quotes, which
 * Pagefind matches as the exact sequence of words, so that "rådet og sekretariatet" in quotes
 * still finds exactly that. The cost: without quotes, "plan for implementering" also finds pages
 * with "plan" and "implementering" far apart.
 */

const STOP_WORDS = new Set(DANISH_STOP_WORDS);

export function searchTerm(query: string): string {
  const trimmed = query.trim().replace(/\s+/g, ' ');
  if (/^".+"$/.test(trimmed)) return trimmed;
  const words = trimmed.split(' ').filter(Boolean);
  const kept = words.filter((word) => !STOP_WORDS.has(word.toLocaleLowerCase('da')));
  return (kept.length ? kept : words).join(' ');
}
