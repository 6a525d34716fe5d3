/**
 * The search page's behaviour, on Pagefind's JavaScript API (no Pagefind UI: ours is a few kB,
 * Danish throughout, and made of the page's own form). The query and the filters live in the
 * form and in the URL (?q=…&type=person&år=2025), so a search can be shared and bookmarked and
 * the page re-runs it when opened. Results show the meeting's date and link to the exact agenda
 * item or decision. What a search transfers is kept small for an archive of thousands of meetings
 * (docs/search.md, "Archive scale"): Pagefind loads when the reader goes to the search field or
 * the URL holds a search; the data of five results is fetched first, ten more on request; the
 * filter values load when a filter group is first opened; Danish function words are left out of
 * queries that have other words (src/lib/search-query.ts). Loaded only by /soeg/.
 */
import { displaySubResults, publishedAnchor, searchFilters, subResultTitle, type SubResult } from '../lib/search-meta.ts';
import { searchTerm } from '../lib/search-query.ts';
import { capitalise } from '../lib/vocabulary.ts';

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

/**
 * Results whose data is fetched and shown first, and then with each "Vis flere resultater". Each
 * result is one fragment file (a decision about 1 KB gzipped, a meeting's minutes about 7 KB).
 */
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;
const MAX_SUB_RESULTS = 3;
/** Wait this long after the last keystroke before searching. */
const TYPING_PAUSE_MS = 250;

const form = document.querySelector<HTMLFormElement>('[data-soeg]')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const filterBox = form.querySelector<HTMLElement>('[data-soeg-filtre]')!;
const filterGroups = [...filterBox.querySelectorAll<HTMLDetailsElement>('details[data-soeg-filter]')];
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
  if (facts.length) li.append(el('p', 'soeg-resultat__fakta', facts.map((f, i) => (i === 0 ? capitalise(f) : f)).join(' · ')));
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

/**
 * The checkboxes of every filter, in the filter groups the page renders closed (<details> with a
 * <fieldset> each). Drawn when the reader first opens a group: listing the values means loading
 * every filter file of the index (95 KB at 2,000 meetings), which a search does not need.
 */
function renderFilters(all: FilterCounts, chosen: Filters): Map<string, HTMLElement> {
  const counts = new Map<string, HTMLElement>();
  for (const group of filterGroups) {
    const key = group.dataset.soegFilter!;
    const values = Object.keys(all[key] ?? {}).sort((a, b) => a.localeCompare(b, 'da', { numeric: true }));
    group.hidden = !values.length;
    const fieldset = el('fieldset');
    fieldset.append(el('legend', 'visually-hidden', capitalise(key)));
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
  }
  return counts;
}

/** A closed group names what is chosen in it ("Type: beslutning"), so a filtered search says so. */
function showChosen(chosen: Filters) {
  for (const group of filterGroups) {
    const key = group.dataset.soegFilter!;
    const values = chosen[key] ?? [];
    group.querySelector('summary')!.textContent = capitalise(key) + (values.length ? `: ${values.join(', ')}` : '');
  }
}

/** The filters chosen in the form; before the checkboxes are drawn, those of the URL. */
function chosenFilters(drawn: boolean, fromUrl: Filters): Filters {
  if (!drawn) return fromUrl;
  const data = new FormData(form);
  const filters: Filters = {};
  for (const key of searchFilters) {
    const values = data.getAll(key).map(String).filter(Boolean);
    if (values.length) filters[key] = values;
  }
  return filters;
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

/** Pagefind's script, WebAssembly and metadata: loaded once, when the reader starts to search. */
let engine: Promise<Pagefind> | undefined;
function pagefind(): Promise<Pagefind> {
  engine ??= (async () => {
    const loaded = (await import(/* @vite-ignore */ `${form.dataset.bundle}pagefind.js`)) as Pagefind;
    await loaded.options({ baseUrl: form.dataset.baseUrl, excerptLength: 24 });
    await loaded.init();
    return loaded;
  })();
  return engine;
}

async function main() {
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const fromUrl: Filters = {};
  for (const key of searchFilters) {
    const values = params.getAll(key).filter(Boolean);
    if (values.length) fromUrl[key] = values;
  }
  showChosen(fromUrl);
  form.hidden = false;

  let counts: Map<string, HTMLElement> | undefined;
  const showCounts = (current: FilterCounts) => {
    for (const [id, span] of counts ?? []) {
      const [key, value] = id.split('\n');
      span.textContent = `(${current[key]?.[value] ?? 0})`;
    }
  };
  let allFilters: FilterCounts = {};

  let searchId = 0;
  let results: Result[] = [];

  /** Fetch and show the next `count` results; returns the first new result's link. */
  async function showMore(id: number, count: number): Promise<HTMLAnchorElement | null> {
    const next = results.slice(list.children.length, list.children.length + count);
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
    const typed = input.value.trim();
    const filters = chosenFilters(counts !== undefined, fromUrl);
    toUrl(typed, filters);
    showChosen(filters);
    const id = ++searchId;
    if (!typed && !Object.keys(filters).length) {
      results = [];
      list.replaceChildren();
      list.hidden = more.hidden = help.hidden = true;
      status.textContent = '';
      showCounts(allFilters);
      return;
    }
    const search = await (await pagefind()).search(typed ? searchTerm(typed) : null, { filters });
    if (id !== searchId) return;
    results = search.results;
    list.replaceChildren();
    await showMore(id, FIRST_RESULTS);
    if (id !== searchId) return;
    showCounts(search.filters);
    status.textContent = summary(results.length, typed);
    help.hidden = results.length > 0;
  }

  /** The first opening of a filter group draws every group's checkboxes, with counts for the current search. */
  let drawing: Promise<void> | undefined;
  const drawFilters = () => {
    drawing ??= (async () => {
      allFilters = await (await pagefind()).filters();
      counts = renderFilters(allFilters, fromUrl);
      showCounts(allFilters);
      await run();
    })().catch((error: unknown) => {
      status.textContent = 'Filtrene kunne ikke indlæses. Prøv at genindlæse siden.';
      throw error;
    });
  };
  for (const group of filterGroups) group.addEventListener('toggle', () => { if (group.open) drawFilters(); });

  let typing: ReturnType<typeof setTimeout> | undefined;
  // Pagefind starts loading when the reader goes to the search field, not with the page.
  input.addEventListener('focus', () => void pagefind(), { once: true });
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
    const first = await showMore(searchId, MORE_RESULTS);
    more.disabled = false;
    first?.focus();
  });

  if (input.value || Object.keys(fromUrl).length) await run();
}

main().catch((error: unknown) => {
  status.textContent = 'Søgningen kunne ikke indlæses. Prøv at genindlæse siden.';
  throw error;
});
