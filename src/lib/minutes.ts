import type { ArchiveIndex } from './archive-index.ts';
import type { Correction, Meeting } from '../schemas/index.ts';
import { describeSource } from './provenance.ts';
import { sourceSectionLabel } from './vocabulary.ts';
import { formatDate } from './dates.ts';
import { meetingDateOf } from './status.ts';
import type { ExportSite } from './exports/site.ts';
import { absoluteUrl } from './urls.ts';
import { escapeHtml } from './html.ts';

/**
 * The minutes' life cycle. A meeting's minutes are a draft (not published), approved (at a
 * named meeting and item, or by a dated document), corrected after publication, or — when the
 * archive holds no record of an approval — of unknown state, which the page says in words.
 * The state is derived from the meeting's fields, never stored twice.
 */
export type MinutesState = 'udkast' | 'godkendt' | 'rettet' | 'ukendt';

/** The states that apply, in the order they happened: ["godkendt", "rettet"], or ["ukendt"]. */
export function minutesStates(m: Meeting): MinutesState[] {
  if (m.draft) return ['udkast'];
  const states: MinutesState[] = [];
  if (m.approved) states.push('godkendt');
  if (m.corrections.length) states.push('rettet');
  return states.length ? states : ['ukendt'];
}

/** Where in the minutes a correction is: "Pkt. 2, Referat". */
function correctionPlace(c: Correction): string {
  return [c.item !== undefined ? `Pkt. ${c.item}` : undefined, sourceSectionLabel[c.section]].filter(Boolean).join(', ');
}

/**
 * One correction as HTML: where, the removed words in <del> and the new words in <ins>, each
 * with visible words that say which is which (not only strike-through or colour), and where and
 * when it was decided. The meeting page and the minutes feed both show exactly this; `link` turns
 * a site-relative path into the link to write (href on a page, an absolute URL in the feed).
 */
export function correctionHtml(index: ArchiveIndex, c: Correction, link: (path: string) => string): string {
  const decided = describeSource(c.decidedAt, meetingDateOf(index));
  const target = decided.path ? link(decided.path) : decided.url;
  const where = target ? `<a href="${escapeHtml(target)}">${escapeHtml(decided.text)}</a>` : escapeHtml(decided.text);
  const removed = `<span class="correction__label">Før:</span> <del>${escapeHtml(c.before)}</del>`;
  const added = c.after
    ? `<span class="correction__label">Efter:</span> <ins>${escapeHtml(c.after)}</ins>`
    : '<span class="correction__label">Efter:</span> <em>(slettet)</em>';
  return `<div class="correction"><p><strong>${escapeHtml(correctionPlace(c))}</strong>, rettet ${escapeHtml(formatDate(c.date))} ifølge ${where}:</p>`
    + `<p>${removed}</p><p>${added}</p></div>`;
}

/** The corrections of a meeting, oldest first, as HTML for the feed (absolute links). */
export function correctionsFeedHtml(index: ArchiveIndex, site: ExportSite, m: Meeting): string {
  return sortedCorrections(m).map((c) => correctionHtml(index, c, (path) => absoluteUrl(site, path))).join('\n');
}

/** Corrections oldest first (stable for equal dates). */
export function sortedCorrections(m: Meeting): Correction[] {
  return [...m.corrections].sort((a, b) => a.date.localeCompare(b.date));
}
