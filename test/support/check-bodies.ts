/**
 * Run the content check's body parsing over the bodies given as JSON on stdin, in a process of its
 * own: a native parser that aborts (a Rust panic cannot be caught in JavaScript) then fails the
 * test that started this process, naming the input, instead of killing the test runner's worker.
 * Prints the index of each body before it is read, so the last line names the one that aborted.
 */
import { readFileSync } from 'node:fs';
import { checkMdxBody } from '../../src/lib/mdx-allow-list.ts';
import { meetingComponents, noComponents } from '../../src/lib/mdx-components.ts';
import { markdownReadingProblem } from '../../src/lib/markdown-entries.ts';

const bodies = JSON.parse(readFileSync(0, 'utf8')) as string[];
bodies.forEach((body, i) => {
  process.stdout.write(`${i}\n`);
  checkMdxBody('prove.mdx', body, 1, meetingComponents);
  // As the check reads a decision: MDX without components, then Markdown where MDX accepted it.
  if (checkMdxBody('prove.mdx', body, 1, noComponents).problems.length === 0) markdownReadingProblem('prove.mdx', body, 1);
});
process.stdout.write('done\n');
