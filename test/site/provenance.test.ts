import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, readPage } from '../support/site.ts';
import { elementById, hrefsIn, idsIn, mainOf } from '../support/html.ts';
import { htmlText, squash } from '../support/html-text.ts';
import { checkContent } from '../../src/lib/check.ts';
import { sectionParagraphs, bodyParagraphs } from '../../src/lib/paragraphs.ts';
import { quoteFits } from '../../src/lib/provenance-rules.ts';
import { paragraphAnchor } from '../../src/lib/urls.ts';
import { isEditorial } from '../../src/lib/provenance.ts';
import type { ClaimBasis } from '../../src/schemas/index.ts';

/**
 * Provenance on the built site: every paragraph of the minutes has the anchor a source reference
 * names, every source link lands on an element that exists, the archive's readings are shown as
 * such, and every quote in the content is the words of the source document itself (the text file
 * the minutes of 18 November 2025 came as, not the archive's copy of it).
 */

const { archive } = checkContent(process.cwd());
const SOURCE_FILE = join(process.cwd(), 'test/fixtures/kilder/referat-2025-11-18.txt');

/** The source document's paragraphs: one per line, markdown marks dropped as the page drops them. */
const sourceParagraphs = readFileSync(SOURCE_FILE, 'utf8').split('\n')
  .map((line) => squash(line.replace(/^- /, '').replace(/^\d+\. /, '').replace(/\*\*(.+?)\*\*/g, '$1').replace(/\[(.+?)\]\(#\)/g, '$1')))
  .filter(Boolean);

describe('paragraph anchors on the meeting page', () => {
  for (const meeting of archive.meetings.filter((m) => m.data.publication)) {
    it(`${meeting.id}: each paragraph, heading and list item of a section has its anchor and its text`, () => {
      const html = readPage(`/moeder/${meeting.id}/`);
      const ids = idsIn(html);
      const sections = sectionParagraphs(meeting.body ?? '');
      expect(sections.length).toBeGreaterThan(0);
      for (const s of sections) {
        s.paragraphs.forEach((text, i) => {
          const anchored = elementById(html, paragraphAnchor(s.section, i + 1, s.item));
          expect(anchored, `${s.item} ${s.section} ${i + 1}`).toBeDefined();
          expect(squash(htmlText(anchored!))).toBe(text);
        });
        expect(ids.has(paragraphAnchor(s.section, s.paragraphs.length + 1, s.item))).toBe(false);
      }
      // The header lines, the agenda rows and the participant list.
      for (let n = 1; n <= 7; n++) expect(ids.has(paragraphAnchor('hoved', n))).toBe(true);
      expect(ids.has(paragraphAnchor('dagsorden', meeting.data.agenda.length))).toBe(true);
      expect(squash(htmlText(elementById(html, paragraphAnchor('hoved', 7))!))).toContain('Catherina Bozorgi');
    });
  }

  it('the header names the person without calling them "Referent"', () => {
    const main = htmlText(mainOf(readPage('/moeder/2025-11-18/')));
    expect(main).not.toContain('Referent');
    expect(main).toContain('Navn i dokumentets hoved');
  });
});

describe('source links', () => {
  it('every "Kilde" link on every page lands on an element of the page it names', () => {
    let checked = 0;
    for (const page of builtPages()) {
      const html = readPage(page);
      for (const span of html.matchAll(/<span class="basis basis--source">([\s\S]*?)<\/span>/g)) {
        for (const href of hrefsIn(span[1])) {
          const [path, anchor] = href.split('#');
          expect(anchor, `${page}: ${href}`).toBeTruthy();
          expect(idsIn(readPage(path)).has(anchor), `${page}: ${href}`).toBe(true);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(50);
  });

  it("shows every editorial basis as the archive's reading, with its reason", () => {
    const pageOf: Array<[string, Array<ClaimBasis | undefined>]> = [
      ...archive.organisations.map((o) => [`/organisationer/${o.id}/`, Object.values(o.data.basis ?? {})] as [string, Array<ClaimBasis | undefined>]),
      ...archive.matters.map((m) => [`/sager/${m.id}/`, [...Object.values(m.data.basis ?? {}), ...m.data.events.map((e) => e.basis)]] as [string, Array<ClaimBasis | undefined>]),
    ];
    let shown = 0;
    for (const [page, bases] of pageOf) {
      const text = squash(htmlText(readPage(page)));
      for (const b of bases) {
        if (!b || !isEditorial(b)) continue;
        expect(text, page).toContain(`Arkivets læsning: ${squash(b.editorial)}`);
        shown++;
      }
    }
    expect(shown).toBeGreaterThan(10);
  });
});

describe('quotes are the source document\'s words', () => {
  const fits = (quote: string, kind: 'sentences' | 'fragment') => sourceParagraphs.some((p) => quoteFits(squash(quote), p, kind));

  it('every decision text is made of whole paragraphs of the source', () => {
    for (const d of archive.decisions) {
      for (const p of bodyParagraphs(d.body ?? '')) expect(sourceParagraphs, `${d.file}: ${p}`).toContain(p);
    }
  });

  it('follow-ups, matter events, amendments and programme stages quote whole sentences', () => {
    const quotes = [
      ...archive.followUps.map((f) => [f.file, f.data.text] as const),
      ...archive.matters.flatMap((m) => m.data.events.map((e) => [m.file, e.text] as const)),
      ...archive.programmes.flatMap((p) => [...p.data.amendments, ...p.data.versions].map((x) => [p.file, x.text] as const)),
    ];
    expect(quotes.length).toBeGreaterThan(30);
    for (const [file, quote] of quotes) expect(fits(quote, 'sentences'), `${file}: ${quote}`).toBe(true);
  });

  it("figures' wording, the ranking remark and planned meetings' times stand in the source as written", () => {
    const fragments = [
      ...archive.matters.flatMap((m) => m.data.figures.map((f) => [m.file, f.wording] as const)),
      ...archive.programmes.flatMap((p) => (p.data.rankingRemark ? [[p.file, p.data.rankingRemark] as const] : [])),
      ...archive.meetings.flatMap((m) => (m.data.approximately ? [[m.file, m.data.approximately.text] as const] : [])),
      ...archive.meetings.flatMap((m) => (m.data.audience ? [[m.file, m.data.audience] as const] : [])),
    ];
    for (const [file, quote] of fragments) expect(fits(quote, 'fragment'), `${file}: ${quote}`).toBe(true);
  });

  it("a matter's summary and a programme's prose are labelled as the archive's summary", () => {
    for (const m of archive.matters) expect(squash(htmlText(readPage(`/sager/${m.id}/`)))).toContain(`Arkivets sammenfatning: ${squash(m.data.summary)}`);
    for (const p of archive.programmes) expect(readPage(`/arbejdsprogram/${p.id}/`)).toContain('id="sammenfatning">Arkivets sammenfatning</h2>');
  });
});
