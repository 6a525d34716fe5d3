/**
 * `npm run importer -- <fil.docx|fil.txt> [--organ <id>] [--overskriv]`
 *
 * Imports minutes written in Danske Regioner's template (Word or plain text) into a DRAFT meeting:
 * content/moeder/<id>/moede.mdx and proposed decisions in beslutninger/. Prints a report of what
 * must be reviewed. Nothing in content/ is overwritten without --overskriv; a file that is not
 * minutes gets a message and nothing is written. The logic is in src/lib/import/.
 */
import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent } from '../src/lib/check.ts';
import { readContent } from '../src/lib/content-source.ts';
import { validateEntries } from '../src/lib/validate.ts';
import { directoryFrom, importMinutes, NotMinutesError } from '../src/lib/import/index.ts';
import { textFromDocx } from '../src/lib/import/docx.ts';
import { planWrite, writeFiles } from '../src/lib/import/write.ts';
import { formatReport } from '../src/lib/import/report.ts';

const USAGE = `Brug: npm run importer -- <referat.docx|referat.txt> [--organ <organ-id>] [--overskriv]

  --organ <id>   organet, hvis møde det er (fx fagligt-raad); ellers findes det i referatets titel
  --overskriv    erstat et møde, der allerede findes i content/moeder/<id>/
`;

function fail(message: string): never {
  console.error(`${message}\n`);
  process.exit(1);
}

let args;
try {
  args = parseArgs({
    allowPositionals: true,
    options: { organ: { type: 'string' }, overskriv: { type: 'boolean', default: false }, hjaelp: { type: 'boolean', short: 'h', default: false } },
  });
} catch (e) {
  fail(`${(e as Error).message}\n\n${USAGE}`);
}
if (args.values.hjaelp) {
  console.log(USAGE);
  process.exit(0);
}
if (args.positionals.length !== 1) fail(`Angiv præcis én fil at importere.\n\n${USAGE}`);

const source = args.positionals[0];
if (!existsSync(source)) fail(`Filen findes ikke: ${source}`);
const ext = extname(source).toLowerCase();
const bytes = readFileSync(source);
const isZip = bytes.subarray(0, 2).toString('latin1') === 'PK';

let text: string;
let docxMessages: string[] = [];
if (ext === '.docx') {
  if (!isZip) fail(`${source} er ikke et Word-dokument (.docx). Gem referatet fra Word som "Word-dokument (*.docx)" eller som almindelig tekst (.txt). Intet er skrevet.`);
  try {
    ({ text, messages: docxMessages } = await textFromDocx(bytes));
  } catch (e) {
    fail(`${source} kunne ikke læses som Word-dokument (${(e as Error).message}). Intet er skrevet.`);
  }
} else if (ext === '.txt' || ext === '.text' || ext === '.md') {
  if (isZip) fail(`${source} ligner et Word-dokument, ikke tekst. Omdøb filen til .docx. Intet er skrevet.`);
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Older Windows programs save text as Windows-1252, not UTF-8.
    text = new TextDecoder('windows-1252').decode(bytes);
  }
} else {
  fail(`Importen læser Word-dokumenter (.docx) og tekstfiler (.txt), ikke "${ext || basename(source)}". Intet er skrevet.`);
}

const root = process.cwd();
const contentDir = join(root, 'content');
if (!existsSync(contentDir)) fail(`Der er ingen content/-mappe i ${root}. Kør kommandoen fra projektets rod.`);
const { entries } = readContent(contentDir, root);
const directory = directoryFrom(validateEntries(entries).archive);

let result;
try {
  // The original file goes beside the draft (original/), byte for byte.
  result = importMinutes(text, directory, { body: args.values.organ }, { name: basename(source), bytes });
} catch (e) {
  if (e instanceof NotMinutesError) fail(`${basename(source)}: ${e.message}`);
  throw e;
}

const { draft, files } = result;
const plan = planWrite(contentDir, files, draft.meeting.body);
if (plan.refusal) fail(`${plan.refusal} Intet er skrevet.`);
if (!args.values.overskriv && (plan.existing.length > 0 || plan.removed.length > 0)) {
  fail(`Mødet ${draft.meetingId} findes allerede:\n${[...plan.existing, ...plan.removed].map((p) => `  content/${p}`).join('\n')}\n` +
    'Intet er skrevet. Brug --overskriv for at erstatte mødet og dets beslutninger med importens kladde (opfølgninger røres ikke).');
}
writeFiles(contentDir, files, plan);

const folder = `content/moeder/${draft.meetingId}/`;
const { problems } = checkContent(root);
const own = problems.filter((p) => p.file.startsWith(folder));
console.log(formatReport({
  source: basename(source), draft, files, removed: plan.removed, problems: own, otherProblems: problems.length - own.length, docxMessages,
}));
