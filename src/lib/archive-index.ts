import type { ArchiveData, Entry } from './archive-types.ts';
import type {
  Organisation, Body, Person, Meeting, Decision, WorkProgramme, Matter, FollowUp, FocusArea,
  AgendaItem, Owner, Membership, OrganisationEvent,
} from '../schemas/index.ts';
import { membershipCoversMeeting, isBodyRole } from './people.ts';
import { hasMinutes, meetingSortKey, meetingYear } from './meetings.ts';
import { itemSections } from './sections.ts';
import { push, pushUnique } from './multimap.ts';

/**
 * The cross-reference index: built once from all content, then every page asks it for links in
 * both directions (a decision → its meeting, a meeting item → its decisions, a person → what
 * they attended). Pages never re-scan the collections themselves.
 */

export interface AreaRef {
  id: string;
  programme: Entry<WorkProgramme>;
  area: FocusArea;
}

/** An agenda item together with its meeting. */
export interface ItemRef {
  meeting: Entry<Meeting>;
  item: AgendaItem;
}

/** An amendment to a focus area, as the programme records it. */
export type Amendment = WorkProgramme['amendments'][number];

/** An item's Indstilling (recommendation) as written in the meeting's MDX body. */
export interface Recommendation {
  /** Markdown text of the section. */
  text: string;
  /** 1-based line in the meeting file, for messages. */
  line: number;
}

/** A person on a meeting's participant list: in which group, for which organisation. */
export interface AttendanceRecord {
  meeting: Entry<Meeting>;
  status: 'present' | 'secretariat' | 'absent' | 'guest';
  organisation: string;
}

/** One membership with its person: a body's members, an organisation's representatives. */
export interface MembershipRef {
  person: Entry<Person>;
  membership: Membership;
}

export interface ArchiveIndex {
  data: ArchiveData;
  organisations: Map<string, Entry<Organisation>>;
  bodies: Map<string, Entry<Body>>;
  people: Map<string, Entry<Person>>;
  meetings: Map<string, Entry<Meeting>>;
  decisions: Map<string, Entry<Decision>>;
  followUps: Map<string, Entry<FollowUp>>;
  programmes: Map<string, Entry<WorkProgramme>>;
  matters: Map<string, Entry<Matter>>;
  areas: Map<string, AreaRef>;
  /** Meetings sorted by date (undated planned ones by their year and week), oldest first. */
  meetingsChronological: Entry<Meeting>[];
  /** Year → the year's meetings, oldest first; the map runs newest year first. */
  meetingsByYear: Map<number, Entry<Meeting>[]>;
  /** Body id → the body's meetings, oldest first. */
  meetingsByBody: Map<string, Entry<Meeting>[]>;
  /** The newest meeting whose minutes the archive holds. */
  latestMinutes?: Entry<Meeting>;
  /** Organisations, bodies, people and matters sorted by name (title) the Danish way. */
  organisationsByName: Entry<Organisation>[];
  bodiesByName: Entry<Body>[];
  peopleByName: Entry<Person>[];
  mattersByTitle: Entry<Matter>[];
  /**
   * The programme the site's menu links to: the newest one (by its first year) that the records
   * call approved, by the council or the board; with none approved, the newest. A draft for the
   * next period does not take over the menu; the build's clock plays no part.
   */
  currentProgramme?: Entry<WorkProgramme>;
  /** The bodies whose minutes the archive holds, by id: the archive's publisher (JSON-LD, OParl). */
  bodiesWithMinutes: Entry<Body>[];
  /** Body id → the bodies that report to it. */
  bodiesReportingTo: Map<string, Entry<Body>[]>;
  /** Organisation id → the bodies under it. */
  bodiesByOrganisation: Map<string, Entry<Body>[]>;
  /** Organisation id → the events in other organisations' histories that name it (a merger, a successor). */
  historyNaming: Map<string, Array<{ organisation: Entry<Organisation>; event: OrganisationEvent }>>;
  /** Organisation id → the organisations that are part of it. */
  organisationParts: Map<string, Entry<Organisation>[]>;
  /** Body id → every membership of the body (all periods), chair first, then by name. */
  membershipsByBody: Map<string, MembershipRef[]>;
  /** Organisation id → every membership on its behalf, by person's name. */
  membershipsByOrganisation: Map<string, MembershipRef[]>;
  /** Current status ("åben", "udført", "bortfaldet", "ukendt") → follow-ups, by id. */
  followUpsByStatus: Map<FollowUp['status'], Entry<FollowUp>[]>;
  decisionsByMeeting: Map<string, Entry<Decision>[]>;
  decisionsByItem: Map<string, Entry<Decision>[]>;
  followUpsByItem: Map<string, Entry<FollowUp>[]>;
  followUpsByMeeting: Map<string, Entry<FollowUp>[]>;
  followUpsByDecision: Map<string, Entry<FollowUp>[]>;
  attendanceByPerson: Map<string, AttendanceRecord[]>;
  presentedByPerson: Map<string, Array<{ meeting: Entry<Meeting>; item: number }>>;
  followUpsByOwner: Map<string, Entry<FollowUp>[]>;
  membersByOrganisation: Map<string, Entry<Person>[]>;
  /** Decisions, newest meeting first, then by item number and id. */
  decisionsNewestFirst: Entry<Decision>[];
  /** Area id ("2026-2028/D") → decisions that name the area. */
  decisionsByArea: Map<string, Entry<Decision>[]>;
  /** Matter id → decisions that name the matter. */
  decisionsByMatter: Map<string, Entry<Decision>[]>;
  /** Area id → agenda items that name the area, oldest first. */
  itemsByArea: Map<string, ItemRef[]>;
  /** Matter id → agenda items that name the matter, oldest first. */
  itemsByMatter: Map<string, ItemRef[]>;
  /** Area id → follow-ups whose agenda item or decision names the area. */
  followUpsByArea: Map<string, Entry<FollowUp>[]>;
  /** Matter id → follow-ups that name the matter, or whose decision does. */
  followUpsByMatter: Map<string, Entry<FollowUp>[]>;
  /** Follow-up id → the areas it touches (through its agenda item or decision). */
  areasByFollowUp: Map<string, string[]>;
  /** Follow-up id → the matters it belongs to (its own, and its decision's). */
  mattersByFollowUp: Map<string, string[]>;
  /** Area id → matters that name the area. */
  mattersByArea: Map<string, Entry<Matter>[]>;
  /** Organisation id → matters it is responsible for. */
  mattersByOrganisation: Map<string, Entry<Matter>[]>;
  /** Matter id → work programmes that the matter follows. */
  programmesByMatter: Map<string, Entry<WorkProgramme>[]>;
  /** Area id → the amendments agreed for it. */
  amendmentsByArea: Map<string, Amendment[]>;
  /** Area id → its place in its programme's ranking (the decision named in `ranking`). */
  rankByArea: Map<string, { rank: number; decision: Entry<Decision> }>;
  /** Item key ("2025-11-18#2") → the item's Indstilling, when the minutes have one. */
  recommendationByItem: Map<string, Recommendation>;
}

/** Key of an agenda item: "2025-11-18#2". */
export const itemKey = (meetingId: string, item: number) => `${meetingId}#${item}`;

/** Key of a follow-up owner: "person:ole-halfdan-larsen". */
export const ownerKey = (type: string, id: string) => `${type}:${id}`;

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));

function currentProgramme(programmes: Entry<WorkProgramme>[]): Entry<WorkProgramme> | undefined {
  const newestFirst = [...programmes].sort((a, b) => b.data.from - a.data.from || b.id.localeCompare(a.id));
  const approved = (p: Entry<WorkProgramme>) => p.data.versions.some((v) => v.stage === 'godkendt af rådet' || v.stage === 'godkendt af bestyrelsen');
  return newestFirst.find(approved) ?? newestFirst[0];
}

/** Entries sorted by a name the Danish way (æ, ø, å last). */
const byName = <T>(entries: Entry<T>[], name: (data: T) => string) =>
  [...entries].sort((a, b) => name(a.data).localeCompare(name(b.data), 'da'));

/** Id of a focus area: "2026-2028/D". */
export const areaId = (programmeId: string, letter: string) => `${programmeId}/${letter}`;

export function buildIndex(data: ArchiveData): ArchiveIndex {
  const index: ArchiveIndex = {
    data,
    organisations: byId(data.organisations),
    bodies: byId(data.bodies),
    people: byId(data.people),
    meetings: byId(data.meetings),
    decisions: byId(data.decisions),
    followUps: byId(data.followUps),
    programmes: byId(data.programmes),
    matters: byId(data.matters),
    areas: new Map(),
    meetingsChronological: [...data.meetings].sort((a, b) => meetingSortKey(a.data).localeCompare(meetingSortKey(b.data))),
    meetingsByYear: new Map(),
    meetingsByBody: new Map(),
    organisationsByName: byName(data.organisations, (o) => o.name),
    bodiesByName: byName(data.bodies, (b) => b.name),
    peopleByName: byName(data.people, (p) => p.name),
    mattersByTitle: byName(data.matters, (m) => m.title),
    currentProgramme: currentProgramme(data.programmes),
    bodiesWithMinutes: [...data.bodies].filter((b) => b.data.minutesInArchive).sort((a, b) => a.id.localeCompare(b.id)),
    bodiesReportingTo: new Map(),
    bodiesByOrganisation: new Map(),
    organisationParts: new Map(),
    historyNaming: new Map(),
    membershipsByBody: new Map(),
    membershipsByOrganisation: new Map(),
    followUpsByStatus: new Map(),
    decisionsByMeeting: new Map(),
    decisionsByItem: new Map(),
    followUpsByItem: new Map(),
    followUpsByMeeting: new Map(),
    followUpsByDecision: new Map(),
    attendanceByPerson: new Map(),
    presentedByPerson: new Map(),
    followUpsByOwner: new Map(),
    membersByOrganisation: new Map(),
    decisionsNewestFirst: [],
    decisionsByArea: new Map(),
    decisionsByMatter: new Map(),
    itemsByArea: new Map(),
    itemsByMatter: new Map(),
    followUpsByArea: new Map(),
    followUpsByMatter: new Map(),
    areasByFollowUp: new Map(),
    mattersByFollowUp: new Map(),
    mattersByArea: new Map(),
    mattersByOrganisation: new Map(),
    programmesByMatter: new Map(),
    amendmentsByArea: new Map(),
    rankByArea: new Map(),
    recommendationByItem: new Map(),
  };

  for (const programme of data.programmes) {
    for (const area of programme.data.areas) {
      const id = areaId(programme.id, area.letter);
      index.areas.set(id, { id, programme, area });
    }
    for (const a of programme.data.amendments) push(index.amendmentsByArea, areaId(programme.id, a.area), a);
    pushUnique(index.programmesByMatter, [programme.data.matter], programme);
    const ranking = programme.data.ranking ? index.decisions.get(programme.data.ranking) : undefined;
    for (const p of ranking?.data.priorities ?? []) index.rankByArea.set(p.area, { rank: p.rank, decision: ranking! });
  }
  const decisions = [...data.decisions].sort((a, b) => a.id.localeCompare(b.id));
  for (const d of decisions) {
    push(index.decisionsByMeeting, d.data.meeting, d);
    push(index.decisionsByItem, itemKey(d.data.meeting, d.data.item), d);
  }
  const meetingOrder = new Map(index.meetingsChronological.map((m, i) => [m.id, i]));
  index.decisionsNewestFirst = [...decisions].sort((a, b) =>
    (meetingOrder.get(b.data.meeting) ?? -1) - (meetingOrder.get(a.data.meeting) ?? -1)
    || a.data.item - b.data.item || a.id.localeCompare(b.id));
  // Area and matter lists run oldest first, like the meetings they come from.
  const oldestFirst = [...decisions].sort((a, b) =>
    (meetingOrder.get(a.data.meeting) ?? -1) - (meetingOrder.get(b.data.meeting) ?? -1)
    || a.data.item - b.data.item || a.id.localeCompare(b.id));
  for (const d of oldestFirst) {
    pushUnique(index.decisionsByArea, d.data.areas, d);
    pushUnique(index.decisionsByMatter, d.data.matters, d);
  }
  const followUps = [...data.followUps].sort((a, b) => a.id.localeCompare(b.id));
  for (const f of followUps) {
    const decision = f.data.decision ? index.decisions.get(f.data.decision) : undefined;
    const item = index.meetings.get(f.data.meeting)?.data.agenda.find((a) => a.number === f.data.item);
    const areas = [...new Set([...(item?.areas ?? []), ...(decision?.data.areas ?? [])])];
    const matters = [...new Set([...f.data.matters, ...(decision?.data.matters ?? [])])];
    index.areasByFollowUp.set(f.id, areas);
    index.mattersByFollowUp.set(f.id, matters);
    pushUnique(index.followUpsByArea, areas, f);
    pushUnique(index.followUpsByMatter, matters, f);
    push(index.followUpsByItem, itemKey(f.data.meeting, f.data.item), f);
    push(index.followUpsByMeeting, f.data.meeting, f);
    if (f.data.decision) push(index.followUpsByDecision, f.data.decision, f);
    for (const o of f.data.owners) push(index.followUpsByOwner, ownerKey(o.type, o.id), f);
  }
  for (const f of followUps) push(index.followUpsByStatus, f.data.status, f);
  const years = [...new Set(index.meetingsChronological.map((m) => meetingYear(m.data)))].sort((a, b) => b - a);
  for (const y of years) index.meetingsByYear.set(y, []);
  for (const m of index.meetingsChronological) {
    index.meetingsByYear.get(meetingYear(m.data))!.push(m);
    push(index.meetingsByBody, m.data.body, m);
    if (hasMinutes(m.data)) index.latestMinutes = m;
    const att = m.data.attendance;
    if (att) {
      const groups = [['present', 'present'], ['secretariat', 'secretariat'], ['absent', 'absent'], ['guests', 'guest']] as const;
      for (const [group, status] of groups) {
        for (const a of att[group]) push(index.attendanceByPerson, a.person, { meeting: m, status, organisation: a.organisation });
      }
    }
    for (const item of m.data.agenda) {
      for (const p of item.presenters) push(index.presentedByPerson, p, { meeting: m, item: item.number });
      pushUnique(index.itemsByArea, item.areas, { meeting: m, item });
      pushUnique(index.itemsByMatter, item.matters, { meeting: m, item });
    }
    for (const s of itemSections(m.body ?? '')) {
      const key = itemKey(m.id, s.item);
      if (s.type === 'indstilling' && !index.recommendationByItem.has(key)) {
        index.recommendationByItem.set(key, { text: s.text, line: (m.bodyStartLine ?? 1) + s.line - 1 });
      }
    }
  }
  for (const matter of index.mattersByTitle) {
    pushUnique(index.mattersByArea, matter.data.areas, matter);
    pushUnique(index.mattersByOrganisation, matter.data.responsible, matter);
  }
  for (const p of index.peopleByName) {
    pushUnique(index.membersByOrganisation, p.data.memberships.map((m) => m.organisation), p);
    for (const membership of p.data.memberships) {
      push(index.membershipsByBody, membership.body, { person: p, membership });
      push(index.membershipsByOrganisation, membership.organisation, { person: p, membership });
    }
  }
  // A body lists its chair first; the rest stay in name order (the sort is stable).
  for (const list of index.membershipsByBody.values()) {
    list.sort((x, y) => Number(x.membership.role !== 'forperson') - Number(y.membership.role !== 'forperson'));
  }
  for (const b of index.bodiesByName) {
    if (b.data.reportsTo) push(index.bodiesReportingTo, b.data.reportsTo, b);
    if (b.data.organisation) push(index.bodiesByOrganisation, b.data.organisation, b);
  }
  for (const o of index.organisationsByName) {
    if (o.data.partOf) push(index.organisationParts, o.data.partOf, o);
    for (const event of o.data.history) {
      if (event.organisation && event.organisation !== o.id) push(index.historyNaming, event.organisation, { organisation: o, event });
    }
  }
  return index;
}

/** A person's part in one meeting, as the records show it. */
export interface PersonMeeting {
  meeting: Entry<Meeting>;
  /**
   * present/secretariat/absent/guest: as the participant list says.
   * notListed: a member on the date, but the participant list does not name the person.
   * notRecorded: a held meeting of the person's body whose attendance the archive lacks.
   * The words for each are in src/lib/vocabulary.ts (attendanceLabel).
   */
  status: AttendanceRecord['status'] | 'notListed' | 'notRecorded';
  /** Organisation the participant list names beside the person, when it does. */
  organisation?: string;
}

/**
 * Every held meeting the person took part in, plus every held meeting of a body the person was
 * a member of on the day, oldest first. Planned meetings are left out: nobody has attended them.
 */
export function meetingsForPerson(index: ArchiveIndex, personId: string): PersonMeeting[] {
  const person = index.people.get(personId);
  if (!person) return [];
  const listed = new Map((index.attendanceByPerson.get(personId) ?? []).map((a) => [a.meeting.id, a]));
  const out: PersonMeeting[] = [];
  for (const m of index.meetingsChronological) {
    const record = listed.get(m.id);
    if (record) {
      out.push({ meeting: m, status: record.status, organisation: record.organisation });
      continue;
    }
    if (m.data.status !== 'afholdt') continue;
    const member = person.data.memberships.some((ms) => ms.body === m.data.body && isBodyRole(ms) && membershipCoversMeeting(ms, m.data));
    if (member) out.push({ meeting: m, status: m.data.attendance ? 'notListed' : 'notRecorded' });
  }
  return out;
}

/** A follow-up a person is responsible for, and the owner entries that make it so. */
export interface PersonFollowUp {
  followUp: Entry<FollowUp>;
  /** The owners through which the person is responsible: the person, or a body, secretariat or organisation. */
  via: Owner[];
}

/**
 * Follow-ups a person owns: named as owner, or through a body they were a member of (as
 * forperson or medlem), the secretariat they were part of, or the organisation they represented,
 * on the date of the meeting where the follow-up was agreed. Sorted by follow-up id.
 */
export function followUpsForPerson(index: ArchiveIndex, personId: string): PersonFollowUp[] {
  const person = index.people.get(personId);
  if (!person) return [];
  const found = new Map<string, PersonFollowUp>();
  const add = (owner: Owner, covers: (f: Entry<FollowUp>) => boolean) => {
    for (const f of index.followUpsByOwner.get(ownerKey(owner.type, owner.id)) ?? []) {
      if (!covers(f)) continue;
      const entry = found.get(f.id) ?? { followUp: f, via: [] };
      if (!entry.via.some((v) => v.type === owner.type && v.id === owner.id)) entry.via.push(owner);
      found.set(f.id, entry);
    }
  };
  const on = (ms: Membership) => (f: Entry<FollowUp>) => {
    const meeting = index.meetings.get(f.data.meeting);
    return meeting ? membershipCoversMeeting(ms, meeting.data) : false;
  };
  add({ type: 'person', id: personId }, () => true);
  for (const ms of person.data.memberships) {
    if (ms.role === 'sekretariat') add({ type: 'secretariat', id: ms.body }, on(ms));
    if (ms.role === 'forperson' || ms.role === 'medlem') add({ type: 'body', id: ms.body }, on(ms));
    if (isBodyRole(ms)) add({ type: 'organisation', id: ms.organisation }, on(ms));
  }
  return [...found.values()].sort((a, b) => a.followUp.id.localeCompare(b.followUp.id));
}
