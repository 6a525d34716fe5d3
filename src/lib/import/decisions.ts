import type { Decision } from '../../schemas/index.ts';
import type { Block, ParsedItem } from './parse.ts';
import type { Directory, ReviewItem } from './directory.ts';

/**
 * Proposes decisions from the Referat of each item, where the text says a decision was made.
 * Every proposal is a draft with a note asking for review: the importer reads words, not intent.
 *
 * - "… til efterretning" (Rådet tog orienteringen til efterretning) → taget til efterretning
 * - "godkendte" / "godkendt" (Rådet godkendte …) → godkendt, or godkendt med ændringer when the
 *   Referat speaks of rettelser/ændringer/justeringer
 * - "blev besluttet", "besluttede", "vedtog", "blev aftalt", "aftales", "enighed om" → besluttet
 * - a numbered list right after a paragraph about "prioritering" → prioritering, with the list as
 *   ranked work-programme areas when its lines are "D - Jura" and the body has such a programme
 *
 * Only whole paragraphs count; a list item that sounds like a decision is named in the report.
 * Paragraphs of the same kind in one item make one decision.
 */

export type DecisionKind = Decision['kind'];

export interface ProposedDecision {
  id: string;
  item: number;
  title: string;
  kind: DecisionKind;
  outcome: Decision['outcome'];
  areas: string[];
  matters: string[];
  priorities?: Array<{ rank: number; area: string }>;
  /** The minutes' own words: the paragraphs (and, if unranked, the list) that carry the decision. */
  text: Block[];
  /** The words that made the importer propose it, for the review note. */
  signal: string;
}

/** A pattern that matches whole words only, Danish letters included (\b is ASCII-only in JavaScript). */
const words = (source: string) => new RegExp(`(?<![\\p{L}\\d])(?:${source})(?![\\p{L}\\d])`, 'iu');

const EFTERRETNING = words('(?:tog|tager|taget)[^.]{0,80}?til efterretning|til efterretning');
const GODKEND = words('(?:\\p{L}+\\s+)?godkend(?:te|t|es|tes)');
const BESLUTTET = words('blev besluttet|besluttede|besluttes|vedtog|blev vedtaget|blev aftalt|aftales|enighed om');
const CHANGES = words('rettelser?|ændring(?:er|sforslag)?|justere[ts]?|justering(?:er)?');

function signalOf(text: string, referatHasChanges: boolean): { kind: DecisionKind; signal: string } | undefined {
  const e = EFTERRETNING.exec(text);
  if (e) return { kind: 'taget til efterretning', signal: e[0] };
  const g = GODKEND.exec(text);
  if (g) return { kind: referatHasChanges ? 'godkendt med ændringer' : 'godkendt', signal: g[0] };
  const b = BESLUTTET.exec(text);
  if (b) return { kind: 'besluttet', signal: b[0] };
  return undefined;
}

const KIND_TITLE: Record<DecisionKind, string> = {
  godkendt: 'Godkendt',
  'godkendt med ændringer': 'Godkendt med ændringer',
  'taget til efterretning': 'Taget til efterretning',
  prioritering: 'Prioritering',
  besluttet: 'Besluttet',
};

const normTitle = (s: string) => s.toLowerCase().replace(/[–—]/g, '-').replace(/\s+/g, ' ').replace(/[\s:.]+$/, '').trim();

/** "D - Jura", "D: Jura:", "D. Jura" → letter and title. */
function letteredOf(text: string): { letter: string; title: string } | undefined {
  const m = /^([A-ZÆØÅ])\s*(?:[:.)]|\s-|\s–)\s*(.+)$/.exec(text.trim());
  return m ? { letter: m[1], title: m[2] } : undefined;
}

/**
 * The work-programme areas of the meeting's body that lettered lines name. The programme chosen is
 * the one whose areas match most of the lines by letter and title; a line whose letter matches but
 * title does not is still mapped, with a message (unless `strict`: then only exact matches count).
 */
export function matchAreas(lines: string[], body: string, directory: Directory, where: string, review: ReviewItem[], strict = false): Array<string | undefined> {
  const lettered = lines.map(letteredOf);
  const programmes = directory.programmes.filter((p) => p.body === body);
  let best: { id: string; areas: Array<{ letter: string; title: string }>; score: number } | undefined;
  for (const p of programmes) {
    const score = lettered.filter((l) => l && p.areas.some((a) => a.letter === l.letter && normTitle(a.title) === normTitle(l.title))).length;
    if (score > 0 && (!best || score > best.score)) best = { ...p, score };
  }
  if (!best) return lettered.map(() => undefined);
  const programme = best;
  return lettered.map((l) => {
    if (!l) return undefined;
    const area = programme.areas.find((a) => a.letter === l.letter);
    if (!area) {
      review.push({ where, message: `"${l.letter} – ${l.title}" er ikke et indsatsområde i arbejdsprogrammet ${programme.id}.` });
      return undefined;
    }
    if (normTitle(area.title) !== normTitle(l.title)) {
      if (strict) return undefined;
      review.push({ where, message: `"${l.letter} – ${l.title}" er knyttet til ${programme.id}/${area.letter} ("${area.title}") ud fra bogstavet; titlen er ikke den samme.` });
    }
    return `${programme.id}/${area.letter}`;
  });
}

const blockText = (b: Block) => (b.kind === 'list' ? b.items.map((i) => i.text).join(' ') : b.text);

export interface DecisionContext {
  meetingId: string;
  body: string;
  directory: Directory;
  /** Matters of each agenda item (the decisions belong to them too). */
  mattersOf: (item: number) => string[];
}

export function proposeDecisions(items: ParsedItem[], ctx: DecisionContext, review: ReviewItem[]): ProposedDecision[] {
  const out: ProposedDecision[] = [];
  for (const item of items) {
    const referat = item.sections.find((s) => s.type === 'referat');
    if (!referat) continue;
    const where = `Pkt. ${item.number}, Referat`;
    const hasIndstilling = item.sections.some((s) => s.type === 'indstilling');
    const hasChanges = referat.blocks.some((b) => CHANGES.test(blockText(b)));
    const subject = item.title.replace(/\s+v\/.*$/i, '').trim();
    const found: Array<ProposedDecision & { at: number }> = [];
    const byKind = new Map<DecisionKind, ProposedDecision>();
    referat.blocks.forEach((block, at) => {
      if (block.kind === 'list') {
        const prev = referat.blocks[at - 1];
        if (block.ordered && prev?.kind === 'paragraph' && /prioriter/i.test(prev.text)) {
          const areas = matchAreas(block.items.map((i) => i.text), ctx.body, ctx.directory, where, review);
          const ranked = areas.every(Boolean);
          if (!ranked) review.push({ where, message: 'Den nummererede prioritering kunne ikke knyttes til arbejdsprogrammets indsatsområder; listen står i beslutningens tekst, og priorities mangler.' });
          found.push({
            at, id: '', item: item.number, title: `${KIND_TITLE.prioritering}: ${subject}`, kind: 'prioritering',
            outcome: hasIndstilling ? 'som indstillet' : 'uden indstilling',
            areas: ranked ? [...new Set(areas as string[])].sort() : [],
            matters: ctx.mattersOf(item.number),
            priorities: ranked ? areas.map((area, i) => ({ rank: i + 1, area: area! })) : undefined,
            text: ranked ? [prev] : [prev, block],
            signal: 'nummereret liste efter en tekst om prioritering',
          });
          return;
        }
        for (const li of block.items) {
          const sentence = li.text.split(/(?<=[.!?])\s+(?=[A-ZÆØÅ"])/).find((x) => BESLUTTET.test(x) || GODKEND.test(x) || EFTERRETNING.test(x));
          if (sentence) review.push({ where, message: `En punktopstilling lyder som en beslutning og er ikke foreslået som en: "${sentence}" Opret en beslutning, hvis det er en.` });
        }
        return;
      }
      if (block.kind !== 'paragraph') return;
      const s = signalOf(block.text, hasChanges);
      if (!s) return;
      const existing = byKind.get(s.kind);
      if (existing) {
        existing.text.push(block);
        return;
      }
      const d: ProposedDecision & { at: number } = {
        at, id: '', item: item.number, title: `${KIND_TITLE[s.kind]}: ${subject}`, kind: s.kind,
        outcome: s.kind === 'godkendt med ændringer' ? 'med ændringer' : hasIndstilling ? 'som indstillet' : 'uden indstilling',
        areas: [], matters: ctx.mattersOf(item.number), text: [block], signal: s.signal,
      };
      if (s.kind === 'godkendt med ændringer') {
        // The amended areas are the lettered sub-headings of the Referat ("A: Proces …", "D: Jura:").
        const headings = referat.blocks.filter((b) => b.kind === 'heading').map((b) => b.text);
        d.areas = [...new Set(matchAreas(headings, ctx.body, ctx.directory, where, [], true).filter((a): a is string => Boolean(a)))].sort();
      }
      byKind.set(s.kind, d);
      found.push(d);
    });
    found.sort((a, b) => a.at - b.at);
    found.forEach((d, i) => {
      const { at: _at, ...decision } = d;
      decision.id = `${ctx.meetingId}-${item.number}${found.length > 1 ? String.fromCharCode(97 + i) : ''}`;
      out.push(decision);
    });
  }
  return out;
}
