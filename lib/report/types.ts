/**
 * The one shape of Sourcelight's data, shared by the analyser, the worker, the popup, the content
 * script, the exports and the CLI. The field names the scorer reads (`content`, `kind`, `source`,
 * `sourceType`, `cue`, `a`, `b`) follow ../shared/corpus/GUIDELINES.md.
 */

/** Half-open character range [start, end) in `Article.text`. */
export interface Span {
  start: number;
  end: number;
}

export type BlockKind = 'paragraph' | 'heading' | 'blockquote' | 'list-item' | 'preformatted';

/** A block of the article text (a paragraph, heading, ...), so rules can tell headings from body. */
export interface Block extends Span {
  kind: BlockKind;
}

/** What extraction gives the analyser: metadata plus the text with its paragraph structure. */
export interface Article {
  title: string;
  byline: string | null;
  siteName: string | null;
  lang: string | null;
  url: string;
  publishedTime: string | null;
  /** Blocks joined by "\n\n", whitespace inside a block collapsed to single spaces. */
  text: string;
  blocks: Block[];
}

/** The article as the report keeps it: with its text, so exports and anchors need nothing else. */
export type ArticleMeta = Omit<Article, 'blocks'> & {
  /** Length of `text`, in UTF-16 code units. */
  length: number;
  /** Stable hash of `text` (see lib/report/hash.ts): a changed article has a different hash. */
  hash: string;
};

export type AttributionKind = 'direct' | 'indirect' | 'mixed';

export const SOURCE_TYPES = [
  'named-person',
  'named-organization',
  'anonymous',
  'vague',
  'media',
  'document',
] as const;
export type SourceType = (typeof SOURCE_TYPES)[number];

/** Source types whose speaker the reader cannot identify. */
export const UNNAMED_TYPES: ReadonlySet<SourceType> = new Set(['anonymous', 'vague']);

export interface Attribution {
  /** Stable within a report: "a1", "a2", ... in text order. */
  id: string;
  /**
   * The quoted or reported content, verbatim, without quotation marks, source or cue. A source and
   * cue that interrupt it ("The museum, Mr. Obama said, would ...") are left out, joined by a space;
   * `contentSpan` still covers the whole stretch.
   */
  content: string;
  kind: AttributionKind;
  /** The source phrase verbatim where the attribution is made, or null when none is given. */
  source: string | null;
  /** For a pronoun or back-reference, the antecedent as first introduced. */
  resolved?: string;
  /**
   * What the article says of a named source where it names it, left out of `source` as the
   * guidelines do ("Lotfi Azzouz, Tunisia country director for Amnesty International": the source is
   * "Lotfi Azzouz", this is the rest).
   */
  description?: string;
  sourceType: SourceType;
  /** The outlet or intermediary the source spoke through ("Reuters"). */
  via?: string;
  /** The reporting verb or phrase, verbatim, or null. */
  cue: string | null;
  contentSpan: Span;
  sourceSpan: Span | null;
  cueSpan: Span | null;
  /** The sentence (or sentences, for a quote across paragraphs) the attribution stands in. */
  sentenceSpan: Span;
  /** One line a reader can check: the rule and the lexicon entries that fired. */
  reason: string;
}

export type ContradictionKind = 'explicit' | 'cross-source' | 'self';

export interface Statement {
  text: string;
  span: Span;
  /** Who makes the statement, when the article says. */
  source: string | null;
  attributionId?: string;
}

export interface Contradiction {
  id: string;
  kind: ContradictionKind;
  /** Scorer fields: the first statement verbatim, and the second or null. */
  a: string;
  b: string | null;
  aStatement: Statement;
  bStatement: Statement | null;
  /** One line on why the two conflict. */
  reason: string;
  /** 0..1: how sure the rule is. The popup shows only those at or above CONTRADICTION_THRESHOLD. */
  confidence: number;
}

export const CONTRADICTION_THRESHOLD = 0.5;

export interface Summary {
  attributions: number;
  byType: Record<SourceType, number>;
  byKind: Record<AttributionKind, number>;
  /** Share (0..1) of attributions whose source is anonymous or vague; 0 when there are none. */
  unnamedShare: number;
  contradictions: number;
}

export interface Report {
  /** Bumped when the shape changes, so cached reports of an older shape are ignored. */
  version: typeof REPORT_VERSION;
  article: ArticleMeta;
  attributions: Attribution[];
  contradictions: Contradiction[];
  summary: Summary;
  /** Analyser time, for the popup's footer and the benchmark. */
  analysisMs: number;
}

export const REPORT_VERSION = 1;

/** In-page highlight categories; each is one CSS Custom Highlight named `sourcelight-<category>`. */
export const HIGHLIGHT_CATEGORIES = [
  'anonymous',
  'vague',
  'named',
  'media',
  'quote',
  'contradiction',
] as const;
export type HighlightCategory = (typeof HIGHLIGHT_CATEGORIES)[number];

export const highlightName = (c: HighlightCategory) => `sourcelight-${c}` as const;

/** W3C TextQuoteSelector + TextPositionSelector of one passage of the article text. */
export interface TextAnchor {
  exact: string;
  prefix: string;
  suffix: string;
  /** Offsets in `Article.text`: a hint only, the live page's text differs. */
  start: number;
  end: number;
}

/** One thing to paint: which category, which item of the report, and where. */
export interface HighlightTarget {
  /** Attribution or contradiction id; "a3:source", "c1:b" and the like name the part. */
  id: string;
  category: HighlightCategory;
  anchor: TextAnchor;
}
