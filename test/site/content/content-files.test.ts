import { afterEach, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkContent } from '../../../src/lib/check.ts';
import type { Problem } from '../../../src/lib/problems.ts';
import { copyContent, ROOT, type ProjectCopy } from '../../support/project-copy.ts';

/**
 * The files and folders of content/ and public/bilag/ as the check sees them, before any field:
 * names that become ids (and URLs), files that no collection reads, symbolic links, encodings,
 * and attachment paths. Each case is one mistake in a copy of the real content.
 */

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

const PERSON = 'content/personer/ole-halfdan-larsen.yaml';
const MEETING = 'content/moeder/2025-11-18/moede.mdx';

function check(edit: (c: ProjectCopy) => void): Problem[] {
  copy = copyContent('raadsarkiv-files-');
  edit(copy);
  return checkContent(copy.dir).problems;
}

/** The one problem about `file`; fails with the whole list when there is not exactly one. */
function only(problems: Problem[], file: string): Problem {
  const own = problems.filter((p) => p.file === file);
  expect(own, JSON.stringify(problems, null, 1)).toHaveLength(1);
  return own[0];
}

const draftMeeting = `---
draft: true
body: fagligt-raad
title: "Prøvemøde"
date: "2030-01-01"
---
`;

/** The meeting of 18 November 2025 with a file on its first attachment (agenda item 2). */
function withAttachment(c: ProjectCopy, file: string, meeting = MEETING) {
  const text = c.read(meeting);
  c.write(meeting, text.replace('        title: "Oplæg til flerårigt strategisk arbejdsprogram 2026-2028"\n',
    `        title: "Oplæg til flerårigt strategisk arbejdsprogram 2026-2028"\n        file: '${file}'\n`));
}

describe('names that become ids', () => {
  it('a person file with a space and capitals: "Ny Person.yaml"', () => {
    const p = only(check((c) => c.write('content/personer/Ny Person.yaml', c.read(PERSON))), 'content/personer/Ny Person.yaml');
    expect(p).toMatchObject({ field: '(id fra filnavnet)', value: 'Ny Person', line: 1 });
    expect(p.message).toContain('filnavnet "Ny Person" kan ikke bruges som id');
    expect(p.fix).toContain('Omdøb til "ny-person"');
  });

  it('a meeting folder "%2e%2e" and one with dots', () => {
    const problems = check((c) => {
      c.write('content/moeder/%2e%2e/moede.mdx', draftMeeting);
      c.write('content/moeder/2030.01.01/moede.mdx', draftMeeting);
    });
    expect(only(problems, 'content/moeder/%2e%2e/moede.mdx').message).toContain('mappens navn "%2e%2e" kan ikke bruges som id');
    const dots = only(problems, 'content/moeder/2030.01.01/moede.mdx');
    expect(dots.message).toContain('mappens navn "2030.01.01"');
    expect(dots.fix).toContain('"2030-01-01"');
  });

  it('accepts the ids the archive uses: dates, weeks, a programme period', () => {
    const problems = check(() => {});
    expect(problems).toEqual([]);
  });
});

describe('files that no collection reads', () => {
  it('a .yml file is refused with its own message, not ignored', () => {
    const p = only(check((c) => c.write('content/personer/ny-person.yml', c.read(PERSON))), 'content/personer/ny-person.yml');
    expect(p.message).toContain('filen ender på .yml');
    expect(p.fix).toBe('Omdøb filen til ny-person.yaml.');
  });

  it('any other file, anywhere under content/', () => {
    const problems = check((c) => {
      c.write('content/noter.txt', 'huskeliste');
      c.write('content/moeder/2025-11-18/referat.docx', 'x');
      c.write('content/moeder/2025-11-18/beslutninger/.skjult.mdx', 'x');
    });
    for (const file of ['content/noter.txt', 'content/moeder/2025-11-18/referat.docx', 'content/moeder/2025-11-18/beslutninger/.skjult.mdx']) {
      expect(only(problems, file).message).toContain('filen hører ikke til nogen af arkivets samlinger');
    }
  });

  it('a symbolic link is reported and never followed', () => {
    const problems = check((c) => symlinkSync(join(ROOT, 'package.json'), join(c.dir, 'content/personer/genvej.yaml')));
    expect(only(problems, 'content/personer/genvej.yaml').message).toContain('genvej (symbolsk link)');
  });
});

describe('encodings', () => {
  it('invalid UTF-8 (a Latin-1 "ø") names the file and the line', () => {
    const p = only(check((c) => writeFileSync(join(c.dir, PERSON), Buffer.concat([
      Buffer.from('name: Ole Halfdan Larsen\nnotes:\n  - "S'), Buffer.from([0xf8]), Buffer.from('ren"\nmemberships: []\n')]))), PERSON);
    expect(p).toMatchObject({ line: 3, field: '(tegnsæt)', value: 'byte 0xF8' });
    expect(p.message).toContain('filen er ikke gemt som UTF-8: linje 3');
  });

  it('a BOM in a YAML file', () => {
    const p = only(check((c) => c.write(PERSON, `\uFEFF${c.read(PERSON)}`)), PERSON);
    expect(p).toMatchObject({ line: 1, field: '(tegnsæt)' });
    expect(p.message).toContain('BOM-tegn');
  });

  it('a BOM in an MDX file gets the BOM message, not "mangler front matter"', () => {
    const p = only(check((c) => c.write(MEETING, `\uFEFF${c.read(MEETING)}`)), MEETING);
    expect(p.message).toContain('BOM-tegn');
    expect(p.fix).toContain('UTF-8');
  });
});

describe('attachment files', () => {
  it('a path with ../ to a file that exists outside public/', () => {
    const p = only(check((c) => {
      withAttachment(c, '../package.json');
      writeFileSync(join(c.dir, 'package.json'), '{}');
    }), MEETING);
    expect(p).toMatchObject({ field: 'agenda[1].attachments[0].file', value: '../package.json' });
    expect(p.message).toContain('stien "../package.json" er ikke tilladt');
  });

  it('an absolute path, and a path that climbs out of bilag/', () => {
    for (const file of ['/etc/hostname', 'bilag/../../package.json', 'bilag\\2025-11-18\\bilag-1.pdf']) {
      expect(only(check((c) => withAttachment(c, file)), MEETING).message).toContain(`er ikke tilladt`);
      copy!.remove();
    }
  });

  it('a symbolic link in public/bilag/ that leads out of it', () => {
    const problems = check((c) => {
      withAttachment(c, 'bilag/2025-11-18/bilag-1.pdf');
      mkdirSync(join(c.dir, 'public/bilag/2025-11-18'), { recursive: true });
      symlinkSync(join(ROOT, 'package.json'), join(c.dir, 'public/bilag/2025-11-18/bilag-1.pdf'));
    });
    expect(only(problems, MEETING).message).toContain('er en genvej til en fil uden for public/bilag/');
  });

  it('a published meeting\'s attachment in public/bilag/ is fine', () => {
    expect(check((c) => {
      withAttachment(c, 'bilag/2025-11-18/bilag-1.pdf');
      c.write('public/bilag/2025-11-18/bilag-1.pdf', '%PDF-1.4');
    })).toEqual([]);
  });

  it('a draft meeting\'s attachment may not lie in public/, where the build would publish it', () => {
    const problems = check((c) => {
      c.write(MEETING, c.read(MEETING).replace(/^---\n/, '---\ndraft: true\n'));
      withAttachment(c, 'bilag/2025-11-18/bilag-1.pdf');
      c.write('public/bilag/2025-11-18/bilag-1.pdf', '%PDF-1.4');
    });
    const p = only(problems, 'public/bilag/2025-11-18/bilag-1.pdf');
    expect(p.message).toBe(`bilaget hører til et udkast (${MEETING}), men ligger i public/, som altid offentliggøres`);
    expect(p.fix).toContain('Flyt filen ud af public/');
  });

  it('a file in public/bilag/ that no published meeting lists', () => {
    const p = only(check((c) => c.write('public/bilag/gammelt/bilag-9.pdf', '%PDF-1.4')), 'public/bilag/gammelt/bilag-9.pdf');
    expect(p.message).toContain('bruges ikke af noget offentliggjort møde');
  });
});
