import type { Entry } from './archive-types.ts';
import type { Body, Meeting, Person, Membership } from '../schemas/index.ts';
import { isRealIsoDate } from '../schemas/common.ts';
import { membershipCovers, isBodyRole } from './people.ts';
import { formatDate, isoWeek } from './dates.ts';
import { PLACEHOLDER } from './publishing-rules.ts';
import { nearest } from './problems.ts';

/**
 * The scaffold behind `npm run ny-moede`: the file for the next meeting of a body on a date, with
 * an agenda skeleton, the attendance pre-filled from the body's memberships on that date, empty
 * typed sections for each item, the status left "ukendt" until the secretariat writes the planned
 * status with its source (the template shows how), and draft: true so nothing is published before
 * the secretariat removes that line. Pure: it gets the archive's data and returns the text; the
 * command line (scripts/ny-moede.ts) reads content/ and writes the file.
 */

export interface ScaffoldRequest {
  /** Id of the body, e.g. "fagligt-raad". */
  body: string;
  /** The meeting date, YYYY-MM-DD. */
  date: string;
  /** Folder name (the meeting's id and URL); defaults to the date. */
  id?: string;
  /** Number of agenda items, Velkomst and Eventuelt included; at least 2, default 3. */
  items?: number;
  /** Start and end time, HH:MM. */
  start?: string;
  end?: string;
  /** virtuelt or fysisk. */
  form?: string;
  /** Place of a physical meeting. */
  location?: string;
}

export interface ScaffoldInput {
  bodies: Entry<Body>[];
  people: Entry<Person>[];
  meetings: Entry<Meeting>[];
  /** Every folder name under content/moeder, also those whose moede.mdx cannot be read. */
  takenIds: ReadonlySet<string>;
}

export type ScaffoldResult =
  | { ok: true; id: string; file: string; text: string; present: number; secretariat: number; items: number; notes: string[] }
  | { ok: false; errors: string[] };

export const DEFAULT_ITEMS = 3;
const CLOCK = /^([01]\d|2[0-3]):([0-5]\d)$/;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The item sections the scaffold writes for each item between Velkomst and Eventuelt. */
export const scaffoldSections = ['indstilling', 'referat', 'sagsfremstilling', 'videre-proces'] as const;

export function scaffoldMeeting(input: ScaffoldInput, req: ScaffoldRequest): ScaffoldResult {
  const errors: string[] = [];
  const body = input.bodies.find((b) => b.id === req.body);
  if (!body) {
    const valid = input.bodies.map((b) => `${b.id} (${b.data.name})`).sort().join(', ');
    const close = nearest(req.body, input.bodies.map((b) => b.id), 1)[0];
    errors.push(`Ukendt organ "${req.body}".${close ? ` Mente du ${close}?` : ''} Organerne er: ${valid}.`);
  }
  if (!isRealIsoDate(req.date)) {
    errors.push(/^\d{4}-\d{2}-\d{2}$/.test(req.date)
      ? `Datoen ${req.date} findes ikke i kalenderen. Skriv en dato, der findes, som ÅÅÅÅ-MM-DD, fx 2026-02-03.`
      : `Ugyldig dato "${req.date}". Skriv datoen som ÅÅÅÅ-MM-DD, fx 2026-02-03.`);
  }
  const id = req.id ?? req.date;
  if (req.id !== undefined && (!SLUG.test(req.id) || !req.id.startsWith(req.date))) {
    errors.push(`Ugyldigt id "${req.id}". Id'et bliver mappens navn og mødets adresse: det skal begynde med datoen og må kun have små bogstaver a-z, tal og bindestreger, fx ${req.date}-bestyrelsen.`);
  }
  const items = req.items ?? DEFAULT_ITEMS;
  if (!Number.isInteger(items) || items < 2 || items > 50) {
    errors.push(`Ugyldigt antal punkter "${req.items}". Skriv et helt tal fra 2 til 50 (Velkomst og Eventuelt tæller med).`);
  }
  for (const [name, value] of [['--start', req.start], ['--slut', req.end]] as const) {
    if (value !== undefined && !CLOCK.test(value)) errors.push(`Ugyldigt klokkeslæt ${name} "${value}". Skriv TT:MM, fx 10:00.`);
  }
  if (req.start && req.end && CLOCK.test(req.start) && CLOCK.test(req.end) && req.end <= req.start) {
    errors.push(`Mødet slutter (${req.end}) før det begynder (${req.start}). Ret --start eller --slut.`);
  }
  if (req.form !== undefined && req.form !== 'virtuelt' && req.form !== 'fysisk') {
    errors.push(`Ugyldig form "${req.form}". Brug virtuelt eller fysisk.`);
  }
  if (errors.length > 0 || !body) return { ok: false, errors };

  // Never overwrite, and never make a second file for a meeting that is already in the archive.
  if (input.takenIds.has(id)) {
    return { ok: false, errors: [
      `Mødet findes allerede: content/moeder/${id}/moede.mdx. Kommandoen overskriver aldrig et møde. `
      + `Ret det eksisterende møde, eller vælg et andet id med --id, fx --id ${req.date}-${req.body}.`,
    ] };
  }
  const sameDay = input.meetings.find((m) => m.data.body === req.body && m.data.date === req.date);
  if (sameDay && req.id === undefined) {
    return { ok: false, errors: [
      `${body.data.shortName} har allerede et møde den ${formatDate(req.date)}: ${sameDay.file}. Ret det møde i stedet. `
      + `Er det virkelig endnu et møde samme dag, så giv det sit eget id med --id, fx --id ${req.date}-ekstra.`,
    ] };
  }

  const notes: string[] = [];
  const week = isoWeek(req.date);
  for (const m of input.meetings) {
    const a = m.data.approximately;
    if (m.data.body === req.body && !m.data.date && a?.year === week.year && a.week === week.week) {
      notes.push(`${m.file} er et planlagt møde i ${body.data.shortName} i samme uge (uge ${week.week}, ${week.year}). `
        + 'Skal det nye møde afløse det, så skriv en note i det gamle om, hvornår mødet blev holdt – slet det ikke, for dets adresse er offentliggjort.');
    }
  }

  const members = membersOn(input.people, req.body, req.date);
  const others = input.people
    .filter((p) => p.data.memberships.some((ms) => ms.body === req.body && (ms.role === 'oplægsholder' || ms.role === 'gæst') && membershipCovers(ms, req.date)))
    .map((p) => p.id);
  if (members.present.length + members.secretariat.length === 0) {
    notes.push(`Ingen i content/personer er medlem af ${req.body} den ${formatDate(req.date)}, så deltagerlisten er tom. Tilføj medlemskaber i personernes filer, eller skriv deltagerne direkte i mødet.`);
  }
  if (others.length > 0) {
    notes.push(`Oplægsholdere og gæster med tilknytning til organet er ikke sat på deltagerlisten: ${others.join(', ')}. Skriv dem under guests, hvis de deltager.`);
  }

  const text = meetingText({ id, body, req, items, members });
  return { ok: true, id, file: `content/moeder/${id}/moede.mdx`, text, present: members.present.length, secretariat: members.secretariat.length, items, notes };
}

interface Attendee { person: string; organisation: string; label?: string }

/** The body's members on a date: forperson first, then members and the secretariat, by name. */
function membersOn(people: Entry<Person>[], body: string, date: string): { present: Attendee[]; secretariat: Attendee[] } {
  const rows: Array<{ person: Entry<Person>; ms: Membership }> = [];
  for (const person of people) {
    const ms = person.data.memberships.find((m) => m.body === body && membershipCovers(m, date) && isBodyRole(m));
    if (ms) rows.push({ person, ms });
  }
  const byName = (a: { person: Entry<Person> }, b: { person: Entry<Person> }) => a.person.data.name.localeCompare(b.person.data.name, 'da');
  const line = ({ person, ms }: { person: Entry<Person>; ms: Membership }): Attendee =>
    ({ person: person.id, organisation: ms.organisation, ...(ms.role === 'forperson' ? { label: 'forperson' } : {}) });
  return {
    present: [
      ...rows.filter((r) => r.ms.role === 'forperson').sort(byName),
      ...rows.filter((r) => r.ms.role === 'medlem').sort(byName),
    ].map(line),
    secretariat: rows.filter((r) => r.ms.role === 'sekretariat').sort(byName).map(line),
  };
}

const q = (s: string) => JSON.stringify(s); // a JSON string is a valid double-quoted YAML string

function attendeeLine(a: Attendee): string {
  return `    - { person: ${a.person}, organisation: ${a.organisation}${a.label ? `, label: ${a.label}` : ''} }`;
}

function meetingText({ id, body, req, items, members }: {
  id: string; body: Entry<Body>; req: ScaffoldRequest; items: number; members: { present: Attendee[]; secretariat: Attendee[] };
}): string {
  const when = formatDate(req.date);
  const optional = (name: string, value: string | undefined, example: string, comment = '') =>
    value !== undefined ? `${name}: ${q(value)}` : `# ${name}: ${q(example)}${comment}`;
  const namedInHeader = members.secretariat[0]?.person ?? PLACEHOLDER;
  const list = (key: string, rows: Attendee[]) => (rows.length ? [`  ${key}:`, ...rows.map(attendeeLine)] : [`  ${key}: []`]);
  const middle = Array.from({ length: items - 2 }, (_, i) => i + 2);

  const frontMatter = [
    '---',
    '# Oprettet med "npm run ny-moede". Vejledning: docs/redaktionsvejledning.md.',
    '# Mødet er et udkast: det kommer ikke på det offentlige websted, før linjen "draft: true" er slettet.',
    `# Skriv den rigtige tekst alle steder, hvor der står ${PLACEHOLDER}. "npm run check" siger til, hvis noget mangler.`,
    'draft: true',
    `body: ${body.id}`,
    `title: ${q(`Møde i ${body.data.name} ${when}`)}`,
    '# Status: planlagt, med dato og kilde (referatet eller mødeplanen, der besluttede mødet). Uden en kilde er status "ukendt".',
    '# Slet "# " foran de to linjer herunder, og skriv mødets id og punktnummer, hvor mødet blev besluttet.',
    '# statusHistory:',
    `#   - { status: planlagt, date: "ÅÅÅÅ-MM-DD", source: { meeting: "ÅÅÅÅ-MM-DD", item: 6, section: referat } }`,
    `date: ${q(req.date)}`,
    optional('start', req.start, '10:00'),
    optional('end', req.end, '13:00'),
    req.form !== undefined ? `form: ${req.form}` : '# form: virtuelt        # virtuelt eller fysisk',
    optional('location', req.location, 'Aarhus', '    # stedet for et fysisk møde'),
    '#',
    '# Når referatet er skrevet: tilføj til statusHistory linjen',
    `#   - { status: afholdt, date: ${q(req.date)}, source: { meeting: ${q(id)}, section: hoved } }`,
    '# slet "# " (havelåge og mellemrum) foran',
    '# publication og de seks linjer under den, og skriv de rigtige værdier fra referatets forside.',
    '# publication:',
    '#   documentType: NOTAT',
    `#   publisher: ${body.data.organisation ?? PLACEHOLDER}`,
    '#   documentDate: "ÅÅÅÅ-MM-DD"',
    '#   caseNumber: EMN-ÅÅÅÅ-NNNNN',
    '#   documentNumber: "NNNNNNN"',
    `#   namedInHeader: ${namedInHeader}`,
    'attendance:',
    `  heading: ${q(body.data.shortName)}`,
    `  # Organets medlemmer ${when} ifølge content/personer. Flyt dem, der meldte afbud, til absent,`,
    '  # og skriv gæster og oplægsholdere, der ikke er medlemmer, under guests.',
    ...list('present', members.present),
    ...list('secretariat', members.secretariat),
    '  absent: []',
    '  guests: []',
    'agenda:',
    '  - number: 1',
    '    title: "Velkomst"',
    ...middle.flatMap((n) => [
      `  - number: ${n}`,
      `    title: ${q(`${PLACEHOLDER}: punktets titel, som dagsordenen skriver den`)}`,
      '    # start: "10:05"',
      '    # end: "10:30"',
      '    presenters: []              # oplægsholdernes id\'er, fx [ole-halfdan-larsen]',
    ]),
    `  - number: ${items}`,
    '    title: "Eventuelt"',
    '---',
  ];

  const section = (n: number, type: string) => [`<Afsnit pkt={${n}} type="${type}">`, '', PLACEHOLDER, '', '</Afsnit>', ''];
  const bodyText = [
    '',
    '<Punkt nr={1} titel="Velkomst"></Punkt>',
    '',
    ...middle.flatMap((n) => [
      `<Punkt nr={${n}} titel=${q(`${PLACEHOLDER}: punktets overskrift i referatet`)}>`,
      '',
      ...scaffoldSections.flatMap((type) => section(n, type)),
      '</Punkt>',
      '',
    ]),
    `<Punkt nr={${items}} titel="Eventuelt">`,
    '',
    PLACEHOLDER,
    '',
    '</Punkt>',
    '',
  ];
  return [...frontMatter, ...bodyText].join('\n');
}
