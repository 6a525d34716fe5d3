import { afterAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { builtPages, readPage, requireDist } from '../../support/site.ts';
import { buildProject, copyProject, type ProjectCopy } from '../../support/project-copy.ts';
import { buildSearchIndex, INDEX_CHUNK_SIZE, indexablePages, separateBlocks } from '../../../src/lib/search-index.ts';

/**
 * The search index as `npm run build` writes it: one Danish index of exactly the pages that mark
 * their content, with filters; list pages left out so records rank first; and a build that
 * stops when Pagefind reports an error or indexes fewer pages than are marked.
 */
const dist = requireDist();
const entry = JSON.parse(readFileSync(join(dist, 'pagefind', 'pagefind-entry.json'), 'utf8')) as {
  languages: Record<string, { page_count: number }>;
};
const marked = (path: string) => /<[a-z]+\s[^>]*\bdata-pagefind-body\b/.test(readPage(path));

describe('the built index', () => {
  it('is one Danish index of exactly the pages with data-pagefind-body', () => {
    const pages = indexablePages(dist);
    expect(pages.length).toBeGreaterThan(30);
    expect(Object.keys(entry.languages)).toEqual(['da']);
    expect(entry.languages.da.page_count).toBe(pages.length);
  });

  it('ships the engine, the worker and the Danish WebAssembly the search page loads', () => {
    for (const file of ['pagefind.js', 'pagefind-worker.js', 'wasm.da.pagefind']) {
      expect(existsSync(join(dist, 'pagefind', file)), file).toBe(true);
    }
  });

  it('indexes every meeting, decision, matter, work programme, person, organisation and body page, each with its type', () => {
    const types: Record<string, string> = {
      moeder: 'møde', beslutninger: 'beslutning', sager: 'sag', arbejdsprogram: 'arbejdsprogram',
      personer: 'person', organisationer: 'organisation', organer: 'organ',
    };
    const content = builtPages().filter((p) => /^\/(moeder|beslutninger|sager|arbejdsprogram|personer|organisationer|organer)\/[^/]+\/$/.test(p));
    expect(new Set(content.map((p) => p.split('/')[1]))).toEqual(new Set(Object.keys(types)));
    for (const path of content) {
      expect(marked(path), path).toBe(true);
      expect(readPage(path).match(/data-pagefind-filter="type">([^<]+)</g), path).toEqual([`data-pagefind-filter="type">${types[path.split('/')[1]]}<`]);
    }
  });

  it('gives a decision page its meeting\'s year, body and date, and its areas', () => {
    const html = readPage('/beslutninger/2025-11-18-2b/');
    expect(html).toContain('<span data-pagefind-filter="år">2025</span>');
    expect(html).toContain('<span data-pagefind-filter="organ">Fagligt råd for genomisk medicin</span>');
    expect(html).toContain('<span data-pagefind-filter="indsatsområde">H – Etablering af pangenomgraf-baseret diagnostik i Danmark</span>');
    expect(html).toContain('<span data-pagefind-meta="dato">18. november 2025</span>');
  });

  it('gives a meeting page its year, body, focus areas and date', () => {
    const html = readPage('/moeder/2025-11-18/');
    expect(html).toContain('<span data-pagefind-filter="år">2025</span>');
    expect(html).toContain('<span data-pagefind-filter="organ">Fagligt råd for genomisk medicin</span>');
    expect(html).toContain('<span data-pagefind-filter="indsatsområde">D – Jura</span>');
    expect(html).toContain('<span data-pagefind-meta="dato">18. november 2025</span>');
  });

  it('leaves list and index pages out, so an item or decision ranks above any list of them', () => {
    const lists = ['/', '/moeder/', '/beslutninger/', '/sager/', '/personer/', '/organisationer/', '/organer/', '/opfoelgning/', '/kalender/', '/data/', '/om/', '/soeg/'];
    // The register's facet pages and the focus-area pages are lists of decisions, items and matters.
    const facets = builtPages().filter((p) => /^\/beslutninger\/[^/]+\/[^/]+\/$|^\/arbejdsprogram\/[^/]+\/[a-z]\/$/.test(p));
    expect(facets.length).toBeGreaterThan(5);
    for (const path of [...lists, ...facets]) {
      expect(marked(path), path).toBe(false);
    }
  });
});

describe('building the index', () => {
  const dirs: string[] = [];
  const projects: ProjectCopy[] = [];
  afterAll(() => {
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
    projects.forEach((p) => p.remove());
  });
  const site = (pages: Record<string, string>) => {
    const dir = mkdtempSync(join(tmpdir(), 'raadsarkiv-pagefind-'));
    dirs.push(dir);
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path), { recursive: true });
      writeFileSync(join(dir, path, 'index.html'), html);
    }
    return dir;
  };
  const page = (lang: string, body: string) => `<!doctype html><html lang="${lang}"><head><title>t</title></head><body>${body}</body></html>`;

  it('separates the text of adjacent block and table elements, and only theirs', () => {
    expect(separateBlocks('<dl><dt>Status</dt><dd>Afholdt</dd></dl>')).toBe('<dl><dt>Status</dt> <dd>Afholdt</dd> </dl>');
    expect(separateBlocks('<tr><th scope="col">Område</th><th>Titel</th></tr>')).toBe('<tr><th scope="col">Område</th> <th>Titel</th> </tr>');
    expect(separateBlocks('<li>A</li>\n<li>B</li>')).toBe('<li>A</li>\n<li>B</li>');
    expect(separateBlocks('<p><a href="/x">Ole</a>, <span>Region</span><span>Midt</span></p>')).toBe('<p><a href="/x">Ole</a>, <span>Region</span><span>Midt</span></p>');
  });

  it('indexes marked pages and skips unmarked ones', async () => {
    const dir = site({
      a: page('da', '<main data-pagefind-body><h1>Prioritering</h1><p>Rådet prioriterede områderne.</p></main>'),
      liste: page('da', '<main><h1>Liste</h1><p>Prioritering</p></main>'),
    });
    expect(await buildSearchIndex(dir)).toEqual({ pageCount: 1, languages: { da: 1 } });
  });

  it('writes index chunks of INDEX_CHUNK_SIZE word positions (Pagefind\'s unstable setting takes effect)', async () => {
    // 15,000 distinct words on ten pages: Pagefind 1.6.0 writes them as 3 chunks by default and
    // as 9 at 5,000 positions (measured); the setting is in effect if there are clearly more.
    const words = Array.from({ length: 15_000 }, (_, i) => `ord${i.toString(36)}`);
    const pages: Record<string, string> = {};
    for (let p = 0; p < 10; p++) pages[`s${p}`] = page('da', `<main data-pagefind-body><p>${words.filter((_, i) => i % 10 === p).join(' ')}</p></main>`);
    const dir = site(pages);
    await buildSearchIndex(dir);
    expect(INDEX_CHUNK_SIZE).toBe(5000);
    expect(readdirSync(join(dir, 'pagefind', 'index')).filter((f) => f.endsWith('.pf_index')).length).toBeGreaterThanOrEqual(8);
  });

  it('fails when Pagefind indexes fewer pages than are marked', async () => {
    const dir = site({
      a: page('da', '<main data-pagefind-body><h1>Prioritering</h1></main>'),
      tom: page('da', '<main data-pagefind-body></main>'),
    });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/Pagefind indekserede 1 sider, men 2 sider har data-pagefind-body \(a\/index.html, tom\/index.html\)/);
  });

  it('fails when a page is not Danish', async () => {
    const dir = site({
      a: page('da', '<main data-pagefind-body><h1>Prioritering</h1></main>'),
      b: page('en', '<main data-pagefind-body><h1>Priorities</h1></main>'),
    });
    await expect(buildSearchIndex(dir)).rejects.toThrow(/ét dansk indeks, men har \{"da":1,"en":1\}/);
  });

  it('fails when no page is marked', async () => {
    await expect(buildSearchIndex(site({ a: page('da', '<main><h1>Ingen</h1></main>') }))).rejects.toThrow(/ingen sider .* har data-pagefind-body/);
  });

  it('stops the real build (npm run build) when the index comes out short', () => {
    const project = copyProject();
    projects.push(project);
    // A page that marks its content but has none: Pagefind skips it, so the counts differ.
    writeFileSync(join(project.dir, 'src/pages/tom.astro'), '---\nimport Base from \'../layouts/Base.astro\';\n---\n<Base title="Tom"><article data-pagefind-body></article></Base>\n');
    const { code, output } = buildProject(project.dir);
    expect(code).not.toBe(0);
    expect(output).toMatch(/Søgeindeks: Pagefind indekserede \d+ sider, men \d+ sider har data-pagefind-body/);
    expect(output).toContain('tom/index.html');
  });
});
