import type { ArchiveIndex } from './archive-index.ts';
import type { Organisation, OrganisationEvent, SourceRef } from '../schemas/index.ts';
import { formatDate } from './dates.ts';
import { organisationEventLabel, organisationEventSeenFromOtherLabel } from './vocabulary.ts';

/**
 * Organisations over time. An organisation keeps one id for life; its name on a day comes from
 * its former names (each valid up to and including its `until`), so a page about a past meeting
 * shows the name the organisation had then, and its history (merged with, taken into, continued
 * as) is read from both sides: NGC's "lagt sammen med Sundhedsdatastyrelsen" also shows on
 * Sundhedsdatastyrelsen's page.
 */

/** The organisation's name (and abbreviation) on `date`; today's name when `date` is undefined. */
function organisationNameOn(o: Organisation, date?: string): { name: string; shortName?: string } {
  const former = date === undefined ? undefined : o.formerNames.find((n) => date <= n.until);
  return former ? { name: former.name, shortName: former.shortName } : { name: o.name, shortName: o.shortName };
}

/** Name of organisation `id` on `date` (a meeting's date); its present name for an undated page. */
export function organisationName(index: ArchiveIndex, id: string, date?: string): string {
  return organisationNameOn(index.organisations.get(id)!.data, date).name;
}

/** One line of an organisation's history, from its own record or the other party's. */
export interface HistoryLine {
  /** Sort key and shown date: a day, or a year. */
  date?: string;
  year?: number;
  /** "lagt sammen med", "optog", "overgår til", "videreført fra", "omdøbt fra" … */
  text: string;
  /** The other organisation in the archive, if any. */
  other?: string;
  /** The other organisation's name, when the archive has no entry for it. */
  otherName?: string;
  source: SourceRef;
}

/** The organisation's history, oldest first: its events, others' events naming it, and its renamings. */
export function organisationHistory(index: ArchiveIndex, id: string): HistoryLine[] {
  const org = index.organisations.get(id)!;
  const lines: HistoryLine[] = org.data.history.map((h) => ({
    date: h.date, year: h.year, text: organisationEventLabel[h.event], other: h.organisation, otherName: h.name, source: h.source,
  }));
  for (const { organisation: other, event: h } of index.historyNaming.get(id) ?? []) {
    lines.push({ date: h.date, year: h.year, text: organisationEventSeenFromOtherLabel[h.event], other: other.id, source: h.source });
  }
  org.data.formerNames.forEach((n, i) => {
    const next = org.data.formerNames[i + 1];
    lines.push({ date: nextDay(n.until), text: `skifter navn fra ${n.name} til ${next?.name ?? org.data.name}`, source: n.source });
  });
  const key = (l: HistoryLine) => l.date ?? `${l.year}-99`;
  return lines.sort((a, b) => key(a).localeCompare(key(b)));
}

/** "1. juli 2025" or "2027". */
export const historyWhen = (l: HistoryLine) => (l.date ? formatDate(l.date) : String(l.year));

/** The day after an ISO date. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
