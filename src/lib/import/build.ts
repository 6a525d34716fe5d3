import type { Attendee } from '../../schemas/index.ts';
import { membershipCovers } from '../people.ts';
import { attendanceGroupLabel } from '../vocabulary.ts';
import { nearest } from '../problems.ts';
import { matchAreas, proposeDecisions, type ProposedDecision } from './decisions.ts';
import { resolveName, resolvePersonWithTitle, type Directory, type ReviewItem } from './directory.ts';
import { NotMinutesError, type AttendanceGroup, type Block, type ParsedItem, type ParsedMinutes, type Unplaced } from './parse.ts';
import { normalizeName } from './text.ts';

/**
 * Structured minutes (names) + the archive's directory → a draft meeting (ids): the front matter
 * as data, the items for the MDX body, proposed decisions, and everything the secretariat must
 * review. Pure: nothing is read or written here.
 */

export interface DraftAgendaItem {
  number: number;
  title: string;
  start?: string;
  end?: string;
  presenters: string[];
  areas: string[];
  matters: string[];
  attachments: Array<{ number: number; title: string }>;
}

/** The meeting's front matter, in the order the hand-made minutes use. */
export interface DraftMeetingData {
  body: string;
  title: string;
  status: 'afholdt';
  date: string;
  /** The original document's file name in original/, when the importer stores it. */
  original?: string;
  start?: string;
  end?: string;
  form?: 'virtuelt' | 'fysisk';
  publication: {
    documentType?: string;
    publisher?: string;
    documentDate?: string;
    caseNumber?: string;
    documentNumber?: string;
    namedInHeader?: string;
  };
  attendance: { heading?: string } & Record<AttendanceGroup, Attendee[]>;
  agenda: DraftAgendaItem[];
  notes: string[];
  draft: true;
}

export interface Draft {
  meetingId: string;
  meeting: DraftMeetingData;
  items: ParsedItem[];
  decisions: ProposedDecision[];
  unplaced: Unplaced[];
  review: ReviewItem[];
}

export interface BuildOptions {
  /** Id of the body whose meeting this is; found from the title when left out. */
  body?: string;
  /** File name the original document is stored under in the meeting's original/ folder. */
  original?: string;
}

/** The note on every imported meeting: it tells the reviewer what to do before publishing. */
const MEETING_REVIEW_NOTE =
  'KLADDE FRA IMPORT – skal gennemgås: tjek dagsorden, deltagere, afsnit og de foreslåede beslutninger mod Word-dokumentet. ' +
  'Fjern denne note og draft: true, når referatet er klar til at blive offentliggjort.';

function findBody(title: string, directory: Directory, given: string | undefined): string {
  if (given) {
    if (directory.bodies.some((b) => b.id === given)) return given;
    throw new NotMinutesError(`Organet "${given}" findes ikke i content/organer. Mente du: ${nearest(given, directory.bodies.map((b) => b.id)).join(', ')}? Intet er skrevet.`);
  }
  const t = normalizeName(title);
  const hits = directory.bodies
    .filter((b) => t.includes(normalizeName(b.name)) || t.includes(normalizeName(b.shortName)))
    .sort((a, b) => b.name.length - a.name.length);
  if (hits.length === 0) {
    throw new NotMinutesError(`Titlen nævner intet organ, som arkivet kender ("${title}"). Angiv organet med --organ, fx --organ ${directory.bodies[0]?.id ?? 'fagligt-raad'}. Intet er skrevet.`);
  }
  return hits[0].id;
}

/** Meetings of a body whose minutes the archive holds are named by date; others get the body's id too. */
function meetingIdFor(date: string, body: string, directory: Directory): string {
  return directory.bodies.find((b) => b.id === body)?.minutesInArchive ? date : `${date}-${body}`;
}

export function buildDraft(parsed: ParsedMinutes, directory: Directory, options: BuildOptions = {}): Draft {
  const review: ReviewItem[] = parsed.notices.map((message) => ({ where: 'Struktur', message }));
  const body = findBody(parsed.header.title, directory, options.body);
  const meetingId = meetingIdFor(parsed.date, body, directory);

  const person = (name: string, where: string, withTitle = false): string => {
    const r = withTitle ? resolvePersonWithTitle(name, directory) : resolveName(name, 'person', directory);
    if (r.status !== 'found') review.push({ where, message: r.message });
    return r.id;
  };
  const organisation = (name: string, where: string): string => {
    const r = resolveName(name, 'organisation', directory);
    if (r.status !== 'found') review.push({ where, message: r.message });
    return r.id;
  };

  // Publication metadata from the header; a missing field is left out (the check names it).
  const h = parsed.header;
  const publication: DraftMeetingData['publication'] = {
    documentType: h.documentType,
    publisher: h.publisherName ? organisation(h.publisherName, 'Dokumentets hoved (udgiver)') : undefined,
    documentDate: h.documentDate,
    caseNumber: h.caseNumber,
    documentNumber: h.documentNumber,
    namedInHeader: h.authorName ? person(h.authorName, 'Dokumentets hoved (navn)') : undefined,
  };
  const missing: Array<[keyof typeof publication, string]> = [
    ['documentType', 'dokumenttypen (fx NOTAT)'], ['publisher', 'udgiveren (fx DANSKE REGIONER)'], ['documentDate', 'dokumentdatoen (dd-mm-åååå)'],
    ['caseNumber', 'sagsnummeret (EMN-…)'], ['documentNumber', 'dokumentnummeret'], ['namedInHeader', 'navnet i dokumentets hoved'],
  ];
  for (const [field, label] of missing) {
    if (!publication[field]) review.push({ where: 'Dokumentets hoved', message: `Fandt ikke ${label}; publication.${field} mangler og skal udfyldes.` });
  }

  // Attendance: names → ids; an attendee without organisation takes it from the membership.
  const attendance: DraftMeetingData['attendance'] = { heading: parsed.attendance.heading, present: [], secretariat: [], absent: [], guests: [] };
  for (const group of ['present', 'secretariat', 'absent', 'guests'] as const) {
    for (const a of parsed.attendance[group]) {
      const where = `${attendanceGroupLabel[group]}: ${a.line}`;
      const pid = person(a.name, where);
      let oid: string;
      if (a.organisationName) oid = organisation(a.organisationName, where);
      else {
        const ms = directory.people.find((p) => p.id === pid)?.memberships.find((m) => m.body === body && membershipCovers(m, parsed.date));
        oid = ms?.organisation ?? 'ukendt-organisation';
        review.push({ where, message: ms ? `Organisationen står ikke i linjen; ${ms.organisation} er taget fra personens medlemskab af ${body}.` : 'Organisationen står ikke i linjen og kunne ikke findes; skriv den i stedet for ukendt-organisation.' });
      }
      attendance[group].push({ person: pid, organisation: oid, ...(a.label ? { label: a.label } : {}) });
    }
  }
  if (attendance.present.length === 0) review.push({ where: 'Deltagere', message: 'Fandt ingen deltagerliste ("Deltagere:" med en linje "- Navn, Organisation" pr. person).' });

  // The agenda: from the Dagsorden, completed by item headings that it lacks.
  const itemsByNumber = new Map(parsed.items.map((i) => [i.number, i]));
  const items = [...parsed.items];
  const agenda: DraftAgendaItem[] = parsed.agenda.map((a) => ({
    number: a.number, title: a.title, start: a.start, end: a.end, presenters: [], areas: [], matters: [], attachments: [],
  }));
  for (const a of parsed.agenda) {
    for (const name of a.presenterNames) {
      // "v/Inge Søkilde, Region Nordjylland": the organisation after the name is not a presenter.
      if (resolveName(name, 'organisation', directory).status === 'found') continue;
      agenda.find((x) => x.number === a.number)!.presenters.push(person(name, `Dagsorden, pkt. ${a.number} (oplægsholder)`, true));
    }
    if (!itemsByNumber.has(a.number)) {
      review.push({ where: `Pkt. ${a.number}`, message: 'Punktet står på dagsordenen, men har ingen overskrift "Pkt. …" i teksten; der er lavet et tomt punkt.' });
      items.push({ number: a.number, title: a.title, intro: [], sections: [], attachments: [] });
    }
  }
  for (const it of parsed.items) {
    const a = agenda.find((x) => x.number === it.number);
    if (!a) {
      review.push({ where: `Pkt. ${it.number}`, message: 'Punktet har en overskrift i teksten, men står ikke på dagsordenen; det er tilføjet dagsordenen uden tidspunkt.' });
      agenda.push({ number: it.number, title: it.title, presenters: [], areas: [], matters: [], attachments: [] });
    } else if (normalizeName(a.title) !== normalizeName(it.title)) {
      review.push({ where: `Pkt. ${it.number}`, message: `Dagsordenens titel og punktets overskrift er forskellige; begge er beholdt som i kilden ("${a.title}" / "${it.title}").` });
    }
  }
  agenda.sort((a, b) => a.number - b.number);
  items.sort((a, b) => a.number - b.number);

  const mattersOf = (n: number) => directory.matters.filter((m) => m.events.some((e) => e.meeting === meetingId && e.item === n)).map((m) => m.id);
  for (const a of agenda) {
    const it = items.find((x) => x.number === a.number)!;
    a.attachments = it.attachments;
    a.matters = mattersOf(a.number);
    const headings = it.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'heading').map((b) => b.text));
    const ranked = it.sections.flatMap((s) => s.blocks.filter((b) => b.kind === 'list' && b.ordered).flatMap((b) => (b.kind === 'list' ? b.items.map((i) => i.text) : [])));
    a.areas = [...new Set(matchAreas([...headings, ...ranked], body, directory, `Pkt. ${a.number}`, [], true).filter((x): x is string => Boolean(x)))].sort();
  }

  for (const it of items) {
    reviewLinks(it.intro, `Pkt. ${it.number}`, review);
    for (const s of it.sections) reviewLinks(s.blocks, `Pkt. ${it.number}, ${s.type}`, review);
  }

  const decisions = proposeDecisions(items, { meetingId, body, directory, mattersOf }, review);

  if (parsed.form === undefined) review.push({ where: 'Titel', message: 'Titlen siger ikke, om mødet var virtuelt eller fysisk; tilføj form: virtuelt eller form: fysisk (med location), hvis det vides.' });
  if (!parsed.start || !parsed.end) review.push({ where: 'Titel', message: 'Titlen har intet tidsrum (fx "kl. 10.00-13.00"); tilføj start og end, hvis de vides.' });
  for (const u of parsed.unplaced) review.push({ where: u.where, message: `${u.lines.length} linje(r) kunne ikke placeres og står under "Tekst som importen ikke kunne placere": ${u.lines.map((l) => `"${l}"`).join(', ')}` });

  return {
    meetingId,
    meeting: {
      body, title: parsed.header.title, status: 'afholdt', date: parsed.date, original: options.original, start: parsed.start, end: parsed.end, form: parsed.form,
      publication, attendance, agenda, notes: [MEETING_REVIEW_NOTE], draft: true,
    },
    items,
    decisions,
    unplaced: parsed.unplaced,
    review,
  };
}

/**
 * Links in the source are never made into links: the importer writes the text exactly as the source
 * has it (mdx.ts escapes the brackets), and the reviewer decides. A link that points nowhere
 * ("[Link til Forms](#)", as Word leaves a link whose target was not published) keeps only its
 * text, as the hand-made minutes do; both are reported.
 */
function reviewLinks(blocks: Block[], where: string, review: ReviewItem[]) {
  const fix = (text: string) => {
    const kept = text.replace(/\[([^\]]+)\]\(\s*#?\s*\)/g, (_, label: string) => {
      review.push({ where, message: `Linket "${label}" peger ingen steder hen i kilden; teksten står uden link. Indsæt adressen, hvis linket skal med.` });
      return label;
    });
    // The address may hold one level of parentheses: [x](javascript:alert(1)).
    for (const m of kept.matchAll(/\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)/g)) {
      review.push({ where, message: `"${m[0]}" står som tekst, præcis som i kilden: importen laver aldrig links. Skal linket med, så skriv det selv, når adressen er tjekket (kun https:, http: eller mailto:).` });
    }
    return kept;
  };
  for (const b of blocks) {
    if (b.kind === 'list') for (const i of b.items) i.text = fix(i.text);
    else b.text = fix(b.text);
  }
}
