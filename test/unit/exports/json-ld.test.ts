import { describe, expect, it, vi } from 'vitest';
import { jsonLdScriptText, meetingJsonLd, decisionJsonLd } from '../../../src/lib/exports/json-ld.ts';
import { smallIndex, indexWith, meetingEntry, SITE } from '../../fixtures/archive.ts';

describe('JSON-LD', () => {
  it('cannot be closed or commented out by text from the content, and still means the same', () => {
    const data = { '@context': 'https://schema.org', '@graph': [{ '@type': 'Thing', name: '</script><script>alert(1)</script><!-- & \u2028' }] } as const;
    const text = jsonLdScriptText(data as never);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(data);
  });

  it('states only what the record says: no location when the form and place are not known, no Event without a date', () => {
    const idx = indexWith({ meetings: [
      meetingEntry('2027-02-02', { body: 'raad', title: 'Møde', status: 'planlagt', date: '2027-02-02' }),
      meetingEntry('2027-uge-09', { body: 'raad', title: 'Møde', status: 'planlagt', approximately: { year: 2027, week: 9, text: 'uge 9' } }),
      meetingEntry('2027-03-03', { body: 'raad', title: 'Møde', status: 'aflyst', date: '2027-03-03', form: 'fysisk', location: 'Aarhus' }),
      meetingEntry('2027-04-04', { body: 'raad', title: 'Møde', status: 'ukendt', date: '2027-04-04' }),
    ] });
    const graph = (id: string) => meetingJsonLd(idx, SITE, idx.meetings.get(id)!)['@graph'] as unknown as Array<Record<string, unknown>>;
    const dated = graph('2027-02-02').find((n) => n['@type'] === 'Event')!;
    expect(dated.location).toBeUndefined();
    expect(dated.startDate).toBe('2027-02-02');
    expect(graph('2027-uge-09').some((n) => n['@type'] === 'Event')).toBe(false);
    const cancelled = graph('2027-03-03').find((n) => n['@type'] === 'Event')!;
    expect(cancelled.eventStatus).toBe('https://schema.org/EventCancelled');
    expect(cancelled.location).toEqual({ '@type': 'Place', name: 'Aarhus', address: 'Aarhus' });
    expect(dated.eventStatus).toBe('https://schema.org/EventScheduled');
    // No record gives the status: the block says nothing rather than "scheduled".
    const unknown = graph('2027-04-04').find((n) => n['@type'] === 'Event')!;
    expect(unknown).toBeDefined();
    expect(unknown).not.toHaveProperty('eventStatus');
  });

  it('is the same on every build (no clock): dateModified comes from the minutes', () => {
    const built = (now: string) => {
      vi.useFakeTimers({ now: new Date(now) });
      try {
        const index = smallIndex();
        const m = index.data.meetings[0];
        return JSON.stringify([decisionJsonLd(index, SITE, index.data.decisions[0]), meetingJsonLd(index, SITE, m)]);
      } finally {
        vi.useRealTimers();
      }
    };
    expect(built('2031-06-01T12:00:00Z')).toBe(built('2026-01-02T03:04:05Z'));
  });
});
