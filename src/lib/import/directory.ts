import type { ArchiveData } from '../archive-types.ts';
import type { Membership } from '../../schemas/index.ts';
import { nearest } from '../problems.ts';
import { normalizeName } from './text.ts';
import { slugify } from '../id-names.ts';

/**
 * What the importer knows of the archive: the names of people, organisations and bodies (to turn
 * the minutes' names into ids), the work programmes' lettered areas and the matters' events.
 */
export interface Directory {
  people: Array<{ id: string; name: string; otherNames: string[]; memberships: Membership[] }>;
  organisations: Array<{ id: string; name: string; shortName?: string }>;
  bodies: Array<{ id: string; name: string; shortName: string; minutesInArchive: boolean }>;
  programmes: Array<{ id: string; body: string; areas: Array<{ letter: string; title: string }> }>;
  matters: Array<{ id: string; events: Array<{ meeting?: string; item?: number }> }>;
}

export function directoryFrom(archive: ArchiveData): Directory {
  return {
    people: archive.people.map((p) => ({ id: p.id, name: p.data.name, otherNames: p.data.otherNames, memberships: p.data.memberships })),
    organisations: archive.organisations.map((o) => ({ id: o.id, name: o.data.name, shortName: o.data.shortName })),
    bodies: archive.bodies.map((b) => ({ id: b.id, name: b.data.name, shortName: b.data.shortName, minutesInArchive: b.data.minutesInArchive })),
    programmes: archive.programmes.map((p) => ({ id: p.id, body: p.data.body, areas: p.data.areas.map((a) => ({ letter: a.letter, title: a.title })) })),
    matters: archive.matters.map((m) => ({ id: m.id, events: m.data.events.map((e) => ({ meeting: e.meeting, item: e.item })) })),
  };
}

export type NameKind = 'person' | 'organisation' | 'organ';

/** Something the secretariat must look at, in Danish, with where it stood in the minutes. */
export interface ReviewItem {
  where: string;
  message: string;
}

export type Resolution =
  | { status: 'found'; id: string }
  | { status: 'missing' | 'ambiguous'; id: string; message: string };

/** The id written when a name is not found (or found twice): the content check flags it until fixed. */
const placeholderId = (name: string) => `ukendt-${slugify(name) || 'navn'}`;

interface Named { id: string; names: string[] }

function namedOf(directory: Directory, kind: NameKind): Named[] {
  if (kind === 'person') return directory.people.map((p) => ({ id: p.id, names: [p.name, ...p.otherNames] }));
  if (kind === 'organisation') return directory.organisations.map((o) => ({ id: o.id, names: [o.name, ...(o.shortName ? [o.shortName] : [])] }));
  return directory.bodies.map((b) => ({ id: b.id, names: [b.name, b.shortName] }));
}

const KIND_LABEL: Record<NameKind, string> = { person: 'personen', organisation: 'organisationen', organ: 'organet' };
const FOLDER: Record<NameKind, string> = { person: 'personer', organisation: 'organisationer', organ: 'organer' };

/** Ids whose name, other name or id matches the written name exactly (ignoring case and spacing). */
function matches(written: string, named: Named[]): string[] {
  const key = normalizeName(written);
  const slug = slugify(written);
  return named.filter((n) => n.id === slug || n.names.some((name) => normalizeName(name) === key)).map((n) => n.id);
}

/**
 * A written name → an id. Names are matched against the entry's name and otherNames (so
 * "Inge Søkilde" finds inge-soekilde-pedersen). Not found, or found more than once: a placeholder
 * id and a message naming the nearest names in the archive.
 */
export function resolveName(written: string, kind: NameKind, directory: Directory): Resolution {
  const named = namedOf(directory, kind);
  const ids = [...new Set(matches(written, named))];
  if (ids.length === 1) return { status: 'found', id: ids[0] };
  const label = (id: string) => `${named.find((n) => n.id === id)!.names[0]} (${id})`;
  if (ids.length > 1) {
    return {
      status: 'ambiguous', id: placeholderId(written),
      message: `"${written}" passer på flere: ${ids.map(label).join(', ')}. Skriv det rigtige id i stedet for ${placeholderId(written)}.`,
    };
  }
  const byName = new Map<string, string>();
  for (const n of named) for (const name of n.names) byName.set(name, n.id);
  const close = nearest(written, byName.keys(), 3).map((name) => `${name} (${byName.get(name)})`);
  return {
    status: 'missing', id: placeholderId(written),
    message: `${KIND_LABEL[kind]} "${written}" findes ikke i arkivet${close.length ? `; nærmeste: ${close.join(', ')}` : ''}. ` +
      `Ret ${placeholderId(written)} til det rigtige id, eller opret content/${FOLDER[kind]}/${slugify(written)}.yaml og brug dets id` +
      (kind === 'person' ? ' (en anden stavemåde skrives i otherNames).' : '.'),
  };
}

/**
 * A person named with a title in front ("forperson Ole Halfdan Larsen", "formand …"): the title is
 * dropped a word at a time until the name resolves.
 */
export function resolvePersonWithTitle(written: string, directory: Directory): Resolution {
  const name = written.replace(TITLES, '').trim() || written;
  const words = name.split(/\s+/);
  for (let drop = 0; drop <= Math.min(2, words.length - 2); drop++) {
    const r = resolveName(words.slice(drop).join(' '), 'person', directory);
    if (r.status !== 'missing') return r;
  }
  return resolveName(name, 'person', directory);
}

/** Titles the minutes put before a name; never part of it. */
const TITLES = /^(?:(?:forperson|formand|forkvinde|næstforperson|næstformand|direktør|professor|overlæge|kontorchef|chefkonsulent|konsulent)\s+)+/i;
