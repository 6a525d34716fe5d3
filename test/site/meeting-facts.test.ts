import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readPage } from '../support/site.ts';
import { htmlText, squash } from '../support/html-text.ts';

/**
 * Content is law: every line of the source document (the minutes of 18 November 2025 as the
 * secretariat wrote them) must stand on the built meeting page. The facts are the source's own
 * lines; the only changes are these, each because the page shows the same words as HTML:
 * - markdown marks are dropped (list dashes, ordered-list numbers become <ol>, **bold**, the
 *   unpublished Forms link keeps its text but loses its dead "#" target);
 * - the Dagsorden's tab-separated columns become table cells, and its time slots are written
 *   with the Danish range dash like every time on the site ("10.00-10.05" → "10.00–10.05");
 * - headings ending in ":" ("Afbud:", "Deltagere:*Fagligt råd*") lose the colon/asterisks;
 * - the letterhead's "DANSKE" / "REGIONER" is the publisher "Danske Regioner";
 * - the document date 20-03-2026 is written the Danish way: "20. marts 2026".
 */
const SOURCE = join(process.cwd(), 'test/fixtures/kilder/referat-2025-11-18.txt');

export function sourceFacts(text: string): string[] {
  const facts: string[] = [];
  for (const raw of text.split('\n')) {
    let line = raw.trim();
    if (line === '' || line === 'DANSKE' || line === 'REGIONER') continue;
    if (line === '20-03-2026') line = '20. marts 2026';
    line = line
      .replace(/^- /, '')
      .replace(/^\d+\. (?=[A-H] - )/, '')
      .replace(/\*\*(.+?)\*\*/g, '$1')
      .replace(/\[(.+?)\]\(#\)/g, '$1')
      .replace(/^Deltagere:\*(.+)\*$/, 'Deltagere: $1')
      .replace(/^(Afbud):$/, '$1')
      .replace(/^(Pkt\. \d+\t.*\t\d\d\.\d\d)-(\d\d\.\d\d)$/, '$1–$2');
    facts.push(squash(line));
  }
  facts.push('Danske Regioner');
  return facts;
}

describe('the meeting page of 18 November 2025', () => {
  const page = htmlText(readPage('/moeder/2025-11-18/'));
  const facts = sourceFacts(readFileSync(SOURCE, 'utf8'));

  it('has a list of facts taken from the whole source document', () => {
    expect(facts.length).toBeGreaterThan(100);
  });

  it.each(facts.map((f) => [f.length > 70 ? `${f.slice(0, 70)}…` : f, f]))('shows: %s', (_label, fact) => {
    expect(page).toContain(fact);
  });

  it('says the Forms link was never published instead of showing a dead link', () => {
    const html = readPage('/moeder/2025-11-18/');
    expect(html).not.toMatch(/href="#"/);
    expect(page).toContain('Linket til Forms blev ikke offentliggjort');
  });

  it('links present and absent people to their pages', () => {
    const html = readPage('/moeder/2025-11-18/');
    for (const id of ['ole-halfdan-larsen', 'elsebet-oestergaard', 'catherina-bozorgi', 'sabine-groenborg', 'kasper-lindegaard-hjulmann']) {
      expect(html).toContain(`href="/personer/${id}/"`);
    }
  });

  it('has anchors per agenda item and section', () => {
    const html = readPage('/moeder/2025-11-18/');
    for (const id of ['punkt-1', 'punkt-2', 'punkt-2-indstilling', 'punkt-2-referat', 'punkt-2-sagsfremstilling', 'punkt-2-videre-proces', 'punkt-2-bilag', 'punkt-7', 'beslutning-2025-11-18-2b']) {
      expect(html).toContain(`id="${id}"`);
    }
  });

  it('writes dates and times the Danish way', () => {
    expect(page).toContain('18. november 2025, kl. 10.00–13.00');
  });
});
