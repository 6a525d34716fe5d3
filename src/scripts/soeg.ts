/**
 * The search page's behaviour on top of Pagefind's component UI (loaded just before this script
 * from the Pagefind bundle): Danish wording, the query and filters in the URL (so a search can be
 * shared and bookmarked), results that show the meeting's date and link to the exact agenda item
 * or decision, and help when nothing is found. Loaded only by /soeg/.
 */
import { searchFilters, publishedAnchor, subResultTitle } from '../lib/search-meta.ts';

interface SubResult { title: string; url: string; excerpt: string }
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results: SubResult[];
}
type Filters = Record<string, string[]>;
interface Instance {
  searchTerm: string;
  on(event: 'search', callback: (term: string, filters: Filters) => void): void;
  on(event: 'results', callback: (result: { results: unknown[] }) => void): void;
  setTranslations(strings: Record<string, string>): void;
  triggerSearchWithFilters(term: string, filters: Filters): void;
  getDisplaySubResults(data: ResultData, max: number): SubResult[];
}
interface ResultsElement extends HTMLElement { resultTemplate: ((data: ResultData) => Element) | null }

declare global {
  interface Window { PagefindComponents?: { getInstanceManager(): { getInstance(name: string): Instance } } }
}

const components = window.PagefindComponents;
if (!components) throw new Error('Søgning: Pagefinds brugerflade blev ikke indlæst (pagefind-component-ui.js).');
const instance = components.getInstanceManager().getInstance('default');
const resultsEl = document.querySelector<ResultsElement>('pagefind-results')!;
const help = document.querySelector<HTMLElement>('[data-soeg-hjaelp]')!;
const maxSubResults = Number(resultsEl.getAttribute('max-sub-results') ?? 3);

// Pagefind's own Danish, with the archive's words where they differ.
instance.setTranslations({
  search_label: 'Søg i arkivet',
  placeholder: 'Søg i referater, beslutninger, personer …',
  zero_results: 'Ingen resultater for »[SEARCH_TERM]«.',
  one_result: '1 resultat for »[SEARCH_TERM]«.',
  many_results: '[COUNT] resultater for »[SEARCH_TERM]«.',
  results_label: 'Søgeresultater',
});

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Pagefind's excerpts are its own escaped text with <mark> around the hits. */
function excerpt(html: string, className: string): HTMLParagraphElement {
  const p = el('p', className);
  p.innerHTML = html;
  return p;
}

function renderResult(data: ResultData): Element {
  const li = el('li', 'soeg-resultat');
  const title = el('h2', 'soeg-resultat__titel');
  const link = el('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  li.append(title);

  const facts = [data.filters?.type?.[0], data.meta.dato, data.filters?.organ?.[0]].filter(Boolean) as string[];
  if (facts.length) li.append(el('p', 'soeg-resultat__fakta', facts.map((f, i) => (i === 0 ? f[0].toUpperCase() + f.slice(1) : f)).join(' · ')));
  if (data.excerpt) li.append(excerpt(data.excerpt, 'soeg-resultat__uddrag'));

  const subs = instance.getDisplaySubResults(data, maxSubResults);
  if (subs.length) {
    const list = el('ul', 'soeg-resultat__afsnit');
    for (const sub of subs) {
      const item = el('li', '');
      const subLink = el('a', '', subResultTitle(sub.url, sub.title));
      subLink.href = publishedAnchor(sub.url);
      item.append(subLink);
      if (sub.excerpt) item.append(excerpt(sub.excerpt, 'soeg-resultat__uddrag'));
      list.append(item);
    }
    li.append(list);
  }
  return li;
}
resultsEl.resultTemplate = renderResult;

/** ?q=…&type=…&aar=… → the search to run. */
function fromUrl(): { term: string; filters: Filters } {
  const params = new URLSearchParams(location.search);
  const filters: Filters = {};
  for (const key of searchFilters) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { term: (params.get('q') ?? '').trim(), filters };
}

/** The search → the address bar, without a new history entry per keystroke. */
function toUrl(term: string, filters: Filters) {
  const params = new URLSearchParams();
  if (term.trim()) params.set('q', term.trim());
  for (const key of searchFilters) for (const value of filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  const url = location.pathname + (query ? `?${query}` : '');
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
}

instance.on('search', (term, filters) => toUrl(term, filters ?? {}));
instance.on('results', (result) => {
  help.hidden = !(instance.searchTerm?.trim() && result.results.length === 0);
});

const start = fromUrl();
if (start.term) instance.triggerSearchWithFilters(start.term, start.filters);
