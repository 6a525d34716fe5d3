import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { createRandom, type Random } from './random.ts';
import { textWriter, SEARCH_WORDS, type TextWriter } from './danish-text.ts';

/**
 * The synthetic archive of the benchmark: N meetings of several bodies over twenty years
 * (2006–2025), written as content/ exactly as the secretariat writes it (meeting MDX with
 * <Punkt>/<Afsnit>/<Bilag>/<Note>, decisions as MDX beside the meeting, follow-ups as YAML,
 * people with memberships valid on the meeting dates, work programmes with focus areas, matters
 * whose history points at agenda items). The real organisations and bodies are copied from the
 * project; a few synthetic bodies are added. Everything else is generated from a seed, so the same
 * N and seed give byte-identical files. The result passes the project's content check.
 */

/**
 * The basis of every synthetic typed claim. An editorial basis is as large as a short source
 * reference and needs no matching paragraph; quotes (decision texts, follow-ups) are real quotes.
 */
const SYNTHETIC_BASIS = { editorial: 'Syntetisk indhold til benchmarken.' };

/** A real organisation or body copied into the synthetic archive, its bases made synthetic: the
 *  meetings the real bases cite are not in the synthetic archive. */
function copyWithSyntheticBases(from: string, to: string): void {
  // An organisation's history and former names cite the real minutes, which the synthetic archive does not hold.
  const { history: _history, formerNames: _formerNames, ...data } = parse(readFileSync(from, 'utf8')) as Record<string, unknown>;
  if (data.basis && typeof data.basis === 'object') {
    data.basis = Object.fromEntries(Object.keys(data.basis).map((k) => [k, SYNTHETIC_BASIS]));
  }
  writeFileSync(to, stringify(data));
}

export interface GenerateOptions {
  /** Number of meetings. */
  meetings: number;
  /** The project whose content/organisationer and content/organer are copied. */
  projectRoot: string;
  /** Where to write the archive (a content/ folder); never the project's own content/. */
  contentDir: string;
  seed?: number;
}

export interface GeneratedArchive {
  contentDir: string;
  counts: {
    meetings: number; decisions: number; followUps: number; people: number; bodies: number;
    organisations: number; matters: number; programmes: number; agendaItems: number;
  };
  /** Ids of all meetings (each has a page /moeder/<id>/). */
  meetingIds: string[];
  /** Number of MDX files (meetings, decisions, programmes): the bare site's page count. */
  mdxFiles: number;
  /** Total bytes of the meetings' MDX bodies (the minutes' text). */
  meetingTextBytes: number;
  /** Words the benchmark searches for; each occurs in the generated text. */
  searchWords: readonly string[];
  /** For each search word, how many meetings' minutes contain it (how common the word is). */
  searchWordMeetings: Record<string, number>;
}

const FIRST_YEAR = 2006;
const LAST_YEAR = 2025;
const DAY = 86_400_000;

const FIRST_NAMES = [
  'Anne', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Marianne', 'Camilla', 'Louise', 'Charlotte', 'Pia',
  'Lone', 'Tina', 'Helle', 'Birgitte', 'Karen', 'Maria', 'Sofie', 'Ida', 'Julie', 'Katrine', 'Signe',
  'Peter', 'Jens', 'Lars', 'Henrik', 'Søren', 'Thomas', 'Michael', 'Niels', 'Rasmus', 'Jesper', 'Morten',
  'Martin', 'Anders', 'Jan', 'Per', 'Klaus', 'Mads', 'Christian', 'Kristian', 'Mikkel', 'Ole', 'Torben',
  'Bjarne', 'Frederik', 'Jakob', 'Kasper', 'Steen', 'Poul', 'Erik', 'Birthe', 'Inger', 'Bente', 'Dorte',
];
const MIDDLE_NAMES = ['Kjær', 'Holm', 'Dam', 'Bach', 'Lund', 'Skov', 'Krogh', 'Bang', 'Vestergaard', 'Friis', 'Juul', 'Høj'];
const LAST_NAMES = [
  'Nielsen', 'Jensen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
  'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Laursen', 'Henriksen',
  'Lund', 'Schmidt', 'Eriksen', 'Holm', 'Kristiansen', 'Clausen', 'Simonsen', 'Svendsen', 'Andreasen',
  'Iversen', 'Jeppesen', 'Mogensen', 'Jacobsen', 'Nissen', 'Lauridsen', 'Kjeldsen', 'Østergaard', 'Bækgaard',
];

/** Bodies added to the real ones, so that the archive spans several kinds of body. */
const SYNTHETIC_BODIES = [
  { id: 'styregruppe-personlig-medicin', name: 'Styregruppen for personlig medicin', shortName: 'Styregruppen', classification: 'styregruppe', reportsTo: 'bestyrelsen' },
  { id: 'arbejdsgruppe-variantklassifikation', name: 'Arbejdsgruppen for variantklassifikation', shortName: 'Variantgruppen', classification: 'arbejdsgruppe', reportsTo: 'fagligt-raad' },
  { id: 'arbejdsgruppe-farmakogenetik', name: 'Arbejdsgruppen for farmakogenetik', shortName: 'Farmakogenetikgruppen', classification: 'arbejdsgruppe', reportsTo: 'fagligt-raad' },
] as const;

/** The body that owns the work programmes (the council, when the project has it). */
const PROGRAMME_BODY = 'fagligt-raad';

interface BodyInfo { id: string; shortName: string; weight: number; seats: Seat[] }
interface Holder { person: string; from?: string; to?: string }
interface Seat { body: string; role: 'forperson' | 'medlem' | 'sekretariat'; organisation: string; holders: Holder[] }
interface PersonInfo { id: string; name: string; memberships: Array<Record<string, unknown>> }
interface MeetingPlan { id: string; body: BodyInfo; date: string; index: number; next?: MeetingPlan }
interface ProgrammePlan { id: string; from: number; to: number; letters: string[]; areaTitles: string[]; approval?: MeetingPlan; matter: string }
interface MatterPlan { id: string; title: string; from: number; to: number; areas: string[]; events: Array<Record<string, unknown>>; responsible: string }

const iso = (t: number) => new Date(t).toISOString().slice(0, 10);
const time = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
const slugify = (s: string) => s.toLowerCase().replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
  .normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

/** YAML with every string quoted: ids such as 2025-11-18 must never turn into dates. */
const yaml = (data: unknown) => stringify(data, { defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', lineWidth: 0 });
const mdx = (frontMatter: unknown, body: string) => `---\n${yaml(frontMatter)}---\n\n${body.trim()}\n`;

function yamlFiles(dir: string): string[] {
  try {
    return readdirSync(dir).filter((n) => n.endsWith('.yaml')).sort();
  } catch {
    return [];
  }
}

export function generateArchive(options: GenerateOptions): GeneratedArchive {
  const { meetings: meetingCount, projectRoot, contentDir, seed = 20251118 } = options;
  if (!Number.isInteger(meetingCount) || meetingCount < 1) throw new Error(`meetings must be a positive whole number, got ${meetingCount}`);
  const random = createRandom(seed);
  const text = textWriter(random);
  const dirs = ['organisationer', 'organer', 'personer', 'moeder', 'arbejdsprogram', 'sager'];
  for (const d of dirs) mkdirSync(join(contentDir, d), { recursive: true });

  // --- Organisations and bodies: the project's real ones, plus synthetic bodies.
  const orgFiles = yamlFiles(join(projectRoot, 'content/organisationer'));
  const bodyFiles = yamlFiles(join(projectRoot, 'content/organer'));
  if (orgFiles.length === 0) throw new Error(`no organisations in ${join(projectRoot, 'content/organisationer')}: the generator copies the real ones`);
  for (const f of orgFiles) copyWithSyntheticBases(join(projectRoot, 'content/organisationer', f), join(contentDir, 'organisationer', f));
  for (const f of bodyFiles) copyWithSyntheticBases(join(projectRoot, 'content/organer', f), join(contentDir, 'organer', f));
  const orgIds = orgFiles.map((f) => f.replace(/\.yaml$/, ''));
  const secretariatOrg = orgIds.includes('danske-regioner') ? 'danske-regioner' : orgIds[0];
  const memberOrgs = orgIds.filter((o) => o !== secretariatOrg);
  const realBodies = bodyFiles.map((f) => ({ id: f.replace(/\.yaml$/, ''), data: parse(readFileSync(join(projectRoot, 'content/organer', f), 'utf8')) as { shortName: string } }));
  const realBodyIds = new Set(realBodies.map((b) => b.id));
  for (const b of SYNTHETIC_BODIES) {
    writeFileSync(join(contentDir, 'organer', `${b.id}.yaml`), yaml({
      name: b.name, shortName: b.shortName, classification: b.classification, organisation: secretariatOrg,
      ...(realBodyIds.has(b.reportsTo) ? { reportsTo: b.reportsTo } : {}),
      basis: { classification: SYNTHETIC_BASIS, organisation: SYNTHETIC_BASIS, ...(realBodyIds.has(b.reportsTo) ? { reportsTo: SYNTHETIC_BASIS } : {}) },
      description: `${b.name} er et organ i det syntetiske arkiv, som benchmarken bygger.`,
      minutesInArchive: true,
    }));
  }
  const bodies: BodyInfo[] = [
    ...realBodies.map((b) => ({ id: b.id, shortName: b.data.shortName, weight: b.id === PROGRAMME_BODY ? 3 : b.id === 'bestyrelsen' ? 2 : 1, seats: [] })),
    ...SYNTHETIC_BODIES.map((b) => ({ id: b.id, shortName: b.shortName, weight: 1, seats: [] })),
  ];

  // --- People: each body has seats; each seat is held by a sequence of people over the years.
  const people: PersonInfo[] = [];
  const usedPersonIds = new Set<string>();
  const newPerson = (): PersonInfo => {
    const name = [random.pick(FIRST_NAMES), ...(random.chance(0.4) ? [random.pick(MIDDLE_NAMES)] : []), random.pick(LAST_NAMES)].join(' ');
    let id = slugify(name);
    for (let n = 2; usedPersonIds.has(id); n++) id = `${slugify(name)}-${n}`;
    usedPersonIds.add(id);
    const person = { id, name, memberships: [] };
    people.push(person);
    return person;
  };
  const start = Date.UTC(FIRST_YEAR, 0, 1);
  const end = Date.UTC(LAST_YEAR, 11, 31);
  let orgTurn = 0;
  for (const body of bodies) {
    const members = body.id === PROGRAMME_BODY ? 13 : body.id === 'bestyrelsen' ? 9 : 7;
    const secretaries = body.id === PROGRAMME_BODY ? 2 : 1;
    for (let s = 0; s < members + secretaries; s++) {
      const role = s === 0 ? 'forperson' : s < members ? 'medlem' : 'sekretariat';
      const organisation = role === 'sekretariat' ? secretariatOrg : memberOrgs[orgTurn++ % memberOrgs.length];
      const seat: Seat = { body: body.id, role, organisation, holders: [] };
      for (let from = start; from <= end;) {
        const to = from + random.int(730, 2920) * DAY;
        const person = newPerson();
        const holder: Holder = { person: person.id, from: from === start ? undefined : iso(from), to: to >= end ? undefined : iso(to) };
        seat.holders.push(holder);
        person.memberships.push({ body: body.id, role, organisation, ...(holder.from ? { from: holder.from } : {}), ...(holder.to ? { to: holder.to } : {}), basis: SYNTHETIC_BASIS });
        from = to + DAY;
      }
      body.seats.push(seat);
    }
  }
  const holderOn = (seat: Seat, date: string) => seat.holders.find((h) => (!h.from || h.from <= date) && (!h.to || date <= h.to))!.person;
  const nameOf = new Map(people.map((p) => [p.id, p.name]));

  // --- Meeting dates: N meetings shared among the bodies by weight, spread over twenty years.
  const totalWeight = bodies.reduce((s, b) => s + b.weight, 0);
  const shares = bodies.map((b) => (meetingCount * b.weight) / totalWeight);
  const perBody = shares.map(Math.floor);
  const byRemainder = shares.map((s, i) => [s - Math.floor(s), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0; k < meetingCount - perBody.reduce((s, n) => s + n, 0); k++) perBody[byRemainder[k][1]]++;
  const plans: MeetingPlan[] = [];
  bodies.forEach((body, b) => {
    const count = perBody[b];
    const slot = (end - start) / Math.max(count, 1);
    const used = new Set<string>();
    let previous: MeetingPlan | undefined;
    for (let i = 0; i < count; i++) {
      let t = start + Math.floor(i * slot + random.next() * slot * 0.6);
      t -= t % DAY;
      for (;;) {
        const weekday = new Date(t).getUTCDay();
        if (weekday !== 0 && weekday !== 6 && !used.has(iso(t))) break;
        t += DAY;
      }
      used.add(iso(t));
      const plan: MeetingPlan = { id: `${iso(t)}-${body.id}`, body, date: iso(t), index: i };
      if (previous) previous.next = plan;
      previous = plan;
      plans.push(plan);
    }
  });
  plans.sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));

  // --- Work programmes (three-year periods) of the council, with lettered focus areas.
  const programmeBody = bodies.find((b) => b.id === PROGRAMME_BODY) ?? bodies[0];
  const programmes: ProgrammePlan[] = [];
  // Three-year periods that line up with the real 2026-2028 programme (which the site's navigation
  // links to), the first covering 2006: 2005-2007, 2008-2010, … 2023-2025, 2026-2028.
  for (let from = 2026 - 3 * Math.ceil((2026 - FIRST_YEAR) / 3); from <= LAST_YEAR + 1; from += 3) {
    const letters = 'ABCDEFGH'.slice(0, random.int(5, 8)).split('');
    const approval = plans.find((p) => p.body === programmeBody && p.date >= `${from - 1}-07-01` && p.date <= `${from}-12-31`);
    programmes.push({ id: `${from}-${from + 2}`, from, to: from + 2, letters, areaTitles: letters.map(() => text.title()), approval, matter: `arbejdsprogram-${from}-${from + 2}` });
  }
  const programmeOf = (year: number) => programmes.find((p) => p.from <= year && year <= p.to);

  // --- Matters: subjects followed across meetings for one to four years.
  const matters: MatterPlan[] = [];
  const matterCount = Math.max(4, Math.round(meetingCount / 6));
  for (let k = 1; k <= matterCount; k++) {
    const title = text.title();
    const from = random.int(FIRST_YEAR, LAST_YEAR);
    const to = Math.min(LAST_YEAR, from + random.int(0, 3));
    const programme = programmeOf(from)!;
    matters.push({
      id: `sag-${String(k).padStart(4, '0')}-${slugify(title).split('-').slice(0, 3).join('-')}`,
      title, from, to, events: [], responsible: random.pick(orgIds),
      areas: random.sample(programme.letters, random.int(0, 2)).map((l) => `${programme.id}/${l}`),
    });
  }
  const mattersByYear = new Map<number, MatterPlan[]>();
  for (const m of matters) for (let y = m.from; y <= m.to; y++) mattersByYear.set(y, [...(mattersByYear.get(y) ?? []), m]);
  const programmeMatters: MatterPlan[] = programmes.map((p) => ({
    id: p.matter, title: `Flerårigt strategisk arbejdsprogram ${p.id}`, from: p.from, to: p.to, areas: [], events: [], responsible: secretariatOrg,
  }));

  // --- Meetings, with their decisions and follow-ups.
  let decisionCount = 0;
  let followUpCount = 0;
  let agendaItems = 0;
  let meetingTextBytes = 0;
  let mdxFiles = 0;
  const searchWordMeetings: Record<string, number> = Object.fromEntries(SEARCH_WORDS.map((w) => [w, 0]));
  const amendments = new Map<string, Array<Record<string, unknown>>>();
  const rankings = new Map<string, { id: string; remark: string }>();
  for (const plan of plans) {
    const year = Number(plan.date.slice(0, 4));
    const programme = programmeOf(year);
    const isApproval = programmes.find((p) => p.approval === plan);
    const dir = join(contentDir, 'moeder', plan.id);
    mkdirSync(join(dir, 'beslutninger'), { recursive: true });
    mkdirSync(join(dir, 'opfoelgning'), { recursive: true });

    // Attendance from the seats held on the day.
    const present: Array<Record<string, string>> = [];
    const absent: Array<Record<string, string>> = [];
    const secretariat: Array<Record<string, string>> = [];
    for (const seat of plan.body.seats) {
      const line = { person: holderOn(seat, plan.date), organisation: seat.organisation };
      if (seat.role === 'sekretariat') secretariat.push(line);
      else if (random.chance(0.12) && present.length + absent.length > 0) absent.push(line);
      else present.push(seat.role === 'forperson' ? { ...line, label: 'formand' } : line);
    }
    if (present.length === 0) present.push(absent.shift()!);

    // The agenda: welcome, five to seven items, any other business.
    const itemCount = random.int(5, 9);
    let clock = random.int(9, 14) * 60;
    const startClock = clock;
    const agenda: Array<Record<string, unknown>> = [];
    const bodyParts: string[] = [];
    let attachmentNo = 0;
    const targetBytes = random.int(10_000, 13_500);
    const middleBudget = targetBytes / (itemCount - 2);
    for (let nr = 1; nr <= itemCount; nr++) {
      const slot = nr === 1 || nr === itemCount ? 5 : random.pick([10, 15, 20, 25, 30, 40]);
      const item: Record<string, unknown> = { number: nr, start: time(clock), end: time(clock + slot) };
      clock += slot;
      agendaItems++;
      if (nr === 1) {
        const chair = present.find((a) => a.label === 'formand') ?? present[0];
        Object.assign(item, { title: `Velkomst og godkendelse af dagsorden v/${nameOf.get(chair.person)}`, presenters: [chair.person] });
        agenda.push(item);
        bodyParts.push(`<Punkt nr={1} titel="Velkomst og godkendelse af dagsorden">\n\n${text.sentence()}\n\n</Punkt>`);
        continue;
      }
      if (nr === itemCount) {
        item.title = 'Eventuelt';
        agenda.push(item);
        bodyParts.push(`<Punkt nr={${nr}} titel="Eventuelt">\n\n${random.chance(0.6) ? 'Ingen punkter.' : text.paragraph()}\n\n</Punkt>`);
        continue;
      }
      const presenter = random.pick(present).person;
      const approvalItem = isApproval && nr === 2 ? isApproval : undefined;
      const title = approvalItem ? `Godkendelse af flerårigt strategisk arbejdsprogram ${approvalItem.id} og prioritering af indsatsområder` : text.title();
      item.title = `${title} v/${nameOf.get(presenter)}`;
      item.presenters = [presenter];
      const areas = approvalItem
        ? approvalItem.letters.map((l) => `${approvalItem.id}/${l}`)
        : programme && random.chance(0.5) ? random.sample(programme.letters, random.int(1, 2)).map((l) => `${programme.id}/${l}`) : [];
      const active = mattersByYear.get(year) ?? [];
      const itemMatters = approvalItem ? [programmeMatters[programmes.indexOf(approvalItem)]] : active.length > 0 && random.chance(0.6) ? [random.pick(active)] : [];
      if (areas.length) Object.assign(item, { areas, basis: { areas: SYNTHETIC_BASIS } });
      if (itemMatters.length) item.matters = itemMatters.map((m) => m.id);
      const attachments = random.chance(0.3) ? Array.from({ length: random.int(1, 2) }, () => ({ number: ++attachmentNo, title: text.title() })) : [];
      if (attachments.length) item.attachments = attachments;
      agenda.push(item);
      for (const m of itemMatters) {
        m.events.push({ date: plan.date, body: plan.body.id, meeting: plan.id, item: nr, reference: `pkt. ${nr}/${plan.date.slice(2, 4)}`, text: text.sentence(), basis: SYNTHETIC_BASIS });
      }

      // The item's sections, about middleBudget bytes in all.
      const hasRecommendation = Boolean(approvalItem) || random.chance(0.75);
      const hasCase = random.chance(0.7);
      const hasNext = random.chance(0.5);
      const sections: string[] = [];
      const section = (type: string, content: string) => sections.push(`<Afsnit pkt={${nr}} type="${type}">\n\n${content.trim()}\n\n</Afsnit>`);
      if (hasRecommendation) {
        const ats = Array.from({ length: random.int(1, 2) }, () => `at ${lowerFirst(plan.body.shortName)} ${lowerFirst(text.sentence())}`);
        section('indstilling', `Det indstilles,\n\n${ats.join('\n\n')}`);
      }
      // Decisions and follow-ups quote the minutes, so their words are written into the sections first.
      const decisions = approvalItem ? 2 : random.chance(0.65) ? 1 : random.chance(0.3) ? 2 : 0;
      const decisionTexts = Array.from({ length: decisions }, () => Array.from({ length: random.int(1, 2) }, () => text.paragraph()));
      const actionSentence = text.sentence();
      const nextText = hasNext ? text.paragraph() : undefined;
      const quoted = [...decisionTexts.flat(), actionSentence];
      const referatBudget = Math.max(200, middleBudget * (hasCase ? 0.45 : 0.8) - Buffer.byteLength(quoted.join('\n\n')));
      section('referat', [body(text, random, referatBudget, true), ...quoted].join('\n\n'));
      if (hasCase) section('sagsfremstilling', body(text, random, middleBudget * 0.4, false));
      if (nextText) section('videre-proces', nextText);
      if (attachments.length) sections.push(`<Bilag pkt={${nr}} />`);
      bodyParts.push(`<Punkt nr={${nr}} titel="${title}">\n\n${sections.join('\n\n')}\n\n</Punkt>`);

      // Decisions: about three in four items decide something; some decide two things.
      const decisionIds: string[] = [];
      for (let d = 0; d < decisions; d++) {
        const id = decisions > 1 ? `${plan.id}-${nr}${'abc'[d]}` : `${plan.id}-${nr}`;
        const ranking = approvalItem && d === 1;
        const kind = ranking ? 'prioritering' : hasRecommendation ? random.pick(['godkendt', 'taget til efterretning', 'besluttet', 'godkendt med ændringer']) : random.pick(['taget til efterretning', 'besluttet']);
        const outcome = !hasRecommendation ? 'uden indstilling' : kind === 'godkendt med ændringer' ? 'med ændringer' : random.chance(0.85) ? 'som indstillet' : 'med ændringer';
        const front: Record<string, unknown> = {
          meeting: plan.id, item: nr, title: text.title(), kind, outcome,
          ...(areas.length ? { areas: random.sample(areas, random.int(1, areas.length)) } : {}),
          basis: { kind: SYNTHETIC_BASIS, outcome: SYNTHETIC_BASIS, ...(areas.length ? { areas: SYNTHETIC_BASIS } : {}), ...(ranking ? { priorities: SYNTHETIC_BASIS } : {}) },
          ...(itemMatters.length ? { matters: itemMatters.map((m) => m.id) } : {}),
        };
        if (ranking) {
          front.priorities = random.sample(approvalItem!.letters, approvalItem!.letters.length).map((l, i) => ({ rank: i + 1, area: `${approvalItem!.id}/${l}` }));
          rankings.set(approvalItem!.id, { id, remark: decisionTexts[d][0].split(' ').slice(0, 8).join(' ') });
        }
        writeFileSync(join(dir, 'beslutninger', `${id}.mdx`), mdx(front, decisionTexts[d].join('\n\n')));
        decisionIds.push(id);
        decisionCount++;
        mdxFiles++;
      }
      if (approvalItem) {
        amendments.set(approvalItem.id, random.sample(approvalItem.letters, random.int(1, 3)).map((area) => ({ area, meeting: plan.id, item: nr, text: text.paragraph(), basis: SYNTHETIC_BASIS })));
      }

      // Follow-ups from Videre proces, and now and then one from the minutes.
      const fromNext = hasNext ? random.int(1, 2) : 0;
      const followUps = fromNext + (decisionIds.length && random.chance(0.2) ? 1 : 0);
      for (let f = 1; f <= followUps; f++) {
        const next = plan.next;
        const closed = next && random.chance(0.9);
        const owner = random.pick([
          { type: 'body', id: plan.body.id }, { type: 'secretariat', id: plan.body.id },
          { type: 'person', id: presenter }, { type: 'organisation', id: random.pick(orgIds) },
        ]);
        const fromNextText = f <= fromNext;
        const followUp: Record<string, unknown> = {
          text: fromNextText ? nextText : actionSentence, owners: [{ ...owner, basis: SYNTHETIC_BASIS }], meeting: plan.id, item: nr,
          source: fromNextText ? 'videre proces' : 'referat',
          ...(decisionIds.length ? { decision: random.pick(decisionIds) } : {}),
          ...(next ? { dueDate: next.date, dueMeeting: next.id } : {}),
          // Open from the meeting that agreed it; closed, when closed, by the next meeting's minutes.
          statusHistory: [
            { status: 'åben', date: plan.date, source: { meeting: plan.id, item: nr, section: f <= fromNext ? 'videre-proces' : 'referat' } },
            ...(closed ? [{ status: random.chance(0.95) ? 'udført' : 'bortfaldet', date: next!.date, source: { meeting: next!.id } }] : []),
          ],
          ...(itemMatters.length ? { matters: itemMatters.map((m) => m.id) } : {}),
        };
        writeFileSync(join(dir, 'opfoelgning', `${plan.id}-${nr}-${f}.yaml`), yaml(followUp));
        followUpCount++;
      }
    }

    const chair = present.find((a) => a.label === 'formand');
    const front: Record<string, unknown> = {
      body: plan.body.id,
      title: `Referat fra møde i ${lowerFirst(plan.body.shortName)} ${plan.date}`,
      statusHistory: [{ status: 'afholdt', date: plan.date, source: { meeting: plan.id, section: 'hoved' } }],
      date: plan.date,
      start: time(startClock),
      end: time(clock),
      form: random.pick(['virtuelt', 'fysisk']),
      publication: {
        documentType: 'NOTAT', publisher: secretariatOrg, documentDate: iso(Date.parse(plan.date) + random.int(3, 60) * DAY),
        caseNumber: `EMN-${year}-${String(random.int(1, 99999)).padStart(5, '0')}`, documentNumber: String(random.int(100000, 9999999)),
        namedInHeader: secretariat[0]?.person ?? present[0].person,
      },
      attendance: { heading: plan.body.shortName, present, secretariat, absent },
      agenda,
      ...(plan.next && random.chance(0.5) ? { approved: { date: plan.next.date, source: { meeting: plan.next.id, item: 1 } } } : {}),
      ...(random.chance(0.1) ? { notes: [text.sentence()] } : {}),
    };
    front.basis = { form: SYNTHETIC_BASIS };
    if (chair && random.chance(0.05)) Object.assign(front, { host: chair.person, basis: { form: SYNTHETIC_BASIS, host: SYNTHETIC_BASIS } });
    const bodyText = bodyParts.join('\n\n');
    meetingTextBytes += Buffer.byteLength(bodyText);
    for (const w of SEARCH_WORDS) if (bodyText.includes(w)) searchWordMeetings[w]++;
    writeFileSync(join(dir, 'moede.mdx'), mdx(front, bodyText));
    mdxFiles++;
  }

  // --- Work programmes and matters, now that the meetings that refer to them are known.
  for (const p of programmes) {
    const approval = p.approval;
    const front: Record<string, unknown> = {
      title: `Flerårigt strategisk arbejdsprogram ${p.id}`, from: p.from, to: p.to, body: programmeBody.id, matter: p.matter,
      areas: p.letters.map((letter, i) => ({ letter, title: p.areaTitles[i], description: text.paragraph() })),
      ...(rankings.has(p.id) ? { ranking: rankings.get(p.id)!.id, rankingRemark: rankings.get(p.id)!.remark } : {}),
      amendments: amendments.get(p.id) ?? [],
      versions: approval ? [
        { stage: 'udkast', date: approval.date, body: programmeBody.id, meeting: approval.id, text: text.sentence(), basis: SYNTHETIC_BASIS },
        { stage: 'godkendt af rådet', date: approval.date, body: programmeBody.id, meeting: approval.id, text: text.sentence(), basis: SYNTHETIC_BASIS },
      ] : [],
    };
    const body = p.letters.map((l, i) => `## ${l}: ${p.areaTitles[i]}\n\n${text.paragraph()}\n\n${text.paragraph()}`).join('\n\n');
    writeFileSync(join(contentDir, 'arbejdsprogram', `${p.id}.mdx`), mdx(front, body));
    mdxFiles++;
  }
  for (const m of [...programmeMatters, ...matters]) {
    const events = m.events.length ? m.events : [{ body: programmeBody.id, text: text.sentence(), basis: SYNTHETIC_BASIS }];
    writeFileSync(join(contentDir, 'sager', `${m.id}.yaml`), yaml({
      title: m.title, summary: text.paragraph(), responsible: [m.responsible], areas: m.areas,
      basis: { responsible: SYNTHETIC_BASIS, ...(m.areas.length ? { areas: SYNTHETIC_BASIS } : {}) },
      figures: random.chance(0.4) ? [figure(random.int(1, 40), random.int(1, 9), text.title())] : [],
      events,
    }));
  }
  for (const p of people) {
    writeFileSync(join(contentDir, 'personer', `${p.id}.yaml`), yaml({ name: p.name, memberships: p.memberships }));
  }

  return {
    contentDir,
    counts: {
      meetings: plans.length, decisions: decisionCount, followUps: followUpCount, people: people.length,
      bodies: bodies.length, organisations: orgIds.length, matters: matters.length + programmeMatters.length,
      programmes: programmes.length, agendaItems,
    },
    meetingIds: plans.map((p) => p.id),
    mdxFiles,
    meetingTextBytes,
    searchWords: SEARCH_WORDS,
    searchWordMeetings,
  };
}

/**
 * A section's text of about `bytes` bytes: paragraphs, now and then a sub-heading, a bullet list
 * or bold words, and (in the minutes only) an editorial <Note>, as the real minutes have them.
 */
/** A synthetic budget figure, "12,3 mio. kr.", as data. */
function figure(whole: number, tenth: number, label: string): Record<string, unknown> {
  return { label, amount: Number(`${whole}.${tenth}`), unit: 'mio. kr.', wording: `${whole},${tenth} mio. kr.`, basis: SYNTHETIC_BASIS };
}

function body(text: TextWriter, random: Random, bytes: number, minutes: boolean): string {
  const parts: string[] = [];
  let size = 0;
  while (size < bytes) {
    const r = random.next();
    let part: string;
    if (r < 0.12) part = `#### ${text.phrase()}`;
    else if (r < 0.27) part = Array.from({ length: random.int(2, 5) }, () => `- ${text.sentence()}`).join('\n');
    else if (r < 0.32) part = `${text.sentence()} **${text.phrase()}** ${text.sentence()}`;
    else if (minutes && r < 0.34) part = `<Note>${text.sentence()}</Note>`;
    else part = text.paragraph();
    parts.push(part);
    size += Buffer.byteLength(part) + 2;
  }
  return parts.join('\n\n');
}
