import { afterEach, describe, expect, it } from 'vitest';
import { copyContent, runScript, type ProjectCopy } from '../../support/project-copy.ts';

/**
 * `npm run check` as the secretariat meets it: the real command on a copy of the content with one
 * deliberate mistake, checking the exit code, the file:line, the field and the Danish message and
 * fix. Each mistake must give exactly its own problem(s), not a cascade through the references.
 * (The integrity rules' own unit tests are in test/unit/integrity.test.ts.)
 */

let copy: ProjectCopy | undefined;
afterEach(() => copy?.remove());

interface Output { status: number | null; out: string; problems: number }

function check(edit: (c: ProjectCopy) => void = () => {}): Output {
  copy = copyContent('raadsarkiv-check-');
  edit(copy);
  const r = runScript('check.ts', [], copy.dir);
  const out = r.stdout + r.stderr;
  const count = /Indholdet har (\d+) fejl/.exec(out);
  return { status: r.status, out, problems: count ? Number(count[1]) : 0 };
}

/** Replace `from` by `to` in a content file; the text must be there exactly once. */
function edit(c: ProjectCopy, file: string, from: string | RegExp, to: string) {
  const text = c.read(file);
  const matches = text.match(typeof from === 'string' ? new RegExp(from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g') : new RegExp(from.source, 'gm'));
  if (matches?.length !== 1) throw new Error(`fixture: ${JSON.stringify(String(from))} is in ${file} ${matches?.length ?? 0} times`);
  c.write(file, text.replace(from, to));
}

/** 1-based line of the first line containing `needle`. */
function lineOf(c: ProjectCopy, file: string, needle: string): number {
  const i = c.read(file).split('\n').findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`fixture: "${needle}" not in ${file}`);
  return i + 1;
}

/** The block the check prints for one problem, starting at "file:line". */
function block(out: string, where: string): string {
  const start = out.indexOf(`${where}\n`);
  expect(start, `no problem reported at ${where} in:\n${out}`).toBeGreaterThan(-1);
  const end = out.indexOf('\n\n', start);
  return out.slice(start, end < 0 ? undefined : end);
}

const MEETING = 'content/moeder/2025-11-18/moede.mdx';
const PERSON = 'content/personer/thomas-morris-hey.yaml';

describe('npm run check on valid content', () => {
  it('exits 0, counts what it checked, and takes well under the time of a build', () => {
    const r = check();
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/^Indholdet er i orden: 7 møder, 6 beslutninger, 12 opfølgninger, 17 personer\. Kontrolleret på (\d+) ms\.$/m);
    const ms = Number(/Kontrolleret på (\d+) ms/.exec(r.out)![1]);
    console.log(`check: ${ms} ms inside the command`);
    expect(ms).toBeLessThan(5000);
  });

  it('counts drafts separately', () => {
    const r = check((c) => {
      c.write('content/moeder/2026-06-09/moede.mdx', '---\ndraft: true\nbody: fagligt-raad\ntitle: "Udkast"\ndate: "2026-06-09"\n---\n');
    });
    expect(r.status).toBe(0);
    expect(r.out).toContain('8 møder (heraf 1 udkast)');
  });
});

describe('each problem is printed as file:line, field, what is wrong and how to fix it, in Danish', () => {
  it('prints the four parts and a closing hint, and exits 1', () => {
    const r = check((c) => edit(c, MEETING, 'status: afholdt', 'status: afholt'));
    expect(r.status).toBe(1);
    expect(r.problems).toBe(1);
    const line = lineOf(copy!, MEETING, 'status: afholt');
    expect(block(r.out, `${MEETING}:${line}`)).toBe([
      `${MEETING}:${line}`,
      '  felt: statusHistory[0].status = "afholt"',
      '  fejl: ugyldig værdi "afholt"',
      '  ret:  Brug en af: planlagt, afholdt, aflyst. Mente du "afholdt"?',
    ].join('\n'));
    expect(r.out).toContain('Ret fejlene, og kør "npm run check" igen. Vejledning: docs/redaktionsvejledning.md');
  });
});

describe('YAML syntax errors', () => {
  it('an unclosed quote in a YAML file', () => {
    const r = check((c) => edit(c, PERSON, 'name: Thomas Morris Hey', 'name: "Thomas Morris Hey'));
    expect(r.status).toBe(1);
    expect(r.problems).toBe(1);
    expect(r.out).toMatch(new RegExp(`${PERSON}:\\d+\\n  felt: \\(YAML\\)\\n  fejl: YAML-fejl: et citationstegn er ikke lukket`));
  });

  it('a missing colon in a meeting\'s front matter points at the line in the .mdx file', () => {
    const r = check((c) => edit(c, MEETING, 'form: virtuelt', 'form virtuelt'));
    expect(r.status).toBe(1);
    const line = lineOf(copy!, MEETING, 'form virtuelt');
    // The parser reads on to the next line before it gives up, so the message names both.
    expect(r.out).toContain(`${MEETING}:${line}\n  felt: (YAML)\n  fejl: YAML-fejl: et feltnavn mangler kolon, eller en linje er rykket forkert ind (linje ${line}–${line + 1})`);
  });

  it('a text with a colon that is not in quotes', () => {
    const r = check((c) => edit(c, PERSON, 'name: Thomas Morris Hey', 'name: Thomas: Morris Hey'));
    expect(r.out).toContain('et kolon står, hvor det ikke må');
    expect(r.out).toContain('Sæt tekst med kolon i citationstegn');
  });

  it('a field written twice', () => {
    const r = check((c) => c.write(PERSON, 'name: Thomas Morris Hey\nname: Thomas Hey\nmemberships: []\n'));
    expect(r.out).toMatch(new RegExp(`${PERSON}:2\\n  felt: \\(YAML\\)\\n  fejl: YAML-fejl: det samme felt står to gange`));
  });

  it('indentation with a tab', () => {
    const r = check((c) => edit(c, PERSON, '  - body: fagligt-raad', '\t- body: fagligt-raad'));
    expect(r.out).toContain('YAML-fejl: linjen er rykket ind med tabulator');
  });

  it('an .mdx file without front matter', () => {
    const r = check((c) => c.write(MEETING, c.read(MEETING).replace(/^---\n/, '')));
    expect(r.out).toMatch(new RegExp(`${MEETING}:1\\n  felt: \\(front matter\\)\\n  fejl: filen mangler front matter`));
  });

  it('a broken file is reported once, not again at every reference to it', () => {
    const r = check((c) => edit(c, MEETING, 'form: virtuelt', 'form virtuelt'));
    // The minutes are referred to by 6 decisions, 12 follow-ups, the programme, matters and planned meetings.
    expect(r.problems).toBe(1);
    expect(r.out).not.toContain('ukendt møde');
  });
});

describe('schema mistakes', () => {
  it('a misspelt field name, with the nearest valid name', () => {
    const r = check((c) => edit(c, MEETING, /^attendance:/m, 'atendance:'));
    const line = lineOf(copy!, MEETING, 'atendance:');
    const b = block(r.out, `${MEETING}:${line}`);
    expect(b).toContain('felt: atendance = {…}');
    expect(b).toContain('fejl: ukendt felt "atendance"');
    expect(b).toContain('ret:  Mente du "attendance"? Ret stavningen af feltnavnet, eller fjern feltet.');
    expect(r.problems).toBe(1);
  });

  it('a misspelt field deep in a list names the field path', () => {
    const r = check((c) => edit(c, MEETING, '{ person: torben-hansen, organisation: koebenhavns-universitet }', '{ person: torben-hansen, organisaton: koebenhavns-universitet }'));
    expect(r.out).toMatch(/felt: attendance\.present\[\d+\]\.organisaton = "koebenhavns-universitet"\n  fejl: ukendt felt "organisaton"\n  ret:  Mente du "organisation"\?/);
    expect(r.out).toMatch(/felt: attendance\.present\[\d+\]\.organisation\n  fejl: feltet mangler/);
  });

  it('a number where text is expected: put it in quotes', () => {
    const r = check((c) => edit(c, MEETING, 'documentNumber: "1844818"', 'documentNumber: 1844818'));
    const b = block(r.out, `${MEETING}:${lineOf(copy!, MEETING, 'documentNumber: 1844818')}`);
    expect(b).toContain('felt: publication.documentNumber = 1844818');
    expect(b).toContain('fejl: forkert type: 1844818 er et tal, men feltet skal være tekst');
    expect(b).toContain('ret:  Sæt citationstegn om værdien: documentNumber: "1844818".');
  });

  it('a number in quotes: take them away', () => {
    const file = 'content/moeder/2025-11-18/beslutninger/2025-11-18-3.mdx';
    const r = check((c) => edit(c, file, /^item: 3$/m, 'item: "3"'));
    expect(block(r.out, `${file}:${lineOf(copy!, file, 'item: "3"')}`)).toContain('ret:  Skriv tallet uden citationstegn: item: 3.');
  });

  it('a date that is not in the calendar (2025-02-30)', () => {
    const r = check((c) => edit(c, MEETING, 'documentDate: "2026-03-20"', 'documentDate: "2025-02-30"'));
    const b = block(r.out, `${MEETING}:${lineOf(copy!, MEETING, 'documentDate: "2025-02-30"')}`);
    expect(b).toContain('fejl: datoen 2025-02-30 findes ikke i kalenderen');
    expect(b).toContain('ret:  Ret datoen til en dag, der findes, skrevet ÅÅÅÅ-MM-DD.');
    expect(r.problems).toBe(1);
  });

  it('a date in the wrong form', () => {
    const r = check((c) => edit(c, MEETING, 'documentDate: "2026-03-20"', 'documentDate: "20-03-2026"'));
    expect(r.out).toContain('fejl: skal være en gyldig dato skrevet ÅÅÅÅ-MM-DD, fx 2025-11-18');
  });

  it('a missing required field', () => {
    const r = check((c) => edit(c, PERSON, /^name: .*\n/m, ''));
    expect(r.out).toMatch(new RegExp(`${PERSON}:1\\n  felt: name\\n  fejl: feltet mangler\\n  ret:  Tilføj feltet name \\(tekst\\)\\.`));
  });

  it('an empty field', () => {
    const r = check((c) => edit(c, PERSON, 'name: Thomas Morris Hey', 'name:'));
    expect(r.out).toContain('fejl: feltet er tomt');
  });
});

describe('references and publishing rules', () => {
  it('an unknown person, with the nearest ids', () => {
    const r = check((c) => edit(c, MEETING, 'person: thomas-morris-hey', 'person: thomas-moris-hey'));
    expect(r.out).toMatch(/felt: attendance\.present\[\d+\]\.person = "thomas-moris-hey"\n  fejl: ukendt person: der findes ingen person med id "thomas-moris-hey"\n  ret:  Mente du: thomas-morris-hey/);
  });

  it('an unknown body uses the right Danish gender ("intet organ")', () => {
    const r = check((c) => edit(c, 'content/moeder/2025-12-01/moede.mdx', 'body: fagligt-raad', 'body: fagligt-rad'));
    expect(r.out).toContain('fejl: ukendt organ: der findes intet organ med id "fagligt-rad"');
  });

  it('a published entry that refers to a draft', () => {
    const r = check((c) => {
      c.write('content/moeder/2026-02-03/moede.mdx', '---\ndraft: true\nbody: fagligt-raad\ntitle: "Næste møde"\ndate: "2026-02-03"\n---\n');
      edit(c, MEETING, /^notes:/m, 'approved:\n  date: "2026-02-03"\n  source: { meeting: "2026-02-03" }\nnotes:');
    });
    const b = block(r.out, `${MEETING}:${lineOf(copy!, MEETING, '  source: { meeting: "2026-02-03" }')}`);
    expect(b).toContain('fejl: henviser til møde "2026-02-03", som er et udkast (draft: true) og derfor ikke offentliggøres');
    expect(b).toContain('ret:  Offentliggør først mødet ved at slette linjen draft: true i content/moeder/2026-02-03/moede.mdx');
    expect(r.problems).toBe(1);
  });

  it('a draft may refer to anything, and everything in a draft meeting is a draft', () => {
    const r = check((c) => {
      c.write('content/moeder/2026-02-03/moede.mdx', '---\ndraft: true\nbody: fagligt-raad\ntitle: "Næste møde"\ndate: "2026-02-03"\napproved: { date: "2025-11-18", source: { meeting: "2025-11-18" } }\nagenda:\n  - { number: 1, title: "Velkomst" }\n---\n');
      c.write('content/moeder/2026-02-03/beslutninger/2026-02-03-1.mdx', '---\nmeeting: "2026-02-03"\nitem: 1\ntitle: "T"\nkind: besluttet\noutcome: uden indstilling\n---\nTekst.\n');
    });
    expect(r.status).toBe(0);
  });

  it('the scaffold\'s UDFYLD left in a meeting that is no longer a draft', () => {
    const file = 'content/moeder/2026-02-03/moede.mdx';
    const r = check((c) => {
      expect(runScript('ny-moede.ts', ['--organ', 'fagligt-raad', '--dato', '2026-02-03'], c.dir).status).toBe(0);
      edit(c, file, /^draft: true\n/m, '');
    });
    expect(r.status).toBe(1);
    const b = block(r.out, `${file}:${lineOf(copy!, file, 'title: "UDFYLD')}`);
    expect(b).toContain('felt: agenda[1].title');
    expect(b).toContain('fejl: teksten "UDFYLD" fra skabelonen står her stadig, og filen er ikke et udkast');
    expect(r.out).toMatch(/felt: \(teksten\)\n  fejl: teksten "UDFYLD" fra skabelonen står her stadig, og filen er ikke et udkast \(også linje [\d, ]+\)/);
  });
});

describe('the <Punkt>/<Afsnit>/<Bilag>/<Note> tags of a meeting', () => {
  it('an <Afsnit> that is not closed', () => {
    const r = check((c) => edit(c, MEETING, '</Afsnit>\n\n</Punkt>\n\n<Punkt nr={5}', '\n</Punkt>\n\n<Punkt nr={5}'));
    expect(r.status).toBe(1);
    expect(r.problems).toBe(1);
    // The MDX parser's own error, in Danish, where the parser stops: at the </Punkt> that closes too early.
    const b = block(r.out, `${MEETING}:${lineOf(copy!, MEETING, '<Punkt nr={5}') - 2}:1`);
    expect(b).toMatch(/fejl: <\/Punkt> lukker, mens <Afsnit> fra linje \d+ stadig er åben\n  ret:  Luk <Afsnit> med <\/Afsnit> før <\/Punkt>/);
  });

  it('a section type that does not exist', () => {
    const r = check((c) => edit(c, MEETING, '<Afsnit pkt={5} type="referat">', '<Afsnit pkt={5} type="referatet">'));
    const b = block(r.out, `${MEETING}:${lineOf(copy!, MEETING, 'type="referatet"')}:1`);
    expect(b).toContain('fejl: ukendt afsnitstype "referatet"');
    expect(b).toContain('Mente du "referat"?');
  });

  it('an <Afsnit> whose pkt is not the item it stands in', () => {
    const r = check((c) => edit(c, MEETING, '<Afsnit pkt={5} type="referat">', '<Afsnit pkt={4} type="referat">'));
    // Item 4 has its own <Afsnit pkt={4} type="referat">; the changed one is the first after <Punkt nr={5}.
    const lines = copy!.read(MEETING).split('\n');
    const line = lines.findIndex((l, i) => i > lines.findIndex((x) => x.startsWith('<Punkt nr={5}')) && l === '<Afsnit pkt={4} type="referat">') + 1;
    expect(block(r.out, `${MEETING}:${line}:1`)).toContain('fejl: <Afsnit pkt={4}> står i punkt 5');
    expect(r.problems).toBe(1);
  });

  it('an unknown component', () => {
    const r = check((c) => edit(c, MEETING, '<Bilag pkt={2} />', '<Bilga pkt={2} />'));
    const b = block(r.out, `${MEETING}:${lineOf(copy!, MEETING, '<Bilga')}:1`);
    expect(b).toContain('fejl: ukendt komponent <Bilga>');
    expect(b).toContain('ret:  Mente du <Bilag>?');
  });
});
