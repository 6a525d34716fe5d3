/**
 * `npm run ny-moede -- --organ fagligt-raad --dato 2026-02-03`: create the file for a body's next
 * meeting as a draft (see src/lib/scaffold.ts). Never overwrites a meeting. Exit code 0 when the
 * file was written, 1 on any error. Run from the project root (npm run does that).
 * Node runs this file directly (type stripping), so only erasable TypeScript syntax is used.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../src/lib/content-source.ts';
import { validateEntries } from '../src/lib/validate.ts';
import { scaffoldMeeting, DEFAULT_ITEMS } from '../src/lib/scaffold.ts';
import { checkContent } from '../src/lib/check.ts';
import { formatProblems } from '../src/lib/problems.ts';

const USAGE = `Brug: npm run ny-moede -- --organ <organ> --dato <ÅÅÅÅ-MM-DD> [valg]

Opretter content/moeder/<dato>/moede.mdx som et udkast (draft: true) med dagsorden,
deltagerliste fra organets medlemmer på datoen og tomme afsnit til hvert punkt.

  --organ <id>       organets id, fx fagligt-raad (påkrævet)
  --dato <dato>      mødets dato, fx 2026-02-03 (påkrævet)
  --punkter <antal>  antal dagsordenspunkter med Velkomst og Eventuelt (standard ${DEFAULT_ITEMS})
  --start <TT:MM>    mødets start, fx 10:00
  --slut <TT:MM>     mødets slutning, fx 13:00
  --form <form>      virtuelt eller fysisk
  --sted <sted>      stedet for et fysisk møde, fx Aarhus
  --id <id>          mappens navn, hvis det ikke blot skal være datoen, fx 2026-02-03-bestyrelsen
  --hjaelp           vis denne tekst

Vejledning: docs/redaktionsvejledning.md`;

function fail(message: string): never {
  console.error(`${message}\n`);
  process.exit(1);
}

let values: Record<string, string | boolean | undefined>;
try {
  ({ values } = parseArgs({
    options: {
      organ: { type: 'string' }, dato: { type: 'string' }, punkter: { type: 'string' }, start: { type: 'string' },
      slut: { type: 'string' }, form: { type: 'string' }, sted: { type: 'string' }, id: { type: 'string' }, hjaelp: { type: 'boolean' },
    },
    strict: true,
    allowPositionals: false,
  }));
} catch (err) {
  const option = /'(-[-a-z]+)/.exec((err as Error).message)?.[1] ?? '';
  const what = (err as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? `Ukendt valg ${option}.` : `Valget ${option} mangler en værdi, eller har en, det ikke skal have.`;
  fail(`${what}\n\n${USAGE}`);
}
if (values.hjaelp) {
  console.log(USAGE);
  process.exit(0);
}

const root = process.cwd();
const { entries, problems: readProblems } = readContent(join(root, 'content'), root);
const { archive, problems: schemaProblems } = validateEntries(entries);
if (!values.organ || !values.dato) {
  const bodies = archive.bodies.map((b) => `  ${b.id}  (${b.data.name})`).join('\n');
  fail(`Angiv både --organ og --dato.\n\nOrganer:\n${bodies}\n\n${USAGE}`);
}

// The attendance comes from people and bodies; if one of those files is broken, the list would be wrong.
const blocking = [...readProblems, ...schemaProblems].filter((p) => /^content\/(personer|organer)\//.test(p.file));
if (blocking.length > 0) {
  fail(`Deltagerlisten kan ikke laves, før fejlene i personer og organer er rettet:\n\n${formatProblems(blocking)}`);
}

const meetingsDir = join(root, 'content', 'moeder');
const takenIds = new Set<string>(existsSync(meetingsDir) ? readdirSync(meetingsDir) : []);
const result = scaffoldMeeting({ bodies: archive.bodies, people: archive.people, meetings: archive.meetings, takenIds }, {
  body: values.organ as string,
  date: values.dato as string,
  id: values.id as string | undefined,
  items: values.punkter === undefined ? undefined : Number(values.punkter),
  start: values.start as string | undefined,
  end: values.slut as string | undefined,
  form: values.form as string | undefined,
  location: values.sted as string | undefined,
});
if (!result.ok) fail(result.errors.join('\n'));

const abs = join(root, result.file);
mkdirSync(join(meetingsDir, result.id), { recursive: true });
try {
  // 'wx' fails if the file exists, so nothing is ever overwritten, even in a race.
  writeFileSync(abs, result.text, { flag: 'wx' });
} catch {
  fail(`Mødet findes allerede: ${result.file}. Kommandoen overskriver aldrig et møde.`);
}

console.log(`Oprettet ${result.file} (udkast): ${result.present} deltagere, ${result.secretariat} i sekretariatet, ${result.items} dagsordenspunkter.`);
for (const note of result.notes) console.log(`\nBemærk: ${note}`);
console.log(`
Næste skridt:
  1. Åbn ${result.file} og skriv dagsorden og referat, hvor der står UDFYLD.
  2. Kør "npm run check" for at finde fejl.
  3. Kør "npm run preview:serve", og åbn http://127.0.0.1:4321/ for at se udkastet på siden.
  4. Slet linjen "draft: true", når mødet må offentliggøres, og åbn en pull request.`);

// The new file must pass the check as it is; if it does not, that is a fault in the scaffold.
const own = checkContent(root).problems.filter((p) => p.file === result.file);
if (own.length > 0) fail(`Den nye fil har fejl (fejl i skabelonen – kontakt en udvikler):\n\n${formatProblems(own)}`);
