import type { ArchiveIndex } from '../archive-index.ts';
import type { Entry } from '../archive-types.ts';
import { decisionClaims, meetingClaims, type ClaimBasis, type Decision, type FollowUp, type Meeting } from '../../schemas/index.ts';
import { basisText, describeSource, isEditorial } from '../provenance.ts';
import { paths, absoluteUrl } from '../urls.ts';
import { ownerName } from '../follow-ups.ts';
import type { ExportSite } from './site.ts';
import { mdxToPlainText } from './text.ts';
import { danishNumericDate } from './time.ts';
import { toCsv } from './csv.ts';
import { statusClaim } from '../status.ts';
import { minutesStates } from '../minutes.ts';

/**
 * The data files: decisions, follow-ups and meetings as JSON and as CSV. Each table is one list
 * of columns, used for both formats and for the documentation on /data/, so the three cannot
 * disagree. A date column becomes two CSV columns: the Danish date ("18-11-2025", which a Danish
 * spreadsheet reads as a date) and the ISO date ("2025-11-18") for programs; JSON has the ISO date.
 */

export type Value = string | number | boolean | null | string[] | Array<Record<string, string | number>>;

export interface Column<T> {
  /** Field name in JSON. */
  key: string;
  /** Column name in CSV. */
  header: string;
  /** What the column holds, in Danish, for /data/. */
  description: string;
  /** A date (ISO in JSON, Danish and ISO columns in CSV). */
  date?: boolean;
  value: (row: T) => Value;
  /** How the value is written in CSV, when not the default. */
  csv?: (row: T) => string;
}

export interface Table<T> {
  /** File name without extension: "beslutninger". */
  name: string;
  /** Heading on /data/, in Danish. */
  label: string;
  /** What one row is, in Danish. */
  title: string;
  columns: Column<T>[];
}

interface Ctx { index: ArchiveIndex; site: ExportSite }
type Row<T> = { entry: Entry<T>; ctx: Ctx };

const list = (values: string[]) => values.join(', ');

function defaultCsv(value: Value): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'ja' : 'nej';
  if (Array.isArray(value)) return value.map((v) => (typeof v === 'string' ? v : Object.values(v).join(': '))).join(', ');
  return String(value);
}

/**
 * The bases of a row's typed claims, one object per claim: which claim, "kilde" or
 * "arkivets læsning", the basis in words, and for a source in the archive the paragraph's address.
 * CSV writes them as "claim: Kilde: referatet af …; claim: Arkivets læsning: …".
 */
export function describeBases(index: ArchiveIndex, site: ExportSite, claims: Array<[string, ClaimBasis | undefined]>): Array<Record<string, string>> {
  const meetingDate = (id: string) => index.meetings.get(id)?.data.date;
  return claims.flatMap(([claim, basis]) => {
    if (!basis) return [];
    const path = isEditorial(basis) ? undefined : describeSource(basis.source, meetingDate).path;
    return [{ claim, basis: isEditorial(basis) ? 'arkivets læsning' : 'kilde', text: basisText(basis, meetingDate), ...(path ? { url: absoluteUrl(site, path) } : {}) }];
  });
}

function basisColumn<T>(claims: (row: Row<T>) => Array<[string, ClaimBasis | undefined]>, description: string): Column<Row<T>> {
  const described = (r: Row<T>) => describeBases(r.ctx.index, r.ctx.site, claims(r));
  return {
    key: 'basis', header: 'grundlag', description, value: described,
    csv: (r) => described(r).map((b) => `${b.claim}: ${b.text}`).join('; '),
  };
}

/**
 * A status's columns, the same for follow-ups and meetings: the current status, the day it took
 * effect and the record that says it (words and address). "ukendt" has neither date nor source.
 */
function statusColumns<T extends { statusHistory: Meeting['statusHistory'] | FollowUp['statusHistory'] }>(statuses: string): Column<Row<T>>[] {
  const claim = (r: Row<T>) => statusClaim(r.ctx.index, r.entry.data.statusHistory);
  return [
    { key: 'status', header: 'status', description: `${statuses}, eller ukendt, når arkivet ingen dateret kilde har til en status.`, value: (r) => claim(r).status },
    { key: 'statusDate', header: 'status_dato', date: true, description: 'Dagen, statussen gælder fra ifølge kilden.', value: (r) => claim(r).date ?? null },
    { key: 'statusSource', header: 'status_kilde', description: 'Kilden til statussen, fx "referatet af 18. november 2025, pkt. 6, Referat".', value: (r) => claim(r).source?.text ?? null },
    {
      key: 'statusSourceUrl', header: 'status_kilde_url', description: 'Adressen på kilden: afsnittet på mødesiden eller det eksterne dokument.',
      value: (r) => { const s = claim(r).source; return s?.path ? absoluteUrl(r.ctx.site, s.path) : s?.url ?? null; },
    },
  ];
}

function meetingOf(ctx: Ctx, id: string | undefined): Entry<Meeting> | undefined {
  return id ? ctx.index.meetings.get(id) : undefined;
}

const decisionsTable: Table<Row<Decision>> = {
  name: 'beslutninger',
  label: 'Beslutninger',
  title: 'én beslutning',
  columns: [
    { key: 'id', header: 'id', description: 'Beslutningens faste id, fx 2025-11-18-2a.', value: (r) => r.entry.id },
    { key: 'meeting', header: 'møde', description: 'Id for mødet, hvor beslutningen blev truffet.', value: (r) => r.entry.data.meeting },
    { key: 'date', header: 'dato', date: true, description: 'Mødets dato; en beslutning dateres efter sit møde.', value: (r) => meetingOf(r.ctx, r.entry.data.meeting)?.data.date ?? null },
    { key: 'body', header: 'organ', description: 'Organet, der holdt mødet.', value: (r) => r.ctx.index.bodies.get(meetingOf(r.ctx, r.entry.data.meeting)?.data.body ?? '')?.data.name ?? null },
    { key: 'item', header: 'punkt', description: 'Dagsordenspunktets nummer.', value: (r) => r.entry.data.item },
    { key: 'title', header: 'titel', description: 'Beslutningens korte titel.', value: (r) => r.entry.data.title },
    { key: 'kind', header: 'type', description: 'godkendt, godkendt med ændringer, taget til efterretning, prioritering eller besluttet.', value: (r) => r.entry.data.kind },
    { key: 'outcome', header: 'i_forhold_til_indstilling', description: 'som indstillet, med ændringer eller uden indstilling.', value: (r) => r.entry.data.outcome },
    { key: 'areas', header: 'indsatsområder', description: 'Id for de indsatsområder i arbejdsprogrammet, beslutningen berører, fx 2026-2028/D (i CSV adskilt af komma).', value: (r) => r.entry.data.areas },
    { key: 'matters', header: 'sager', description: 'Id for de sager, beslutningen hører til (i CSV adskilt af komma).', value: (r) => r.entry.data.matters },
    {
      key: 'priorities', header: 'prioritering',
      description: 'For en prioritering: rækkefølgen som liste af {rank, area}; i CSV "1: 2026-2028/D, 2: …".',
      value: (r) => (r.entry.data.priorities ?? []).map((p) => ({ rank: p.rank, area: p.area })),
    },
    { key: 'text', header: 'tekst', description: 'Beslutningens tekst med referatets ord; afsnit adskilt af en tom linje.', value: (r) => mdxToPlainText(r.entry.body) },
    basisColumn<Decision>((r) => decisionClaims.map((f) => [f, r.entry.data.basis?.[f]]),
      'Hvad type, udfald, indsatsområder og prioritering bygger på: liste af {claim, basis, text, url}, hvor basis er "kilde" (url peger på afsnittet i referatet) eller "arkivets læsning" (text er redaktionens begrundelse); i CSV "kind: Kilde: …; outcome: …".'),
    { key: 'url', header: 'url', description: 'Beslutningens faste adresse.', value: (r) => absoluteUrl(r.ctx.site, paths.decision(r.entry.id)) },
  ],
};

const followUpsTable: Table<Row<FollowUp>> = {
  name: 'opfoelgning',
  label: 'Opfølgning',
  title: 'ét opfølgningspunkt',
  columns: [
    { key: 'id', header: 'id', description: 'Opfølgningspunktets faste id.', value: (r) => r.entry.id },
    { key: 'text', header: 'tekst', description: 'Hvad der skal gøres, med referatets ord.', value: (r) => r.entry.data.text },
    {
      key: 'owners', header: 'ansvarlige',
      description: 'Hvem der skal gøre det: liste af {type, id, name}, hvor type er person, body (organ), organisation eller secretariat (et organs sekretariat); i CSV navnene adskilt af komma. Tom, når referatet ikke siger det.',
      value: (r) => r.entry.data.owners.map((o) => ({ type: o.type, id: o.id, name: ownerName(r.ctx.index, o) })),
      csv: (r) => list(r.entry.data.owners.map((o) => ownerName(r.ctx.index, o))),
    },
    basisColumn<FollowUp>((r) => r.entry.data.owners.map((o) => [ownerName(r.ctx.index, o), o.basis]),
      'Hvad hver ansvarlig bygger på: liste af {claim, basis, text, url}, hvor claim er den ansvarliges navn og basis "kilde" eller "arkivets læsning"; i CSV "navn: Kilde: …; navn: Arkivets læsning: …".'),
    { key: 'meeting', header: 'møde', description: 'Id for mødet, hvor punktet blev aftalt.', value: (r) => r.entry.data.meeting },
    { key: 'meetingDate', header: 'mødedato', date: true, description: 'Mødets dato.', value: (r) => meetingOf(r.ctx, r.entry.data.meeting)?.data.date ?? null },
    { key: 'item', header: 'punkt', description: 'Dagsordenspunktets nummer.', value: (r) => r.entry.data.item },
    { key: 'source', header: 'kilde', description: 'Afsnittet, punktet stammer fra: videre proces eller referat.', value: (r) => r.entry.data.source },
    { key: 'decision', header: 'beslutning', description: 'Id for beslutningen, punktet følger af, hvis nogen.', value: (r) => r.entry.data.decision ?? null },
    { key: 'dueDate', header: 'frist', date: true, description: 'Fristen, når referatet giver en dato.', value: (r) => r.entry.data.dueDate ?? null },
    { key: 'dueMeeting', header: 'frist_møde', description: 'Id for mødet, punktet skal være klar til, når referatet nævner et.', value: (r) => meetingOf(r.ctx, r.entry.data.dueMeeting)?.id ?? null },
    ...statusColumns<FollowUp>('åben, udført eller bortfaldet'),
    { key: 'matters', header: 'sager', description: 'Id for de sager, punktet hører til (i CSV adskilt af komma).', value: (r) => r.entry.data.matters },
    { key: 'url', header: 'url', description: 'Punktets adresse på opfølgningslisten.', value: (r) => absoluteUrl(r.ctx.site, paths.followUp(r.entry.id)) },
  ],
};

const meetingsTable: Table<Row<Meeting>> = {
  name: 'moeder',
  label: 'Møder',
  title: 'ét møde',
  columns: [
    { key: 'id', header: 'id', description: 'Mødets faste id, fx 2025-11-18.', value: (r) => r.entry.id },
    { key: 'bodyId', header: 'organ_id', description: 'Id for organet, der mødes.', value: (r) => r.entry.data.body },
    { key: 'body', header: 'organ', description: 'Organets navn.', value: (r) => r.ctx.index.bodies.get(r.entry.data.body)?.data.name ?? null },
    { key: 'title', header: 'titel', description: 'Referatets eller det planlagte mødes titel, som kilden skriver den.', value: (r) => r.entry.data.title },
    ...statusColumns<Meeting>('planlagt, afholdt eller aflyst'),
    {
      key: 'minutesState', header: 'referat_status',
      description: 'Referatets livsforløb: godkendt og/eller rettet; ukendt, når arkivet ikke ved, om referatet er godkendt; tom uden referat.',
      value: (r) => (r.entry.data.publication ? minutesStates(r.entry.data).join(', ') : null),
    },
    { key: 'date', header: 'dato', date: true, description: 'Mødets dato; tom for et møde, der kun kendes på ugen.', value: (r) => r.entry.data.date ?? null },
    {
      key: 'week', header: 'uge',
      description: 'For et møde uden dato: ISO-ugen, fx 2026-W05, når den er fastsat.',
      value: (r) => { const a = r.entry.data.approximately; return a?.week ? `${a.year}-W${String(a.week).padStart(2, '0')}` : null; },
    },
    { key: 'approximately', header: 'tidspunkt_ca', description: 'For et møde uden dato: kildens ord om tidspunktet, fx "Slut august (fx uge 35)".', value: (r) => r.entry.data.approximately?.text ?? null },
    { key: 'start', header: 'start', description: 'Starttidspunkt, TT:MM (dansk tid).', value: (r) => r.entry.data.start ?? null },
    { key: 'end', header: 'slut', description: 'Sluttidspunkt, TT:MM (dansk tid).', value: (r) => r.entry.data.end ?? null },
    { key: 'form', header: 'form', description: 'virtuelt eller fysisk; tom, når kilden ikke siger det.', value: (r) => r.entry.data.form ?? null },
    { key: 'location', header: 'sted', description: 'Stedet for et fysisk møde.', value: (r) => r.entry.data.location ?? null },
    { key: 'theme', header: 'tema', description: 'Et temamødes tema.', value: (r) => r.entry.data.theme ?? null },
    { key: 'minutes', header: 'referat', description: 'Om arkivet har mødets referat (i CSV ja/nej).', value: (r) => Boolean(r.entry.data.publication) },
    { key: 'documentDate', header: 'dokumentdato', date: true, description: 'Datoen på referatet.', value: (r) => r.entry.data.publication?.documentDate ?? null },
    { key: 'caseNumber', header: 'sagsnummer', description: 'Referatets sagsnummer, fx EMN-2025-00300.', value: (r) => r.entry.data.publication?.caseNumber ?? null },
    { key: 'documentNumber', header: 'dokumentnummer', description: 'Referatets dokumentnummer.', value: (r) => r.entry.data.publication?.documentNumber ?? null },
    basisColumn<Meeting>((r) => [
      ...meetingClaims.map((f): [string, ClaimBasis | undefined] => [f, r.entry.data.basis?.[f]]),
      ...r.entry.data.agenda.map((a): [string, ClaimBasis | undefined] => [`pkt. ${a.number} indsatsområder`, a.basis?.areas]),
    ], 'Hvad mødets form, sted, vært, tema og deltagerkreds og dagsordenspunkternes indsatsområder bygger på: liste af {claim, basis, text, url}; i CSV "form: Kilde: …; pkt. 2 indsatsområder: Kilde: …".'),
    { key: 'decisions', header: 'beslutninger', description: 'Id for mødets beslutninger (i CSV adskilt af komma).', value: (r) => (r.ctx.index.decisionsByMeeting.get(r.entry.id) ?? []).map((d) => d.id) },
    { key: 'url', header: 'url', description: 'Mødets faste adresse.', value: (r) => absoluteUrl(r.ctx.site, paths.meeting(r.entry.id)) },
  ],
};

/** The rows of each table, in a stable order. */
const rowsOf = {
  beslutninger: (index: ArchiveIndex) => [...index.data.decisions].sort((a, b) => a.id.localeCompare(b.id)),
  opfoelgning: (index: ArchiveIndex) => [...index.data.followUps].sort((a, b) => a.id.localeCompare(b.id)),
  moeder: (index: ArchiveIndex) => index.meetingsChronological,
} as const;

export const tables = [decisionsTable, followUpsTable, meetingsTable] as const;
export type TableName = keyof typeof rowsOf;

function tableOf(name: TableName): Table<Row<any>> {
  return tables.find((t) => t.name === name)! as Table<Row<any>>;
}

function rows(name: TableName, index: ArchiveIndex, site: ExportSite): Row<any>[] {
  return (rowsOf[name](index) as Entry<any>[]).map((entry) => ({ entry, ctx: { index, site } }));
}

/** CSV header: a date column is followed by its ISO twin ("dato", "dato_iso"). */
export function csvHeader(columns: Column<any>[]): string[] {
  return columns.flatMap((c) => (c.date ? [c.header, `${c.header}_iso`] : [c.header]));
}

export function tableCsv(name: TableName, index: ArchiveIndex, site: ExportSite): string {
  const { columns } = tableOf(name);
  const body = rows(name, index, site).map((row) => columns.flatMap((c) => {
    if (c.date) {
      const iso = c.value(row) as string | null;
      return [iso ? danishNumericDate(iso) : '', iso ?? ''];
    }
    return [c.csv ? c.csv(row) : defaultCsv(c.value(row))];
  }));
  return toCsv(csvHeader(columns), body);
}

export function tableJson(name: TableName, index: ArchiveIndex, site: ExportSite): string {
  const { columns } = tableOf(name);
  const items = rows(name, index, site).map((row) => Object.fromEntries(columns.map((c) => [c.key, c.value(row)])));
  const doc = { documentation: absoluteUrl(site, paths.openData()), count: items.length, items };
  return JSON.stringify(doc, null, 2) + '\n';
}

/** The six data files: name → contents. */
export function dataFiles(index: ArchiveIndex, site: ExportSite): Map<string, string> {
  const out = new Map<string, string>();
  for (const name of Object.keys(rowsOf) as TableName[]) {
    out.set(`${name}.json`, tableJson(name, index, site));
    out.set(`${name}.csv`, tableCsv(name, index, site));
  }
  return out;
}
