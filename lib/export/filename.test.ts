import { describe, expect, it } from 'vitest';
import type { Report } from '../report/types';
import { exportFileName, MAX_FILE_NAME } from './filename';
import { floodBarrierReport, HOSTILE_PAYLOADS, hostileReport } from './fixture.test-helper';

function withArticle(patch: Partial<Report['article']>): Report {
  const r = floodBarrierReport();
  return { ...r, article: { ...r.article, ...patch } };
}

const SAFE = /^sourcelight-[a-z0-9]+(-[a-z0-9]+)*-(\d{4}-\d{2}-\d{2}|report)\.[a-z0-9]+$/;

describe('exportFileName', () => {
  it('names the file after the title and the publication day', () => {
    expect(exportFileName(floodBarrierReport(), 'md')).toBe(
      'sourcelight-harbour-city-delays-its-flood-barrier-as-costs-climb-2026-03-14.md',
    );
  });

  it('falls back to the host, then to "article", and to "report" without a valid date', () => {
    expect(exportFileName(withArticle({ title: '', publishedTime: null }), 'csv')).toBe(
      'sourcelight-news-example-org-report.csv',
    );
    expect(exportFileName(withArticle({ title: '中文标题', url: 'about:blank', publishedTime: '2026-02-30' }), 'csv')).toBe(
      'sourcelight-article-report.csv',
    );
    expect(exportFileName(withArticle({ title: 'Café über Straße', publishedTime: 'Sat, 14 Mar 2026' }), 'md')).toBe(
      'sourcelight-cafe-uber-strasse-report.md',
    );
  });

  it('keeps long titles within the limit, cut at a word', () => {
    const name = exportFileName(withArticle({ title: 'word '.repeat(100) + 'end' }), 'jsonld');
    expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(name).toMatch(SAFE);
    expect(name).toMatch(/-word-2026-03-14\.jsonld$/);
    const oneWord = exportFileName(withArticle({ title: 'x'.repeat(500) }), 'md');
    expect(oneWord.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    expect(oneWord).toMatch(SAFE);
  });

  it.each([...HOSTILE_PAYLOADS, '../../etc/passwd', 'CON', '.hidden', 'a/b\\c:d*e?f"g<h>i|j'])(
    'makes a safe name from the title %j',
    (title) => {
      const name = exportFileName(withArticle({ title }), 'md');
      expect(name).toMatch(SAFE);
      expect(name.length).toBeLessThanOrEqual(MAX_FILE_NAME);
    },
  );

  it('sanitises the extension too', () => {
    expect(exportFileName(hostileReport(), '../../x.sh')).toMatch(/^sourcelight-[a-z0-9-]+-report\.xsh$/);
    expect(exportFileName(floodBarrierReport(), '')).toMatch(/\.txt$/);
  });

  it('is deterministic', () => {
    expect(exportFileName(hostileReport(), 'csv')).toBe(exportFileName(hostileReport(), 'csv'));
  });
});
