/**
 * The analyser: article in, report out. Pure and deterministic (no browser API), so the worker,
 * the tests and the CLI run the same code. Read top to bottom: segment → quotes → attribute →
 * speakers and source types → contradict → report.
 */
import type { Article, Attribution, Report } from '../report/types';
import { REPORT_VERSION } from '../report/types';
import { hashText } from '../report/hash';
import { summarize } from '../report/summary';
import { segmentSentences } from './segment';
import { findQuotes } from './quotes';
import { findAttributions } from './attribute';
import { resolveSpeakers } from './speakers';
import { appositiveName } from './appositive-name';
import { findContradictions } from './contradict';
import { nameBeforeDescription } from './source-description';

export function analyze(article: Article, now: () => number = () => performance.now()): Report {
  const t0 = now();
  const { blocks, ...meta } = article;
  const text = meta.text;
  const sentences = segmentSentences(article);
  const attributions = buildAttributions(text, blocks, sentences);
  const contradictions = findContradictions(text, sentences, attributions);
  return {
    version: REPORT_VERSION,
    article: { ...meta, length: text.length, hash: hashText(text) },
    attributions,
    contradictions,
    summary: summarize(attributions, contradictions),
    analysisMs: now() - t0,
  };
}

function buildAttributions(text: string, blocks: Article['blocks'], sentences: ReturnType<typeof segmentSentences>): Attribution[] {
  const quotes = findQuotes(text, blocks);
  const drafts = findAttributions(text, blocks, sentences, quotes);
  const speakers = resolveSpeakers(text, drafts);
  return drafts.map((d, i) => {
    const s = speakers[i];
    // A relative pronoun alone says nothing to a reader: show it with the word it refers to
    // ("Trump, who"), still one verbatim stretch of the text.
    // (Not when its last word is not what it refers to: "the local plan, adopted in 2021, which", "reports
    // filed with the secretary of state's office, which" stay "which", resolved to the whole.)
    const antecedentText = d.antecedent ? text.slice(d.antecedent.start, d.antecedent.end) : '';
    const nextTo = !!d.antecedent && !!d.source && /^\s*,?\s*$/.test(text.slice(d.antecedent.end, d.source.start));
    const madeThere = /^(which|that)$/i.test(s.source ?? '') && /\b\p{Ll}+(?:ed|en)\s+(?:with|by|in|on|at|to|from|for)\s/u.test(antecedentText);
    if (d.source && d.antecedent && s.sourceSpan === d.source && /^(who|which|that)$/i.test(s.source ?? '') && !antecedentText.includes(',') && nextTo && !madeThere) {
      const head = text.slice(d.antecedent.start, d.antecedent.end).match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*$/u);
      if (head) {
        s.sourceSpan = { start: d.antecedent.end - head[0].length, end: d.source.end };
        s.source = text.slice(s.sourceSpan.start, s.sourceSpan.end);
      }
    }
    // "Barkley, who said he votes Democratic, said ...": the relative clause is an attribution of its
    // own, so the source is the name before it.
    const own = s.sourceSpan;
    const relative = own && s.source ? /,\s+who\s/.exec(s.source) : null;
    if (own && relative && drafts.some((o) => o !== d && o.content.start > own.start && o.content.end <= own.end)) {
      s.sourceSpan = { start: own.start, end: own.start + relative.index };
      s.source = text.slice(s.sourceSpan.start, s.sourceSpan.end);
    }
    // "Lotfi Azzouz, Tunisia country director for Amnesty International, said": the source is the name
    // (GUIDELINES §1, as the labelled pages write it); what describes it stays beside it for the reader.
    const named = s.sourceSpan && s.source ? nameBeforeDescription(s.source) : null;
    if (named && s.sourceSpan) {
      s.sourceSpan = { start: s.sourceSpan.start, end: s.sourceSpan.start + named.name.length };
      s.source = named.name;
    }
    const cue = d.cue ? text.slice(d.cue.start, d.cue.end) : null;
    const a: Attribution = {
      id: `a${i + 1}`,
      content: d.gap ? `${text.slice(d.content.start, d.gap.start)} ${text.slice(d.gap.end, d.content.end)}` : text.slice(d.content.start, d.content.end),
      kind: d.kind,
      source: s.source,
      sourceType: s.type,
      cue,
      contentSpan: d.content,
      sourceSpan: s.sourceSpan,
      cueSpan: d.cue,
      sentenceSpan: { start: Math.min(d.sentence.start, d.content.start), end: Math.max(d.sentence.end, d.content.end) },
      reason: `${s.why} + ${d.rule}`,
    };
    // The antecedent as the guidelines write it: the name, without the description it came with.
    const antecedent = s.resolved && appositiveName(s.resolved);
    const resolved = antecedent ? (nameBeforeDescription(antecedent)?.name ?? antecedent) : antecedent;
    if (resolved && resolved.toLowerCase() !== s.source?.toLowerCase()) a.resolved = resolved;
    if (named) a.description = named.description;
    if (s.via) a.via = s.via;
    else if (d.via) a.via = text.slice(d.via.start, d.via.end);
    return a;
  });
}
