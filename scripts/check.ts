/**
 * `npm run check`: validate all content (schemas, integrity and publishing rules) without building
 * the site. Prints each problem as file:line, field, what is wrong and how to fix it, in Danish;
 * exits 1 on problems. Run from the project root (the folder with content/ and public/).
 */
import { checkContent, contentSummary } from '../src/lib/check.ts';
import { formatProblems } from '../src/lib/problems.ts';

const started = performance.now();
const { archive, problems } = checkContent(process.cwd());
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  console.error(`Ret fejlene, og kør "npm run check" igen. Vejledning: docs/redaktionsvejledning.md (kontrolleret på ${ms} ms).`);
  process.exit(1);
}
console.log(`Indholdet er i orden: ${contentSummary(archive)}. Kontrolleret på ${ms} ms.`);
