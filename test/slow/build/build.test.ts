import { afterAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { buildProject, copyProject, type ProjectCopy } from '../../support/project-copy.ts';

/**
 * Real builds of a copy of the project: bad content must stop the build with a message naming
 * file, field, value and fix; GitHub-flavoured Markdown must render with the chosen processor.
 */
const projects: ProjectCopy[] = [];
afterAll(() => projects.forEach((p) => p.remove()));

describe('the build', () => {
  it('stops on a dangling reference and names file, field, value and fix', () => {
    const project = copyProject();
    projects.push(project);
    const file = join(project.dir, 'content/moeder/2025-11-18/beslutninger/2025-11-18-3.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('matters: [genom-initiativer]', 'matters: [genominitiativer]'));
    const { code, output } = buildProject(project.dir);
    expect(code).not.toBe(0);
    expect(output).toContain('content/moeder/2025-11-18/beslutninger/2025-11-18-3.mdx');
    expect(output).toContain('felt: matters[0] = "genominitiativer"');
    expect(output).toContain('ukendt sag: der findes ingen sag med id "genominitiativer"');
    expect(output).toContain('genom-initiativer');
  });

  it('renders GitHub-flavoured Markdown: tables, footnotes, strikethrough, autolinks', () => {
    const project = copyProject();
    projects.push(project);
    const dir = join(project.dir, 'content/moeder/2030-01-02');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'moede.mdx'), [
      '---', 'body: fagligt-raad', 'title: "GFM-prøve"', 'date: "2030-01-02"',
      'agenda:', '  - number: 1', '    title: "Prøve"', '---', '',
      '<Punkt nr={1} titel="Prøve">', '',
      '| Område | Rang |', '| --- | --- |', '| D | 1 |', '',
      'En fodnote[^1] og ~~overstreget~~ tekst og https://www.regioner.dk som link.', '',
      '[^1]: Fodnotens tekst.', '', '</Punkt>', '',
    ].join('\n'));
    const { code, output } = buildProject(project.dir);
    expect(code, output).toBe(0);
    const html = readFileSync(join(project.dir, 'dist/moeder/2030-01-02/index.html'), 'utf8');
    expect(html).toMatch(/<table>[\s\S]*<th>Område<\/th>[\s\S]*<td>D<\/td>/);
    expect(html).toMatch(/<del>overstreget<\/del>/);
    expect(html).toMatch(/<a href="https:\/\/www\.regioner\.dk"[^>]*>https:\/\/www\.regioner\.dk<\/a>/);
    expect(html).toMatch(/<section[^>]*data-footnotes[\s\S]*Fodnotens tekst/);
  });
});
