import { lstatSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { collectionDefs, collectionNames } from './collections.ts';
import { matchFiles } from './content-source.ts';
import type { Problem } from './problems.ts';

/**
 * Rules for the files and folders under content/ themselves, before anything is read:
 * - every file belongs to a collection (src/lib/collections.ts); anything else, a .yml file or a
 *   stray document, is reported rather than silently left out of the site;
 * - nothing is a symbolic link, so no content is read from outside the repository.
 * The names that become ids are checked as each file is read (src/lib/id-names.ts).
 */

/** Every file under content/ that no collection reads, and every symbolic link. */
export function unexpectedContentFiles(contentDir: string, root: string): Problem[] {
  const expected = new Set<string>();
  for (const name of collectionNames) {
    const def = collectionDefs[name];
    for (const rel of matchFiles(join(contentDir, def.dir), def.pattern)) expected.add(`${def.dir}/${rel}`);
  }
  // A meeting's original document (the minutes file it was made from); the integrity rules check
  // that it is the one the meeting names (src/lib/integrity.ts).
  for (const rel of matchFiles(join(contentDir, 'moeder'), '*/original/*')) expected.add(`moeder/${rel}`);
  const problems: Problem[] = [];
  const show = (abs: string) => relative(root, abs).split('\\').join('/');
  const walk = (abs: string) => {
    for (const name of readdirSync(abs).sort()) {
      const child = join(abs, name);
      const rel = relative(contentDir, child).split('\\').join('/');
      const stat = lstatSync(child);
      if (stat.isSymbolicLink()) {
        problems.push({
          file: show(child), field: '(fil)', message: 'filen er en genvej (symbolsk link); arkivet læser kun almindelige filer i content/',
          fix: 'Erstat genvejen med selve filen, eller slet den.',
        });
      } else if (stat.isDirectory()) {
        walk(child);
      } else if (!expected.has(rel)) {
        problems.push({ file: show(child), field: '(fil)', ...unexpectedFile(rel) });
      }
    }
  };
  walk(contentDir);
  return problems;
}

function unexpectedFile(rel: string): { message: string; fix: string } {
  if (rel.endsWith('.yml')) {
    return {
      message: 'filen ender på .yml; arkivet læser kun filer, der ender på .yaml, så denne fil ville ikke komme med',
      fix: `Omdøb filen til ${rel.split('/').pop()!.replace(/\.yml$/, '.yaml')}.`,
    };
  }
  const places = collectionNames.map((n) => `content/${collectionDefs[n].dir}/${collectionDefs[n].pattern}`);
  return {
    message: 'filen hører ikke til nogen af arkivets samlinger og ville ikke komme med på siden',
    fix: `Flyt eller omdøb filen, så den passer til et af mønstrene ${[...new Set(places)].join(', ')}, eller slet den. Bilag hører til i public/bilag/, et mødes originale referatfil i content/moeder/<møde>/original/.`,
  };
}
