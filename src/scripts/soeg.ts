/**
 * The search page's behaviour, on Pagefind's JavaScript API (no Pagefind UI: ours is a few kB,
 * Danish throughout, and made of the page's own form). The query and the filters live in the
 * form and in the URL (?q=…&type=person&år=2025), so a search can be shared and bookmarked and
 * the page re-runs it when opened. Results show the meeting's date and link to the exact agenda
 * item or decision; only the data of the results shown is fetched, ten at a time. Loaded only
 * by /soeg/.
 */
import { displaySubResults, publishedAnchor, searchFilters, subResultTitle, type SubResult } from '../lib/search-meta.ts';

/** Filter key → value → number of pages. */
type FilterCounts = Record<string, Record<string, number>>;
type Filters = Record<string, string[]>;
interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[]>;
  sub_results: SubResult[];
}
interface Result { data(): Promise<ResultData> }
interface Search { results: Result[]; filters: FilterCounts }
/** The part of Pagefind 1.6's API (dist/pagefind/pagefind.js) this page uses. */
interface Pagefind {
  options(options: { baseUrl?: string; excerptLength?: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<FilterCounts>;
  search(term: string | null, options: { filters: Filters }): Promise<Search>;
}

/** Results whose data is fetched and shown at a time ("Vis flere resultater" shows the next). */
const PAGE_SIZE = 10;
const MAX_SUB_RESULTS = 3;
/** Wait this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-soeg]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = form.querySelector<HTMLElement>('[data-soeg-filtre]')!;
const status = document.querySelector<HTMLElement>('[data-soeg-status]')!;
const help = document.querySelector<HTMLElement>('[data-soeg-hjaelp]')!;
const list = document.querySelector<HTMLOListElement>('[data-soeg-resultater]')!;
const more = document.querySelector<HTMLButtonElement>('[data-soeg-flere]')!;

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** Pagefind's excerpts are its own escaped text with <mark> around the hits. */
function excerpt(html: string): HTMLParagraphElement {
  const p = el('p', 'soeg-resultat__uddrag');
  p.innerHTML = html;
  return p;
}

function renderResult(data: ResultData): HTMLLIElement {
  const li = el('li', 'soeg-resultat');
  const title = el('h2', 'soeg-resultat__titel');
  const link = el('a', '', data.meta.title ?? data.url);
  link.href = data.url;
  title.append(link);
  li.append(title);

  const facts = [data.filters?.type?.[0], data.meta.dato, data.filters?.organ?.[0]].filter(Boolean) as string[];
  if (facts.length) li.append(el('p', 'soeg-resultat__fakta', facts.map((f, i) => (i === 0 ? capitalised(f) : f)).join(' · ')));
  if (data.excerpt) li.append(excerpt(data.excerpt));

  const subs = displaySubResults(data.url, data.sub_results ?? [], MAX_SUB_RESULTS);
  if (subs.length) {
    const parts = el('ul', 'soeg-resultat__afsnit');
    for (const sub of subs) {
      const item = el('li');
      const subLink = el('a', '', subResultTitle(sub.url, sub.title));
      subLink.href = publishedAnchor(sub.url);
      item.append(subLink);
      if (sub.excerpt) item.append(excerpt(sub.excerpt));
      parts.append(item);
    }
    li.append(parts);
  }
  return li;
}

/** One fieldset of checkboxes per filter, in a <details> that is open for "type" or a chosen value. */
function renderFilters(all: FilterCounts, chosen: Filters): Map<string, HTMLElement> {
  const counts = new Map<string, HTMLElement>();
  for (const key of searchFilters) {
    const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));
    if (!values.length) continue;
    const group = el('details', 'soeg-filter');
    group.open = key === 'type' || Boolean(chosen[key]?.length);
    group.append(el('summary', '', capitalised(key)));
    const fieldset = el('fieldset');
    fieldset.append(el('legend', 'visually-hidden', capitalised(key)));
    const options = el('ul');
    for (const value of values) {
      const label = el('label');
      const box = el('input');
      box.type = 'checkbox';
      box.name = key;
      box.value = value;
      box.checked = chosen[key]?.includes(value) ?? false;
      const count = el('span', 'soeg-filter__antal');
      counts.set(`${key}\n${value}`, count);
      label.append(box, `${value} `, count);
      const option = el('li');
      option.append(label);
      options.append(option);
    }
    fieldset.append(options);
    group.append(fieldset);
    filterBox.append(group);
  }
  return counts;
}

/** The form's query and filters (the same as the URL's, once the page has set them). */
function formState(): { term: string; filters: Filters } {
  const data = new FormData(form);
  const filters: Filters = {};
  for (const key of searchFilters) {
    const values = data.getAll(key).map(String).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return { term: String(data.get('q') ?? '').trim(), filters };
}

/** The search → the address bar, without a new history entry per keystroke. */
function toUrl(term: string, filters: Filters) {
  const params = new URLSearchParams();
  if (term) params.set('q', term);
  for (const key of searchFilters) for (const value of filters[key] ?? []) params.append(key, value);
  const query = params.toString();
  const url = location.pathname + (query ? `?${query}` : '');
  if (url !== location.pathname + location.search) history.replaceState(null, '', url);
}

function summary(count: number, term: string): string {
  const what = term ? ` for »${term}«` : ' med de valgte filtre';
  if (count === 0) return `Ingen resultater${what}.`;
  return `${count} ${count === 1 ? 'resultat' : 'resultater'}${what}.`;
}

async function main() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  form.hidden = false;

  const pagefind = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as Pagefind;
  await pagefind.options({ baseUrl: form.dataset.baseUrl, excerptLength: 24 });
  await pagefind.init();
  const allFilters = await pagefind.filters();
  const chosen: Filters = {};
  for (const key of searchFilters) chosen[key] = params.getAll(key);
  const counts = renderFilters(allFilters, chosen);

  const showCounts = (current: FilterCounts) => {
    for (const [id, span] of counts) {
      const [key, value] = id.split('\n');
      span.textContent = `(${current[key]?.[value] ?? 0})`;
    }
  };
  showCounts(allFilters);

  let searchId = 0;
  let results: Result[] = [];

  /** Fetch and show the next PAGE_SIZE results; returns the first new result's link. */
  async function showMore(id: number): Promise<HTMLAnchorElement | null> {
    const next = results.slice(list.children.length, list.children.length + PAGE_SIZE);
    list.setAttribute('aria-busy', 'true');
    const data = await Promise.all(next.map((r) => r.data()));
    if (id !== searchId) return null;
    const items = data.map(renderResult);
    list.append(...items);
    list.removeAttribute('aria-busy');
    list.hidden = list.children.length === 0;
    more.hidden = list.children.length >= results.length;
    return items[0]?.querySelector('a') ?? null;
  }

  async function run() {
    const { term, filters } = formState();
    toUrl(term, filters);
    const id = ++searchId;
    if (!term && !Object.keys(filters).length) {
      results = [];
      list.replaceChildren();
      list.hidden = more.hidden = help.hidden = true;
      status.textContent = '';
      showCounts(allFilters);
      return;
    }
    const search = await pagefind.search(term || null, { filters });
    if (id !== searchId) return;
    results = search.results;
    list.replaceChildren();
    await showMore(id);
    if (id !== searchId) return;
    showCounts(search.filters);
    status.textContent = summary(results.length, term);
    help.hidden = results.length > 0;
  }

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(run, TYPING_PAUSE_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    void run();
  });
  filterBox.addEventListener('change', () => void run());
  more.addEventListener('click', async () => {
    more.disabled = true;
    const first = await showMore(searchId);
    more.disabled = false;
    first?.focus();
  });

  await run();
}

main().catch((error: unknown) => {
  status.textContent = 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.';
  throw error;
});
