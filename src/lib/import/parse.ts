import { findClockSpan, findDanishDate, parseClock, parseNumericDate } from './text.ts';
import type { ItemSectionType } from '../../schemas/index.ts';

/**
 * Reads the text of minutes written in Danske Regioner's template (see the source document
 * ../shared/kilder/referat-2025-11-18.txt) into a structure, without knowing anything about the
 * archive's content: names stay names here; import/build.ts turns them into ids.
 *
 * The text is "lightly marked" plain text: one paragraph per line, list items starting with "- "
 * or "1. ", **bold**, *italic*, [links](…) and "#" headings. That is what the source .txt uses and
 * what import/html-to-text.ts makes of a Word document.
 */

/** A block of running text inside an item, in the order of the source. */
export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'heading'; text: string }
  | { kind: 'list'; ordered: boolean; items: ListItem[] };

export interface ListItem {
  /** "-" or the number as written ("1."). */
  marker: string;
  /** Leading spaces of a nested item. */
  indent: string;
  text: string;
}

export interface ParsedAgendaLine {
  number: number;
  /** The title as the Dagsorden writes it, including "v/…". */
  title: string;
  start?: string;
  end?: string;
  /** Names after "v/", split at "," and " og " (may include titles and organisations). */
  presenterNames: string[];
}

export interface ParsedAttendee {
  /** The line as written, for messages. */
  line: string;
  name: string;
  organisationName?: string;
  label?: string;
}

export type AttendanceGroup = 'present' | 'secretariat' | 'absent' | 'guests';

export interface ParsedSection {
  type: ItemSectionType;
  blocks: Block[];
}

export interface ParsedItem {
  number: number;
  /** The heading of the item in the minutes' text (may differ from the Dagsorden). */
  title: string;
  /** Text between the heading and the first section (e.g. "Ingen punkter."). */
  intro: Block[];
  sections: ParsedSection[];
  attachments: Array<{ number: number; title: string }>;
}

/** Text the parser could not place, with where it stood in the source. */
export interface Unplaced {
  where: string;
  lines: string[];
}

export interface ParsedMinutes {
  header: {
    documentType?: string;
    publisherName?: string;
    title: string;
    documentDate?: string;
    caseNumber?: string;
    documentNumber?: string;
    authorName?: string;
  };
  /** The meeting itself, read from the title line. */
  date: string;
  start?: string;
  end?: string;
  form?: 'virtuelt' | 'fysisk';
  agenda: ParsedAgendaLine[];
  attendance: { heading?: string } & Record<AttendanceGroup, ParsedAttendee[]>;
  items: ParsedItem[];
  unplaced: Unplaced[];
  /** Notices for the review report (not errors): things the parser did on its own judgement. */
  notices: string[];
}

/** The text is not minutes in the template, or lacks what every draft needs. Nothing is written. */
export class NotMinutesError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NotMinutesError';
  }
}

const SECTION_HEADINGS: Record<string, ItemSectionType> = {
  indstilling: 'indstilling',
  referat: 'referat',
  sagsfremstilling: 'sagsfremstilling',
  'videre proces': 'videre-proces',
  bilag: 'bilag',
};

const ITEM_LINE = /^Pkt\.?\s*(\d+)\s*(?:\t|\s)\s*(.+)$/i;
const BULLET = /^(\s*)(?:[-*•·–])\s+(.*)$/;
// CommonMark reads at most nine digits as a list number.
const ORDERED = /^(\s*)(\d{1,9}[.)])\s+(.*)$/;
const MONTH_START = /^(januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december)\b/i;
const HEADING = /^(#{1,6})\s+(.*)$/;

/** The line without heading marks and without emphasis around the whole line: what it says. */
function plain(line: string): string {
  let s = line.trim().replace(/^#{1,6}\s+/, '');
  for (;;) {
    const m = /^(\*\*|\*|__|_)(.+)\1$/.exec(s);
    if (!m) break;
    s = m[2].trim();
  }
  return s;
}

function sectionOf(line: string): ItemSectionType | undefined {
  const key = plain(line).replace(/:$/, '').trim().toLowerCase().replace(/\s+/g, ' ');
  return SECTION_HEADINGS[key];
}

function listItemOf(line: string): { ordered: boolean; item: ListItem } | undefined {
  const b = BULLET.exec(line);
  if (b) return { ordered: false, item: { marker: '-', indent: b[1], text: b[2].trim() } };
  const o = ORDERED.exec(line);
  // "1. december …" at the start of a paragraph is a date, not a numbered list.
  if (o && !MONTH_START.test(o[3])) return { ordered: true, item: { marker: o[2].replace(')', '.'), indent: o[1], text: o[3].trim() } };
  return undefined;
}

/**
 * Lines → blocks. List items of one kind form one list even across blank lines (Word's plain-text
 * export often puts one there). A short line ending without a full stop that introduces a list is
 * a sub-heading when it carries a letter label ("A: Proces …", "D: Jura:") or directly follows
 * the list of such a label (the next label in the run, e.g. "Øvrige generelle ændringsforslag:").
 */
export function toBlocks(lines: string[]): Block[] {
  const blocks: Block[] = [];
  for (const raw of lines) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '') continue;
    const li = listItemOf(line);
    if (li) {
      const last = blocks[blocks.length - 1];
      if (last?.kind === 'list' && last.ordered === li.ordered) last.items.push(li.item);
      else blocks.push({ kind: 'list', ordered: li.ordered, items: [li.item] });
      continue;
    }
    const h = HEADING.exec(line.trim());
    if (h) blocks.push({ kind: 'heading', text: h[2].trim() });
    else blocks.push({ kind: 'paragraph', text: line.trim() });
  }
  // In a run of labelled lists ("A: …" list, "D: …" list, …) a short line before the next list is
  // its label too; any other paragraph ends the run.
  let inRun = false;
  return blocks.map((b, i): Block => {
    if (b.kind !== 'paragraph') return b;
    const next = blocks[i + 1];
    const prev = blocks[i - 1];
    const text = plain(b.text); // "**A: Proces**" in Word is the same label
    const short = text.length <= 100 && !/[.!?]$/.test(text);
    const labelled = /^[A-ZÆØÅ]\s*[:.)-]\s+\S/.test(text);
    if (short && next?.kind === 'list' && (labelled || (inRun && prev?.kind === 'list'))) {
      inRun = true;
      return { kind: 'heading', text };
    }
    inRun = false;
    return b;
  });
}

/** "Velkomst v/forperson Ole Halfdan Larsen" → ["forperson Ole Halfdan Larsen"]. */
export function presenterNamesOf(title: string): string[] {
  const i = title.search(/\bv\/\s*/i);
  if (i < 0) return [];
  return title.slice(i).replace(/^v\/\s*/i, '')
    .split(/\s*,\s*|\s+og\s+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

function parseAgendaLine(line: string): ParsedAgendaLine | undefined {
  const m = ITEM_LINE.exec(plain(line));
  if (!m) return undefined;
  const cells = m[2].split('\t').map((c) => c.trim()).filter(Boolean);
  let title = cells.join(' ');
  let start: string | undefined;
  let end: string | undefined;
  const span = /\s*(?:kl\.\s*)?(\d{1,2}[.:]\d{2})\s*[-–]\s*(\d{1,2}[.:]\d{2})\s*$/.exec(title);
  if (span) {
    start = parseClock(span[1]);
    end = parseClock(span[2]);
    if (start && end) title = title.slice(0, span.index).trim();
    else start = end = undefined;
  }
  return { number: Number(m[1]), title, start, end, presenterNames: presenterNamesOf(title) };
}

function parseAttendee(text: string, line: string): ParsedAttendee {
  let rest = text.trim();
  let label: string | undefined;
  const lm = /\s*\(([^)]+)\)\s*$/.exec(rest);
  if (lm) {
    label = lm[1].trim();
    rest = rest.slice(0, lm.index).trim();
  }
  const comma = rest.indexOf(',');
  if (comma < 0) return { line, name: rest, label };
  return { line, name: rest.slice(0, comma).trim(), organisationName: rest.slice(comma + 1).trim() || undefined, label };
}

function attendanceHeading(line: string): { group: AttendanceGroup; heading?: string } | undefined {
  const text = line.trim().replace(/^#{1,6}\s+/, '').replace(/^(\*\*|__)(.*?)\1/, '$2');
  const m = /^(deltagere|sekretariatet|sekretariat|afbud|gæster|øvrige deltagere|oplægsholdere)\b\s*:?\s*(.*)$/i.exec(text);
  if (!m) return undefined;
  const word = m[1].toLowerCase();
  const rest = m[2].replace(/^[*_]+|[*_]+$/g, '').replace(/:$/, '').trim();
  const group: AttendanceGroup = word === 'deltagere' ? 'present'
    : word.startsWith('sekretariat') ? 'secretariat'
      : word === 'afbud' ? 'absent' : 'guests';
  // Only a heading with nothing after it, or the participant list's own heading ("Deltagere: Fagligt råd").
  if (rest && group !== 'present') return undefined;
  return { group, heading: rest || undefined };
}

function parseHeader(lines: string[], unplaced: Unplaced[]): ParsedMinutes['header'] & { date?: string } {
  const caps: string[] = [];
  const header: ParsedMinutes['header'] & { date?: string } = { title: '' };
  const left: string[] = [];
  for (const raw of lines) {
    const line = plain(raw);
    if (!line) continue;
    if (/^[A-ZÆØÅ][A-ZÆØÅ &-]+$/.test(line)) caps.push(line);
    else if (!header.documentDate && parseNumericDate(line)) header.documentDate = parseNumericDate(line);
    else if (!header.caseNumber && /^[A-Z]{2,5}-\d{4}-\d+$/.test(line)) header.caseNumber = line;
    else if (!header.documentNumber && /^\d{4,}$/.test(line)) header.documentNumber = line;
    else if (!header.title && findDanishDate(line)) {
      header.title = line;
      header.date = findDanishDate(line);
    } else left.push(line);
  }
  if (caps.length > 0) header.documentType = caps[0];
  if (caps.length > 1) header.publisherName = caps.slice(1).join(' ');
  const NAME = /^\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+){1,4}$/u;
  const authorIndex = left.findIndex((l) => NAME.test(l));
  if (authorIndex >= 0) header.authorName = left.splice(authorIndex, 1)[0];
  if (left.length > 0) unplaced.push({ where: 'Dokumentets hoved (før Dagsorden)', lines: left });
  return header;
}

const wordsOf = (s: string) => s.toLowerCase().split(/[\s,.:;()]+/).filter(Boolean);

/**
 * "Pkt. 3 Orientering om …" starts item 3, but a sentence such as "Pkt. 3 udgik." does not: when
 * there is a Dagsorden, at least half the heading's words must stand in that item's agenda title
 * (the two are often worded a little differently, e.g. "Mundtlig status fra NGC …").
 */
function looksLikeHeading(number: number, title: string, agenda: ParsedAgendaLine[]): boolean {
  if (agenda.length === 0) return true;
  const a = agenda.find((x) => x.number === number);
  if (!a) return false;
  const known = new Set(wordsOf(a.title));
  const words = wordsOf(title);
  return words.filter((w) => known.has(w)).length * 2 >= words.length;
}

/** Normalise line ends, non-breaking spaces and trailing blanks; keep tabs (they separate columns). */
function linesOf(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[\u00A0\u202F]/g, ' ')
    .split('\n').map((l) => l.replace(/[ \t]+$/, ''));
}

/** Parse the text of minutes. Throws NotMinutesError (in Danish) when it is not minutes. */
export function parseMinutes(text: string): ParsedMinutes {
  const lines = linesOf(text);
  if (lines.every((l) => l.trim() === '')) throw new NotMinutesError('Filen er tom – der er ingen tekst at importere.');
  const unplaced: Unplaced[] = [];
  const notices: string[] = [];

  const agendaAt = lines.findIndex((l) => /^dagsorden:?$/i.test(plain(l)));
  const firstPkt = lines.findIndex((l) => ITEM_LINE.test(plain(l)));
  const firstAttendance = lines.findIndex((l) => attendanceHeading(l) !== undefined);
  const headerEnd = [agendaAt, firstAttendance, firstPkt].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), lines.length);
  if (firstPkt < 0) {
    throw new NotMinutesError(
      'Filen ligner ikke et referat: der er ingen linjer, der begynder med "Pkt. 1", "Pkt. 2" osv. ' +
      'Importen læser referater skrevet i Danske Regioners skabelon (NOTAT, titel med mødets dato, Dagsorden, Deltagere, Pkt. 1 …). Intet er skrevet.',
    );
  }
  const header = parseHeader(lines.slice(0, headerEnd), unplaced);
  if (!header.date) {
    throw new NotMinutesError(
      'Mødets dato blev ikke fundet: før "Dagsorden" skal der stå en titel med datoen skrevet som i skabelonen, ' +
      'fx "Referat fra møde i fagligt råd for genomisk medicin 18. november 2025 kl. 10.00-13.00 (virtuelt møde)". Intet er skrevet.',
    );
  }
  const span = findClockSpan(header.title);
  const form = /virtuel/i.test(header.title) ? 'virtuelt' : /fysisk/i.test(header.title) ? 'fysisk' : undefined;

  const agenda: ParsedAgendaLine[] = [];
  const attendance: ParsedMinutes['attendance'] = { present: [], secretariat: [], absent: [], guests: [] };
  const items: ParsedItem[] = [];

  let i = headerEnd;
  // The Dagsorden: "Pkt. N<TAB>title<TAB>hh.mm-hh.mm" lines until the first other line.
  if (i === agendaAt) {
    i++;
    const stray: string[] = [];
    for (; i < lines.length; i++) {
      const line = lines[i];
      if (line.trim() === '') continue;
      const a = parseAgendaLine(line);
      if (!a) {
        if (attendanceHeading(line)) break;
        stray.push(plain(line));
        continue;
      }
      // A number that does not go up starts the items (minutes without participant list).
      if (agenda.length > 0 && a.number <= agenda[agenda.length - 1].number) break;
      agenda.push(a);
    }
    if (stray.length > 0) unplaced.push({ where: 'Dagsorden', lines: stray });
  }

  // Deltagere, Sekretariatet, Afbud (and guests) until the first item heading.
  let group: AttendanceGroup | undefined;
  const strayAttendance: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i];
    if (line.trim() === '') continue;
    if (ITEM_LINE.test(plain(line))) break;
    const h = attendanceHeading(line);
    if (h) {
      group = h.group;
      if (h.heading) attendance.heading = h.heading;
      continue;
    }
    const li = listItemOf(line);
    if (li && group) attendance[group].push(parseAttendee(li.item.text, line.trim()));
    else strayAttendance.push(line.trim());
  }
  if (strayAttendance.length > 0) unplaced.push({ where: 'Deltagere og afbud', lines: strayAttendance });

  // The items: "Pkt. N title", then sections under their headings.
  let item: ParsedItem | undefined;
  let section: { type: ItemSectionType; lines: string[] } | undefined;
  let introLines: string[] = [];
  const finishItem = () => {
    if (!item) return;
    item.intro = toBlocks(introLines);
    introLines = [];
  };
  const sectionLines = new Map<ParsedItem, Array<{ type: ItemSectionType; lines: string[] }>>();
  for (; i < lines.length; i++) {
    const line = lines[i];
    const heading = ITEM_LINE.exec(plain(line));
    if (heading && (!item || Number(heading[1]) > item.number) && looksLikeHeading(Number(heading[1]), heading[2], agenda)) {
      finishItem();
      item = { number: Number(heading[1]), title: heading[2].replace(/\t+/g, ' ').trim(), intro: [], sections: [], attachments: [] };
      items.push(item);
      sectionLines.set(item, []);
      section = undefined;
      continue;
    }
    if (!item) continue;
    const type = sectionOf(line);
    if (type) {
      const list = sectionLines.get(item)!;
      const existing = list.find((s) => s.type === type);
      if (existing) notices.push(`Pkt. ${item.number} har overskriften "${plain(line)}" to gange; teksten er lagt sammen i ét afsnit.`);
      section = existing ?? { type, lines: [] };
      if (!existing) list.push(section);
      continue;
    }
    if (section) section.lines.push(line);
    else introLines.push(line);
  }
  finishItem();

  for (const it of items) {
    for (const s of sectionLines.get(it)!) {
      if (s.type === 'bilag') {
        const stray: string[] = [];
        for (const line of s.lines) {
          if (line.trim() === '') continue;
          const text = listItemOf(line)?.item.text ?? line.trim();
          const m = /^Bilag\s+(\d+)\s*[:.–-]\s*(.+)$/i.exec(plain(text));
          if (m) it.attachments.push({ number: Number(m[1]), title: m[2].trim() });
          else stray.push(line.trim());
        }
        if (stray.length > 0) unplaced.push({ where: `Pkt. ${it.number}, Bilag`, lines: stray });
        if (it.attachments.length > 0) it.sections.push({ type: 'bilag', blocks: [] });
        continue;
      }
      const blocks = toBlocks(s.lines);
      if (blocks.length > 0) it.sections.push({ type: s.type, blocks });
      else notices.push(`Pkt. ${it.number}: afsnittet "${s.type}" er tomt i kilden og er udeladt.`);
    }
  }

  return {
    header: {
      documentType: header.documentType,
      publisherName: header.publisherName,
      title: header.title,
      documentDate: header.documentDate,
      caseNumber: header.caseNumber,
      documentNumber: header.documentNumber,
      authorName: header.authorName,
    },
    date: header.date,
    start: span?.start,
    end: span?.end,
    form,
    agenda,
    attendance,
    items,
    unplaced,
    notices,
  };
}
