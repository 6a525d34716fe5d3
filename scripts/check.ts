/**
 * `npm run check`: validate all content (schemas and integrity rules) without building the site.
 * Prints each problem as file:line, field, what is wrong and how to fix it; exits 1 on problems.
 */
import { checkContent } from '../src/lib/check.ts';
import { formatProblems } from '../src/lib/problems.ts';

const started = performance.now();
const { archive, problems } = checkContent(process.cwd());
const ms = Math.round(performance.now() - started);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
console.log(`Indholdet er i orden (${archive.meetings.length} møder, ${archive.decisions.length} beslutninger, ${archive.followUps.length} opfølgninger, ${archive.people.length} personer) – kontrolleret på ${ms} ms.`);
