/**
 * Small text helpers for the minutes importer: ids from names, name comparison, and the Danish
 * ways of writing dates and clock times that minutes use.
 */

import { MONTHS } from '../dates.ts';

/** Names compared without case, extra spaces or stray punctuation at the ends. */
export function normalizeName(name: string): string {
  return name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').replace(/^[\s.,;:]+|[\s.,;:]+$/g, '');
}

/** A real calendar date as YYYY-MM-DD, or undefined. */
function isoDate(y: number, m: number, d: number): string | undefined {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** "20-03-2026" or "20.03.2026" (the whole text) → "2026-03-20". */
export function parseNumericDate(text: string): string | undefined {
  const m = /^(\d{1,2})[-./](\d{1,2})[-./](\d{4})$/.exec(text.trim());
  return m ? isoDate(Number(m[3]), Number(m[2]), Number(m[1])) : undefined;
}

/** The first "18. november 2025" in a text → "2025-11-18". */
export function findDanishDate(text: string): string | undefined {
  const m = new RegExp(`(\\d{1,2})\\.\\s*(${MONTHS.join('|')})\\s+(\\d{4})`, 'i').exec(text);
  return m ? isoDate(Number(m[3]), MONTHS.indexOf(m[2].toLowerCase()) + 1, Number(m[1])) : undefined;
}

/** "10.00", "10:00" or "10" → "10:00"; undefined when not a clock time. */
export function parseClock(text: string): string | undefined {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?$/.exec(text.trim());
  if (!m) return undefined;
  const h = Number(m[1]);
  const min = Number(m[2] ?? '0');
  if (h > 23 || min > 59) return undefined;
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** The first "kl. 10.00-13.00" in a text → start and end. Needs "kl." so that "2026-2028" is no time. */
export function findClockSpan(text: string): { start: string; end: string } | undefined {
  const m = /kl\.\s*(\d{1,2}(?:[.:]\d{2})?)\s*[-–]\s*(\d{1,2}(?:[.:]\d{2})?)/i.exec(text);
  if (!m) return undefined;
  const start = parseClock(m[1]);
  const end = parseClock(m[2]);
  return start && end ? { start, end } : undefined;
}
