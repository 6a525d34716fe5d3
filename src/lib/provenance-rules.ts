import type { ArchiveData, Entry } from './archive-types.ts';
import { bodyClaims, decisionClaims, matterClaims, meetingClaims, organisationClaims, type ClaimBasis, type ClaimBases, type Matter, type Meeting, type SourceRef } from '../schemas/index.ts';
import { fieldName, suggest, type Problem } from './problems.ts';
import { sourceParagraphCounts, sectionParagraphs, bodyParagraphs, normaliseSpace, type SectionParagraphs } from './paragraphs.ts';
import { parseDanishNumber, decimalsWritten, formatDanishNumber } from './figures.ts';
import { draftMeetingIds, isDraftEntry } from './drafts.ts';

/**
 * The provenance rules: every typed claim the site shows as fact has a basis (a source in the
 * records, or the editors' stated reading); every source names a paragraph that exists; every
 * quote is the records' words character for character; a matter's figures agree with each other.
 * Called from the content check (src/lib/check.ts) after the schemas and the integrity rules.
 */

type Path = Array<string | number>;

/** How a quote must sit in its paragraph. */
type QuoteKind =
  /** Whole sentences of one paragraph: no sentence cut short, none rewritten. */
  | 'sentences'
  /** Any exact stretch of one paragraph, shown between » « (a figure's wording, the ranking remark). */
  | 'fragment';

/**
 * `broken` holds the ids of entries whose files exist but failed to read or validate: their own
 * problems are reported already, so a source in one of them is not reported again.
 */
export function checkProvenance(archive: ArchiveData, broken: Partial<Record<keyof ArchiveData, Set<string>>> = {}): Problem[] {
  const problems: Problem[] = [];
  const meetings = new Map(archive.meetings.map((m) => [m.id, m]));
  const paragraphsCache = new Map<string, SectionParagraphs[] | undefined>();
  /** The meeting's sections with their paragraphs; undefined when its MDX cannot be parsed (reported elsewhere). */
  const sectionsOf = (meetingId: string) => {
    if (!paragraphsCache.has(meetingId)) {
      let parsed: SectionParagraphs[] | undefined;
      try { parsed = sectionParagraphs(meetings.get(meetingId)?.body ?? ''); } catch { parsed = undefined; }
      // A section in the wrong <Punkt> is reported by the integrity rules; its paragraphs would
      // only repeat that problem at every reference into the meeting.
      if (parsed?.some((s) => s.inItem !== undefined && s.inItem !== s.item)) parsed = undefined;
      paragraphsCache.set(meetingId, parsed);
    }
    return paragraphsCache.get(meetingId);
  };

  // A draft is work in progress: its bases may still be missing and its quotes unchecked (as
  // UDFYLD may stand in it), but a basis it has must point at something real. Everything in a
  // draft meeting is a draft; all of it is checked the moment "draft: true" goes.
  const draftMeetings = draftMeetingIds(archive.meetings);
  const isDraft = (entry: Entry<unknown>) => isDraftEntry(entry, draftMeetings);

  const report = (entry: Entry<unknown>, path: Path, value: unknown, message: string, fix: string) =>
    problems.push({ file: entry.file, line: entry.lineOf?.(path), field: fieldName(path), value, message, fix });

  const basisFix = (basisPath: Path) =>
    `Skriv ${fieldName(basisPath)}: { source: { meeting: <mødets id>, item: <punkt>, section: referat, paragraph: <afsnit> } }, `
    + `der peger på det afsnit i referatet, som siger det, eller ${fieldName(basisPath)}: { editorial: "<redaktionens begrundelse>" }, `
    + 'hvis påstanden er arkivets egen læsning. Se docs/redaktionsvejledning.md, "Kilde til en påstand".';

  /** A claim at `claimPath` must have a basis at `basisPath`; a present basis must point at something real. */
  const claim = (entry: Entry<unknown>, claimPath: Path, value: unknown, basis: ClaimBasis | undefined, basisPath: Path) => {
    if (!basis) {
      if (isDraft(entry)) return;
      report(entry, claimPath, value, 'påstanden har intet grundlag: hverken en kilde i referatet eller redaktionens begrundelse', basisFix(basisPath));
      return;
    }
    if ('source' in basis) sourceExists(entry, [...basisPath, 'source'], basis.source);
  };
  /** A scalar claim of an entry: `basis.<field>`. */
  const fieldClaim = (entry: Entry<unknown>, prefix: Path, bases: ClaimBases = {}, field: string, value: unknown) => {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) {
      if (bases[field]) report(entry, [...prefix, 'basis', field], field, `der er et grundlag for ${field}, men ingen ${field}`, `Slet ${fieldName([...prefix, 'basis', field])}, eller skriv ${field}.`);
      return;
    }
    claim(entry, [...prefix, field], value, bases[field], [...prefix, 'basis', field]);
  };

  /** A source reference must name a meeting, item, section and paragraph that exist. */
  const sourceExists = (entry: Entry<unknown>, path: Path, ref: SourceRef) => {
    if (ref.meeting === undefined || broken.meetings?.has(ref.meeting)) return;
    const meeting = meetings.get(ref.meeting);
    if (!meeting) return report(entry, [...path, 'meeting'], ref.meeting, `kilden nævner mødet "${ref.meeting}", som ikke findes`, suggest(ref.meeting, meetings.keys()));
    const count = paragraphCount(meeting, ref, sectionsOf(meeting.id));
    if (typeof count === 'string') return report(entry, path, describeRef(ref), count, `Ret kilden, så den peger på et afsnit i ${meeting.file}.`);
    if (ref.paragraph !== undefined && count !== undefined && ref.paragraph > count) {
      report(entry, [...path, 'paragraph'], ref.paragraph, `${describeRef(ref)} har kun ${count} afsnit`,
        'Tæl afsnittene i afsnittet på mødesiden (en overskrift, et afsnit og et punkt i en liste tæller hver for sig), eller se ankrene på mødesiden.');
    }
  };

  /** The paragraph text a sourced claim points at, when it is a paragraph of minutes in the archive. */
  const paragraphText = (ref: SourceRef): string | undefined => {
    if (!ref.meeting || ref.item === undefined || !ref.section || ref.paragraph === undefined) return undefined;
    return sectionsOf(ref.meeting)?.find((s) => s.item === ref.item && s.section === ref.section)?.paragraphs[ref.paragraph - 1];
  };

  /** A quote-typed field must be the records' words, as they stand in the paragraph(s) given. */
  const quote = (entry: Entry<unknown>, path: Path, text: string, paragraphs: string[], kind: QuoteKind, where: string) => {
    if (paragraphs.length === 0 || isDraft(entry)) return;
    const wanted = normaliseSpace(text);
    if (paragraphs.some((p) => quoteFits(wanted, p, kind))) return;
    const near = paragraphs.find((p) => p.includes(wanted));
    report(entry, path, text.length > 80 ? `${text.slice(0, 77)}…` : text,
      near ? `citatet står i ${where}, men er ikke hele sætninger: det begynder eller slutter midt i en sætning`
        : `citatet står ikke ordret i ${where}`,
      kind === 'sentences'
        ? 'Kopiér hele sætninger ordret fra referatet (også tegnsætning og store/små bogstaver). Vil I skrive med egne ord, så hører teksten hjemme i en note eller et resumé, der vises som arkivets læsning.'
        : 'Kopiér ordene ordret fra referatet, tegn for tegn.');
  };
  /** Quote of a claim with a basis: the paragraph the basis names, or the whole section/item it names. */
  const sourcedQuote = (entry: Entry<unknown>, path: Path, text: string, basis: ClaimBasis | undefined, kind: QuoteKind) => {
    if (!basis || !('source' in basis) || !basis.source.meeting) return;
    const ref = basis.source;
    const exact = paragraphText(ref);
    const candidates = exact !== undefined ? [exact]
      : (sectionsOf(ref.meeting!) ?? []).filter((s) => (ref.item === undefined || s.item === ref.item) && (!ref.section || s.section === ref.section)).flatMap((s) => s.paragraphs);
    quote(entry, path, text, candidates, kind, describeRef(ref));
  };

  /**
   * An element of a list that is one claim in the records' words (an event, a figure, an
   * amendment, a programme stage): it needs a basis, and its words must stand where the basis says.
   * `claimed` names the field that makes the claim when it is not the quoted one (a stage).
   */
  const quotedClaim = (entry: Entry<unknown>, list: string, i: number, field: string, text: string, basis: ClaimBasis | undefined,
    kind: QuoteKind, claimed: [string, unknown] = [field, text]) => {
    claim(entry, [list, i, claimed[0]], claimed[1], basis, [list, i, 'basis']);
    sourcedQuote(entry, [list, i, field], text, basis, kind);
  };

  for (const e of archive.organisations) {
    for (const field of organisationClaims) fieldClaim(e, [], e.data.basis, field, e.data[field]);
  }
  for (const e of archive.bodies) {
    for (const field of bodyClaims) fieldClaim(e, [], e.data.basis, field, e.data[field]);
  }
  for (const e of archive.people) {
    e.data.memberships.forEach((m, i) => claim(e, ['memberships', i, 'role'], m.role, m.basis, ['memberships', i, 'basis']));
  }
  for (const e of archive.meetings) {
    for (const field of meetingClaims) fieldClaim(e, [], e.data.basis, field, e.data[field]);
    e.data.agenda.forEach((item, i) => fieldClaim(e, ['agenda', i], item.basis, 'areas', item.areas));
  }
  for (const e of archive.decisions) {
    const d = e.data;
    for (const field of decisionClaims) fieldClaim(e, [], d.basis, field, d[field]);
    // The decision's text is the minutes' words: each of its paragraphs is a whole paragraph of the item.
    const itemParagraphs = (sectionsOf(d.meeting) ?? []).filter((s) => s.item === d.item).flatMap((s) => s.paragraphs);
    let own: string[] = [];
    try { own = bodyParagraphs(e.body ?? ''); } catch { own = []; }
    for (const p of own) {
      if (itemParagraphs.length > 0 && !isDraft(e) && !itemParagraphs.includes(p)) {
        problems.push({
          file: e.file, line: e.bodyStartLine, field: '(beslutningens tekst)', value: p.length > 80 ? `${p.slice(0, 77)}…` : p,
          message: `afsnittet står ikke som et helt afsnit i referatet af ${d.meeting}, pkt. ${d.item}: der mangler eller er ændret ord`,
          fix: 'Kopiér hele afsnit ordret fra punktets referat; en sætning, der er udeladt, ændrer, hvad beslutningen siger.',
        });
      }
    }
  }
  for (const e of archive.followUps) {
    const f = e.data;
    f.owners.forEach((o, i) => claim(e, ['owners', i, 'id'], o.id, o.basis, ['owners', i, 'basis']));
    const section = f.source === 'videre proces' ? 'videre-proces' : 'referat';
    const paragraphs = (sectionsOf(f.meeting) ?? []).filter((s) => s.item === f.item && s.section === section).flatMap((s) => s.paragraphs);
    quote(e, ['text'], f.text, paragraphs, 'sentences', `referatet af ${f.meeting}, pkt. ${f.item}, ${section}`);
  }
  for (const e of archive.matters) {
    const m = e.data;
    for (const field of matterClaims) fieldClaim(e, [], m.basis, field, m[field]);
    m.events.forEach((ev, i) => quotedClaim(e, 'events', i, 'text', ev.text, ev.basis, 'sentences'));
    m.figures.forEach((f, i) => quotedClaim(e, 'figures', i, 'wording', f.wording, f.basis, 'fragment'));
    problems.push(...checkFigures(e));
  }
  // Sources that are not claim bases (statuses, approvals, corrections, an organisation's names
  // and history): the integrity rules check that their meeting and item exist and are published
  // (src/lib/integrity.ts); the section and paragraph are checked here, counted as for claims, so
  // a status that cites a paragraph links to one that is there.
  const otherSource = (entry: Entry<unknown>, path: Path, ref: SourceRef) => {
    const meeting = ref.meeting !== undefined ? meetings.get(ref.meeting) : undefined;
    if (!meeting || (ref.item !== undefined && !meeting.data.agenda.some((a) => a.number === ref.item))) return;
    sourceExists(entry, path, ref);
  };
  for (const e of archive.meetings) {
    e.data.statusHistory.forEach((h, i) => otherSource(e, ['statusHistory', i, 'source'], h.source));
    if (e.data.approved) otherSource(e, ['approved', 'source'], e.data.approved.source);
    e.data.corrections.forEach((c, i) => otherSource(e, ['corrections', i, 'decidedAt'], c.decidedAt));
  }
  for (const e of archive.followUps) e.data.statusHistory.forEach((h, i) => otherSource(e, ['statusHistory', i, 'source'], h.source));
  for (const e of archive.organisations) {
    e.data.formerNames.forEach((n, i) => otherSource(e, ['formerNames', i, 'source'], n.source));
    e.data.history.forEach((h, i) => otherSource(e, ['history', i, 'source'], h.source));
  }
  for (const e of archive.programmes) {
    const p = e.data;
    p.amendments.forEach((a, i) => quotedClaim(e, 'amendments', i, 'text', a.text, a.basis, 'sentences'));
    p.versions.forEach((v, i) => quotedClaim(e, 'versions', i, 'text', v.text, v.basis, 'sentences', ['stage', v.stage]));
    const ranking = p.ranking ? archive.decisions.find((d) => d.id === p.ranking) : undefined;
    if (p.rankingRemark && ranking) {
      const paragraphs = (sectionsOf(ranking.data.meeting) ?? []).filter((s) => s.item === ranking.data.item).flatMap((s) => s.paragraphs);
      quote(e, ['rankingRemark'], p.rankingRemark, paragraphs, 'fragment', `referatet af ${ranking.data.meeting}, pkt. ${ranking.data.item}`);
    }
  }
  return problems;
}

/** True when `quote` stands in `paragraph` as the kind of quote it is. */
export function quoteFits(quote: string, paragraph: string, kind: QuoteKind): boolean {
  for (let at = paragraph.indexOf(quote); at >= 0; at = paragraph.indexOf(quote, at + 1)) {
    if (kind === 'fragment') return true;
    const end = at + quote.length;
    const startsSentence = at === 0 || /[.!?:]\s$/.test(paragraph.slice(0, at));
    const endsSentence = end === paragraph.length || (/[.!?]$/.test(quote) && paragraph[end] === ' ');
    if (startsSentence && endsSentence) return true;
  }
  return false;
}

/** "referatet af 2025-11-18, pkt. 2, referat, afsnit 5": a reference in a check message. */
function describeRef(ref: SourceRef): string {
  return [`referatet af ${ref.meeting}`, ref.item !== undefined && `pkt. ${ref.item}`, ref.section, ref.paragraph !== undefined && `afsnit ${ref.paragraph}`]
    .filter(Boolean).join(', ');
}

/**
 * How many paragraphs the part of the meeting a reference names has (undefined: no paragraph
 * count applies), or a message saying why the part does not exist.
 */
function paragraphCount(meeting: Entry<Meeting>, ref: SourceRef, sections: SectionParagraphs[] | undefined): number | string | undefined {
  const m = meeting.data;
  const numbers = m.agenda.map((a) => a.number);
  if (ref.item !== undefined && !numbers.includes(ref.item)) return `mødet ${meeting.id} har intet dagsordenspunkt nr. ${ref.item} (gyldige: ${numbers.join(', ') || 'ingen'})`;
  if (!ref.section) return undefined;
  const whole = sourceParagraphCounts(m);
  if (ref.section in whole) {
    if (ref.item !== undefined) return `${ref.section} hører til hele referatet, ikke til et punkt; slet item`;
    const n = whole[ref.section as keyof typeof whole];
    return n > 0 ? n : `referatet af ${meeting.id} har ingen del "${ref.section}"`;
  }
  if (ref.item === undefined) return `section: ${ref.section} kræver item (punktets nummer)`;
  if (!sections) return undefined;
  const section = sections.find((s) => s.item === ref.item && s.section === ref.section);
  if (!section) {
    const has = sections.filter((s) => s.item === ref.item).map((s) => s.section);
    return `pkt. ${ref.item} på mødet ${meeting.id} har intet afsnit "${ref.section}" (det har: ${has.join(', ') || 'ingen afsnit'})`;
  }
  return section.paragraphs.length;
}

/** A matter's figures: each amount as its wording writes it, and parts that add up to their total. */
function checkFigures(e: Entry<Matter>): Problem[] {
  const out: Problem[] = [];
  const figures = e.data.figures;
  const at = (i: number, field: string) => e.lineOf?.(['figures', i, field]);
  figures.forEach((f, i) => {
    const written = parseDanishNumber(f.wording);
    if (written === undefined || written !== f.amount || !f.wording.includes(f.unit)) {
      out.push({ file: e.file, line: at(i, 'amount'), field: fieldName(['figures', i, 'amount']), value: f.amount,
        message: `beløbet ${formatDanishNumber(f.amount)} ${f.unit} passer ikke med ordlyden "${f.wording}"`,
        fix: 'Skriv amount som tallet i wording med punktum som decimaltegn (15,42 → 15.42; 60.000 → 60000), og unit som enheden, som den står i wording.' });
    }
    if (f.partOf && !figures.some((t) => t.id === f.partOf)) {
      out.push({ file: e.file, line: at(i, 'partOf'), field: fieldName(['figures', i, 'partOf']), value: f.partOf,
        message: `sagen har intet tal med id "${f.partOf}"`, fix: suggest(f.partOf, figures.flatMap((t) => (t.id ? [t.id] : []))) });
    }
  });
  figures.forEach((total, i) => {
    const parts = figures.filter((f) => total.id !== undefined && f.partOf === total.id);
    if (parts.length === 0) return;
    if (parts.some((p) => p.unit !== total.unit)) {
      out.push({ file: e.file, line: at(i, 'unit'), field: fieldName(['figures', i, 'unit']), value: total.unit,
        message: 'delene af tallet har en anden enhed end tallet selv', fix: 'Skriv delene i samme enhed som det samlede tal.' });
      return;
    }
    // The total is as precise as it is written: "16,8" stands for every sum that rounds to 16.8.
    const decimals = decimalsWritten(total.wording);
    const sum = parts.reduce((s, p) => s + p.amount, 0);
    if (Math.abs(Number(sum.toFixed(decimals)) - total.amount) > 1e-9) {
      out.push({ file: e.file, line: at(i, 'amount'), field: fieldName(['figures', i, 'amount']), value: total.amount,
        message: `delene giver ${formatDanishNumber(sum)} ${total.unit}, men tallet er ${total.wording}`,
        fix: 'Tjek tallene mod referatet. Skriver referatet selv tal, der ikke går op, så skriv det som en note og fjern partOf fra delene.' });
    }
  });
  return out;
}
