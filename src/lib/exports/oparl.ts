import { itemKey, type ArchiveIndex } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import type { AgendaItem, Meeting } from '../../schemas/index.ts';
import { paths, absoluteUrl } from '../urls.ts';
import { roleLabel } from '../vocabulary.ts';
import { push } from '../multimap.ts';
import { itemPath } from '../links.ts';
import { slugify } from '../id-names.ts';
import { SITE_NAME, CONTACT_EMAIL, REPOSITORY_URL } from '../../site.config.ts';
import { oncePerSite, type ExportSite } from './site.ts';
import { mdxToPlainText } from './text.ts';
import { copenhagenDateTime } from './time.ts';
import { meetingLocation } from './ical.ts';
import { describeBases } from './tables.ts';
import { bodyClaims, organisationClaims, type ClaimBasis } from '../../schemas/index.ts';
import { originalDocument } from '../original.ts';
import { statusClaim } from '../status.ts';

type Attachment = AgendaItem['attachments'][number];

/**
 * A static OParl 1.1 export (https://oparl.org/spezifikation/). Every object is a JSON file under
 * /oparl/ whose id is its own absolute URL; embedded objects (agenda items, memberships,
 * consultations, files, locations) also have a file of their own, so every id resolves.
 *
 * The mapping (documented on /data/ as well):
 * - System: the archive (Rådsarkivet).
 * - Body: ONE body, the archive's "Körperschaft": the bodies whose minutes the archive holds
 *   (`minutesInArchive`), i.e. Fagligt råd for genomisk medicin. Its mainOrganization is that
 *   council as an Organization. OParl's Body is the entity a council information system serves,
 *   not a committee; the archive serves one council's records.
 * - Organization: every organ (the council, the board, the circles: organizationType "Gremium")
 *   and every organisation people represent (regions, NGC, universities: "Institution").
 *   A person's membership is of an organ, on behalf of an organisation (Membership.onBehalfOf).
 * - Person + Membership: people and their memberships (role in Danish, from/to dates).
 * - Meeting: every meeting, planned, held or cancelled; start/end only when the clock time and
 *   date are known; the minutes page is the meeting's resultsProtocol (a File of type text/html).
 * - AgendaItem: each item; the decisions on it give `result` (their kinds) and `resolutionText`.
 * - Paper: a matter (sag); Consultation: each step of the matter at a body or agenda item.
 * - File: the minutes page, the original minutes document (the Word, PDF or text file the
 *   minutes were made from: a Meeting's auxiliaryFile, with size, mimeType and sha512Checksum —
 *   OParl 1.1's File has sha1Checksum and sha512Checksum but no SHA-256 field; the meeting page
 *   shows the SHA-256) and every published attachment. An attachment that is not published has no
 *   file to point to and is left out (OParl requires accessUrl).
 * - meetingState is the current status with its date and source in words ("planlagt pr.
 *   18. november 2025 ifølge referatet af 18. november 2025, pkt. 6, Referat"); "ukendt" when the
 *   archive has no dated source.
 * Decisions and follow-ups have no OParl class; they are in /data/ as JSON and CSV.
 */

const OPARL_VERSION = 'https://schema.oparl.org/1.1/';
const typeUrl = (name: string) => `https://schema.oparl.org/1.1/${name}`;

export type OparlObject = { id: string; type: string } & Record<string, unknown>;
export interface OparlList {
  data: OparlObject[];
  pagination: { totalElements: number; elementsPerPage: number; currentPage: number; totalPages: number };
  links: { first: string; last: string; self: string };
}

/** The one body's key in its URL. */
export const BODY_KEY = 'raadsarkivet';

const MIME_TYPES: Record<string, string> = {
  pdf: 'application/pdf', doc: 'application/msword', docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xls: 'application/vnd.ms-excel', xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  ppt: 'application/vnd.ms-powerpoint', pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text', txt: 'text/plain', csv: 'text/csv', html: 'text/html',
  png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', svg: 'image/svg+xml', zip: 'application/zip',
};

export function mimeTypeOf(fileName: string): string | undefined {
  return MIME_TYPES[fileName.split('.').pop()!.toLowerCase()];
}

/** Keys made unique by numbering repeats ("x", "x-2", "x-3") in the order they come. */
function uniqueKeys() {
  const seen = new Map<string, number>();
  return (key: string) => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return n === 1 ? key : `${key}-${n}`;
  };
}

/** The text of one OParl file, as the endpoint publishes it and the bulk download holds it. */
export function oparlFileText(value: OparlObject | OparlList): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/** A file the export offers for download: its File object's id and downloadUrl. */
export interface OparlDownload {
  id: string;
  downloadUrl: string;
}

/**
 * The export as published, made once per build for the endpoint and the bulk download: each
 * file's text (path → text) and the files it offers for download. Only these are kept, not the
 * objects they were made from.
 */
export const oparlExport = oncePerSite((index, site) => {
  const texts = new Map<string, string>();
  const downloads: OparlDownload[] = [];
  for (const [file, value] of oparlFiles(index, site)) {
    texts.set(file, oparlFileText(value));
    const { type, id, downloadUrl } = value as { type?: string; id: string; downloadUrl?: unknown };
    if (type?.endsWith('/File') && typeof downloadUrl === 'string') downloads.push({ id, downloadUrl });
  }
  return { texts, downloads };
});

/** Every file of the export: path under /oparl/ ("meeting/2025-11-18.json") → object or list. */
export function oparlFiles(index: ArchiveIndex, site: ExportSite): Map<string, OparlObject | OparlList> {
  const files = new Map<string, OparlObject | OparlList>();
  const url = (file: string) => absoluteUrl(site, paths.oparl(file));
  const web = (path: string) => absoluteUrl(site, path);
  const put = <T extends OparlObject | OparlList>(file: string, value: T): T => {
    if (files.has(file)) throw new Error(`OParl: to objekter har samme fil ${file}`);
    files.set(file, value);
    return value;
  };
  // OParl has no field for provenance; a vendor extension (a property with the archive's own prefix)
  // carries each claim's basis: "kilde" with the paragraph's address, or "arkivets læsning".
  const grundlag = (claims: Array<[string, ClaimBasis | undefined]>) => {
    const list = describeBases(index, site, claims);
    return list.length ? { 'raadsarkiv:grundlag': list } : {};
  };
  const object = (file: string, type: string, props: Record<string, unknown>): OparlObject =>
    put(file, { id: url(file), type: typeUrl(type), ...withoutEmpty(props) });

  const oparlBodyUrl = url(`body/${BODY_KEY}.json`);
  const bodyOrganizationUrl = (id: string) => url(`organization/organ-${id}.json`);
  const organisationUrl = (id: string) => url(`organization/organisation-${id}.json`);
  const personUrl = (id: string) => url(`person/${id}.json`);
  const meetingUrl = (id: string) => url(`meeting/${id}.json`);
  const itemUrl = (meetingId: string, n: number) => url(`agendaitem/${meetingId}/${n}.json`);
  const paperUrl = (id: string) => url(`paper/${id}.json`);
  const itemWeb = (meetingId: string, n: number) => web(itemPath(index, meetingId, n));
  const knownMeeting = (id: string | undefined) => (id && index.meetings.has(id) ? id : undefined);

  // Consultations first: agenda items point to them.
  const consultationsByMatter = new Map<string, OparlObject[]>();
  const consultationsByItem = new Map<string, string[]>();
  const matters = [...index.data.matters].sort((a, b) => a.id.localeCompare(b.id));
  for (const matter of matters) {
    const unique = uniqueKeys();
    const list: OparlObject[] = [];
    const covered = new Set<string>();
    const add = (key: string, meetingId: string | undefined, item: number | undefined, bodyId: string) => {
      const file = `consultation/${matter.id}/${unique(key)}.json`;
      const itemExists = meetingId && item !== undefined && index.meetings.get(meetingId)!.data.agenda.some((a) => a.number === item);
      const c = object(file, 'Consultation', {
        paper: paperUrl(matter.id),
        meeting: meetingId && meetingUrl(meetingId),
        agendaItem: itemExists ? itemUrl(meetingId, item) : undefined,
        organization: index.bodies.has(bodyId) ? [bodyOrganizationUrl(bodyId)] : [],
        web: meetingId ? (itemExists ? itemWeb(meetingId, item) : web(paths.meeting(meetingId))) : web(paths.matter(matter.id)),
      });
      list.push(c);
      if (itemExists) {
        const k = itemKey(meetingId, item);
        covered.add(k);
        push(consultationsByItem, k, c.id);
      }
    };
    for (const ev of matter.data.events) {
      // A step at a meeting that is not in the index (a draft) keeps its body but not the meeting.
      const meetingId = knownMeeting(ev.meeting);
      const key = meetingId ? (ev.item !== undefined ? `${meetingId}-${ev.item}` : meetingId) : `${ev.date ?? 'udateret'}-${ev.body}`;
      add(key, meetingId, meetingId ? ev.item : undefined, ev.body);
    }
    // Agenda items that list the matter without a step in its history are consultations too.
    for (const { meeting, item } of index.itemsByMatter.get(matter.id) ?? []) {
      if (!covered.has(itemKey(meeting.id, item.number))) add(`${meeting.id}-${item.number}`, meeting.id, item.number, meeting.data.body);
    }
    consultationsByMatter.set(matter.id, list);
  }

  // Organizations: the archive's bodies (committees) and the organisations people represent.
  const memberships: OparlObject[] = [];
  const membershipsByBody = new Map<string, string[]>();
  const people = [...index.data.people].sort((a, b) => a.id.localeCompare(b.id));
  const personObjects = people.map((p) => {
    const unique = uniqueKeys();
    const own = p.data.memberships.map((m) => {
      const key = unique(slugify([m.body, m.role, m.from].filter(Boolean).join('-')));
      const ms = object(`membership/${p.id}/${key}.json`, 'Membership', {
        person: personUrl(p.id),
        organization: bodyOrganizationUrl(m.body),
        role: roleLabel[m.role],
        onBehalfOf: organisationUrl(m.organisation),
        startDate: m.from,
        endDate: m.to,
        ...grundlag([['role', m.basis]]),
      });
      push(membershipsByBody, m.body, ms.id);
      memberships.push(ms);
      return ms;
    });
    return object(`person/${p.id}.json`, 'Person', { body: oparlBodyUrl, name: p.data.name, membership: own, web: web(paths.person(p.id)) });
  });

  const bodies = [...index.data.bodies].sort((a, b) => a.id.localeCompare(b.id));
  const organisations = [...index.data.organisations].sort((a, b) => a.id.localeCompare(b.id));
  const organizationObjects = [
    ...bodies.map((b) => object(`organization/organ-${b.id}.json`, 'Organization', {
      body: oparlBodyUrl,
      name: b.data.name,
      shortName: b.data.shortName,
      organizationType: 'Gremium',
      classification: b.data.classification,
      membership: membershipsByBody.get(b.id) ?? [],
      subOrganizationOf: b.data.organisation && organisationUrl(b.data.organisation),
      web: web(paths.body(b.id)),
      ...grundlag(bodyClaims.map((f) => [f, b.data.basis?.[f]])),
    })),
    ...organisations.map((o) => object(`organization/organisation-${o.id}.json`, 'Organization', {
      body: oparlBodyUrl,
      name: o.data.name,
      shortName: o.data.shortName,
      organizationType: 'Institution',
      classification: o.data.classification,
      subOrganizationOf: o.data.partOf && organisationUrl(o.data.partOf),
      web: web(paths.organisation(o.id)),
      ...grundlag(organisationClaims.map((f) => [f, o.data.basis?.[f]])),
    })),
  ];

  // Meetings with their agenda items, files and locations.
  const allItems: OparlObject[] = [];
  const allFiles: OparlObject[] = [];
  const locations: OparlObject[] = [];
  const filesByMatter = new Map<string, OparlObject[]>();
  const attachmentFile = (meeting: Entry<Meeting>, item: AgendaItem, a: Attachment) => {
    const fileUrl = web(paths.attachment(a.file!));
    const f = object(`file/${meeting.id}/bilag-${a.number}.json`, 'File', {
      name: `Bilag ${a.number}: ${a.title}`,
      fileName: a.file!.split('/').pop(),
      mimeType: mimeTypeOf(a.file!),
      accessUrl: fileUrl,
      downloadUrl: fileUrl,
      meeting: [meetingUrl(meeting.id)],
      agendaItem: [itemUrl(meeting.id, item.number)],
      paper: item.matters.filter((m) => index.matters.has(m)).map(paperUrl),
    });
    for (const m of item.matters) push(filesByMatter, m, f);
    allFiles.push(f);
    return f;
  };
  const meetingObjects = index.meetingsChronological.map((meeting) => {
    const m = meeting.data;
    const participants = m.attendance
      ? [...new Set([...m.attendance.present, ...m.attendance.secretariat, ...m.attendance.guests].map((a) => a.person))]
      : [];
    const items = m.agenda.map((item, i) => {
      const decisions = index.decisionsByItem.get(itemKey(meeting.id, item.number)) ?? [];
      const consultations = consultationsByItem.get(itemKey(meeting.id, item.number)) ?? [];
      const files = item.attachments.filter((a) => a.file).map((a) => attachmentFile(meeting, item, a));
      const ai = object(`agendaitem/${meeting.id}/${item.number}.json`, 'AgendaItem', {
        meeting: meetingUrl(meeting.id),
        number: String(item.number),
        order: i + 1,
        name: item.title,
        public: true,
        consultation: consultations.length === 1 ? consultations[0] : undefined,
        result: decisions.map((d) => d.data.kind).join('; '),
        resolutionText: decisions.map((d) => mdxToPlainText(d.body)).join('\n\n'),
        auxiliaryFile: files,
        start: m.date && item.start ? copenhagenDateTime(m.date, item.start) : undefined,
        end: m.date && item.end ? copenhagenDateTime(m.date, item.end) : undefined,
        web: m.publication ? itemWeb(meeting.id, item.number) : web(paths.meeting(meeting.id)),
      });
      allItems.push(ai);
      return ai;
    });
    const place = meetingLocation(m);
    const location = place
      ? object(`location/${meeting.id}.json`, 'Location', { description: place, meetings: [meetingUrl(meeting.id)] })
      : undefined;
    if (location) locations.push(location);
    const protocol = m.publication
      ? object(`file/${meeting.id}/referat.json`, 'File', {
        name: m.title,
        mimeType: 'text/html',
        date: m.publication.documentDate,
        accessUrl: web(paths.meeting(meeting.id)),
        meeting: [meetingUrl(meeting.id)],
      })
      : undefined;
    if (protocol) allFiles.push(protocol);
    const doc = originalDocument(meeting);
    const originalFile = doc
      ? object(`file/${meeting.id}/original.json`, 'File', {
        name: `Originalt referat: ${doc.fileName}`,
        fileName: doc.fileName,
        mimeType: doc.mimeType,
        date: m.publication?.documentDate,
        size: doc.size,
        sha512Checksum: doc.sha512,
        accessUrl: web(doc.path),
        downloadUrl: web(doc.path),
        meeting: [meetingUrl(meeting.id)],
      })
      : undefined;
    if (originalFile) allFiles.push(originalFile);
    return object(`meeting/${meeting.id}.json`, 'Meeting', {
      name: m.title,
      meetingState: statusClaim(index, m.statusHistory).text,
      cancelled: m.status === 'aflyst',
      start: m.date && m.start ? copenhagenDateTime(m.date, m.start) : undefined,
      end: m.date && m.end ? copenhagenDateTime(m.date, m.end) : undefined,
      location,
      organization: [bodyOrganizationUrl(m.body)],
      participant: participants.map(personUrl),
      resultsProtocol: protocol,
      auxiliaryFile: [...(originalFile ? [originalFile] : []), ...items.flatMap((ai) => (ai.auxiliaryFile as OparlObject[] | undefined) ?? [])],
      agendaItem: items,
      web: web(paths.meeting(meeting.id)),
    });
  });

  const paperObjects = matters.map((matter) => object(`paper/${matter.id}.json`, 'Paper', {
    body: oparlBodyUrl,
    name: matter.data.title,
    paperType: 'Sag',
    underDirectionOf: matter.data.responsible.map(organisationUrl),
    ...grundlag([['underDirectionOf', matter.data.basis?.responsible]]),
    consultation: consultationsByMatter.get(matter.id) ?? [],
    auxiliaryFile: filesByMatter.get(matter.id) ?? [],
    web: web(paths.matter(matter.id)),
  }));

  // The lists and the body and system that point to them.
  const list = (file: string, data: OparlObject[]) => put(file, {
    data,
    pagination: { totalElements: data.length, elementsPerPage: data.length, currentPage: 1, totalPages: 1 },
    links: { first: url(file), last: url(file), self: url(file) },
  });
  const bodyList = (name: string, data: OparlObject[]) => list(`body/${BODY_KEY}/${name}.json`, data).links.self;
  const withMinutes = index.bodiesWithMinutes;
  const body = object(`body/${BODY_KEY}.json`, 'Body', {
    system: url('system.json'),
    name: withMinutes.length ? withMinutes.map((b) => b.data.name).join(' og ') : SITE_NAME,
    shortName: withMinutes.length ? withMinutes.map((b) => b.data.shortName).join(' og ') : undefined,
    website: web(paths.home()),
    contactEmail: CONTACT_EMAIL,
    mainOrganization: withMinutes.length === 1 ? bodyOrganizationUrl(withMinutes[0].id) : undefined,
    organization: bodyList('organization', organizationObjects),
    person: bodyList('person', personObjects),
    meeting: bodyList('meeting', meetingObjects),
    paper: bodyList('paper', paperObjects),
    agendaItem: bodyList('agendaitem', allItems),
    consultation: bodyList('consultation', [...consultationsByMatter.values()].flat()),
    file: bodyList('file', allFiles),
    membership: bodyList('membership', memberships),
    locationList: bodyList('location', locations),
    legislativeTerm: [],
    web: web(paths.home()),
  });
  list('bodies.json', [body]);
  object('system.json', 'System', {
    oparlVersion: OPARL_VERSION,
    name: SITE_NAME,
    body: url('bodies.json'),
    contactEmail: CONTACT_EMAIL,
    website: web(paths.home()),
    product: REPOSITORY_URL,
    web: web(paths.openData()),
  });
  return files;
}

/** Leave out undefined, empty strings and empty optional lists (legislativeTerm is kept: it is required). */
function withoutEmpty(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([key, v]) =>
    v !== undefined && v !== '' && !(Array.isArray(v) && v.length === 0 && key !== 'legislativeTerm')));
}
