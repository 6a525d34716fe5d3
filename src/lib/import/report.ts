import type { Problem } from '../problems.ts';
import { formatDate } from '../dates.ts';
import type { Draft } from './build.ts';
import type { ImportedFile } from './index.ts';

/**
 * The report the command prints after an import, in Danish: what was written, what the
 * secretariat must review, what the content check says about the new files, and what to do next.
 */
export function formatReport(input: {
  source: string;
  draft: Draft;
  files: ImportedFile[];
  removed: string[];
  problems: Problem[];
  otherProblems: number;
  docxMessages: string[];
}): string {
  const { draft, files } = input;
  const m = draft.meeting;
  const out: string[] = [];
  out.push(`Importeret ${input.source} som KLADDE (draft: true) i content/moeder/${draft.meetingId}/`);
  out.push(`  ${m.title}`);
  out.push(`  ${formatDate(m.date)} · ${m.agenda.length} dagsordenspunkter · ${m.attendance.present.length} deltagere, ${m.attendance.secretariat.length} i sekretariatet, ${m.attendance.absent.length} afbud`);
  out.push('', 'Skrevet:');
  for (const f of files) {
    const d = draft.decisions.find((x) => f.path.endsWith(`/${x.id}.mdx`));
    out.push(`  content/${f.path}${d ? `  (foreslået beslutning, pkt. ${d.item}: ${d.kind})` : ''}`);
  }
  for (const r of input.removed) out.push(`  slettet: content/${r} (erstattet af importens forslag)`);

  const review = [...draft.review, ...input.docxMessages.map((message) => ({ where: 'Word-dokumentet', message }))];
  out.push('', `Skal gennemgås (${review.length + draft.decisions.length}):`);
  for (const d of draft.decisions) out.push(`  - Pkt. ${d.item}: foreslået beslutning ${d.id} (${d.kind}) ud fra "${d.signal}" – tjek den, eller slet filen.`);
  for (const r of review) out.push(`  - ${r.where}: ${r.message}`);

  out.push('');
  if (input.problems.length === 0) out.push('Indholdskontrollen (npm run check) finder ingen fejl i de nye filer.');
  else {
    out.push(`Indholdskontrollen finder ${input.problems.length} fejl i de nye filer (ret dem, før kladden kan bygges):`);
    for (const p of input.problems) out.push(`  - ${p.file}${p.line ? `:${p.line}` : ''} ${p.field}${p.value === undefined ? '' : ` = ${JSON.stringify(p.value)}`}: ${p.message}. ${p.fix}`);
  }
  if (input.otherProblems > 0) out.push(`(Resten af indholdet har ${input.otherProblems} fejl, som ikke skyldes importen; se npm run check.)`);

  out.push('', 'Næste skridt:',
    `  1. Læs content/moeder/${draft.meetingId}/moede.mdx og beslutningerne igennem mod Word-dokumentet.`,
    '  2. npm run check',
    `  3. Se kladden: PREVIEW=true npm run build && npm run preview  →  /moeder/${draft.meetingId}/`,
    '  4. Fjern draft: true og importens noter, når referatet skal offentliggøres.');
  return out.join('\n') + '\n';
}
