import type { ArchiveData, Entry } from './archive-types.ts';
import type {
  Organisation, Body, Person, Meeting, Decision, WorkProgramme, Matter, FollowUp, FocusArea,
} from '../schemas/index.ts';
import { membershipCovers } from './integrity.ts';

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

export interface AttendanceRecord {
  meeting: Entry<Meeting>;
  status: 'deltog' | 'sekretariat' | 'afbud' | 'gæst';
  organisation: string;
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
  decisionsByMeeting: Map<string, Entry<Decision>[]>;
  decisionsByItem: Map<string, Entry<Decision>[]>;
  followUpsByItem: Map<string, Entry<FollowUp>[]>;
  followUpsByMeeting: Map<string, Entry<FollowUp>[]>;
  followUpsByDecision: Map<string, Entry<FollowUp>[]>;
  attendanceByPerson: Map<string, AttendanceRecord[]>;
  presentedByPerson: Map<string, Array<{ meeting: Entry<Meeting>; item: number }>>;
  followUpsByOwner: Map<string, Entry<FollowUp>[]>;
  membersByOrganisation: Map<string, Entry<Person>[]>;
}

/** Key of an agenda item: "2025-11-18#2". */
export const itemKey = (meetingId: string, item: number) => `${meetingId}#${item}`;

/** Key of a follow-up owner: "person:ole-halfdan-larsen". */
export const ownerKey = (type: string, id: string) => `${type}:${id}`;

/** Sort key for a meeting: its date, or the Monday-ish of its week, or its year. */
export function meetingSortKey(m: Meeting): string {
  if (m.date) return m.date;
  const a = m.approximately!;
  return a.week ? `${a.year}-W${String(a.week).padStart(2, '0')}` : `${a.year}-Z`;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const byId = <T>(entries: Entry<T>[]) => new Map(entries.map((e) => [e.id, e]));

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
    decisionsByMeeting: new Map(),
    decisionsByItem: new Map(),
    followUpsByItem: new Map(),
    followUpsByMeeting: new Map(),
    followUpsByDecision: new Map(),
    attendanceByPerson: new Map(),
    presentedByPerson: new Map(),
    followUpsByOwner: new Map(),
    membersByOrganisation: new Map(),
  };

  for (const programme of data.programmes) {
    for (const area of programme.data.areas) {
      const id = `${programme.id}/${area.letter}`;
      index.areas.set(id, { id, programme, area });
    }
  }
  const decisions = [...data.decisions].sort((a, b) => a.id.localeCompare(b.id));
  for (const d of decisions) {
    push(index.decisionsByMeeting, d.data.meeting, d);
    push(index.decisionsByItem, itemKey(d.data.meeting, d.data.item), d);
  }
  const followUps = [...data.followUps].sort((a, b) => a.id.localeCompare(b.id));
  for (const f of followUps) {
    push(index.followUpsByItem, itemKey(f.data.meeting, f.data.item), f);
    push(index.followUpsByMeeting, f.data.meeting, f);
    if (f.data.decision) push(index.followUpsByDecision, f.data.decision, f);
    for (const o of f.data.owners) push(index.followUpsByOwner, ownerKey(o.type, o.id), f);
  }
  for (const m of index.meetingsChronological) {
    const att = m.data.attendance;
    if (att) {
      const groups = [['present', 'deltog'], ['secretariat', 'sekretariat'], ['absent', 'afbud'], ['guests', 'gæst']] as const;
      for (const [group, status] of groups) {
        for (const a of att[group]) push(index.attendanceByPerson, a.person, { meeting: m, status, organisation: a.organisation });
      }
    }
    for (const item of m.data.agenda) {
      for (const p of item.presenters) push(index.presentedByPerson, p, { meeting: m, item: item.number });
    }
  }
  for (const p of [...data.people].sort((a, b) => a.data.name.localeCompare(b.data.name, 'da'))) {
    const orgs = new Set(p.data.memberships.map((m) => m.organisation));
    for (const o of orgs) push(index.membersByOrganisation, o, p);
  }
  return index;
}

/** The people who were members of a body on a date, with their membership. */
export function membersOn(index: ArchiveIndex, bodyId: string, date: string) {
  return index.data.people.flatMap((p) =>
    p.data.memberships.filter((m) => m.body === bodyId && membershipCovers(m, date)).map((m) => ({ person: p, membership: m })));
}

/** Latest held meeting with minutes, if any. */
export function latestMinutes(index: ArchiveIndex): Entry<Meeting> | undefined {
  return [...index.meetingsChronological].reverse().find((m) => m.data.status === 'afholdt' && m.data.publication);
}
