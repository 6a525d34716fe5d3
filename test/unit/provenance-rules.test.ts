import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { checkContent } from '../../src/lib/check.ts';
import { quoteFits } from '../../src/lib/provenance-rules.ts';
import { sectionParagraphs } from '../../src/lib/paragraphs.ts';
import { parseDanishNumber, decimalsWritten } from '../../src/lib/figures.ts';
import { formatProblems, type Problem } from '../../src/lib/problems.ts';
import { tempFolders } from '../support/temp.ts';

const temp = tempFolders();

/**
 * The provenance rules on a small synthetic archive written to disk, so that every problem is
 * checked with the file and line the secretariat would see. Each test changes one file of a
 * valid archive and expects exactly the problem that change makes.
 */

const S = (item: number, section: string, paragraph: number) =>
  `{ source: { meeting: "2030-03-04", item: ${item}, section: ${section}, paragraph: ${paragraph} } }`;

const MEETING_BODY = `
<Punkt nr={1} titel="Orientering">

<Afsnit pkt={1} type="referat">

Rådet tog orienteringen til efterretning. Det blev aftalt at mødes igen.

#### Økonomi

- Der er afsat i alt 16,8 mio. kr., hvoraf 15,42 mio. kr. går til A og 1,4 mio. kr. til B.
- Sekretariatet sender slides. De kommer i næste uge.

<Note>Arkivets note tæller ikke som et afsnit.</Note>

Formanden takkede.

</Afsnit>

</Punkt>
`;

const FILES: Record<string, string> = {
  'content/organisationer/org.yaml': `name: Org\nclassification: region\nbasis:\n  classification: { editorial: "Arkivets inddeling." }\n`,
  'content/organer/raad.yaml': `name: Rådet\nshortName: Rådet\nclassification: råd\nminutesInArchive: true\nbasis:\n  classification: ${S(1, 'referat', 1)}\n`,
  'content/personer/anna.yaml': `name: Anna Berg\nmemberships:\n  - body: raad\n    role: forperson\n    organisation: org\n    basis: { source: { meeting: "2030-03-04", section: deltagere, paragraph: 1 } }\n`,
  'content/moeder/2030-03-04/moede.mdx': `---
body: raad
title: "Referat"
statusHistory:
  - { status: afholdt, date: "2030-03-04", source: { meeting: "2030-03-04", section: hoved } }
date: "2030-03-04"
publication:
  documentType: NOTAT
  publisher: org
  documentDate: "2030-03-05"
  caseNumber: EMN-2030-00001
  documentNumber: "1"
  namedInHeader: anna
attendance:
  present:
    - { person: anna, organisation: org }
agenda:
  - number: 1
    title: "Orientering"
---
${MEETING_BODY}`,
  'content/moeder/2030-03-04/beslutninger/2030-03-04-1.mdx': `---
meeting: "2030-03-04"
item: 1
title: "Orientering taget til efterretning"
kind: taget til efterretning
outcome: uden indstilling
basis:
  kind: ${S(1, 'referat', 1)}
  outcome: { editorial: "Punktet har ingen indstilling." }
---

Rådet tog orienteringen til efterretning. Det blev aftalt at mødes igen.
`,
  'content/moeder/2030-03-04/opfoelgning/2030-03-04-1-slides.yaml': `text: "Sekretariatet sender slides."
owners:
  - { type: secretariat, id: raad, basis: ${S(1, 'referat', 4)} }
meeting: "2030-03-04"
item: 1
source: referat
`,
  'content/sager/sagen.yaml': `title: Sagen
summary: "Arkivets sammenfatning."
responsible: [org]
basis:
  responsible: { editorial: "Arkivets læsning." }
figures:
  - id: i-alt
    label: I alt
    amount: 16.8
    unit: mio. kr.
    period: { from: 2030, to: 2032 }
    wording: "16,8 mio. kr."
    basis: ${S(1, 'referat', 3)}
  - label: A
    amount: 15.42
    unit: mio. kr.
    wording: "15,42 mio. kr."
    partOf: i-alt
    basis: ${S(1, 'referat', 3)}
  - label: B
    amount: 1.4
    unit: mio. kr.
    wording: "1,4 mio. kr."
    partOf: i-alt
    basis: ${S(1, 'referat', 3)}
events:
  - date: "2030-03-04"
    body: raad
    text: "Det blev aftalt at mødes igen."
    basis: ${S(1, 'referat', 1)}
`,
};

/** Write the archive with `changes` (file → new text, or a function of the old text) and check it. */
function check(changes: Record<string, string | ((old: string) => string)> = {}): Problem[] {
  const root = temp('raadsarkiv-provenance-');
  for (const [file, text] of Object.entries(FILES)) {
    const change = changes[file];
    const content = change === undefined ? text : typeof change === 'function' ? change(text) : change;
    mkdirSync(dirname(join(root, file)), { recursive: true });
    writeFileSync(join(root, file), content);
  }
  mkdirSync(join(root, 'public'), { recursive: true });
  return checkContent(root).problems;
}

function expectOne(problems: Problem[], expected: { file: string; field: string; line?: number; message: string; fix?: string }) {
  expect(problems, formatProblems(problems)).toHaveLength(1);
  const [p] = problems;
  expect(p.file).toBe(expected.file);
  expect(p.field).toBe(expected.field);
  if (expected.line !== undefined) expect(p.line).toBe(expected.line);
  expect(p.message).toContain(expected.message);
  if (expected.fix) expect(p.fix).toContain(expected.fix);
}

const replace = (from: string | RegExp, to: string) => (old: string) => {
  const next = old.replace(from, to);
  if (next === old) throw new Error(`fixture: ${from} not found`);
  return next;
};

describe('paragraphs of a section', () => {
  it('counts a heading, a paragraph and a list item each as one, and not an editorial <Note>', () => {
    const [s] = sectionParagraphs(MEETING_BODY);
    expect(s.item).toBe(1);
    expect(s.section).toBe('referat');
    expect(s.paragraphs).toEqual([
      'Rådet tog orienteringen til efterretning. Det blev aftalt at mødes igen.',
      'Økonomi',
      'Der er afsat i alt 16,8 mio. kr., hvoraf 15,42 mio. kr. går til A og 1,4 mio. kr. til B.',
      'Sekretariatet sender slides. De kommer i næste uge.',
      'Formanden takkede.',
    ]);
  });
});

describe('every typed claim has a basis', () => {
  it('accepts the valid synthetic archive', () => {
    const problems = check();
    expect(problems, formatProblems(problems)).toEqual([]);
  });

  it('rejects a claim with neither source nor editorial reason, naming file, line, field and the fix in Danish', () => {
    const file = 'content/organisationer/org.yaml';
    expectOne(check({ [file]: 'name: Org\nclassification: region\n' }), {
      file, field: 'classification', line: 2, message: 'påstanden har intet grundlag: hverken en kilde i referatet eller redaktionens begrundelse',
      fix: 'basis.classification: { editorial:',
    });
  });

  it('rejects an owner, a membership role and a decision kind without a basis', () => {
    const followUp = 'content/moeder/2030-03-04/opfoelgning/2030-03-04-1-slides.yaml';
    expectOne(check({ [followUp]: replace(/, basis: \{[^\n]*\} \}\n/, ' }\n') }), { file: followUp, field: 'owners[0].id', line: 3, message: 'intet grundlag', fix: 'owners[0].basis' });
    const person = 'content/personer/anna.yaml';
    expectOne(check({ [person]: replace(/\n {4}basis: .*\n/, '\n') }), { file: person, field: 'memberships[0].role', line: 4, message: 'intet grundlag' });
    const decision = 'content/moeder/2030-03-04/beslutninger/2030-03-04-1.mdx';
    expectOne(check({ [decision]: replace(/\n {2}kind: .*\n/, '\n') }), { file: decision, field: 'kind', line: 5, message: 'intet grundlag' });
  });

  it('rejects how, where and by whom a meeting is held without a basis, and accepts it sourced to the header', () => {
    const meeting = 'content/moeder/2030-03-04/moede.mdx';
    const withForm = (basis: string) => replace('date: "2030-03-04"\n', `date: "2030-03-04"\nform: virtuelt\nlocation: Aarhus\n${basis}`);
    const unsourced = check({ [meeting]: withForm('') });
    expect(unsourced.map((p) => [p.field, p.line])).toEqual([['form', 7], ['location', 8]]);
    expect(unsourced[0].message).toContain('intet grundlag');
    const header = '{ source: { meeting: "2030-03-04", section: hoved, paragraph: 3 } }';
    expect(check({ [meeting]: withForm(`basis:\n  form: ${header}\n  location: { editorial: "Stedet står i indkaldelsen, ikke i referatet." }\n`) })).toEqual([]);
  });

  it('checks the section and paragraph a status cites, as it checks a claim\'s', () => {
    const followUp = 'content/moeder/2030-03-04/opfoelgning/2030-03-04-1-slides.yaml';
    const status = (source: string) => (old: string) => `${old}statusHistory:\n  - { status: åben, date: "2030-03-04", source: ${source} }\n`;
    expect(check({ [followUp]: status('{ meeting: "2030-03-04", item: 1, section: referat, paragraph: 4 }') })).toEqual([]);
    const tooFar = check({ [followUp]: status('{ meeting: "2030-03-04", item: 1, section: referat, paragraph: 9 }') });
    expect(tooFar.map((p) => [p.field, p.line])).toEqual([['statusHistory[0].source.paragraph', 8]]);
    expect(tooFar[0].message).toContain('har kun');
    const noSection = check({ [followUp]: status('{ meeting: "2030-03-04", item: 1, section: indstilling }') });
    expect(noSection.map((p) => p.field)).toEqual(['statusHistory[0].source']);
    expect(noSection[0].message).toContain('intet afsnit "indstilling"');
  });

  it('lets a draft lack bases (as it may hold UDFYLD), and checks it all once published', () => {
    const decision = 'content/moeder/2030-03-04/beslutninger/2030-03-04-1.mdx';
    const unsourced = (old: string) => old.replace(/basis:\n(?: {2}.*\n)+/, '').replace(/\n\nRådet tog[^\n]*\n$/, '\n\nRådet tog noget.\n');
    expect(check({ [decision]: (old) => unsourced(old).replace('---\n', '---\ndraft: true\n') })).toEqual([]);
    const published = check({ [decision]: unsourced });
    expect(published.map((p) => p.field).sort()).toEqual(['(beslutningens tekst)', 'kind', 'outcome']);
  });

  it('rejects a basis for a field that is not there', () => {
    const file = 'content/sager/sagen.yaml';
    expectOne(check({ [file]: replace('responsible: [org]\n', '') }), { file, field: 'basis.responsible', message: 'der er et grundlag for responsible, men ingen responsible' });
  });
});

describe('a source points at something that exists', () => {
  const file = 'content/sager/sagen.yaml';
  const event = (source: string) => replace(/text: "Det blev aftalt at mødes igen."\n {4}basis: .*\n/, `text: "Det blev aftalt at mødes igen."\n    basis: { source: ${source} }\n`);

  it('the meeting', () => {
    expectOne(check({ [file]: event('{ meeting: "2030-03-05", item: 1 }') }), { file, field: 'events[0].basis.source.meeting', message: 'kilden nævner mødet "2030-03-05", som ikke findes', fix: '2030-03-04' });
  });

  it('the agenda item', () => {
    expectOne(check({ [file]: event('{ meeting: "2030-03-04", item: 9 }') }), { file, field: 'events[0].basis.source', message: 'mødet 2030-03-04 har intet dagsordenspunkt nr. 9 (gyldige: 1)' });
  });

  it('the section in that item', () => {
    expectOne(check({ [file]: event('{ meeting: "2030-03-04", item: 1, section: videre-proces }') }), { file, field: 'events[0].basis.source', message: 'pkt. 1 på mødet 2030-03-04 har intet afsnit "videre-proces" (det har: referat)' });
  });

  it('the paragraph: no further than the section goes', () => {
    expect(check({ [file]: event('{ meeting: "2030-03-04", item: 1, section: referat, paragraph: 5 }') }).filter((p) => p.field.includes('paragraph'))).toEqual([]);
    expectOne(check({ [file]: event('{ meeting: "2030-03-04", item: 1, section: referat, paragraph: 6 }') }), {
      file, field: 'events[0].basis.source.paragraph', message: 'referatet af 2030-03-04, pkt. 1, referat, afsnit 6 har kun 5 afsnit', fix: 'en overskrift, et afsnit og et punkt i en liste tæller hver for sig',
    });
  });

  it('the header and the participant list: no item, and a line that is there', () => {
    const person = 'content/personer/anna.yaml';
    const member = (source: string) => replace(/basis: \{ source: \{[^\n]*\} \}/, `basis: { source: ${source} }`);
    expectOne(check({ [person]: member('{ meeting: "2030-03-04", section: deltagere, paragraph: 2 }') }), { file: person, field: 'memberships[0].basis.source.paragraph', message: 'har kun 1 afsnit' });
    expectOne(check({ [person]: member('{ meeting: "2030-03-04", item: 1, section: hoved, paragraph: 7 }') }), { file: person, field: 'memberships[0].basis.source', message: 'hoved hører til hele referatet, ikke til et punkt' });
    expect(check({ [person]: member('{ meeting: "2030-03-04", section: hoved, paragraph: 7 }') })).toEqual([]);
  });
});

describe('quotes are the records\' words', () => {
  it("a decision's text that drops a sentence of its paragraph", () => {
    const file = 'content/moeder/2030-03-04/beslutninger/2030-03-04-1.mdx';
    expectOne(check({ [file]: replace(' Det blev aftalt at mødes igen.\n', '\n') }), {
      file, field: '(beslutningens tekst)', message: 'afsnittet står ikke som et helt afsnit i referatet af 2030-03-04, pkt. 1', fix: 'udeladt',
    });
  });

  it('a follow-up cut off in the middle of a sentence, or rewritten', () => {
    const file = 'content/moeder/2030-03-04/opfoelgning/2030-03-04-1-slides.yaml';
    expectOne(check({ [file]: replace('text: "Sekretariatet sender slides."', 'text: "Sekretariatet sender"') }), { file, field: 'text', line: 1, message: 'er ikke hele sætninger' });
    expectOne(check({ [file]: replace('text: "Sekretariatet sender slides."', 'text: "Sekretariatet sender sine slides."') }), { file, field: 'text', message: 'citatet står ikke ordret i referatet af 2030-03-04, pkt. 1, referat' });
  });

  it("an event's text is checked against the paragraph its basis names, not against the whole meeting", () => {
    const file = 'content/sager/sagen.yaml';
    expectOne(check({ [file]: replace('text: "Det blev aftalt at mødes igen."', 'text: "Formanden takkede."') }), { file, field: 'events[0].text', message: 'citatet står ikke ordret i referatet af 2030-03-04, pkt. 1, referat, afsnit 1' });
  });

  it("leaves an editorial event's words to the editors", () => {
    const file = 'content/sager/sagen.yaml';
    expect(check({ [file]: replace(/text: "Det blev aftalt at mødes igen."\n {4}basis: .*\n/, 'text: "Rådet mødes igen."\n    basis: { editorial: "Arkivets læsning af pkt. 1." }\n') })).toEqual([]);
  });

  it('whole sentences fit; a run cut inside a sentence does not', () => {
    const sentences = ['Rådet tog orienteringen til efterretning.', 'Det blev aftalt, jf. pkt. 2, at mødes igen.', 'Formanden takkede!', 'Mødet sluttede kl. 13.'];
    const paragraph = sentences.join(' ');
    for (let from = 0; from < sentences.length; from++) {
      for (let to = from + 1; to <= sentences.length; to++) {
        const run = sentences.slice(from, to).join(' ');
        expect(quoteFits(run, paragraph, 'sentences'), run).toBe(true);
        expect(quoteFits(run.slice(0, -1), paragraph, 'sentences'), run.slice(0, -1)).toBe(false);
        expect(quoteFits(run.slice(1), paragraph, 'sentences'), run.slice(1)).toBe(false);
        expect(quoteFits(run.slice(1), paragraph, 'fragment')).toBe(true);
      }
    }
  });
});

describe('figures as data', () => {
  const file = 'content/sager/sagen.yaml';

  it('reads Danish numbers and how precisely they are written', () => {
    expect(parseDanishNumber('15,42 mio. kr.')).toBe(15.42);
    expect(parseDanishNumber('60.000 genomer')).toBe(60000);
    expect(parseDanishNumber('i alt 1.234.567,5 kr.')).toBe(1234567.5);
    expect(parseDanishNumber('ingen tal')).toBeUndefined();
    expect(decimalsWritten('16,8 mio. kr.')).toBe(1);
    expect(decimalsWritten('60.000 genomer')).toBe(0);
  });

  it('parts add up to their total as precisely as the total is written (15,42 + 1,4 = 16,82 ≈ 16,8)', () => {
    expect(check()).toEqual([]);
    // B is no longer counted as a part: 15,42 alone does not make 16,8.
    expectOne(check({ [file]: replace(/ {4}partOf: i-alt\n(?![\s\S]*partOf)/, '') }), {
      file, field: 'figures[0].amount', message: 'delene giver 15,42 mio. kr., men tallet er 16,8 mio. kr.',
    });
  });

  it("an amount that is not its wording's number, and a part of a total that is not there", () => {
    const wrong = check({ [file]: replace('amount: 1.4\n', 'amount: 1.5\n') });
    expect(wrong.map((p) => p.message)).toContain('beløbet 1,5 mio. kr. passer ikke med ordlyden "1,4 mio. kr."');
    expect(check({ [file]: replace('partOf: i-alt\n    basis', 'partOf: ialt\n    basis') }).map((p) => p.message)).toContain('sagen har intet tal med id "ialt"');
  });
});
