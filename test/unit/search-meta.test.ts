import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../src/lib/archive-index.ts';
import {
  areaLabel, decisionSearchInfo, displaySubResults, matterSearchInfo, meetingSearchInfo, programmeSearchInfo, publishedAnchor, subResultTitle,
} from '../../src/lib/search-meta.ts';
import { validArchive } from '../fixtures/archive.ts';

describe('search filters of a page', () => {
  const index = buildIndex(validArchive());

  it('a meeting: year, body, date, and the areas of its items, decisions and priorities', () => {
    expect(meetingSearchInfo(index, index.meetings.get('2025-06-01')!)).toEqual({
      type: 'møde', year: 2025, body: 'Rådet', areas: ['A – Første', 'B – Andet'], date: '1. juni 2025',
    });
  });

  it('a decision: its meeting\'s year, body and date, and its own areas', () => {
    expect(decisionSearchInfo(index, index.decisions.get('2025-06-01-2')!)).toEqual({
      type: 'beslutning', year: 2025, body: 'Rådet', areas: ['A – Første', 'B – Andet'], date: '1. juni 2025',
    });
  });

  it('a matter: its areas; a work programme: its body and all its areas', () => {
    expect(matterSearchInfo(index, index.matters.get('programmet')!)).toEqual({ type: 'sag', areas: ['A – Første'] });
    expect(programmeSearchInfo(index, index.programmes.get('2026-2028')!)).toEqual({ type: 'arbejdsprogram', body: 'Rådet', areas: ['A – Første', 'B – Andet'] });
  });

  it('an unknown area is an error, not a silent gap in the filter', () => {
    expect(() => areaLabel(index, '2026-2028/Z')).toThrow('ukendt indsatsområde "2026-2028/Z"');
  });
});

describe('links from search results', () => {
  it('point to the published anchor of an item or decision, not its heading', () => {
    expect(publishedAnchor('/moeder/2025-11-18/#punkt-2-titel')).toBe('/moeder/2025-11-18/#punkt-2');
    expect(publishedAnchor('/moeder/2025-11-18/#beslutning-2025-11-18-2b-titel')).toBe('/moeder/2025-11-18/#beslutning-2025-11-18-2b');
    expect(publishedAnchor('/moeder/2025-11-18/#punkt-2-referat')).toBe('/moeder/2025-11-18/#punkt-2-referat');
    expect(publishedAnchor('/personer/x/#oplaeg')).toBe('/personer/x/#oplaeg');
  });

  it('name a section of an item with its item', () => {
    expect(subResultTitle('/moeder/2025-11-18/#punkt-2-sagsfremstilling', 'Sagsfremstilling')).toBe('Pkt. 2: Sagsfremstilling');
    expect(subResultTitle('/moeder/2025-11-18/#punkt-2-titel', 'Pkt. 2 Godkendelse')).toBe('Pkt. 2 Godkendelse');
    expect(subResultTitle('/moeder/2025-11-18/#beslutning-2025-11-18-2b-titel', 'Beslutning: X')).toBe('Beslutning: X');
  });
});

describe('sub-results shown under a result', () => {
  const sub = (url: string, hits: number) => ({ title: url, url, excerpt: '', locations: Array.from({ length: hits }, (_, i) => i) });

  it('leaves out the page\'s own top and keeps the page order', () => {
    expect(displaySubResults('/m/', [sub('/m/', 9), sub('/m/#a', 1), sub('/m/#b', 2)], 3).map((s) => s.url)).toEqual(['/m/#a', '/m/#b']);
  });

  it('keeps the parts with most hits when there are more than max', () => {
    const parts = [sub('/m/#a', 1), sub('/m/#b', 5), sub('/m/#c', 2), sub('/m/#d', 4)];
    expect(displaySubResults('/m/', parts, 2).map((s) => s.url)).toEqual(['/m/#b', '/m/#d']);
  });
});
