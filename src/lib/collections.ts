import type { z } from 'astro/zod';
import {
  organisationSchema, bodySchema, personSchema, meetingSchema, decisionSchema,
  workProgrammeSchema, matterSchema, followUpSchema,
} from '../schemas/index.ts';
import { meetingComponents, noComponents, type ComponentSpec } from './mdx-components.ts';

/**
 * Where each collection lives under content/ and how its ids are made. Both Astro's content
 * config and the check command read this table, so the two can never disagree.
 *
 * Ids come from file names (or, for meetings, the folder name), never from a field inside the
 * file: the secretariat sees the id in the file tree, and a URL follows from it.
 */
export interface CollectionDef {
  /** Folder under content/. */
  dir: string;
  /** Files matched inside the folder; "*" matches one path segment (no slashes). */
  pattern: string;
  /** Turn a path relative to `dir` into the entry's id. */
  idFromPath: (relativePath: string) => string;
  /** YAML data or MDX (front matter + body). */
  format: 'yaml' | 'mdx';
  schema: z.ZodType;
  /** Danish name used in messages. */
  label: string;
  /** For MDX: the components its body may use (src/lib/mdx-allow-list.ts). */
  components?: ComponentSpec;
  /** For MDX without components: the build renders the body as Markdown (src/lib/markdown-entries.ts). */
  renderAs?: 'markdown';
}

const stem = (p: string) => p.split('/').pop()!.replace(/\.(ya?ml|mdx?)$/, '');
const firstFolder = (p: string) => p.split('/')[0];

export const collectionDefs = {
  organisations: { dir: 'organisationer', pattern: '*.yaml', idFromPath: stem, format: 'yaml', schema: organisationSchema, label: 'organisation' },
  bodies: { dir: 'organer', pattern: '*.yaml', idFromPath: stem, format: 'yaml', schema: bodySchema, label: 'organ' },
  people: { dir: 'personer', pattern: '*.yaml', idFromPath: stem, format: 'yaml', schema: personSchema, label: 'person' },
  meetings: { dir: 'moeder', pattern: '*/moede.mdx', idFromPath: firstFolder, format: 'mdx', schema: meetingSchema, label: 'møde', components: meetingComponents },
  decisions: { dir: 'moeder', pattern: '*/beslutninger/*.mdx', idFromPath: stem, format: 'mdx', schema: decisionSchema, label: 'beslutning', components: noComponents, renderAs: 'markdown' },
  followUps: { dir: 'moeder', pattern: '*/opfoelgning/*.yaml', idFromPath: stem, format: 'yaml', schema: followUpSchema, label: 'opfølgning' },
  programmes: { dir: 'arbejdsprogram', pattern: '*.mdx', idFromPath: stem, format: 'mdx', schema: workProgrammeSchema, label: 'arbejdsprogram', components: noComponents },
  matters: { dir: 'sager', pattern: '*.yaml', idFromPath: stem, format: 'yaml', schema: matterSchema, label: 'sag' },
} as const satisfies Record<string, CollectionDef>;

export type CollectionName = keyof typeof collectionDefs;
export const collectionNames = Object.keys(collectionDefs) as CollectionName[];
