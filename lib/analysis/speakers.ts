/**
 * Who a source phrase stands for: pronouns and back-references ("he", "they", "the official",
 * "the president") take the nearest earlier source that fits; quotes with no cue keep the speaker
 * they carried over.
 */
import type { SourceType, Span } from '../report/types';
import type { Draft } from './attribute';
import { classifySource, peopleIn, type SourceClass } from './classify';
import { ANONYMOUS_NOUNS, ORGANIZATION_NOUNS, PERSON_TITLES } from './lexicon/sources';
import { nounForms } from './inflect';

export interface Speaker {
  source: string | null;
  resolved?: string;
  type: SourceType;
  via?: string;
  why: string;
  /** Where `source` stands in the text (for a carried-over speaker, where it was named). */
  sourceSpan: Span | null;
  /** Where `resolved` (or the source itself) was named. */
  resolvedSpan: Span | null;
}

const PERSON_PRONOUNS = new Set(['he', 'she', 'him', 'her', 'i']);
const GROUP_PRONOUNS = new Set(['they', 'we', 'them']);
const BACK_NOUNS = new Set([...ANONYMOUS_NOUNS, ...ORGANIZATION_NOUNS, ...PERSON_TITLES].flatMap((n) => nounForms(n)));
const BACK_REF = /^(?:the|this|that|these|those)\s+(?:[a-z-]+\s+)?([a-z-]+)$/i;

interface Seen {
  text: string;
  resolved: string;
  resolvedSpan: Span | null;
  cls: SourceClass;
}

/** "the engineers" after "two city engineers ... said": an earlier unnamed source with that head. */
const sameUnnamedGroup = (noun: string) => {
  const stem = noun.toLowerCase().replace(/(s|es)$/, '');
  return (s: Seen) => s.cls.type === 'anonymous' && new RegExp(`\\b${stem}(s|es)?\\b`, 'i').test(s.resolved);
};

const isPlural = (s: string) => /(s|people|men|staff|police)$/i.test(s.trim()) && !/(ss|us|is)$/i.test(s.trim());

export function resolveSpeakers(text: string, drafts: Draft[]): Speaker[] {
  const people = peopleIn(text);
  const seen: Seen[] = [];
  const out: Speaker[] = [];
  const byDraft = new Map<Draft, Speaker>();

  // Antecedents are near: looking back this far keeps long articles linear.
  const LOOK_BACK = 60;
  const latest = (fit: (s: Seen) => boolean) => {
    for (let k = seen.length - 1; k >= 0 && seen.length - k <= LOOK_BACK; k--) if (fit(seen[k])) return seen[k];
    return undefined;
  };

  for (const d of drafts) {
    const source = d.source ? text.slice(d.source.start, d.source.end) : null;
    let speaker: Speaker;
    const carried = d.carriedFrom ? byDraft.get(d.carriedFrom) : undefined;
    const own = { sourceSpan: d.source, resolvedSpan: d.source };
    if (carried) {
      // The speaker named in an earlier sentence, by the name it was first given.
      speaker = { ...carried, why: `${carried.why}, speaker carried over` };
      const name = carried.resolved ?? carried.source;
      if (name) seen.push({ text: name, resolved: name, resolvedSpan: carried.resolvedSpan, cls: { type: carried.type, why: carried.why, via: carried.via } });
    } else if (!source) {
      speaker = { source, type: 'vague', why: 'no source', ...own };
    } else {
      const lower = source.toLowerCase();
      const ante = d.antecedent ? text.slice(d.antecedent.start, d.antecedent.end) : undefined;
      const back = BACK_REF.exec(source);
      if ((lower === 'who' || lower === 'which') && ante) {
        const cls = classifySource(ante, people);
        speaker = { source, resolved: ante, type: cls.type, via: cls.via, why: `"${source}" → ${cls.why}`, ...own, resolvedSpan: d.antecedent ?? d.source };
      } else if (PERSON_PRONOUNS.has(lower)) {
        // An unresolved "she" earlier is no antecedent for this one.
        const a = latest((s) => s.cls.type === 'named-person' && !PERSON_PRONOUNS.has(s.resolved.toLowerCase()));
        speaker = a
          ? { source, resolved: a.resolved, type: 'named-person', why: `pronoun "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : { source, type: 'named-person', why: `pronoun "${source}"`, ...own };
      } else if (GROUP_PRONOUNS.has(lower)) {
        const a = latest((s) => isPlural(s.resolved) || s.cls.type === 'named-organization');
        speaker = a
          ? { source, resolved: a.resolved, type: a.cls.type, via: a.cls.via, why: `pronoun "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : { source, type: 'vague', why: `pronoun "${source}", no antecedent`, ...own };
      } else if (lower === 'it') {
        const a = latest((s) => s.cls.type === 'named-organization' || s.cls.type === 'document' || s.cls.type === 'media');
        speaker = a
          ? { source, resolved: a.resolved, type: a.cls.type, why: `pronoun "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : { source, type: 'named-organization', why: `pronoun "${source}"`, ...own };
      } else if (back && (BACK_NOUNS.has(back[1].toLowerCase()) || latest(sameUnnamedGroup(back[1])))) {
        const noun = back[1].toLowerCase();
        const stem = noun.replace(/(s|es|men)$/, '');
        const a = latest((s) => s.resolved.toLowerCase().includes(stem) && s.resolved.toLowerCase() !== lower);
        const cls = classifySource(source, people);
        speaker = a && (a.cls.type !== 'named-person' || !ANONYMOUS_NOUNS.includes(noun) || PERSON_TITLES.includes(noun))
          ? { source, resolved: a.resolved, type: a.cls.type, via: a.cls.via, why: `back-reference "${source}" → "${a.resolved}"`, ...own, resolvedSpan: a.resolvedSpan }
          : { source, type: cls.type, via: cls.via, why: cls.why, ...own };
      } else {
        const cls = classifySource(source, people);
        speaker = { source, type: cls.type, via: cls.via, why: cls.why, ...own };
        // "Mr. Reeves" after "Eric Reeves": the name as first given.
        const surname = lower.split(/\s+/).pop()!.replace(/[’']s$/, '');
        if (cls.type === 'named-person' && surname.length > 2) {
          const first = seen.slice(0, 200).find((x) => x.cls.type === 'named-person' && x.resolved.length > source.length && new RegExp(`\\b${surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'i').test(x.resolved));
          if (first) {
            speaker.resolved = first.resolved;
            speaker.resolvedSpan = first.resolvedSpan;
          }
        }
      }
      seen.push({ text: source, resolved: speaker.resolved ?? source, resolvedSpan: speaker.resolvedSpan, cls: { type: speaker.type, why: speaker.why, via: speaker.via } });
    }
    byDraft.set(d, speaker);
    out.push(speaker);
  }
  return out;
}
