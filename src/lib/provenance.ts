import type { ClaimBasis, SourceRef } from '../schemas/provenance.ts';
import { basisLabels, sourceSectionLabel } from './vocabulary.ts';
import { formatDate } from './dates.ts';
import { paths, itemAnchor, sectionAnchor, paragraphAnchor, withAnchor } from './urls.ts';

/** A source reference as a reader sees it: words, and the page (with anchor) that holds them. */
export interface DescribedSource {
  /** "referatet af 18. november 2025, pkt. 2, Referat, afsnit 5". */
  text: string;
  /** Site-relative path with anchor; undefined for an outside document without a public address. */
  path?: string;
  /** An outside document's public address. */
  url?: string;
}

/**
 * Describe where the records say something. `meetingDate` gives a meeting's date (undefined for a
 * meeting known only by its week), so that the text names the document by its meeting's date.
 */
export function describeSource(ref: SourceRef, meetingDate: (id: string) => string | undefined): DescribedSource {
  if (ref.document) {
    const d = ref.document;
    const text = [`${d.title} (${formatDate(d.date)})`, d.reference].filter(Boolean).join(', ');
    return { text, url: d.url };
  }
  const meeting = ref.meeting!;
  const date = meetingDate(meeting);
  const parts = [date ? `referatet af ${formatDate(date)}` : `referatet af mødet ${meeting}`];
  if (ref.item !== undefined) parts.push(`pkt. ${ref.item}`);
  if (ref.section !== undefined) parts.push(sourceSectionLabel[ref.section]);
  if (ref.paragraph !== undefined) parts.push(`afsnit ${ref.paragraph}`);
  const anchor = sourceAnchor(ref);
  return { text: parts.join(', '), path: anchor ? withAnchor(paths.meeting(meeting), anchor) : paths.meeting(meeting) };
}

/** The anchor ("punkt-2-referat-5") of the narrowest part of a meeting page a reference names. */
function sourceAnchor(ref: SourceRef): string | undefined {
  if (ref.section !== undefined && ref.paragraph !== undefined) return paragraphAnchor(ref.section, ref.paragraph, ref.item);
  if (ref.item !== undefined && ref.section !== undefined) return sectionAnchor(ref.item, ref.section);
  if (ref.item !== undefined) return itemAnchor(ref.item);
  return ref.section;
}

/** A basis as one line of text, for search text and the CSV/JSON exports: "Kilde: …" or "Arkivets læsning: …". */
export function basisText(basis: ClaimBasis, meetingDate: (id: string) => string | undefined): string {
  return isEditorial(basis) ? `${basisLabels.editorial}: ${basis.editorial}` : `${basisLabels.source}: ${describeSource(basis.source, meetingDate).text}`;
}

/** True when the claim is the archive's reading rather than the records' words. */
export const isEditorial = (basis: ClaimBasis): basis is { editorial: string } => 'editorial' in basis;
