import type { ArchiveIndex } from './archive-index.ts';
import type { Entry } from './archive-types.ts';
import type { Decision, Meeting } from '../schemas/index.ts';
import { decisionKinds } from '../schemas/index.ts';
import { paths, areaSlug } from './urls.ts';
import { slugify } from './id-names.ts';
import { meetingYear } from './meetings.ts';
import { areaTitle } from './links.ts';
import { decisionKindLabel } from './vocabulary.ts';

/**
 * The decision register's filters. Each filter value gets its own static page (no JavaScript):
 * /beslutninger/aar/2025/, /beslutninger/type/prioritering/, /beslutninger/organ/fagligt-raad/,
 * /beslutninger/omraade/2026-2028-d/. Only values that some decision has are listed, so no
 * filter page is ever empty.
 */

export type FacetKey = 'aar' | 'type' | 'organ' | 'omraade';

export interface FacetValue {
  facet: FacetKey;
  /** The URL segment, e.g. "2025", "prioritering", "fagligt-raad", "2026-2028-d". */
  slug: string;
  /** What the filter link says. */
  label: string;
  /** Site-relative path of the filter page. */
  path: string;
  /** The decisions with this value, newest first. */
  decisions: Entry<Decision>[];
}

export interface Facet {
  key: FacetKey;
  /** Heading of the filter group. */
  title: string;
  values: FacetValue[];
}

const facetCache = new WeakMap<ArchiveIndex, Facet[]>();

/** The filters and their values, worked out once per index (every register page shows them all). */
export function decisionFacets(index: ArchiveIndex): Facet[] {
  let facets = facetCache.get(index);
  if (!facets) facetCache.set(index, (facets = computeFacets(index)));
  return facets;
}

function computeFacets(index: ArchiveIndex): Facet[] {
  const all = index.decisionsNewestFirst;
  const meetingOf = (d: Entry<Decision>) => index.meetings.get(d.data.meeting)!.data;
  const values = (facet: FacetKey, keys: Array<{ slug: string; label: string; path: string; test: (d: Entry<Decision>) => boolean }>) =>
    keys.map((k) => ({ facet, slug: k.slug, label: k.label, path: k.path, decisions: all.filter(k.test) }))
      .filter((v) => v.decisions.length > 0);

  const years = [...new Set(all.map((d) => meetingYear(meetingOf(d))))].sort((a, b) => b - a);
  const bodies = index.bodiesByName;
  return [
    {
      key: 'aar', title: 'År',
      values: values('aar', years.map((y) => ({ slug: String(y), label: String(y), path: paths.decisionsByYear(y), test: (d) => meetingYear(meetingOf(d)) === y }))),
    },
    {
      key: 'type', title: 'Type',
      values: values('type', decisionKinds.map((k) => ({ slug: slugify(k), label: decisionKindLabel[k], path: paths.decisionsByKind(slugify(k)), test: (d) => d.data.kind === k }))),
    },
    {
      key: 'organ', title: 'Organ',
      values: values('organ', bodies.map((b) => ({ slug: b.id, label: b.data.name, path: paths.decisionsByBody(b.id), test: (d) => meetingOf(d).body === b.id }))),
    },
    {
      key: 'omraade', title: 'Indsatsområde',
      values: values('omraade', [...index.areas.values()].map((a) => ({
        slug: areaSlug(a.id), label: `${areaTitle(a)} (${a.programme.id})`, path: paths.decisionsByArea(a.id),
        test: (d) => d.data.areas.includes(a.id),
      }))),
    },
  ];
}

/** Consecutive decisions of the same meeting, in the order given. */
export function groupByMeeting(decisions: Entry<Decision>[]): Array<{ meetingId: string; decisions: Entry<Decision>[] }> {
  const groups: Array<{ meetingId: string; decisions: Entry<Decision>[] }> = [];
  for (const d of decisions) {
    const last = groups.at(-1);
    if (last && last.meetingId === d.data.meeting) last.decisions.push(d);
    else groups.push({ meetingId: d.data.meeting, decisions: [d] });
  }
  return groups;
}
