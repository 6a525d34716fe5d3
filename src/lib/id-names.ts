import type { CollectionName } from './collections.ts';
import type { Problem } from './problems.ts';
import { ID_PATTERN } from '../schemas/common.ts';

/**
 * Ids come from file and folder names (src/lib/collections.ts) and become URLs, so every such name
 * must follow the id rule of the schemas (src/schemas/common.ts, `slug`): small letters a-z, digits
 * and hyphens. "Ny Person.yaml" or a folder "%2e%2e" would otherwise build pages whose addresses
 * hold spaces, dots or escapes. A meeting's id is its folder, "2025-11-18"; an area id such as
 * "2026-2028/A" is made of a programme's id and a letter from inside the file, not of a name.
 */

/**
 * Danish text → an id or URL segment, by the content's id rule: "Henrik Ancher Sørensen" →
 * "henrik-ancher-soerensen", "taget til efterretning" → "taget-til-efterretning" (æ→ae, ø→oe, å→aa).
 */
export function slugify(text: string): string {
  return text.toLowerCase()
    .replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa')
    .normalize('NFKD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '');
}

/** A problem for an entry whose file or folder name is not a valid id; undefined when it is. */
export function idNameProblem(collection: CollectionName, id: string, file: string): Problem | undefined {
  if (ID_PATTERN.test(id)) return undefined;
  const what = collection === 'meetings' ? 'mappens navn' : 'filnavnet';
  const better = slugify(decodeURIComponentSafe(id));
  return {
    file, line: 1, field: '(id fra filnavnet)', value: id,
    message: `${what} "${id}" kan ikke bruges som id: et id står i sidens adresse og må kun indeholde små bogstaver a-z, tal og bindestreger`,
    fix: better ? `Omdøb til "${better}" (æ → ae, ø → oe, å → aa, mellemrum → bindestreg), og ret henvisninger til det gamle navn.` : 'Giv den et navn af små bogstaver a-z, tal og bindestreger.',
  };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
