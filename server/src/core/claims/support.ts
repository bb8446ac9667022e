import type { Corpus } from '../search/corpus';
import type { Hit } from '../search/bm25/score';
import type { Paragraph, Source } from '../sources/model';
import type { Span } from '../types';
import { mentionsName, type Claim } from './claim';
import { combine } from './combiner';
import { besideEachOther, findContradiction, isCorrection, misattributedQuote, nameCorrected, withdrawnElsewhere, workedOut, type Contradiction } from './contradiction';
import { ATTENDANCE_LINE, ATTENDING, bestWindow, boundAsSaid, claimParts, CoverageMemo, isQuestion, ownNameTerms, rosterOf, sourceDateCover, termSimilarity, weighted, type Part, type RoleHolder, type Window } from './coverage';
import { NAME_ALIASES } from './lexicon';
import { initialled, isDateLine, quantitiesOf, ReadingCache, readSentence, TURN, writtenOn, type SentenceReading } from './reading';
import { isTime, monthTerms, numberTerms, sameQuantity, spansTime, unitsAgree, type Quantity } from './quantities';
import { headsTable, isTableText } from '../text/tables';
import { hasVerbatim, quotations } from './quotes';
import { stem, tokenize, type Token } from '../text/tokenize';

/**
 * How well the sources back one claim (docs/judging.md tells it for writers). The judge retrieves
 * candidate passages with BM25, reads windows of one to three consecutive sentences around each, and
 * asks for every part of the claim (its words, figures, dates and names) how far the window has it.
 * The support is what the best window holds together with the windows near it in the same source
 * (or, for a sentence citing several sources, in the cited ones): a claim is never assembled from
 * words scattered over unrelated passages. A fitted logistic combiner (combiner.ts) turns what is
 * held and what is missing into the score. Separately, the key entities of the claim (its names, the
 * thing it opens with) must be mentioned somewhere in scope, and contradiction.ts looks for a passage
 * about the same fact that says otherwise.
 */

export interface Evidence {
  readonly source: Source;
  readonly paragraph: Paragraph;
  /** The window's span in the source text. */
  readonly span: Span;
  /** 0–1: the weighted share of the claim this window covers. */
  readonly score: number;
  /** 0–1: the combiner's score for this window alone: how well citing just this passage would back the claim. */
  readonly alone: number;
  /** Claim words the window has (the same word, stem or a close synonym), as written in the claim. */
  readonly matched: readonly string[];
  /** Claim words the window lacks, as written in the claim, most important first. */
  readonly missing: readonly string[];
  /**
   * 0–1: the weighted share of what the claim says besides its names, figures and dates (its other
   * words: what happened, what was done) that the window holds; 1 for a claim with no such words. A
   * passage that only names whom the claim is about says nothing of what the claim says of them.
   */
  readonly said: number;
}

export type { Contradiction, ContradictionKind } from './contradiction';

export interface Judgement {
  /** 0–1: how likely a reader would call the claim supported by the passages in scope (the combiner's output). */
  readonly score: number;
  /** Best evidence in scope, best first (at most `limit`); each window's own score is its coverage. */
  readonly evidence: readonly Evidence[];
  /** The windows the score was computed from: the best one and those that add to it. */
  readonly cover: readonly Evidence[];
  readonly contradiction?: Contradiction;
  /** The figures the score was computed from, by name. */
  readonly features?: Readonly<Record<string, number>>;
  /** Claim words (as written) that none of the passages read for the score has, most telling first. */
  readonly unsupported?: readonly string[];
  /** Names and things the claim speaks of that no source in scope mentions ("a regional court"), as written. */
  readonly missingEntities?: readonly string[];
  /** The claim's figures and dates that no source in scope states anywhere, as written. */
  readonly missingFigures?: readonly string[];
  /** Passages anywhere that have the sentence's quotation word for word (for whose words they are). */
  readonly quoted?: readonly Evidence[];
}

export interface JudgeOptions {
  /** Only these sources count as support (the cited ones). Undefined: every source. */
  readonly scope?: ReadonlySet<Source>;
  /** Paragraphs that must be read whatever retrieval says (the cited locators). */
  readonly paragraphs?: ReadonlyArray<{ source: Source; paragraph: Paragraph }>;
  /** How many evidence windows to return. */
  readonly limit?: number;
  /** BM25 candidates to read closely. */
  readonly candidates?: number;
  /** The service's cache of paragraphs read; a fresh one when left out. */
  readonly cache?: ReadingCache;
  /** Windows from any source in scope may add up (a sentence citing several sources); default: one source. */
  readonly acrossSources?: boolean;
  /** Read only `paragraphs`, no retrieval: how well a locator's paragraphs back the claim by themselves. */
  readonly only?: boolean;
  /** Rank evidence only (completion): no contradiction, nothing looked up about what the sources never mention. */
  readonly evidenceOnly?: boolean;
}

/** Windows the cover chooses from, how many it takes, and how far (in paragraphs) from the best one they may be. */
const COVER_POOL = 24;
const COVER_WINDOWS = 3;
const COVER_REACH = 3;

/**
 * Passages the search hands the judge to read closely. Reading is most of a judgement's time; past the
 * first 28 the search's hits almost never hold the best window (at 40, a 250-sentence draft of news
 * took a fifth longer, with the same verdicts on 3,665 sentences but one, the same evidence recall@5
 * on WiCE's 380 sources pooled; at 20 that recall fell from 0.965 to 0.948; docs/performance.md).
 */
const SEARCH_CANDIDATES = 28;
/**
 * In a large index, a hit scoring under this share of the best one's is not read closely: it shares
 * only the claim's common words. (A fifth of the time of a 250-sentence draft at 20 MB went on such
 * hits, with the same diagnostics on 1,000 sentences of news and the same evidence recall@5 on WiCE's
 * 380 sources pooled without them. In a writer's folder of a few hundred sources every hit is read:
 * there, a passage that words the claim otherwise can score that low and still back it —
 * docs/performance.md.)
 */
const WEAK_HIT_SHARE = 0.3;
/** Passages from which an index counts as large (as the search's own cut of common words does). */
const LARGE_INDEX = 20_000;
/** Cited sources with at most this many passages in all are read whole, with no search. */
const READ_WHOLE = 40;

export function judgeClaim(claim: Claim, corpus: Corpus, options: JudgeOptions = {}): Judgement {
  const limit = options.limit ?? 5;
  const parts = claimParts(claim);
  if (parts.length === 0 || corpus.sourceCount === 0) return { score: 0, evidence: [], cover: [] };
  const cache = options.cache ?? new ReadingCache(64);
  const scope = options.scope;
  const k = options.candidates ?? SEARCH_CANDIDATES;

  // Cited sources small enough to read whole need no search: every passage of theirs is a candidate.
  let hits: ReadonlyArray<{ readonly id: number }> | undefined = options.only ? [] : undefined;
  let readWhole = false;
  if (scope && !hits) {
    const ids: number[] = [];
    for (const source of scope) {
      ids.push(...corpus.passageIdsOf(source.uri));
      if (ids.length > READ_WHOLE) break;
    }
    if (ids.length <= READ_WHOLE) {
      hits = ids.map((id) => ({ id }));
      readWhole = true;
    }
  }
  const query = [...new Set(parts.map((p) => p.indexTerm).concat(parts.filter((p) => p.term !== p.indexTerm).map((p) => p.term)))];
  hits ??= corpus.index.search(query, k, scope ? (id) => scope.has(corpus.passageSource(id)!) : undefined);
  if (!readWhole && corpus.index.size >= LARGE_INDEX && hits.length && 'score' in hits[0]) {
    const floor = (hits[0] as Hit).score * WEAK_HIT_SHARE;
    hits = hits.filter((h) => (h as Hit).score >= floor);
  }

  // Read each candidate passage closely; the same paragraph is read once.
  const memo = new CoverageMemo(parts, claim);
  const head = claim.subject?.head.term;
  if (head) {
    const speaksOf = new Map<Source, boolean>();
    memo.subjectIn = (source) => {
      let yes = speaksOf.get(source);
      if (yes === undefined) speaksOf.set(source, (yes = corpus.index.search([head], 1, (id) => corpus.passageSource(id) === source).length > 0));
      return yes;
    };
  }
  memo.weekdayDate = (source, weekday, ahead) => weekdayBefore(cache.datesOf(source), weekday, ahead);
  memo.yearOf = (source) => cache.datesOf(source).find((d) => d.kind === 'year')?.value;
  memo.dayOf = (source) => cache.datesOf(source).find((d) => d.kind === 'date')?.value;
  memo.yesterday = (source) => yesterdayOf(source);
  const byParagraph = new Map<Paragraph, Window>();
  const dated = new Map<Source, Float32Array | undefined>();
  const datedOf = (source: Source) => {
    if (!dated.has(source)) dated.set(source, parts.some((p) => p.role === 'date') ? sourceDateCover(parts, cache.datesOf(source), claim.text) : undefined);
    return dated.get(source);
  };
  // An answer in a transcript says what the question it answers asked ("Will you ban barbecues on the
  // common?" — "We may well do."): the question's words count for it, a little less than its own.
  // (So does a survey's question above its answers in one paragraph: "Q6. Would you support the
  // Association taking legal action against Westmarch Water? / Yes: 26 (55%)".)
  const askedOf = (source: Source, paragraph: Paragraph): Float32Array | undefined => {
    const before = questionBefore(source, paragraph);
    const inner = before ? undefined : cache.sentences(source, paragraph);
    const k = inner ? inner.findIndex((s) => isQuestion(s.text)) : -1;
    // (Only where what follows it are its answers, a figure to a line: "Yes: 26 (55%)", "- No: 9".)
    if (!before && (k < 0 || k === inner!.length - 1 || !inner!.slice(k + 1).every((s) => ANSWER_LINE.test(s.text)))) return undefined;
    const out = Float32Array.from(datedOf(source) ?? new Float32Array(parts.length));
    const c = before ? memo.asked(questionReading(source, before), source) : memo.asked(inner![k], source);
    for (let j = 0; j < parts.length; j++) if (c[j] * ASKED_CREDIT > out[j]) out[j] = c[j] * ASKED_CREDIT;
    // A bare figure answering "How many households …?" counts what the question asked about ("A hundred
    // and forty, give or take." is 140 households): the answer's first figure, nothing counted beside it.
    if (before) {
      const question = questionReading(source, before);
      // (Only an answer of one figure, and not one it was before: "Ninety, when we started. A hundred and
      // twelve now" gives no count of now.)
      // (The answer's first sentence, with one figure: "A hundred and twelve. About 30 of them …" is 112.)
      const figures = cache.sentences(source, paragraph).slice(0, 1).flatMap((s) => quantitiesOf(s).map((r) => [s, r] as const));
      const first = figures.length === 1 ? figures[0] : undefined;
      if (first && HOW_MANY.test(question.text) && !THEN.test(first[0].text) && first[1].kind === 'number' && !first[1].after?.length && !first[1].unit) {
        for (let j = 0; j < parts.length; j++) {
          const q = parts[j].quantity;
          if (q && q.kind === 'number' && sameQuantity(q, boundAsSaid(first[0], first[1])) && unitsAgree(q, first[1], question.terms, termSimilarity)) out[j] = 1;
        }
      }
    }
    return out;
  };
  // Minutes name who holds a role once ("In attendance: Marcus Lyle (Chief Executive)") and then speak
  // of the role ("The Chief Executive advised that …"): a paragraph that does says the person's name.
  const names = parts.filter((p) => p.role === 'name');
  let elsewhere: readonly RoleHolder[] | undefined;
  const namedElsewhere = () =>
    (elsewhere ??= (() => {
      const sources = new Set(corpus.index.search([...new Set(names.map((p) => p.indexTerm))], ROSTER_SOURCES_READ).map((h) => corpus.passageSource(h.id)));
      // (A role of two words or more, which names one post: "Chief Executive", "Director of Place"; not
      // "Chair", which every body has.)
      return [...sources].flatMap((x) => (x ? rosterOf(x) : [])).filter((r) => names.some((p) => r.names.has(p.indexTerm)) && r.role.trim().split(/\s+/).length >= 2);
    })());
  const rolesOf = (source: Source, paragraph: Paragraph, base: Float32Array | undefined): Float32Array | undefined => {
    if (names.length === 0) return base;
    const own = rosterOf(source);
    let held = own.filter((r) => names.some((p) => r.names.has(p.indexTerm)));
    // (Or who holds it as another source names them, "Helen Strand (Chief Executive)" in the minutes, where
    // this one gives the role to no one else: a report's "a letter of apology from the Chief Executive".)
    // (Whether this paragraph speaks of the role is read below, a paragraph at a time.)
    if (held.length === 0) held = namedElsewhere().filter((r) => !own.some((o) => o.role === r.role));
    if (held.length === 0) return base;
    const text = source.text.slice(paragraph.start, paragraph.end);
    let out: Float32Array | undefined;
    for (const r of held) {
      if (!r.spoken.test(text)) continue;
      out ??= Float32Array.from(base ?? new Float32Array(parts.length));
      for (let j = 0; j < parts.length; j++) if (parts[j].role === 'name' && r.names.has(parts[j].indexTerm) && out[j] < ROLE_CREDIT) out[j] = ROLE_CREDIT;
    }
    return out ?? base;
  };
  // An outlet the sentence says it was told or heard on ("told the Evening Post", "speaking on Stannerby
  // Sound's breakfast phone-in") is named by its own source's title or masthead for every passage of it,
  // a little less than a passage naming it; and in a transcript, the speaker of a turn ("GERALD PINNOCK:
  // … By the end I was earning …") is named for every sentence of the turn.
  const outlets = claim.names.filter((n) => n.terms.length >= 2 && MEDIUM_BEFORE.test(claim.text.slice(Math.max(0, n.start - 30), n.start)));
  const namedOf = (source: Source, paragraph: Paragraph, base: Float32Array | undefined): Float32Array | undefined => {
    if (names.length === 0) return base;
    const own = ownNameTerms(source);
    const outlet = outlets.filter((n) => n.terms.every((t) => own.has(t)));
    const turn = TURN.exec(source.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 120)));
    if (!turn && outlet.length === 0) return base;
    // (Initials stand for the name at the transcript's head: "SM:" for "Subject: Sean McCaffrey".)
    const speaker = turn ? new Set(tokenize(initialled(turn[1], source) ?? turn[1]).flatMap((t) => [t.term, stem(t.term)])) : undefined;
    let out: Float32Array | undefined;
    for (let j = 0; j < parts.length; j++) {
      if (parts[j].role !== 'name') continue;
      const has = (terms: ReadonlySet<string> | readonly string[]) => ('has' in terms ? terms.has(parts[j].indexTerm) : terms.includes(parts[j].indexTerm));
      const credit = speaker && has(speaker) ? 1 : outlet.some((n) => has(n.terms)) ? HEAD_CREDIT : 0;
      // (Not over a question's credit: an answer's turn names whom the question named as it was asked,
      // and "We may well do." stays the answer, not a later sentence of the turn.)
      if (credit === 0 || ((out ?? base)?.[j] ?? 0) >= Math.min(credit, ASKED_CREDIT)) continue;
      out ??= Float32Array.from(base ?? new Float32Array(parts.length));
      out[j] = credit;
    }
    return out ?? base;
  };
  const consider = (source: Source, paragraph: Paragraph, from: number, to: number) => {
    const w = bestWindow(memo, source, paragraph, cache.sentences(source, paragraph), from, to, namedOf(source, paragraph, rolesOf(source, paragraph, askedOf(source, paragraph) ?? datedOf(source))));
    if (!w) return;
    const prior = byParagraph.get(paragraph);
    if (!prior || w.score > prior.score) byParagraph.set(paragraph, w);
  };
  for (const h of hits) {
    const p = corpus.passage(h.id);
    if (!p) continue;
    consider(p.source, p.paragraph, p.sentenceFrom, p.sentenceTo);
    // A question found is read with its answer.
    const next = p.source.paragraphs[p.paragraph.n];
    if (next && !byParagraph.has(next) && p.source.text.slice(p.paragraph.start, p.paragraph.end).trim().endsWith('?') && isTurn(p.source, p.paragraph)) consider(p.source, next, 0, Math.min(3, next.sentences.length));
  }
  for (const { source, paragraph } of options.paragraphs ?? []) consider(source, paragraph, 0, paragraph.sentences.length);
  // "attended by seven councillors": the attendance line at the head of minutes found counts them, whatever words it shares.
  if (claim.quantities.some((q) => q.kind === 'number' && !!q.unit && ATTENDING.test(q.unit))) {
    for (const source of new Set(hits.map((h) => corpus.passage(h.id)?.source).filter((x): x is Source => !!x))) {
      for (const paragraph of source.paragraphs.slice(0, 6)) if (!byParagraph.has(paragraph) && ATTENDANCE_LINE.test(source.text.slice(paragraph.start, paragraph.end))) consider(source, paragraph, 0, paragraph.sentences.length);
    }
  }

  const ranked = [...byParagraph.values()].sort((a, b) => b.score - a.score);
  const inScope = scope ? ranked.filter((c) => scope.has(c.source)) : ranked;

  const cover = coherentCover(parts, inScope, options.acrossSources ?? false);
  // What the claim says must be in the source that backs it: words only other sources have do not help it.
  const sameSource = options.acrossSources || !cover[0] ? inScope : inScope.filter((w) => w.source === cover[0].source);
  const { features, unsupported } = supportFeatures(parts, cover, sameSource, claim.subject ? claim.tokens.indexOf(claim.subject.head) : -1);
  const toEv = (w: Window) => toEvidence(w, parts);
  const evidence = inScope.slice(0, limit).map(toEv);
  if (options.evidenceOnly) return { score: combine(features), evidence, cover: cover.map(toEv), features, unsupported };
  let contradiction = findContradiction(claim, parts, ranked, cache, memo, toEv) ?? (scope ? correctedOutside(claim, corpus, query, scope, parts, cache, memo, toEv) : undefined);
  // A source's other name for the claim's is no contradiction where a correction found by the claim's
  // words says the claim's name is the right one ("Her name is Rachel Symonds").
  if (contradiction?.kind === 'name' && !contradiction.because && nameCorrected(claim, contradiction.sourceText, correctionWindows(corpus, query, memo, cache), cache)) contradiction = undefined;
  const quoted = quotedPassages(claim, corpus, memo, cache).map(toEv);
  const presence = new ScopePresence(corpus, scope, readWhole, memo, cache);
  // (A person a passage read speaks of by the role another source gives them: "the Chief Executive" of a
  // report, "Helen Strand (Chief Executive)" in the minutes.)
  const byRole = (name: Claim['names'][number]) => names.length > 0 && namedElsewhere().some((r) => name.distinctive.every((t) => r.names.has(t)) && inScope.some((w) => !rosterOf(w.source).some((o) => o.role === r.role) && w.sentences.some((x) => r.spoken.test(x.text))));
  const missingEntities = missingEntitiesOf(claim, parts, presence, memo).filter((n) => !claim.names.some((x) => x.text === n && byRole(x)));
  // A figure or date no source in scope states.
  const missing = missingFiguresOf(parts, cover);
  // A weekday written with its date ("Monday 22 January") is stated with the date (the calendar is checked as a contradiction).
  const withDate = (q: Quantity) => q.kind === 'weekday' && parts.some((p) => p.quantity?.kind === 'date' && !missing.includes(p.quantity) && besideEachOther(claim.text, q, p.quantity));
  const clocks = claim.quantities.filter((q) => q.kind === 'clock').map((q) => q.value);
  // (The other end of a span of days may be in any source: "Two days later" goes on from the sentence before, which may cite another.)
  const dayIn = (month: number, day: number) =>
    corpus.index.search([MONTH_NAMES[month - 1], String(day)], 8).some((h) => {
      const p = corpus.passage(h.id);
      return !!p && cache.sentences(p.source, p.paragraph).some((x) => quantitiesOf(x).some((r) => r.kind === 'date' && r.value === month * 100 + day));
    });
  // (A share in words restated by the figure after it is that figure: the figure is named, not both.)
  // (A figure worked out from two the sources give, "an increase of £6.79" from "£98.40 to £105.19", is given with them.)
  const givenWith = (q: Quantity) => workedOut(claim, q) && claim.quantities.every((r) => r === q || r.kind !== q.kind || !missing.includes(r));
  const missingFigures = missing.filter((q) => !q.restated && !withDate(q) && !givenWith(q) && !presence.states(q) && !presence.betweenTimes(q, clocks) && !betweenDates(q, claim, inScope, cache, dayIn));
  return { score: combine(features), evidence, cover: cover.map(toEv), contradiction, features, unsupported, missingEntities, missingFigures: missingFigures.map((q) => q.raw), ...(quoted.length ? { quoted } : {}) };
}

/**
 * The passages of any source that have a quotation the sentence gives someone (three words or more)
 * word for word: found by the quotation's own words, whatever else the sentence says, so that whose
 * words they are can be read ("Derek Plimmer: … We're not against the kids." for "'We're not against
 * the kids,' Jade Okonkwo told Radio Pell"). The sentence of the quotation, with its neighbours.
 */
function quotedPassages(claim: Claim, corpus: Corpus, memo: CoverageMemo, cache: ReadingCache): Window[] {
  if (!/["“„«‹]/.test(claim.text) || !/\b(?:said|says|told|tells|added|warned|argued|insisted|claimed|described|called)\b/.test(claim.text)) return [];
  const out: Window[] = [];
  for (const q of quotations(claim.text)) {
    if (q.text.trim().split(/\s+/).length < 3) continue;
    const terms = [...new Set(tokenize(q.text).map((t) => t.term))];
    const seen = new Set<Paragraph>();
    for (const h of corpus.index.search(terms, 8)) {
      const p = corpus.passage(h.id);
      if (!p || seen.has(p.paragraph)) continue;
      seen.add(p.paragraph);
      const sentences = cache.sentences(p.source, p.paragraph);
      const k = sentences.findIndex((s) => hasVerbatim(s.text, q.text));
      if (k < 0) continue;
      const w = bestWindow(memo, p.source, p.paragraph, sentences, k, k + 1);
      if (w) out.push(w);
    }
  }
  return out;
}

/**
 * What the sentence cites may have been withdrawn by a correction published apart from it (a paper's
 * corrections column): the correction paragraphs the claim's words find outside the cited sources are
 * read for a withdrawn statement or figure. One search of the whole index, and only corrections read.
 */
function correctedOutside(claim: Claim, corpus: Corpus, query: readonly string[], scope: ReadonlySet<Source>, parts: readonly Part[], cache: ReadingCache, memo: CoverageMemo, toEv: (w: Window) => Evidence): Contradiction | undefined {
  const windows = correctionWindows(corpus, query, memo, cache, scope);
  // (A remark the correction gives to someone else, too: the cited story's attribution is what it withdraws.)
  return withdrawnElsewhere(claim, parts, windows, cache, memo, toEv) ?? misattributedQuote(claim, windows, toEv);
}

/** The correction paragraphs among the index's eight best for the claim's words (outside `scope`, if given). */
function correctionWindows(corpus: Corpus, query: readonly string[], memo: CoverageMemo, cache: ReadingCache, scope?: ReadonlySet<Source>): Window[] {
  const windows: Window[] = [];
  const seen = new Set<Paragraph>();
  for (const h of corpus.index.search(query, 8)) {
    const p = corpus.passage(h.id);
    if (!p || scope?.has(p.source) || seen.has(p.paragraph) || !isCorrection(p.source, p.paragraph)) continue;
    seen.add(p.paragraph);
    const w = bestWindow(memo, p.source, p.paragraph, cache.sentences(p.source, p.paragraph), 0, p.paragraph.sentences.length);
    if (w) windows.push(w);
  }
  return windows;
}

/** How much a question's word counts for the answer after it: less than the answer's own. */
const ASKED_CREDIT = 0.8;

/** A question asking for a count: "How many households are in the association?" */
const HOW_MANY = /\bhow many\b/i;
/** Words that put an answer's figure in the past: "when we started", "before the rents went up", "used to". */
const THEN = /\b(?:when\s+we|before|used\s+to|ago|at\s+first|originally|previously|last\s+year|back\s+then)\b/i;

/** How much an outlet's name in its own source's title counts for each of its passages: less than the passage naming it. */
const HEAD_CREDIT = 0.8;

/** What comes before an outlet the sentence says it was told or heard on: "told the", "speaking on", "in the". */
const MEDIUM_BEFORE = /\b(?:told|telling|to|on|in)\s+(?:the\s+)?$/i;

/** How much "the Chief Executive" counts for the name of the person a source says holds the role: less than the name itself. */
const ROLE_CREDIT = 0.8;

/** How many passages naming a person are looked at for a roster giving their role (see `rolesOf`). */
const ROSTER_SOURCES_READ = 8;

/** An answer that turns the question down or does not take it up: its words are not the answer's. */
const NO_ANSWER = /^\W*(?:no|not|never|nope|absolutely not|no comment|I (?:don['’]t|do not|can['’]t|cannot|won['’]t|wouldn['’]t) (?:know|say|comment|accept|agree|recognise|recognize)|I (?:reject|disagree|dispute|deny)|that(?:['’]s| is) (?:not|wrong|untrue|false|nonsense))\b/i;

function isTurn(source: Source, paragraph: Paragraph): boolean {
  return TURN.test(source.text.slice(paragraph.start, Math.min(paragraph.end, paragraph.start + 60)));
}

/**
 * The question turn a transcript's answer turn answers: the turn just before it, ending in "?" (as
 * offsets into the source's text), unless the answer turns it down. (The question may share its
 * paragraph with a heading above it, or be part of a source's head block.)
 */
export function questionBefore(source: Source, paragraph: Paragraph): Span | undefined {
  if (!isTurn(source, paragraph)) return undefined;
  const answer = source.text.slice(paragraph.start, paragraph.end).replace(TURN, '');
  if (NO_ANSWER.test(answer)) return undefined;
  const from = Math.max(0, paragraph.start - 1500);
  const lines = source.text.slice(from, paragraph.start).split('\n');
  let end = paragraph.start;
  let at = paragraph.start;
  let seen = false;
  for (let k = lines.length - 1; k >= 0; k--) {
    at -= lines[k].length + (k < lines.length - 1 ? 1 : 0);
    if (!seen && lines[k].trim() === '') {
      end = at;
      continue;
    }
    seen = true;
    // A turn opens here: it is the question, if it ends with one.
    if (TURN.test(lines[k])) {
      const text = source.text.slice(at, end).trim();
      return text.endsWith('?') ? { start: at, end: at + source.text.slice(at, end).trimEnd().length } : undefined;
    }
    if (lines[k].trim() === '') return undefined;
  }
  return undefined;
}

/**
 * A question turn read as words (cached per source and offset; a source's entries go with it, and a
 * book-length transcript keeps at most a few thousand).
 */
const QUESTIONS = new WeakMap<Source, Map<number, SentenceReading>>();
const QUESTIONS_PER_SOURCE = 4096;
function questionReading(source: Source, span: Span): SentenceReading {
  let byStart = QUESTIONS.get(source);
  if (!byStart) QUESTIONS.set(source, (byStart = new Map()));
  let r = byStart.get(span.start);
  if (!r) {
    if (byStart.size >= QUESTIONS_PER_SOURCE) byStart.clear();
    byStart.set(span.start, (r = readSentence(source.text.slice(span.start, span.end).replace(TURN, ''))));
  }
  return r;
}

/**
 * The best window and up to two more that add what it lacks, from the same source and near it (or
 * from any cited source, for a sentence that cites several): facts are often spread over a
 * paragraph's neighbours, never over unrelated passages.
 */
function coherentCover(parts: readonly Part[], inScope: readonly Window[], acrossSources: boolean): Window[] {
  const anchor = inScope[0];
  if (!anchor) return [];
  const near = (w: Window) => acrossSources || (w.source === anchor.source && Math.abs(w.paragraph.n - anchor.paragraph.n) <= COVER_REACH);
  // A day the best passage gives otherwise ("stopped production at 6pm on Friday 7 March") is not
  // filled in by a neighbour's ("Saturday 8 March 2025" in the masthead): that is another day's.
  // (Another date of the claim's own in the best passage blocks nothing: "born in 1950 … died in 2010".)
  const claimTimes = parts.flatMap((p) => (p.quantity && isTime(p.quantity) ? [p.quantity] : []));
  const rivalIn = (q: Quantity) => anchor.sentences.some((s) => quantitiesOf(s).some((r) => r.kind === q.kind && !claimTimes.some((c) => sameQuantity(r, c))));
  // Days only: a passage names other years for other things ("at the London 2012 Games" beside "2016").
  const blocked = parts.flatMap((p, j) => (p.quantity && (p.quantity.kind === 'date' || p.quantity.kind === 'weekday') && anchor.covered[j] === 0 && rivalIn(p.quantity) ? [j] : []));
  const unblocked = (w: Window): Window => {
    if (blocked.length === 0 || blocked.every((j) => w.covered[j] === 0)) return w;
    const covered = Float32Array.from(w.covered);
    for (const j of blocked) covered[j] = 0;
    return { ...w, covered };
  };
  // A row of a table is a record of its own: only its table's header may add to it, and no row adds
  // to another passage ("| Prescribing | 10 Mar |" does not make "the record was restored on 8 March" about prescribing).
  const pool = inScope.slice(1, COVER_POOL).filter((w) => near(w) && !tableRow(w)).map(unblocked);
  const chosen = [anchor];
  const cover = Float32Array.from(anchor.covered);
  while (chosen.length < COVER_WINDOWS && pool.length) {
    let bestGain = 0;
    let bestAt = -1;
    for (let c = 0; c < pool.length; c++) {
      let gain = 0;
      for (let j = 0; j < parts.length; j++) if (pool[c].covered[j] > cover[j]) gain += parts[j].weight * (pool[c].covered[j] - cover[j]);
      if (gain > bestGain) [bestGain, bestAt] = [gain, c];
    }
    if (bestAt < 0) break;
    const w = pool.splice(bestAt, 1)[0];
    for (let j = 0; j < parts.length; j++) cover[j] = Math.max(cover[j], w.covered[j]);
    chosen.push(w);
  }
  return chosen;
}

/** Whether a window is rows of a table, not its header. */
function tableRow(w: Window): boolean {
  const last = w.paragraph.sentences[w.to - 1];
  return w.sentences.every((s) => isTableText(s.text)) && !headsTable(w.source.text, last.end);
}

/**
 * The calendar date (month × 100 + day) of the last `weekday` (1 Monday – 7 Sunday) on or before the
 * day a source is dated (its first year and first day-and-month), or, `ahead`, the first after it;
 * undefined for an undated source.
 */
/**
 * The day before the day a source is dated (month × 100 + day) with its weekday (1 Monday … 7 Sunday):
 * from its date line near the top ("The Kelsey Echo, Saturday 18 January 2025"), a line of its own with
 * a day and a year and little else; none where it has no such line (a date in its text, "will meet on
 * Thursday 14 March 2024", is no day it was written).
 */
function yesterdayOf(source: Source): { date: number; weekday: number } | undefined {
  if (YESTERDAYS.has(source)) return YESTERDAYS.get(source);
  let out: { date: number; weekday: number } | undefined;
  for (const line of source.text.slice(0, 1500).split('\n').slice(0, 12)) {
    if (line.length > 120 || !/\d{4}/.test(line)) continue;
    const reading = readSentence(line.trim());
    if (!isDateLine(reading)) continue;
    const qs = quantitiesOf(reading);
    const k = qs.findIndex((q, i) => q.kind === 'date' && qs[i + 1]?.kind === 'year');
    if (k < 0) continue;
    const d = new Date(Date.UTC(qs[k + 1].value, Math.floor(qs[k].value / 100) - 1, qs[k].value % 100) - 86_400_000);
    out = { date: (d.getUTCMonth() + 1) * 100 + d.getUTCDate(), weekday: d.getUTCDay() || 7 };
    break;
  }
  YESTERDAYS.set(source, out);
  return out;
}

const YESTERDAYS = new WeakMap<Source, { date: number; weekday: number } | undefined>();

export function weekdayBefore(dates: readonly Quantity[], weekday: number, ahead = false): number | undefined {
  const year = dates.find((d) => d.kind === 'year')?.value;
  const day = dates.find((d) => d.kind === 'date')?.value;
  if (year === undefined || day === undefined) return undefined;
  const dated = Date.UTC(year, Math.floor(day / 100) - 1, day % 100);
  // Looking ahead ("will meet on Tuesday"): the next such day after the story's.
  for (let step = ahead ? 1 : 0; ahead ? step <= 7 : step < 7; step++) {
    const d = new Date(dated + (ahead ? step : -step) * 86_400_000);
    if ((d.getUTCDay() || 7) === weekday) return (d.getUTCMonth() + 1) * 100 + d.getUTCDate();
  }
  return undefined;
}

/** The claim's figures and dates that none of the windows states. */
function missingFiguresOf(parts: readonly Part[], windows: readonly Window[]): Quantity[] {
  const cover = coverOf(parts, windows);
  const out: Quantity[] = [];
  for (let i = 0; i < parts.length; i++) {
    const q = parts[i].quantity;
    // A vague amount ("dozens") is backed or not by the words around it, not stated as such.
    if (q && !q.range && cover[i] === 0 && !out.includes(q)) out.push(q);
  }
  return out;
}

/**
 * Whether something is written anywhere in the sources in scope: a word (an index term), or a figure
 * (every number and word it is written with). Sources read whole answer from what was read.
 */
class ScopePresence {
  private readonly known = new Map<string, boolean>();
  constructor(
    private readonly corpus: Corpus,
    private readonly scope: ReadonlySet<Source> | undefined,
    private readonly readWhole: boolean,
    private readonly memo: CoverageMemo,
    private readonly cache?: ReadingCache,
  ) {}

  has(term: string): boolean {
    let found = this.known.get(term);
    if (found === undefined) {
      if (this.readWhole) {
        found = false;
        for (const s of this.memo.sentences.keys()) if (s.terms.has(term)) found = true;
      } else if (!this.scope) found = this.corpus.index.documentFrequency(term) > 0;
      else {
        const scope = this.scope;
        found = this.corpus.index.search([term], 1, (id) => scope.has(this.corpus.passageSource(id)!)).length > 0;
      }
      this.known.set(term, found);
    }
    return found;
  }

  /**
   * Whether a cited source is named by the word: its title or its key ("told the Harrowdene Gazette"
   * of @harrowdene-gazette, whose text never says its own name).
   */
  namesCited(term: string): boolean {
    if (!this.scope) return false;
    for (const source of this.scope) if (ownNameTerms(source).has(term)) return true;
    return false;
  }

  /**
   * A figure is stated somewhere when each of its numbers (and month or weekday names) is; a month
   * counts however it is written ("November" where a source writes "Nov 14").
   */
  states(q: Quantity): boolean {
    // Every passage in scope was read: the figure is stated when one of them has it as a figure counting the same thing.
    // (A bare figure counting nothing named, "twenty-two out of sixty-four.", gives it too: "never gives 64" would be untrue.
    // A unit read from the word before it, "<two", names nothing it counts.)
    const said = this.memo.asSaid.get(q) ?? q;
    if (this.readWhole) return [...this.memo.sentences.keys()].some((s) => quantitiesOf(s).some((r) => sameQuantity(said, boundAsSaid(s, r)) && !(q.kind === 'weekday' && writtenOn(s, r)) && (unitsAgree(q, r, s.terms, termSimilarity) || !r.unit || r.unit.startsWith('<'))));
    const tokens = tokenize(q.raw).filter((t) => !t.stop && !HEDGE_WORDS.has(t.raw.toLowerCase()));
    const written = tokens.length > 0 && tokens.every((t) => (monthTerms(t.raw) ?? numberTerms(t.raw) ?? [t.term]).some((term) => this.has(term)));
    // A weekday only in date lines ("Issued Monday 11 March 2024") is when a source was written, not when anything it reports happened.
    if (written && q.kind === 'weekday' && this.cache) return this.search(tokens.map((t) => t.term), (s) => quantitiesOf(s).some((r) => sameQuantity(q, r) && !writtenOn(s, r)));
    // A day of a month is not stated by its day and its month in different places where a source gives
    // another day of that month ("2 September" where a source has "2 consecutive weekly tests" and "9
    // September"); with no other day of the month given, its words are enough (a weekday in a dated story
    // may give it).
    if (written && q.kind === 'date' && this.cache) {
      const month = tokens.map((t) => monthTerms(t.raw)?.find((x) => this.has(x))).find((x) => x !== undefined);
      const terms = tokens.map((t) => monthTerms(t.raw)?.find((x) => this.has(x)) ?? t.term);
      // (The day may be a number word after the month: "November six".)
      const day = q.value % 100;
      const sameDay = (s: SentenceReading) => quantitiesOf(s).some((r, k, qs) => sameQuantity(q, r) || (r.kind === 'month' && r.value === Math.floor(q.value / 100) && qs[k + 1]?.kind === 'number' && qs[k + 1].value === day && qs[k + 1].start - r.end <= 2));
      if (this.search(terms, sameDay) || this.search(tokens.map((t) => monthTerms(t.raw)?.find((x) => this.has(x)) ?? numberTerms(t.raw)?.[numberTerms(t.raw)!.length - 1] ?? t.term), sameDay)) return true;
      // (Not the day the source itself was written, at its head: "By Travis Zimpfer on March 2, 2017".)
      const otherDay = month !== undefined && this.search([month], (s, source, n) => quantitiesOf(s).some((r) => r.kind === 'date' && Math.floor(r.value / 100) === Math.floor(q.value / 100) && r.value !== q.value && !writtenOn(s, r) && !(n <= 3 && r.value === this.memo.dayOf(source))));
      return !otherDay;
    }
    // A time of day written another way: "2.05pm" is the "14:05" of a log's table.
    if (!written && q.kind === 'clock' && this.cache) {
      const h = Math.floor(q.value / 60);
      const mm = String(q.value % 60).padStart(2, '0');
      const h12 = h % 12 || 12;
      const same = (s: SentenceReading) => quantitiesOf(s).some((r) => r.kind === 'clock' && r.value === q.value);
      return [[String(h)], [`${h}.${mm}`], [`${h12}.${mm}`], [`${h12}${h >= 12 ? 'pm' : 'am'}`]].some((terms) => this.has(terms[0]) && this.search(terms, same));
    }
    // (A small span of time is read for too: "a five-year project" is not stated by "five authors".)
    if (!written || isTime(q) || !this.cache || (q.kind === 'number' && q.value < 10 && !spansTime(q))) return written;
    // An amount: its digits are not enough ("five million dollars" where the sources say "€5 million", "9 per
    // cent" where they have "9 January"). The passages that have its words are read for the amount itself.
    // (A small count is left to its words: "the other two" is often counted from a list.)
    // (A number word is looked up both ways, "five" and "5": the best passages for one may all have the other.)
    const spelt = tokens.map((t) => numberTerms(t.raw)?.filter((x) => this.has(x)) ?? []);
    const stated = (s: SentenceReading) => quantitiesOf(s).some((r) => sameQuantity(said, boundAsSaid(s, r)) && (!spansTime(q) || unitsAgree(q, r, s.terms, termSimilarity)));
    const first = tokens.map((t, k) => spelt[k][0] ?? t.term);
    const last = tokens.map((t, k) => spelt[k][spelt[k].length - 1] ?? t.term);
    return this.search(first, stated) || (last.some((x, k) => x !== first[k]) && this.search(last, stated));
  }

  /**
   * Whether a span of minutes or hours is the time between a time of day the claim gives and another
   * the passages read give: "launched at 23:58, eleven minutes after the first call" where a log has
   * 2347 and 2358. (Sources read whole only.)
   */
  betweenTimes(q: Quantity, claimClocks: readonly number[]): boolean {
    if (!this.readWhole || claimClocks.length === 0) return false;
    const minutes = q.kind !== 'number' || q.approximate || !q.unit ? undefined : /^minut/.test(q.unit) ? q.value : /^hour/.test(q.unit) ? q.value * 60 : undefined;
    if (minutes === undefined || minutes <= 0 || minutes >= 720) return false;
    const clocks = new Set<number>();
    for (const s of this.memo.sentences.keys()) for (const r of quantitiesOf(s)) if (r.kind === 'clock') clocks.add(r.value);
    return claimClocks.some((t) => clocks.has(t) && (clocks.has((t - minutes + 1440) % 1440) || clocks.has((t + minutes) % 1440)));
  }

  /** Whether a sentence of the passages in scope that have these terms (the best 20) passes `test`. */
  private search(terms: readonly string[], test: (s: SentenceReading, source: Source, paragraph: number) => boolean): boolean {
    const scope = this.scope;
    const cache = this.cache!;
    for (const hit of this.corpus.index.search(terms, 20, scope ? (id) => scope.has(this.corpus.passageSource(id)!) : undefined)) {
      const p = this.corpus.passage(hit.id);
      if (p && cache.sentences(p.source, p.paragraph).some((s) => test(s, p.source, p.paragraph.n))) return true;
    }
    return false;
  }
}

/**
 * Whether a span of days, weeks, months or years told as the time between two events ("Two days later",
 * "six months later", "two days before the vote") is the time between two dates the claim or the
 * sources of the passages read give: the sources say it, in dates.
 */
function betweenDates(q: Quantity, claim: Claim, windows: readonly Window[], cache: ReadingCache, dayIn: (month: number, day: number) => boolean): boolean {
  if (q.kind !== 'number' || q.approximate || q.range || !q.unit || q.value <= 0 || q.value > 400) return false;
  const unit = /^day/.test(q.unit) ? 'day' : /^week/.test(q.unit) ? 'week' : /^month/.test(q.unit) ? 'month' : /^year/.test(q.unit) ? 'year' : undefined;
  if (!unit) return false;
  // Told as a span between events: "later", "earlier", "before …", "after …".
  if (!/^\s*\p{L}+\s+(?:later|earlier|before|after|afterwards|on)\b/iu.test(claim.text.slice(q.end))) return false;
  const isDate = (x: Quantity) => x.kind === 'date' || x.kind === 'year' || x.kind === 'month';
  // One end is the day of what the claim tells: a date of the claim, of the passage that backs it most,
  // or the day its source is dated; the other end may be any date of the sources read.
  const anchor = windows[0];
  // (The day a source is dated is the day of what it tells only for a claim that it was written or
  // said then: "Two days later, the committee wrote …" of a letter dated 11 April; not "gave birth".)
  const dated = anchor && WRITTEN_OR_SAID.test(claim.text) ? cache.datesOf(anchor.source) : [];
  const ends: Quantity[] = [...claim.quantities.filter(isDate), ...(anchor ? anchor.sentences.flatMap((s) => quantitiesOf(s).filter(isDate)) : []), ...dated];
  // (The passages read and the paragraphs around them; any other day is looked up in the index, below.)
  const dates: Quantity[] = [...ends];
  for (const w of windows.slice(0, 8)) {
    for (const p of w.source.paragraphs.slice(Math.max(0, w.paragraph.n - 4), w.paragraph.n + 3)) for (const s of cache.sentences(w.source, p)) for (const r of quantitiesOf(s)) if (isDate(r)) dates.push(r);
  }
  const dayOfYear = (v: number) => Math.round((Date.UTC(2001, Math.floor(v / 100) - 1, v % 100) - Date.UTC(2001, 0, 1)) / 86_400_000);
  const n = q.value;
  const days = (xs: readonly Quantity[]) => xs.filter((d) => d.kind === 'date').map((d) => dayOfYear(d.value));
  const months = (xs: readonly Quantity[]) => xs.filter((d) => d.kind === 'date' || d.kind === 'month').map((d) => (d.kind === 'date' ? Math.floor(d.value / 100) : d.value));
  const years = (xs: readonly Quantity[]) => xs.filter((d) => d.kind === 'year').map((d) => d.value);
  const apart = (mine: readonly number[], all: readonly number[], gap: number, wrap?: number) =>
    mine.some((a) => all.some((b) => Math.abs(b - a) === gap || (wrap !== undefined && Math.abs(b - a) === wrap - gap)));
  // A day that many days from one end, given anywhere in the sources.
  const dayApart = (gap: number) =>
    apart(days(ends), days(dates), gap, 365) ||
    ends.some((d) => {
      if (d.kind !== 'date') return false;
      const at = Date.UTC(2001, Math.floor(d.value / 100) - 1, d.value % 100);
      return [-gap, gap].some((k) => {
        const x = new Date(at + k * 86_400_000);
        return dayIn(x.getUTCMonth() + 1, x.getUTCDate());
      });
    });
  if (unit === 'day') return dayApart(n);
  if (unit === 'week') return dayApart(n * 7);
  if (unit === 'month') return apart(months(ends), months(dates), n, 12);
  return apart(years(ends), years(dates), n);
}

/** Verbs saying something was written, said or published. */
const WRITTEN_OR_SAID = /\b(?:wrote|writes|written|said|says|told|tells|published|announced|issued|sent|replied|responded|stated|concluded|reported|apologi[sz]ed|warned|confirmed)\b/i;

/** Bodies a story names once and then calls by what they are: "the company", "the regulator". */
const BODIES: ReadonlySet<string> = new Set('company firm operator utility authority regulator council board trust union university college department agency ministry government group club charity school hospital committee panel airport museum service contractor developer insurer bank watchdog'.split(' '));

/** What a meeting moves and seconds, by term. */
const MOTIONS: ReadonlySet<string> = new Set(['motion', 'amendment', 'resolution']);

const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

/** Words that hedge a figure rather than state it ("nearly 500"). */
const HEDGE_WORDS = new Set(['nearly', 'almost', 'approximately', 'roughly', 'around', 'about', 'some', 'least', 'most', 'fewer', 'less', 'more', 'than', 'over', 'under', 'above', 'below', 'up', 'down', 'estimated']);

/** Each part's best coverage over some windows. */
function coverOf(parts: readonly Part[], windows: readonly Window[]): Float32Array {
  const cover = new Float32Array(parts.length);
  for (const w of windows) for (let j = 0; j < parts.length; j++) if (w.covered[j] > cover[j]) cover[j] = w.covered[j];
  return cover;
}

/**
 * The figures support is decided from, each 0–1:
 * - cover: weighted share of the claim the chosen windows hold together;
 * - best: the share the best window holds alone;
 * - figuresMissing: share of the claim's figures and dates none of them has;
 * - namesMissing: share of the claim's name words none of them has;
 * - absent: weighted share of the claim that no passage read has anything like;
 * - worstMissing: weight of the most telling word none of the chosen windows has (÷ 7.5, the most a part weighs).
 */
export function supportFeatures(parts: readonly Part[], windows: readonly Window[], read: readonly Window[] = windows, subjectAt = -1): { features: Record<string, number>; unsupported: string[] } {
  const cover = coverOf(parts, windows);
  let figures = 0;
  let figuresMissing = 0;
  let names = 0;
  let namesMissing = 0;
  let worst = 0;
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.role === 'figure' || p.role === 'date') {
      figures++;
      if (cover[i] === 0) figuresMissing++;
    } else if (p.role === 'name') {
      names++;
      if (cover[i] < 0.5) namesMissing++;
    }
    if (cover[i] < 0.5) worst = Math.max(worst, p.weight * (1 - cover[i]));
  }
  const anywhere = coverOf(parts, read);
  const absent = 1 - weighted(parts, anywhere.map((c) => (c > 0 ? 1 : 0)));
  const unmatched = 1 - weighted(parts, anywhere.map((c) => (c >= 0.8 ? 1 : 0)));
  // The weakest stretch of the claim: a list item or clause the passages do not hold ("…, including Favorite Country Album").
  let weakest = 1;
  const chunks = new Set(parts.map((p) => p.chunk));
  for (const c of chunks) {
    const inChunk = (p: Part) => p.chunk === c;
    if (parts.filter(inChunk).reduce((a, p) => a + p.weight, 0) < 3) continue;
    weakest = Math.min(weakest, weighted(parts, cover, inChunk));
  }
  // The clause or list item most foreign to the passages read: the share of it they have neither in the
  // same words nor in close ones ("…, and also hired an outside auditor to monitor the plant").
  let clauseAbsent = 0;
  for (const c of chunks) {
    const inChunk = (p: Part) => p.chunk === c;
    if (parts.filter(inChunk).reduce((a, p) => a + p.weight, 0) < 3) continue;
    clauseAbsent = Math.max(clauseAbsent, 1 - weighted(parts, anywhere.map((x) => (x >= 0.5 ? 1 : 0)), inChunk));
  }
  let sentence = 0;
  for (const w of windows) for (const c of w.sentenceCover) sentence = Math.max(sentence, weighted(parts, c));
  let verbs = 0;
  let verbsMissing = 0;
  let rareMissing = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].verb) {
      verbs++;
      if (cover[i] < 0.5) verbsMissing++;
    }
    if (parts[i].weight >= 3 && cover[i] < 0.5) rareMissing++;
  }
  // What the claim says that none of the chosen windows has (a near-synonym at half credit or less does not count), most telling first.
  const unsupported = parts
    .map((p, i) => ({ p, c: cover[i] }))
    .filter((x) => x.c < 0.5)
    .sort((a, b) => b.p.weight - a.p.weight)
    .map((x) => x.p.raw);
  // The same words only: word vectors find something like almost any word in a long enough source.
  const exact = weighted(parts, cover.map((c) => (c >= 0.8 ? c : 0)));
  const features = {
    cover: weighted(parts, cover),
    exact,
    best: Math.max(0, windows[0]?.score ?? 0),
    figuresMissing: figures ? figuresMissing / figures : 0,
    namesMissing: names ? namesMissing / names : 0,
    absent,
    unmatched,
    worstMissing: worst / 7.5,
    weakest,
    sentence,
    verbsMissing: verbs ? verbsMissing / verbs : 0,
    allVerbsMissing: verbs && verbsMissing === verbs ? 1 : 0,
    verbAbsent: parts.some((p, i) => p.verb && anywhere[i] === 0) ? 1 : 0,
    amountsMissing: parts.some((p, i) => p.role === 'figure' && p.quantity && !p.quantity.range && cover[i] === 0) ? 1 : 0,
    verbUnmatched: parts.some((p, i) => p.verb && anywhere[i] < 0.5) ? 1 : 0,
    subjectMissing: subjectAt >= 0 && parts.some((p, i) => p.at === subjectAt && cover[i] < 0.5) ? 1 : 0,
    rareMissing: Math.min(1, rareMissing / 3),
    clauseAbsent,
  };
  return { features, unsupported };
}

function toEvidence(w: Window, parts: readonly Part[]): Evidence {
  const s = w.paragraph.sentences;
  const matched: string[] = [];
  const missing: Array<[string, number]> = [];
  for (let i = 0; i < parts.length; i++) {
    if (w.covered[i] >= 0.5) matched.push(parts[i].raw);
    else missing.push([parts[i].raw, parts[i].weight]);
  }
  missing.sort((a, b) => b[1] - a[1]);
  let words = 0;
  let held = 0;
  for (let i = 0; i < parts.length; i++) {
    if (parts[i].role !== 'word') continue;
    words += parts[i].weight;
    if (w.covered[i] >= 0.5) held += parts[i].weight;
  }
  return {
    source: w.source,
    paragraph: w.paragraph,
    span: { start: s[w.from].start, end: s[w.to - 1].end },
    score: Math.max(0, w.score),
    alone: combine(supportFeatures(parts, [w]).features),
    matched,
    missing: missing.map((m) => m[0]),
    said: words > 0 ? held / words : 1,
  };
}

/** Words an acronym skips ("Bachelor of Arts": BA; "Ministry for the Economy": ME). */
const ACRONYM_GLUE = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', '&', 'in', 'on', 'at', 'to']);

/**
 * Whether a name is mentioned under its other form: an acronym ("BA", "U.N.") where a passage read
 * writes out the capitalised words it is made of ("Bachelor of Arts"), or words written out where the
 * sources have their acronym (three letters at least: two are too easily something else).
 */
function acronymMentioned(text: string, memo: CoverageMemo, inScope: (term: string) => boolean): boolean {
  const compact = text.replace(/\./g, '');
  if (/^[A-Z]{2,6}s?$/.test(compact)) {
    const acronym = compact.replace(/s$/, '');
    for (const s of memo.sentences.keys()) if (initialsOfRuns(s.tokens).has(acronym)) return true;
    return false;
  }
  const words = text.split(/\s+/).filter((w) => !ACRONYM_GLUE.has(w.toLowerCase()));
  if (words.length < 3 || !words.every((w) => /^\p{Lu}/u.test(w))) return false;
  return inScope(words.map((w) => w[0]).join('').toLowerCase());
}

/** The initials of every capitalised run in a sentence and of each run's tail ("the Royal Navy Reserve": RNR, NR), glue words skipped. */
function initialsOfRuns(tokens: readonly Token[]): Set<string> {
  const out = new Set<string>();
  let run: string[] = [];
  const close = () => {
    for (let i = 0; i + 1 < run.length; i++) out.add(run.slice(i).join(''));
    run = [];
  };
  for (const t of tokens) {
    if (t.capitalized && /^\p{Lu}/u.test(t.raw)) run.push(t.raw[0]);
    else if (!(run.length && ACRONYM_GLUE.has(t.raw.toLowerCase()))) close();
  }
  close();
  return out;
}

/**
 * The claim's key entities that nothing in scope mentions: a name none of whose own words (titles
 * and kinds such as "President" or "Court" aside) any source in scope has, and the thing a sentence
 * opens with ("A regional court fined …") when no passage read has that word or one like it.
 */
function missingEntitiesOf(claim: Claim, parts: readonly Part[], presence: ScopePresence, memo: CoverageMemo): string[] {
  const out: string[] = [];
  const readCover = new Float32Array(parts.length);
  for (const c of memo.sentences.values()) for (let j = 0; j < parts.length; j++) if (c[j] > readCover[j]) readCover[j] = c[j];
  const partOf = (term: string) => parts.findIndex((p) => p.indexTerm === term || p.term === term);
  const inScope = (term: string): boolean => {
    const j = partOf(term);
    if (j >= 0 && readCover[j] >= 0.8) return true;
    return presence.has(term);
  };
  // "Libyan" is mentioned where a passage says "Libya", "Korean" where it says "Korea".
  const demonymInScope = (term: string): boolean => {
    const m = /^(.{4,}?)(?:ian|ean|an|ese|i|ish|n)$/.exec(term);
    if (!m) return false;
    const base = m[1];
    for (const s of memo.sentences.keys()) for (const t of s.terms) if (t.length >= 4 && t !== term && (t.startsWith(base) || base.startsWith(t))) return true;
    return false;
  };
  for (const name of claim.names) {
    if (name.distinctive.length === 0 || name.distinctive.some((t) => /^\d/.test(t))) continue;
    // A name is mentioned when most of its own words are, its last among them ("Kate Winslet" by "Winslet"; not "Ines Solberg" by "Ines").
    if (mentionsName(name, (t) => inScope(t) || demonymInScope(t) || (NAME_ALIASES[t]?.some(inScope) ?? false) || presence.namesCited(t))) continue;
    if (!acronymMentioned(name.text, memo, inScope)) out.push(name.text);
  }
  const subject = claim.subject;
  // (Not "the company", "the authority": a definite body the story named before, by its name, which
  // the sources use instead.)
  const at = subject ? claim.tokens.findIndex((t) => t.start === subject.head.start) : -1;
  const the = (k: number) => k >= 0 && claim.tokens[k].raw.toLowerCase() === 'the';
  const standsForName = at >= 0 && BODIES.has(subject!.head.raw.toLowerCase()) && (the(at - 1) || (the(at - 2) && !claim.tokens[at - 1].capitalized));
  if (subject && !standsForName && !claim.names.some((n) => subject.head.start >= n.start && subject.head.end <= n.end)) {
    const j = partOf(subject.head.term);
    const likeIt = j >= 0 && readCover[j] >= 0.35;
    // (A motion is what minutes say was moved or seconded, whether or not they call it one.)
    const moved = MOTIONS.has(subject.head.term) && (inScope('mov') || inScope('second'));
    if (!likeIt && !moved && !inScope(subject.head.term)) out.push(subject.text.charAt(0).toLowerCase() + subject.text.slice(1));
  }
  return out;
}

/** A survey's answer on a line of its own: a label and its figure ("Yes: 26 (55%)", "- Don't know: 12"), or a table's row. */
const ANSWER_LINE = /^\s*(?:[-*•]\s*)?(?:[\p{L}'’ ,()/-]{1,60}:\s*[£$€]?\d|\|)/u;
