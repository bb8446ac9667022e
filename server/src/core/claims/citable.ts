/**
 * What a passage must do before Sourced offers to cite it. A citation Sourced inserts is the writer's
 * word that the source says this, so a passage that backs a sentence well enough for a verdict may
 * still be refused as a citation: it lacks the sentence's figure or name, says it only under a
 * negation or as a proposal, gives the figure to someone else, or says the opposite thing was done.
 * Each refusal is one named test (`CITATION_TESTS`), with the reason a writer is shown.
 */
import type { Paragraph, Source } from '../sources/model';
import { isTableText } from '../text/tables';
import { splitSentences } from '../text/sentences';
import { TokenKind, type Token } from '../text/tokenize';
import { AUXILIARIES, negationReach, SPEECH_VERBS, wholeWords, type Claim } from './claim';
import { areOpposites, irregularBase, isPastForm, lemmaTerm, PERSON_TITLES, tokenLemma } from './lexicon';
import { hasVerbatim, quotations } from './quotes';
import { comparable, isTime, numberTerms, sameQuantity, type Quantity } from './quantities';
import { initialled, namesOf as namesOfReading, negatedOf, quantitiesOf, readSentence, TURN, type SentenceReading } from './reading';
import { rosterOf, tableRowsOf, termSimilarity } from './coverage';
import { AMENDMENT_MOVED, claimReading, doublyNegated, isCorrection, swappedAround, withdrawsIn } from './contradiction';
import { questionBefore, type Evidence, type Judgement } from './support';

/**
 * The least share of a claim (by weight) that the passages backing it must hold in its own words or
 * their stems, as a share of the support threshold (0.45 at the default 0.5): below it, a claim is not
 * supported however like its words the passage's are. A writer who lowers the threshold lowers it too.
 */
export const SAME_WORDS_FLOOR = 0.9;

/** Whether the passages a judgement rests on hold too little of the claim in its own words. */
export function tooLittle(j: Judgement, threshold: number): boolean {
  return (j.features?.exact ?? 0) < SAME_WORDS_FLOOR * threshold;
}

/**
 * How far above the threshold a single passage must score before Sourced offers to cite it: a
 * citation it inserts is the writer's word that the source says this.
 */
export const CITE_MARGIN = 0.15;

/**
 * Passages safe to cite for a claim: each backs it alone with a clear margin over the threshold, holds
 * every figure and date of the claim, each name its source has and at least half of what the claim
 * says of them, and the judgement found no contradiction, nothing the sources never mention and no
 * clause they have nothing like.
 */
export function safeCitations(j: Judgement, threshold: number, max = 3, claim?: Claim): Evidence[] {
  return citable(j, threshold, claim).cite.slice(0, max);
}

/** A passage that reads like support but may not be cited, and why, in a writer's words ("it says the motion was adjourned"). */
export interface Refusal {
  readonly evidence: Evidence;
  /** The first test it failed (see `citable`). */
  readonly test: string;
  /** Every test it failed, in order. */
  readonly failed: readonly string[];
  /** Why, as a clause that follows the passage's locator: "@minutes, para. 12 …". */
  readonly why: string;
}

/**
 * The tests a passage fails when it says otherwise than the sentence, not merely less: it does not
 * say no where the sentence does, gives the figure to someone else, denies it, says the opposite was
 * done or the matter was put off. Such a passage is not even the closest to the sentence.
 */
export const SAYS_OTHERWISE: ReadonlySet<string> = new Set(['says-no', 'whose-figure', 'denied', 'opposite', 'ruled-out', 'put-off', 'mover', 'comparison', 'contrast', 'correction', 'fate']);

/**
 * The tests whose failure by the passage that best backs a sentence means the sources say it is not
 * so, with what a writer is told: the passage puts the matter off, says only that it may happen,
 * gives the motion to someone else, or compares the other way. A sentence no passage backs safely while its
 * best passage fails one of these is not supported, cited or not. The other tests are for citations
 * only: on sentences of real articles checked against their own article, "says-no", "contrast" and
 * "opposite" misfire (a passage setting figures against each other, or saying what else fell or rose),
 * and "denied", "whose-figure" and "correction" on sentences the tests here hold true (a double
 * negative, a release's own figure, a correction giving the right figure).
 */
/** Words that command, and words that only advise. */
const ORDERS = /\b(?:ordered|orders|required|requires|directed|directs|instructed|instructs|compelled|mandated)\b/i;
const RECOMMENDS = /\b(?:recommends?|recommended|recommendation|suggests?|suggested|urges?|urged|advises?|advised)\b/i;

const NOT_SO: Readonly<Record<string, string>> = {
  'put-off': 'says the matter was withdrawn, deferred or adjourned, not decided',
  maybe: 'says only that it may happen, not that it did',
  mover: 'gives the motion to someone else',
  comparison: 'compares the other way',
  speaker: 'gives the words to someone else',
  fate: 'records another outcome for the motion',
  role: 'gives the person another role',
  'denied-outright': 'says it only to deny it',
  recommended: 'only recommends it; it does not order it',
  'not-promised': 'says the promise or commitment was not given',
  'role-kind': 'gives the post as another kind',
  'not-yet': 'says it will happen, not that it already has',
  'date-context': 'gives that date for something else, and another date for what the sentence says happened',
  corrected: 'is corrected by a later correction that says otherwise',
  'role-body': 'gives the post to another body',
};

/**
 * A sentence that says in so many words that it has happened ("has already held taster sessions"): a
 * passage that has it only as what will happen says it is not so yet. (Without the word, what "will"
 * happen is scheduled, and mostly does: a sentence written after the day may say it did.)
 */
const ALREADY = /\b(?:has|have|had|'s|’s|'ve|’ve)\s+(?:already|since)\s+(?:been\s+)?\p{L}/iu;

/** Posts besides the role words: "head" of "permanent head teacher" is one. */
const POSTS: ReadonlySet<string> = new Set(['head', 'headteacher', 'teacher', 'clerk', 'director', 'manager', 'editor', 'governor', 'conductor', 'coach', 'secretary', 'chief', 'principal', 'warden', 'curator', 'surveyor', 'engineer', 'officer']);

/** Kinds of post that exclude each other: a permanent clerk is no interim one. */
const POST_KIND = /\b(permanent|substantive|interim|acting|temporary|caretaker)\s+([\p{L}-]+)/giu;

/** Whether the passage gives the post the sentence names as another kind ("Interim Clerk" for "permanent clerk"). */
function otherKindOfPost(claim: Claim | undefined, passage: string): boolean {
  if (!claim || !/\b(?:permanent|substantive|interim|acting|temporary|caretaker)\b/i.test(claim.text)) return false;
  const lasting = (k: string) => /^(?:permanent|substantive)$/i.test(k);
  const theirs = [...passage.matchAll(POST_KIND)];
  // (Posts only, "permanent clerk", not "permanent closure"; and not where the passage gives the post
  // of the sentence's kind too: "had been acting head teacher … was appointed permanent head teacher".)
  return [...claim.text.matchAll(POST_KIND)].some(([, kind, post]) => {
    const p0 = post.toLowerCase();
    if (!ROLES.has(p0) && !POSTS.has(p0)) return false;
    const same = (p: string) => p.toLowerCase() === p0;
    if (theirs.some(([, k, p]) => same(p) && lasting(k) === lasting(kind))) return false;
    // (A permanent post is no locum's: "engaged a locum, Stuart Penhaligon of Eastern Locum Clerks".)
    return theirs.some(([, k, p]) => same(p) && lasting(k) !== lasting(kind)) || (lasting(kind) && /\blocum\b/i.test(passage) && new RegExp(`\\b${p0.slice(0, 5)}`, 'i').test(passage));
  });
}

/** A sentence's verb of promising, confirming or committing, in the past ("promised", "confirmed"): its stem. */
const PLEDGED = /\b(promis|pledg|guarante|vow|assur|commit|confirm)(?:ed|d)\b/i;

/**
 * Whether a sentence says someone promised, pledged or confirmed something that the passage has them
 * refuse to: "I'm not going to make promises I can't keep on air" is no "promised on air that …"
 * (the sentence's own "would not be asked" is what was promised, no denial of the promise).
 */
function pledgeRefused(claim: Claim | undefined, passage: string): boolean {
  const pledged = claim ? PLEDGED.exec(claim.text) : null;
  if (!pledged || /\b(?:not|never|n['’]t|no)\s+(?:\w+\s+){0,2}$/i.test(claim!.text.slice(Math.max(0, pledged.index - 30), pledged.index))) return false;
  const stem = pledged[1].toLowerCase();
  // (A refusal next to the verb: "not going to make promises", "can't promise", "declined to confirm";
  // not "Not only did she confirm", "no doubt the minister confirmed", "did not hesitate to confirm".)
  return new RegExp(`(?:\\b(?:not|never)(?!\\s+only)\\s+(?:going\\s+to\\s+)?(?:make\\s+(?:any\\s+)?|give\\s+(?:any\\s+)?)?|\\b(?:refus|declin)\\w*\\s+to\\s+|\\b(?:won['’]t|can['’]t|cannot|unable\\s+to)\\s+|\\bn['’]t\\s+(?:going\\s+to\\s+)?(?:make\\s+(?:any\\s+)?)?)${stem}\\w*`, 'iu').test(passage);
}

/**
 * Which of the tests a refused passage failed says the sentence is not so, and why (a passage puts
 * the matter off only in a clause about it that decides nothing: see putOffIn).
 */
export function saysItIsNotSo(r: Refusal, claim: Claim, others: readonly Refusal[] = []): { readonly test: string; readonly why: string } | undefined {
  const role = r.failed.includes('role') ? otherRoleIn(r.evidence, claim) : undefined;
  // (Another speaker's turn that names the person is not what they said, where their own turn, about as
  // close, has the words: "THE INSPECTOR: … Ms Penhale, you remain under affirmation." / "MS PENHALE: I believe …".)
  const ownTurn = () => others.some((o) => o !== r && !o.failed.includes('speaker') && o.evidence.said >= r.evidence.said - 0.1 && o.evidence.score >= r.evidence.score - 0.05);
  // (A denial is no "not so" for a sentence that itself reports one in other words: "declined to comment",
  // "had gone unaddressed".)
  const test = r.failed.find((t) => t in NOT_SO && (t !== 'put-off' || putOffIn(r.evidence, claim)) && (t !== 'role' || role !== undefined) && (t !== 'speaker' || !ownTurn()) && (t !== 'denied-outright' || !NEGATIVE_WORD.test(claim.text)) && (t !== 'mover' || aboutTheMotion(r.evidence, claim)) && (t !== 'not-yet' || ALREADY.test(claim.text)));
  if (test === 'role' && role) return { test, why: role };
  if (test === 'corrected' && isCorrection(r.evidence.source, r.evidence.paragraph)) return { test, why: 'is a correction saying this was wrong' };
  if (test === 'role-body') {
    const theirs = otherBodyOfRole(claim, r.evidence.source.text.slice(r.evidence.span.start, r.evidence.span.end));
    if (theirs) return { test, why: `calls them ${theirs}` };
  }
  if (test === 'mover') {
    const theirs = moversOf(r.evidence.source.text.slice(r.evidence.paragraph.start, r.evidence.paragraph.end));
    for (const { verb, name } of moversOf(claim.text)) {
      const whom = [...new Set(theirs.filter((a) => a.verb === verb && a.name !== name).map((a) => a.shown))];
      if (whom.length && !theirs.some((a) => a.verb === verb && a.name === name)) return { test, why: recordedAs(verb, whom) };
    }
  }
  if (test === 'fate') {
    const theirs = recordedFate(r.evidence, claim);
    if (theirs) return { test, why: fateWhy(theirs, r.evidence, claim) };
  }
  // ("Rather than" the other way round compares nothing: it has what was so and what was not swapped.)
  if (test === 'comparison' && comparedSides(withoutBounds(claim.text))?.alternative) return { test, why: OTHER_WAY_ROUND };
  return test === undefined ? undefined : { test, why: NOT_SO[test] };
}

const OTHER_WAY_ROUND = 'has it the other way round';

/** A word that says no in itself: a refusal, a lack, an undoing; or "not from …", "no one" (the passage's denial may be the sentence's own: "from a neighbour, not from the police"). */
const NEGATIVE_WORD = /\bnot (?:from|by|through)\b|\b(?:no one|nobody|declin\w*|refus\w*|fail\w*|den(?:y|ies|ied)|without|never|lack\w*|absent|un\w{3,}(?:ed|able)|no longer|barred|banned|prohibit\w*|forb[ia]d\w*|prevent\w*|preclud\w*|ruled out|ceas\w*)\b/i;

/** What minutes record of a motion: carried, lost, withdrawn or put off; and the tally, when they give one ("6 votes to 3"). */
interface Fate {
  readonly kind: 'carried' | 'lost' | 'withdrawn' | 'deferred';
  readonly word: string;
  readonly tally?: string;
}

const FATES: ReadonlyArray<[Fate['kind'], RegExp]> = [
  // ("agreed to defer the motion" puts it off: it is no agreement to the motion.)
  ['carried', /\b(?:carried|passed|approved|adopted|agreed to|endorsed|ratified|voted(?:\s+\S+){0,4}?\s+to)\b(?!\s+[*_]*(?:defer|postpone|adjourn|withdraw|reject|refuse)\b)/i],
  ['lost', /\b(?:defeated|lost|rejected|fell|voted down|not carried|turned down)\b/i],
  ['withdrawn', /\b(?:withdr[ae]w\w*)\b/i],
  ['deferred', /\b(?:deferred|postponed|adjourned|put off|held over|shelved|no vote was taken|(?:agreed|voted|decided|resolved) to [*_]*(?:defer|postpone|adjourn))\b/i],
];

/** What a sentence about a motion's fate speaks of: the motion, the proposal, a decision on it. */
const MATTER = /\b(?:motions?|proposals?|amendments?|resolutions?|recommendations?|applications?|items?|plans?|schemes?|bids?|request|vote|voted|councillors|members|board|committee|council|cabinet|senate|trustees)\b/i;

/** A vote's tally: "7 votes to 2", "by nine votes to two", "carried 6-3", "voted 7 to 2", "For 5, Against 7". */
const N = '(\\d{1,3}|nil|none|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)';
const TALLY = new RegExp(
  [`\\b${N}\\s+votes?\\s+to\\s+${N}\\b`, `\\bby\\s+${N}\\s*(?:to|-|–)\\s*${N}\\b`, `\\b(?:carried|defeated|lost|passed|approved|rejected|voted)[,:]?\\s+(?:by\\s+)?${N}\\s*(?:to|-|–)\\s*${N}\\b`, `\\bfor\\s+${N},?\\s+against\\s+${N}\\b`].join('|'),
  'i',
);
const TALLY_WORDS: Readonly<Record<string, number>> = { nil: 0, none: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const tallyOf = (text: string): [number, number] | undefined => {
  const m = TALLY.exec(text);
  if (!m) return undefined;
  const [a, b] = m.slice(1).filter((g) => g !== undefined);
  const n = (w: string) => TALLY_WORDS[w.toLowerCase()] ?? Number(w);
  // In order of size: "For 5, Against 7" is what "by seven votes to five" says of a motion that fell.
  return [Math.max(n(a), n(b)), Math.min(n(a), n(b))];
};

/** The one outcome a text records (none, or several, is undefined). */
function fateIn(text: string): Fate | undefined {
  const found = FATES.map(([kind, re]) => ({ kind, m: re.exec(text) })).filter((f) => f.m);
  if (found.length !== 1) return undefined;
  const tally = TALLY.exec(text)?.[0];
  return { kind: found[0].kind, word: found[0].m![0], ...(tally ? { tally } : {}) };
}

/**
 * The outcome the minutes record for the motion a passage holds: in a clause of its paragraph about it
 * (the sentence's words, or "the motion"), or, for a motion moved there with no outcome, in the next
 * paragraph before the next item ("**Carried, 6 votes to 3.**", "the motion was deferred to …").
 */
/** A paragraph that records what was resolved: "RESOLVED: that …", "4.5 RESOLVED that …", "It was RESOLVED that …". */
const RESOLUTION_LINE = /^[ \t*#>_-]*(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?[ \t]+)?(?:it was\s+)?resolved\b\s*:?\s*(?:that\b|\()/imu;

/**
 * A reporter's notes give the motion's outcome on a list item of its own: "- motion carried 6-2, Mackie
 * abstained" (an amendment's item, "- amendment …: FELL 4-5", is its own, unless the sentence speaks of
 * an amendment). One outcome only; several items with others say nothing for sure.
 */
function notedFate(paragraph: string, claim: Claim): Fate | undefined {
  const amendment = claim.tokens.some((t) => /^(?:amend|amdt)/i.test(t.raw));
  const items = paragraph.slice(0, 5000).split(/\n[ \t]*(?:[-*•][ \t]+)?/).filter((item) => /\bmotion\b/i.test(item) && /\b(?:amendments?|amdts?)\b/i.test(item) === amendment && NOTED_FATE.test(item) && namesNoMatter(item));
  const fates = items.map((item) => fateIn(item)).filter((f): f is Fate => f !== undefined);
  return fates.length === 1 ? fates[0] : undefined;
}

/**
 * A note of an outcome that names no matter of its own, only the motion, its outcome, its tally and
 * who voted how: "motion carried 6-2, McAteer abstained" (not "parking motion carried 6-2", nor "MOTION to
 * reject Fenby Homes bid: CARRIED 7-1", whose own words say what was carried).
 */
function namesNoMatter(item: string): boolean {
  const rest = item.replace(/\b(?:the|substantive|motion|was|carried|passed|defeated|lost|fell|rejected|withdrawn|deferred|approved|abstained|abstaining|abstention|against|for|votes?|unanimously|nem|con|with|and|by|to)\b/gi, ' ');
  // (A word left in small letters, or in capitals throughout, is a matter: "parking", "PARKING"; a name is neither.)
  return !/\b\p{Ll}{3,}/u.test(rest) && !/\b\p{Lu}{3,}\b/u.test(rest);
}

function recordedFate(e: Evidence, claim: Claim): Fate | undefined {
  const words = new Set(claim.content.filter((t) => !t.stop && t.raw.length >= 4).map((t) => t.raw.toLowerCase().slice(0, 5)));
  const about = (text: string) => REFERS_BACK.test(text) || (text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => words.has(w.slice(0, 5))).length >= 2;
  const paragraph = e.source.text.slice(e.paragraph.start, e.paragraph.end);
  // A resolution recorded on its own is a motion carried: "RESOLVED: that a Language Transition Fund of
  // £400,000 be established" is no fund "rejected".
  // (What it resolved may be to put the matter off or turn it down: "RESOLVED: that the decision be deferred".)
  // (Or the words of a motion under the line that moves it: "**Amendment.** Moved by Cllr Bevan, seconded by
  // Cllr Kilby:" / "To add: …".)
  const above = e.paragraph.n >= 2 ? e.source.paragraphs[e.paragraph.n - 2] : undefined;
  const movedAbove = !!above && above.end - above.start <= 200 && MOVED.test(e.source.text.slice(above.start, above.end)) && /:[*_\s]*$/.test(e.source.text.slice(above.start, above.end));
  if (movedAbove && !MOVED.test(paragraph)) return fateAfter(e, claim, paragraph);
  if (!MOVED.test(paragraph)) {
    // (On a line of its own: a heading above it opens the paragraph.)
    const resolved = RESOLUTION_LINE.exec(paragraph);
    if (!resolved) return notedFate(paragraph, claim);
    const what = paragraph.slice(resolved.index + resolved[0].length, resolved.index + 400);
    if (!about(what)) return undefined;
    return /\b(?:defer\w*|postpone\w*|adjourn\w*|withdr[ae]w\w*|reject\w*|refus\w*|not (?:be )?(?:approved|agreed|adopted)|declin\w*)\b/i.test(what) ? undefined : { kind: 'carried', word: 'resolved' };
  }
  // (A list's items are read apart, stops or none: notes' "- amendment …: review by Dec. FELL 4-5\n- motion carried 6-2".)
  const sentences = e.paragraph.sentences.flatMap((x) => e.source.text.slice(x.start, x.end).split(/\n[ \t]*(?=[-*•][ \t]+)/));
  // (Not the motion's own words: "That the Board reject …" proposes.)
  const motionText = (sentence: string) => (MOVED.test(sentence) || MOTION_TEXT.test(sentence)) && !FATE_AFTER_MOTION.test(sentence) && !NOTED_FATE.test(sentence);
  // Several motions in one paragraph ("(a) That … CARRIED. (b) That … WITHDRAWN. (c) That … DEFERRED."):
  // the one with most of the sentence's words, and the outcome recorded after it, before the next.
  const overlap = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)).filter((w) => words.has(w))).size;
  const texts = sentences.map((x, k) => (MOTION_TEXT.test(x) ? k : -1)).filter((k) => k >= 0);
  let from = texts[0] ?? 0;
  if (texts.length > 1) {
    from = texts.reduce((a, k) => (overlap(sentences[k]) > overlap(sentences[a]) ? k : a), texts[0]);
    if (overlap(sentences[from]) < 2) return undefined;
  }
  // An amendment's fate is not the motion's ("The amendment FELL … Motion CARRIED"), unless the claim speaks of an amendment.
  // (Notes write it short: "Wilde backed amdt but voted FOR motion after amdt fell".)
  const ofAmendment = (sentence: string) => /\b(?:amendments?|amdts?)\b/i.test(sentence) && !claim.tokens.some((t) => /^(?:amend|amdt)/i.test(t.raw));
  // (An outcome on its own after an amendment's sentence with none of its own is the amendment's; with a
  // tally, only after an amendment's own item: "- amendment …: review by Dec. FELL 4-5", "- Fenn amdt -> 26 Apr
  // (2nd Maddox). FELL 2-5", not "Cllr Forsyth
  // said he would not move his amendment. Carried 7-2.")
  const amendmentsOwn = (outcome: string, before: string) => ofAmendment(before) && !fateIn(before) && (!/\d/.test(outcome) || /^[\W\d]*(?:an?\s+|the\s+)?(?:[\p{Lu}][\p{L}'’-]*(?:['’]s)?\s+){0,2}(?:amendments?|amdts?)\b/iu.test(before));
  for (let k = from; k < sentences.length; k++) {
    const sentence = sentences[k];
    if (k > from && texts.includes(k)) return undefined;
    // (An outcome on its own, "LOST.", is the outcome of the vote the sentence before it records: "Amdt vote 4-8-1. LOST.")
    if (motionText(sentence) || ofAmendment(sentence) || (k > 0 && BARE_OUTCOME.test(sentence) && amendmentsOwn(sentence, sentences[k - 1]))) continue;
    // (A note's "motion carried 6-2, Mackie abstained", naming no other matter, is the motion's.)
    const fate = about(sentence) || sentences.length === 1 || CARRIED.test(sentence) || NOT_CARRIED.test(sentence) || (NOTED_FATE.test(sentence) && namesNoMatter(sentence)) ? fateIn(sentence) : undefined;
    if (fate) return fate;
  }
  if (texts.length > 1 && from !== texts[texts.length - 1]) return undefined;
  return fateAfter(e, claim, paragraph);
}

/**
 * The outcome recorded in the paragraphs after a motion's, up to the next item: a heading, another motion,
 * or another number ("4.3 Following the statement, the motion was withdrawn" goes on with 4.1; "5.1 …" does not).
 */
function fateAfter(e: Evidence, claim: Claim, paragraph: string): Fate | undefined {
  const ofAmendment = (sentence: string) => /\b(?:amendments?|amdts?)\b/i.test(sentence) && !claim.tokens.some((t) => /^(?:amend|amdt)/i.test(t.raw));
  const at = e.paragraph.n - 1;
  const item = /(?:^|\n)[ \t]*(\d+)\.\d/.exec(paragraph)?.[1];
  for (const next of e.source.paragraphs.slice(at + 1, at + 4)) {
    const text = e.source.text.slice(next.start, next.end);
    const number = /^\s*(\d+)(?:\.\d+)*\.?\s+\p{Lu}/u.exec(text)?.[1];
    if (/^\s*(?:#|item\b)/i.test(text) || NEW_MOTION.test(text) || (number !== undefined && number !== item)) return undefined;
    const head = text.slice(0, 300);
    if (ofAmendment(head)) continue;
    const fate = CARRIED.test(head) || NOT_CARRIED.test(head) || REFERS_BACK.test(head) || MOTION_FATE.test(head) ? fateIn(head) : undefined;
    if (fate) return fate;
  }
  return undefined;
}

/** The text of the motion a passage's paragraph (or the one before it) moves that has most of the sentence's words. */
function motionOf(e: Evidence, claim: Claim): string | undefined {
  const words = new Set(claim.content.filter((t) => !t.stop && t.raw.length >= 4).map((t) => t.raw.toLowerCase().slice(0, 5)));
  const overlap = (text: string) => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)).filter((w) => words.has(w))).size;
  const at = e.paragraph.n - 1;
  const texts = e.source.paragraphs
    .slice(Math.max(0, at - 2), at + 1)
    .flatMap((p) => p.sentences.map((x) => e.source.text.slice(x.start, x.end)))
    .filter((x) => MOTION_TEXT.test(x) || /\bthat\b.*\b(?:be|should)\b/i.test(x));
  return texts.sort((a, b) => overlap(b) - overlap(a))[0];
}

/** The words of a motion: "That the committee commissions …", "(c) That …", "Motion A: That …". */
const MOTION_TEXT = /^[\W\d]*(?:\(?[a-z]\)\s*|Motion\s+\w+[*_]*\s*[:(—–-].*?)?["“*_]*That\s/s;
/** A paragraph where a motion is moved or proposed. */
const MOVED = /\b(?:[Mm]oved|[Pp]roposed|[Ss]econded|[Mm]otions?|[Rr]esolution|That (?:the|this|all|a|an)\b|(?:considered|presented|introduced|tabled) (?:a|an|the) (?:\w+ )?(?:proposal|recommendation|report))/;
/** A paragraph moving a motion of its own. */
const NEW_MOTION = /^[\W\d]*(?:\(?[a-z]\)\s*|Motion\s+\w+[*_]*\s*[:(—–-].*?)?["“*_]*That\s|\bIt was (?:moved|proposed)\b|^[\W\d]*Motion\s+\w+[*_]*\s*[—–:-]/s;
/** A motion's outcome as minutes record it: "Motion CARRIED: 24 for, 5 against". */
/** An outcome written by itself: "LOST.", "Carried." */
const BARE_OUTCOME = /^[\s\W]*(?:carried|lost|fell|defeated|withdrawn|agreed|not carried)(?:[\s(]*\d{1,2}\s*[-–]\s*\d{1,2}\)?)?[\s\W]*$/i;
const MOTION_FATE = /\bmotion\s+(?:was\s+)?(?:carried|lost|defeated|fell|withdrawn|deferred)\b/i;
/** A note's item that opens with the motion's outcome: "- motion carried 6-2, Mackie abstained". */
const NOTED_FATE = /^[\W\d]*(?:the\s+)?(?:subst(?:antive)?\.?\s+)?motion\s+(?:was\s+)?(?:carried|passed|defeated|lost|fell|rejected|withdrawn|deferred|approved)\b/i;
/** Its outcome given in the same sentence: "… moved by Cllr Ray and carried 7-2". */
const FATE_AFTER_MOTION = /\b(?:and|was|were)\s+(?:(?:unanimously|narrowly|duly)\s+)?(?:carried|passed|defeated|lost|rejected|withdrawn|deferred|approved)\b|\b(?:withdrew|deferred|postponed|rejected|defeated|carried|approved|adopted)\s+(?:the|this|that|his|her|their)\s+(?:motion|proposal|resolution)\b/i;

/** The outcome a sentence gives a motion: its last such word ("A motion calling on the agency to withdraw the order was defeated": defeated). */
function claimFate(text: string): Fate | undefined {
  let last: { kind: Fate['kind']; m: RegExpExecArray } | undefined;
  for (const [kind, re] of FATES) {
    const all = new RegExp(re.source, 'gi');
    for (const m of text.matchAll(all)) {
      // Not in a clause of what will or would be ("under which 40 jobs will be lost").
      if (/\b(?:will|would|to|may|might|could)\s+(?:be\s+)?$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 12), m.index))) continue;
      // Nor a motion's own words ("moved that the extension be approved"): what was proposed, not its fate.
      if (/\bbe\s+$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 4), m.index)) && /\b(?:moved|proposed|tabled|seconded|motion|amendment)\b[^.;]*\bthat\b/i.test(text.slice(0, m.index))) continue;
      if (!last || (m.index ?? 0) > (last.m.index ?? 0)) last = { kind, m: m as RegExpExecArray };
    }
  }
  if (!last) return undefined;
  // Words with other senses ("40 jobs lost", "prices fell", "the bill passed the Senate") only in a sentence about a motion.
  if (/^(?:lost|fell|passed|carried)$/i.test(last.m[0]) && !MATTER.test(text)) return undefined;
  // "voted 7 to 2 against the proposal": it fell.
  if (last.kind === 'carried' && /^voted/i.test(last.m[0]) && /\bagainst\b/i.test(text.slice(last.m.index ?? 0, (last.m.index ?? 0) + 60))) last = { kind: 'lost', m: last.m };
  const tally = TALLY.exec(text)?.[0];
  return { kind: last.kind, word: last.m[0], ...(tally ? { tally } : {}) };
}

/**
 * The passage closest to a sentence saying a matter was decided, where that passage says it was put off
 * or dropped instead ("6.1 … an outline proposal to purchase a mobile desalination unit … 6.2 It was
 * agreed that the matter be DEFERRED"): for a sentence no passage is safe to cite for, and none refused.
 */
export function putOffInstead(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const best = j.evidence[0];
  return best && best.said >= SAID_TO_CITE && saysPutOff(best, claim) ? { evidence: best, test: 'put-off', why: NOT_SO['put-off'] } : undefined;
}

/**
 * A passage the judgement rests on (its cover) whose minutes record another outcome for the motion than
 * the sentence gives it: the sentence is not so, whichever passage is closest by its words (a heading
 * naming the council and the month may be closer than the item itself).
 */
export function otherFateIn(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const mine = claimFate(claim.text);
  if (!mine) return undefined;
  // (Not where a passage read records the sentence's own outcome and tally: "CARRIED by 44 votes to 2" in
  // item 6 is the motion's, whatever item 3's "31 votes to 14" is.)
  const a = mine.tally ? tallyOf(mine.tally) : undefined;
  if (a && [...j.cover, ...j.evidence].some((e) => {
    const theirs = recordedFate(e, claim);
    const b = theirs?.tally ? tallyOf(theirs.tally) : undefined;
    return theirs?.kind === mine.kind && !!b && b[0] === a[0] && b[1] === a[1];
  })) return undefined;
  // (A passage about the motion, by what it says was done: not a neighbour about another item.)
  for (const e of j.cover) if (e.said >= SAID_TO_CITE && otherFate(e, claim)) return { evidence: e, test: 'fate', why: fateWhy(recordedFate(e, claim)!, e, claim) };
  return undefined;
}

/**
 * A passage the judgement rests on whose source gives a person the sentence gives a role another role,
 * or the role to someone else (see `otherRoleIn`), where the passage lacks the sentence's role.
 */
export function otherRoleOf(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const roles = rolesBesideNames(claim);
  if (roles.length === 0) return undefined;
  for (const e of j.cover) {
    if (e.said < SAID_TO_CITE) continue;
    const why = otherRoleIn(e, claim);
    if (why) return { evidence: e, test: 'role', why };
  }
  return undefined;
}

/**
 * In a transcript, the passage that says most of what a sentence reports someone said is another
 * speaker's turn, and none of that person's own turns says about as much: "Mr Oduya said that every
 * option was on the table" where "HELEN MARSH: Every option is on the table."
 */
export function otherSpeakerOf(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const reporter = reporterOf(claim.text);
  const best = j.cover[0];
  if (!reporter || PRONOUN.test(reporter) || !best || best.said < SAID_TO_CITE) return undefined;
  const theirs = turnSpeakerOf(best);
  if (!theirs || namedBy(theirs, reporter, claim, best.source)) return undefined;
  const own = [...j.cover, ...j.evidence].some((e) => e !== best && turnSpeakerOf(e)?.toLowerCase().includes(reporter.toLowerCase()) && e.said >= best.said - 0.1);
  return own ? undefined : { evidence: best, test: 'speaker', why: NOT_SO.speaker };
}

/**
 * Words the sentence quotes and gives to someone ("'We're not against the kids,' Jade Okonkwo told Radio
 * Pell") that every source with them word for word gives to someone else: in another speaker's turn
 * ("Derek Plimmer: … We're not against the kids."), or said by another name. Where any passage with
 * them is the speaker's, or says no one's, nothing is said.
 */
export function wordsOfAnother(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const reporter = reporterOf(claim.text);
  if (!reporter || PRONOUN.test(reporter) || !j.quoted?.length) return undefined;
  const quotes = quotations(claim.text).filter((q) => q.text.trim().split(/\s+/).length >= 3);
  // Whose the words are: the turn's speaker, or the one the sentence holding them names as saying them
  // (the reporter, wherever that sentence names them: "Jade Okonkwo, replying to Derek Plimmer, said: …").
  const theirs = (e: Evidence) => {
    const turn = turnSpeakerOf(e);
    if (turn) return turn;
    const sentence = sentencesOutsideQuotes(e.source.text.slice(e.span.start, e.span.end)).find((x) => quotes.some((q) => hasVerbatim(x, q.text)));
    if (!sentence) return undefined;
    if (sentence.includes(reporter)) return familyOther(sentence, claim, reporter) ?? reporter;
    const text = sentence.replace(/["“][^"”]*["”]/g, '');
    const named = (SPEAKER_IN.exec(text) ?? SPEAKER_APART.exec(text))?.[1];
    return named && !PRONOUN.test(named) ? named : undefined;
  };
  const speakers = j.quoted.map(theirs);
  if (speakers.some((x, k) => x === undefined || namedBy(x, reporter, claim, j.quoted![k].source))) return undefined;
  return { evidence: j.quoted[0], test: 'speaker', why: `gives the words to ${speakers[0]}` };
}

/** A text's sentences, not cut inside a quotation ('said: "I share their frustration. A new roof …"' is one). */
function sentencesOutsideQuotes(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
    else if (!open && (c === '.' || c === '!' || c === '?') && /^\s+["“]?\p{Lu}/u.test(text.slice(i + 1, i + 4))) {
      out.push(text.slice(from, i + 1));
      from = i + 1;
    }
  }
  out.push(text.slice(from));
  return out;
}

/**
 * Whether a speaker's label is the one the sentence gives the words to: by its surname, or by any word of
 * the label the sentence uses ("A caller from Holmcliffe said" of the turn "Caller (Mike, Holmcliffe):").
 */
function namedBy(label: string, reporter: string, claim: Claim, source?: Source): boolean {
  if (label.toLowerCase().includes(reporter.toLowerCase())) return !familyOther(label, claim, reporter);
  // (A transcript's initials are the name at its head they stand for: "SM:" is "Subject: Sean McCaffrey".)
  const full = source ? initialled(label, source) : undefined;
  if (full && full.toLowerCase().includes(reporter.toLowerCase())) return true;
  // (Only the words the sentence names its speaker with, up to the speaker's name: "A caller from Holmcliffe".)
  const at = claim.text.indexOf(reporter);
  if (at < 0) return false;
  const phrase = claim.text.slice(Math.max(0, at - 40), at).split(/["”,;:]/).pop()!.toLowerCase();
  const words = new Set(phrase.match(/\p{L}{4,}/gu) ?? []);
  return (label.toLowerCase().match(/\p{L}{4,}/gu) ?? []).some((w) => words.has(w) && !LABEL_TITLES.has(w));
}
/**
 * Another of the family: the sentence gives the surname the claim's speaker has, with another given name
 * and never the claim's ("said Jean Lindsay" where the passage has "Callum Lindsay said"). That person's
 * name, or undefined.
 */
function familyOther(text: string, claim: Claim, surname: string): string | undefined {
  const full = claim.names.find((n) => n.text.endsWith(surname) && n.text !== surname);
  const given = full ? /(?:^|\s)(\p{Lu}[\p{L}'’-]+)\s+\S+$/u.exec(full.text)?.[1] : undefined;
  if (!given || PERSON_TITLES.has(given.toLowerCase().replace(/\.$/, '')) || HONORIFIC.test(given) || text.toLowerCase().includes(`${given} ${surname}`.toLowerCase())) return undefined;
  // (The surname as written or in a label's capitals: "Callum Lindsay", "CALLUM LINDSAY:".)
  const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const other = new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s+(?:${escaped}|${escaped.toUpperCase()})\\b`, 'u').exec(text);
  if (!other || other[1].toLowerCase() === given.toLowerCase() || PERSON_TITLES.has(other[1].toLowerCase().replace(/\.$/, '')) || HONORIFIC.test(other[1]) || /^(?:The|A|An)$/i.test(other[1])) return undefined;
  return `${other[1]} ${surname}`;
}
/** A title before a surname, which is no given name. */
const HONORIFIC = /^(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Reverend|Father|Sister|Brother|Canon|Bishop|Captain|Capt|Inspector|Insp|Superintendent|Supt|Sergeant|Sgt|Constable|PC|DC|DI|DS|Chief|Judge|Justice|Mayor|Senator|Minister|Headteacher|Head|Principal|Coach|Manager|Director|Chair|Chairman|Chairwoman|President|Secretary|Treasurer|Officer|Commissioner|Priest|Major|Colonel|Col|General|Gen|Lieutenant|Lt|Corporal|Private|Admiral|Commander|Detective|Det|Nurse|Pastor|Rabbi|Imam|Deacon|Elder|Governor|Senator|Professor|Constable)\.?$/i;

/** Words of a label that say what someone is, not who: they name no one in particular. */
const LABEL_TITLES: ReadonlySet<string> = new Set(['councillor', 'council', 'cllr', 'professor', 'doctor', 'spokesman', 'spokeswoman', 'spokesperson', 'officer', 'chair', 'member', 'leader', 'director', 'manager', 'from', 'with']);

/** Whether the minutes record another outcome (or tally) for the motion than the sentence says it had. */
function otherFate(e: Evidence, claim: Claim): boolean {
  const mine = claimFate(claim.text);
  if (!mine || (mine.kind !== 'carried' && mine.kind !== 'lost' && mine.kind !== 'withdrawn' && mine.kind !== 'deferred')) return false;
  const theirs = recordedFate(e, claim);
  if (!theirs) return false;
  // A motion to defer that was carried is what "put off until 16 April" says, and not what "approved the scheme" says.
  const moved = theirs.kind === 'carried' ? fateIn(motionOf(e, claim) ?? '') : undefined;
  const outcome = moved && moved.kind !== 'carried' ? moved.kind : theirs.kind;
  // (The sentence may say so itself: "The motion to defer the planters decision was carried" is the
  // deferral the minutes record as a motion to defer carried; a motion to refuse that was lost is not it.)
  const carriedTo = MOTION_TO_CARRIED.exec(claim.text);
  const ownMotion = (carriedTo?.[1] ?? carriedTo?.[2])?.toLowerCase();
  if (ownMotion && mine.kind === 'carried') {
    if (theirs.kind !== 'carried') return true;
    const kind = /^(?:reject|refuse)$/.test(ownMotion) ? 'lost' : ownMotion === 'withdraw' ? 'withdrawn' : 'deferred';
    if (moved && moved.kind !== 'carried' && moved.kind !== kind) return true;
  } else if (outcome !== mine.kind) return true;
  const a = mine.tally ? tallyOf(mine.tally) : undefined;
  const b = theirs.tally ? tallyOf(theirs.tally) : undefined;
  return !!a && !!b && (a[0] !== b[0] || a[1] !== b[1]);
}

function fateWhy(f: Fate, e?: Evidence, claim?: Claim): string {
  const moved = f.kind === 'carried' && e && claim ? fateIn(motionOf(e, claim) ?? '') : undefined;
  if (moved && moved.kind !== 'carried') return `records a motion that it be ${moved.kind === 'lost' ? 'rejected' : moved.kind} as carried${f.tally ? `, ${f.tally}` : ''}`;
  const word = f.word.toLowerCase();
  const said = /(?:ed|en|wn|lost|put off|held over|not carried)$/.test(word) && !/^voted/.test(word) ? word : { carried: 'carried', lost: 'lost', withdrawn: 'withdrawn', deferred: 'deferred' }[f.kind];
  // ("carried 6-2" is the tally and its word: not "carried, carried 6-2".)
  if (f.tally && f.tally.toLowerCase().startsWith(said)) return `records the motion as ${f.tally}`;
  return `records the motion as ${said}${f.tally ? `, ${f.tally}` : ''}`;
}

/**
 * Whether a passage says the matter a sentence says was decided was put off or dropped instead
 * ("Councillor Patel withdrew a motion calling for …", "… was adjourned. No vote was taken."). Only for
 * a sentence saying it was done (one that speaks of a motion decides it when it says the motion was
 * carried or the proposal approved); only in a clause about the sentence's matter (another item of a
 * list or a timeline put off is not this one), or in the paragraph under the motion ("Cllr Kerr proposed
 * that the Council accept the offer." / "The motion was DEFERRED to the meeting of 7 May.").
 */
export function saysPutOff(e: Evidence, claim: Claim): boolean {
  const proposes = PROPOSES.test(claim.text);
  // (A rejection is a decision too, "Councillors rejected the crane request", put off only by a deferral
  // or a withdrawal: "defeated" or "not carried" says what it does.)
  const rejects = REJECTED.test(claim.text) && !PUT_OFF.test(claim.text);
  // (A motion's own words are proposed, not done: "moved that the extension be approved" decides nothing.)
  const own = proposes ? claim.text.replace(/\b(?:moved|proposed|tabled|put forward|called for)\b[^.;]*?\bthat\b[^.;]*?\bbe\s+\w+/gi, ' ') : claim.text;
  const decided = rejects || ((!proposes || MOTION_DECIDED.test(own)) && DECIDED.test(own) && !PUT_OFF.test(claim.text));
  // (A motion to put it off that was carried is the putting off: "The motion to defer the planters decision was carried".)
  const carriedTo = MOTION_TO_CARRIED.exec(claim.text);
  if (!decided || /^(?:defer|postpone|adjourn|withdraw)/.test((carriedTo?.[1] ?? carriedTo?.[2] ?? '').toLowerCase())) return false;
  const offs = rejects ? DEFERRED_ONLY : PUT_OFF;
  const fate = () => recordedFate(e, claim)?.kind;
  const putOff = (offs.test(e.source.text.slice(e.paragraph.start, e.paragraph.end)) && putOffIn(e, claim, offs)) || fate() === 'deferred' || fate() === 'withdrawn';
  return putOff && !statesDecision(e, claim);
}

/** A decision against: "rejected the request", "turned down", "voted down", "refused". */
const REJECTED = /\b(?:rejected|refused|turned down|threw out|thrown out|voted down|voted against)\b/i;
/** A matter put off, not decided either way (a defeat decides it). */
const DEFERRED_ONLY = /\b(?:withdr[ae]w\w*|deferred|adjourned|postponed|shelved|put off|held over|no vote was taken|(?:agreed|voted|decided|resolved) to [*_]*(?:defer|postpone|adjourn))\b/i;

/**
 * Whether a sentence of the passage states the sentence's decision plainly, in its own verb, outside any
 * motion: "He agreed to commission an independent survey of the whole roof", whatever motion of the
 * item was withdrawn after it.
 */
function statesDecision(e: Evidence, claim: Claim): boolean {
  const verbs = [...new Set([...claim.text.matchAll(DECIDED_ALL)].map((m) => m[0].toLowerCase()))];
  if (verbs.length === 0) return false;
  const verb = new RegExp(`\\b(?:${verbs.join('|')})\\b`);
  const words = new Set(claim.content.filter((t) => !t.stop && t.raw.length >= 4).map((t) => t.raw.toLowerCase().slice(0, 5)));
  return e.paragraph.sentences.some((x) => {
    const text = e.source.text.slice(x.start, x.end);
    if (PUT_OFF.test(text) || MOVED.test(text) || MOTION_TEXT.test(text) || NOT_BEFORE.test(text.split(DECIDED)[0] ?? '')) return false;
    const lower = text.toLowerCase();
    return verb.test(lower) && new Set((lower.match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)).filter((w) => words.has(w))).size >= 4;
  });
}

/**
 * Whether a clause of the passage's paragraph puts off what the sentence speaks of: it has a word
 * saying so and one of the sentence's words, and decides nothing itself ("Mr Breck WITHDREW the
 * motion", not "approved a £500,000 fund" nor "put off a decision on whether to commission a review").
 */
function putOffIn(e: Evidence, claim: Claim, offs: RegExp = PUT_OFF): boolean {
  const words = new Set(claim.content.filter((t) => !t.stop && t.raw.length >= 4).map((t) => t.raw.toLowerCase().slice(0, 5)));
  return e.paragraph.sentences.some((x) => {
    const clauses = e.source.text.slice(x.start, x.end).split(CLAUSE_BREAK);
    return clauses.some((text, k) => {
      // (Of it, by the sentence's words or as "the motion", "the item": a paragraph of minutes is about one.)
      // (Two of its words: "decision on a £250,000 contribution deferred" is no word on a £4.5m contribution approved.)
      // (A clause with no subject of its own is about the sentence so far, its subject and any aside
      // after it: "A proposal to buy a mobile unit, estimated at £410,000, was put off until …".)
      const about = SUBJECTLESS.test(text) ? clauses.slice(0, k + 1).join(' ') : text;
      // (Not a motion's own words, "That determination be deferred pending a survey": proposed, not done.)
      if (!offs.test(text) || MOTION_TEXT.test(text) || !(REFERS_BACK.test(about) || new Set((about.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)).filter((w) => words.has(w))).size >= 2)) return false;
      // (A decision denied is none: "such a levy could not lawfully be imposed".)
      // (Nor an agreement to put it off: "It was agreed that consideration of the motion be DEFERRED".)
      // (Markup aside: "agreed to **DEFER** the motion".)
      const toPutOff = (m: RegExpMatchArray) => /^\S*\s+(?:that\b.{0,80}?\bbe\s+|to\s+)[*_]*(?:deferred|defer|postponed|postpone|adjourned|adjourn|withdrawn|withdraw|held over|put off)\b/is.test(text.slice(m.index!));
      return ![...text.matchAll(DECIDED_ALL)].some((m) => !NOT_BEFORE.test(text.slice(Math.max(0, m.index - 30), m.index)) && !toPutOff(m));
    });
  });
}

/**
 * Whether a passage is a document's heading block: it opens the source, and each of its lines is short
 * and ends with no full stop (a title, a date line, "Author: …", "Status: Open").
 */
function headingBlock(e: Evidence): boolean {
  if (e.paragraph.n > 2 || e.span.start > 400) return false;
  // (The passage cited, which may be the heading lines a source's first paragraph is read with.)
  // (Read without Markdown's emphasis: "**Report of:** Andrew Menhinick" is a label line.)
  const lines = e.source.text.slice(e.span.start, e.span.end).split('\n').map((l) => l.replace(/(?<!\S)[*_]{1,3}|[*_]{1,3}(?!\S)|[*_]{2,3}/g, '').trim()).filter(Boolean);
  // (Not a table's rows, which state their figures: "Brake valve failed pressure test | 7 | 40".)
  // (Nor a list's items, which state theirs: "- 24% oppose the takeover".) It names the document: a
  // label line ("Author: …") or the source's own first line.
  const labelled = lines.some((l) => /^\p{Lu}[\p{L} ]{1,30}:\s+\S/u.test(l)) || e.span.start <= e.source.text.search(/\S/);
  return labelled && lines.length > 0 && lines.every((l) => l.length <= 110 && !/^(?:[-*•#>]|\d{1,2}[.)])\s/.test(l) && !/[.!?]["”’)]?$/.test(l) && !/[|\t]|\S {2,}\S/.test(l) && !/\b(?:said|says|told|was|were|is|are|has|have|had|will|would)\b/i.test(l));
}

/** A clause that begins with its verb: its subject is in a clause before it ("…, was put off until August"). */
const SUBJECTLESS = /^\s*(?:was|were|is|are|has been|have been|had been|will be)\b/i;

/** A clause that speaks of the paragraph's own matter: "The motion was DEFERRED", "the item was withdrawn", "It was deferred to September", "agreed to defer a decision". */
const REFERS_BACK = /\b(?:the|this|that)\s+(?:motion|item|matter|proposal|amendment|application|recommendation|resolution)\b|\b(?:defer|postpone|adjourn)\s+(?:a|the|any|its|their)\s+decision\b|^\W*(?:it|this|that|they)\s+(?:was|were|has been|have been|had been|is|are)\s+(?:\w+\s+)?(?:withdr[ae]wn?|deferred|adjourned|defeated|postponed|shelved|put off|held over)\b/i;

/** Where a sentence's clauses part: a comma, a semicolon, "but", "after", "while". */
const CLAUSE_BREAK = /[,;:]\s+|\s+(?:but|after|while|whereas|although|though|once)\s+/i;

/** A negation just before a word: "could not lawfully be (imposed)", "was never (approved)". */
const NOT_BEFORE = /\b(?:not|never|no|n['’]t)\b(?:\s+\S+){0,3}\s*$/i;

/**
 * The tests a passage fails when it merely says less than the sentence (too little of it by itself, not
 * its figure, name or subject), where the sentence may still be right on several passages together.
 * Any other failed test means the closest passage says something else than the sentence does.
 */
export const SAYS_LESS: ReadonlySet<string> = new Set(['margin', 'figure', 'said', 'names', 'subject']);

/** One test a passage must pass to be cited: its name, whether the passage passes, and what a writer is told when it does not. */
interface CitationTest {
  readonly test: string;
  readonly passes: (e: Evidence) => boolean;
  readonly why: string | ((e: Evidence) => string);
}

/**
 * The passages of a judgement that may be cited for the claim, best first, and for the others that
 * came close (backing it alone at the threshold), the first test each failed. A judgement that
 * does not find the claim supported, or finds a clause of it in no passage, offers nothing to cite.
 */
export function citable(j: Judgement, threshold: number, claim?: Claim): { cite: Evidence[]; refused: Refusal[] } {
  const none = { cite: [], refused: [] };
  if (j.contradiction || j.missingEntities?.length || j.missingFigures?.length || tooLittle(j, threshold) || j.score < threshold) return none;
  // A clause the sources do not have ("…, and also hired an outside auditor") would be cited as said.
  if ((j.features?.clauseAbsent ?? 0) >= FOREIGN_CLAUSE) return none;
  // A passage that only wonders or reports an allegation ("investigators are examining whether …") is no
  // citation for a sentence that states it as fact.
  // (Said looking back, "as had been expected" looks ahead to nothing.)
  const lookingBack = claim ? claim.text.replace(AS_EXPECTED, '') : '';
  const asserts = claim === undefined || hedges(lookingBack);
  const proposes = claim === undefined || PROPOSES.test(claim.text);
  const answers = claim !== undefined && ANSWERS.test(claim.text);
  const claimPrefixes = claim ? wordPrefixes(lookingBack) : new Set<string>();
  const claimVerbs = claim ? pastVerbsOf(lookingBack) : undefined;
  // Every name of the sentence must be in the passage, by one of its words at least: "found at Trawmore" is
  // not cited to "found at Lissan" because the source names Trawmore in another paragraph.
  // By a word of it that tells it apart: "Riverlink Ferries" is not in a passage about "a temporary passenger ferry".
  const names = (claim?.names ?? []).map((n) => {
    const words = n.text.split(/[\s-]+/).map((w) => w.toLowerCase());
    const telling = words.filter((w) => n.distinctive.some((d) => w.startsWith(d) || d.startsWith(w)));
    return telling.length ? telling : words;
  });
  const namesAll = (e: Evidence) => {
    const missing = new Set(e.missing.map((w) => w.toLowerCase()));
    // (A source need not name itself: "the Tarr Valley Gazette reported" of the Gazette's own story, by its title.)
    return names.every((words) => words.some((w) => !missing.has(w)) || words.every((w) => namesItself(e.source, w, false)));
  };
  // A quotation of the sentence must be in the passage word for word: a citation would vouch for a misquote.
  const quoted = claim ? quotations(claim.text).filter((q) => q.text.trim().split(/\s+/).length >= 3) : [];
  const quotesAll = (e: Evidence) => quoted.every((q) => hasVerbatim(e.source.text.slice(e.span.start, e.span.end), q.text));
  // Nor, for a sentence that gives a quotation to someone ("Marrane said the decision was "premature""),
  // to a passage whose sentence with those words gives them to someone else ("Brevard's lawyer, Nadia
  // Ferrow, said the trust's decision was "premature"") and does not name the sentence's speaker.
  // (Any quoted words, one word too: "said the decision was "premature"".)
  const spoken = claim ? [...claim.text.matchAll(/["“]([^"”]{2,200})["”]/g)].map((m) => ({ text: m[1] })) : [];
  // Or, in a transcript, words said in another speaker's turn ("Agnes Holloway: I expect the Duncairn Art
  // Gallery to consider …" for "Dr Renn said he expected …").
  const reporter = claim ? reporterOf(claim.text) : undefined;
  const speaker = spoken.length ? reporter : undefined;
  const spokenByThem = (e: Evidence) => {
    if (reporter && !PRONOUN.test(reporter)) {
      const turn = turnSpeakerOf(e);
      if (turn && !namedBy(turn, reporter, claim!, e.source)) return false;
    }
    // (A "she added" names no one the passage could contradict: who she is, the sentences before say.)
    if (!speaker || PRONOUN.test(speaker)) return true;
    const text = e.source.text.slice(e.span.start, e.span.end);
    const parts = text.split(/(?<=[.!?]["”’]?)\s+/);
    const k = parts.findIndex((s) => spoken.some((q) => hasVerbatim(s, q.text)));
    if (k < 0) return true;
    // (A quotation that goes on from the sentence before, naming no one, is that sentence's speaker's:
    // '"Before March …," Callum Lindsay said. "Someone in an office decided …"'.)
    // (Not one with words of its own saying who speaks: '"…," she added', '"…," said his mother, Jean'.)
    const own = parts[k].replace(/["“][^"”]*["”]/g, '');
    const said = !SPEAKER_IN.test(own) && !SPEECH_WORD.test(own) && /^["“]/.test(parts[k]) && k > 0 && /["”]\s*[^"“”]*$/.test(parts[k - 1]) ? `${parts[k - 1]} ${parts[k]}` : parts[k];
    if (said.includes(speaker)) return !familyOther(said, claim!, speaker);
    const theirs = SPEAKER_IN.exec(said.replace(/["“][^"”]*["”]/g, ''))?.[1];
    // (A "she" who goes on from a sentence naming someone else is that person: "Director of midwifery Morag
    // Lennie … faced a hostile reception. She told the audience: "…"" gives no words to Neil Haddow.)
    const prior = k > 0 ? parts[k - 1] : e.source.text.slice(e.paragraph.start, e.span.start).split(/(?<=[.!?]["”’]?)\s+/).filter((x) => x.trim()).pop();
    // (Only where the sentence's speaker is named nowhere before it in the paragraph: a "she" may be
    // Dr Haddow two sentences on.)
    const earlier = e.source.text.slice(e.paragraph.start, e.span.start) + parts.slice(0, k).join(' ');
    if (theirs !== undefined && PRONOUN.test(theirs) && prior !== undefined && !prior.includes(speaker) && !earlier.includes(speaker)) {
      const before = prior.replace(/["“][^"”]*["”]/g, '');
      if (NAMED_FIRST.test(before) && !/^\W*(?:It|This|That|There|The\s+\p{Ll})/u.test(before)) return false;
    }
    return theirs === undefined || PRONOUN.test(theirs);
  };
  // A figure of the sentence is cited only to a passage that gives it with the sentence's names in the same
  // clause: "worth £2.4 million, was held by Dr Ines Carvalho" is not what "worth £2.4 million, is held by
  // Professor Wrenfield; the smaller … by Dr Ines Carvalho" says.
  const figureNames = claim ? claim.quantities.filter((q) => !isTime(q)).map((q) => ({ q, names: namesInClause(claim, q) })).filter((x) => x.names.length > 0) : [];
  // A figure written in words ("Two passengers") counts as much as one in digits.
  const figureWords = new Set([...(claim?.quantities.flatMap((q) => q.raw.toLowerCase().split(/[\s-]+/)) ?? []), ...[...(claim?.text ?? '').matchAll(SPAN_OF_TIME)].map((m) => m[1].toLowerCase()), ...[...(claim?.text ?? '').matchAll(MULTIPLE_WORD)].map((m) => m[0].toLowerCase())]);
  // Each passage's words are read once, for every check below that needs them.
  const readings = new Map<Evidence, SentenceReading>();
  const readingOf = (e: Evidence) => {
    let r = readings.get(e);
    if (!r) readings.set(e, (r = readSentence(e.source.text.slice(e.span.start, e.span.end))));
    return r;
  };
  const figuresOwned = (e: Evidence) => {
    if (figureNames.length === 0) return true;
    const reading = readingOf(e);
    const text = reading.text;
    // (Sentences as the splitter reads them, "U.S. dlrs" ending none; split only when asked.)
    let sentences: ReturnType<typeof splitSentences> | undefined;
    return figureNames.every(({ q, names }) => {
      const theirs = quantitiesOf(reading).filter((r) => sameQuantity(q, r));
      if (theirs.length === 0) return true;
      return theirs.some((r) => {
        const around = clauseAround(text, r.start, r.end);
        const clause = around.toLowerCase();
        // (Or the role the source gives the person: "The Chief Executive advised …" where the minutes
        // list "Marcus Lyle (Chief Executive)".)
        if (!names.every((n) => n.some((t) => clause.includes(t)) || rosterOf(e.source).some((h) => n.every((t) => h.words.has(t)) && h.spoken.test(around)))) return false;
        // (Nor where the figure's own sentence names none of them, and the one that names them gives another
        // figure of its kind: "Coldharbour Brewery £5k. Brannock materials £8k" gives the brewery £5k.)
        sentences ??= splitSentences(text);
        const sentenceOf = (x: Quantity) => {
          const at = sentences!.find((y) => y.start <= x.start && x.end <= y.end);
          return at ? text.slice(at.start, at.end).toLowerCase() : clause;
        };
        if (names.some((n) => n.some((t) => sentenceOf(r).includes(t)))) return true;
        // (A figure of the same kind: "operates 23 buses. It employs 41 drivers" gives the drivers to no one else.)
        return !quantitiesOf(reading).some((x) => x.kind === r.kind && (x.kind === 'money' ? x.currency === r.currency : comparable(x, r)) && !sameQuantity(q, x) && names.every((n) => n.every((t) => sentenceOf(x).includes(t))));
      });
    });
  };
  // Nor to one whose sentence with the figure says less of the claim than the sentence of another figure
  // of its kind: "61 per cent said they had heard about the dispute. Among those, 52 per cent said it had
  // reduced their confidence" is no citation for "61 per cent said the dispute had reduced their confidence".
  const amounts = claim ? claim.quantities.filter((q) => !isTime(q) && !q.range) : [];
  const nameWords = new Set((claim?.names ?? []).flatMap((n) => n.text.toLowerCase().split(/\s+/)));
  const told = new Set(
    (claim?.content ?? [])
      .filter((t) => t.kind === TokenKind.Word && !t.stop && t.raw.length >= 3 && !nameWords.has(t.raw.toLowerCase()) && !figureWords.has(t.raw.toLowerCase()))
      .map((t) => t.raw.toLowerCase().slice(0, 5)),
  );
  // The words of what the sentence speaks of, before its verb ("Loss of village community was …").
  const subjectText = claim ? /^\W*((?:[\p{L}'’-]+\s+){1,7}?)(?:was|were|is|are|has|have|had|will|would)\b/iu.exec(claim.text)?.[1] ?? '' : '';
  const subjectWords = [...new Set((subjectText.toLowerCase().match(/\p{L}{3,}/gu) ?? []).filter((w) => !/^(?:the|and|for|with|its|their|his|her|this|that|these|those|of)$/.test(w)).map((w) => w.slice(0, 5)))];
  // Nor one whose figure counts another thing, none of the sentence's words for what it counts in the
  // figure's sentence: "over a little over two years" is no "two previous convictions".
  // (A small count only, which a passage has by chance; and not in a table, whose words for what a figure
  // counts are in its header.)
  const countsOther = (e: Evidence) => {
    if (isTableText(e.source.text.slice(e.span.start, e.span.end))) return false;
    const reading = readingOf(e);
    const theirs = quantitiesOf(reading);
    return amounts.some((q) => {
      // (Nor a number that labels something, "Service 62".)
      if (q.kind !== 'number' || !q.after?.length || q.value >= 100 || q.unit?.startsWith('#') || /\p{Lu}[\p{L}.]*\s+$/u.test(claim!.text.slice(Math.max(0, q.start - 20), q.start))) return false;
      const mine = theirs.filter((x) => sameQuantity(q, x));
      if (mine.length === 0) return false;
      // (Only a span of time the passage's figure is, the sentence's not: "over two years" for "two previous convictions".)
      if (SPAN_UNIT.test(q.unit ?? '') || SPAN_UNIT.test(q.after![0])) return false;
      return mine.every((x) => {
        if (!x.after?.length || !SPAN_UNIT.test(x.unit ?? x.after[0])) return false;
        const [from, to] = sentenceBounds(reading.text, x.start, x.end);
        const words = (reading.text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => readSentence(w).lemmas[0] ?? w);
        return !q.after!.slice(0, 2).some((a) => words.some((w) => w === a || w.slice(0, 5) === a.slice(0, 5) || termSimilarity(w, a) >= 0.75));
      });
    });
  };
  // Nor one that gives a time of the sentence's kind but not the sentence's own: "at the end of June 2024"
  // for "due at the end of September" (month names are close words, and the word match takes one for another).
  // (Months only: a weekday a passage gives as "yesterday" or "on Tuesday evening" is too often the same day.)
  const times = claim ? claim.quantities.filter((q) => q.kind === 'month') : [];
  const otherTime = (e: Evidence) => {
    if (times.length === 0) return false;
    const theirs = quantitiesOf(readingOf(e));
    return times.some((q) => theirs.some((x) => x.kind === q.kind) && !theirs.some((x) => sameQuantity(q, x) || (q.kind === 'month' && x.kind === 'date' && Math.floor(x.value / 100) === q.value)));
  };
  const figureInContext = (e: Evidence) => {
    if (amounts.length === 0 || told.size < 3) return true;
    const reading = readingOf(e);
    const theirs = quantitiesOf(reading);
    const holds = (x: Quantity) => {
      const [from, to] = sentenceBounds(reading.text, x.start, x.end);
      const words = new Set((reading.text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
      return [...told].filter((w) => words.has(w)).length;
    };
    return amounts.every((q) => {
      const mine = theirs.filter((x) => sameQuantity(q, x));
      if (mine.length === 0) return true;
      const others = theirs.filter((x) => x.kind === q.kind && !isTime(x) && !amounts.some((c) => sameQuantity(c, x)));
      if (others.length === 0) return true;
      const best = Math.max(...mine.map(holds));
      if (others.some((x) => holds(x) > best && holds(x) >= 2)) return false;
      // (Two figures of one sentence, each with its own words: "61% steel truss, 39% cable-stayed" gives 39%
      // to the cable-stayed design, whatever the sentence says besides.)
      const phrase = (x: Quantity) => {
        const [from, to] = phraseBounds(reading.text, x.start, x.end);
        const words = new Set((reading.text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
        return [...told].filter((w) => words.has(w)).length;
      };
      const sentenceOf = (x: Quantity) => sentenceBounds(reading.text, x.start, x.end)[0];
      // (Nor where what the sentence says the figure is of, its subject, is in another sentence of the
      // passage with a figure of its own, and not in the figure's: "Loss of village community was the concern
      // raised most often, cited by 188" where "transport … mentioned by 188 respondents. Loss of a community
      // facility … was mentioned by 164".)
      if (subjectWords.length >= 2) {
        const wordsOf = (from: number, to: number) => new Set((reading.text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
        const inSentence = (x: Quantity) => wordsOf(...sentenceBounds(reading.text, x.start, x.end));
        const ofSubject = (words: Set<string>) => subjectWords.filter((w) => words.has(w)).length;
        if (mine.every((m) => ofSubject(inSentence(m)) === 0) && others.some((x) => sentenceOf(x) !== sentenceOf(mine[0]) && ofSubject(inSentence(x)) >= 2)) return false;
      }
      const near = Math.max(...mine.map(phrase));
      // (Figures alike, as a list's are: shares, sums in one currency, counts of one thing.)
      const alike = (x: Quantity) => x.kind === 'percent' || (!!x.currency && x.currency === q.currency) || (!!x.unit && x.unit === q.unit);
      return !others.some((x) => alike(x) && mine.some((m) => sentenceOf(m) === sentenceOf(x)) && phrase(x) >= 1 && phrase(x) > near);
    });
  };
  // Nor to one whose sentence gives the sentence's date to something else, and another date to what the
  // sentence says happened: "After the brewery gave formal notice of its intention to sell on 18 March,
  // the society registered as a bidder on 3 April" is no citation for "gave formal notice … on 3 April".
  const dates = claim ? claim.quantities.filter((q) => q.kind === 'date') : [];
  const dateInContext = (e: Evidence) => {
    if (dates.length === 0 || told.size < 2) return true;
    const reading = readingOf(e);
    const theirs = quantitiesOf(reading).filter((x) => x.kind === 'date');
    if (theirs.length < 2) return true;
    const holds = (x: Quantity) => {
      const [from, to] = phraseBounds(reading.text, x.start, x.end);
      const words = new Set((reading.text.slice(from, to).toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
      return [...told].filter((w) => words.has(w)).length;
    };
    // (The verb the sentence gives its date, "gave … on 3 April", must be in the other date's phrase and
    // not in its own: "voted on 20 March" is not rivalled by "the suspension … on 12 March".)
    // (Or, with no verb in the past to be seen, "put the mill up for sale on 19 June", its nearest word.)
    const verbOf = (q: Quantity) => {
      const at = claim!.tokens.findIndex((t) => t.start >= q.start);
      let nearest: string | undefined;
      for (let k = (at < 0 ? claim!.tokens.length : at) - 1; k >= 0 && k >= at - 10; k--) {
        const t = claim!.tokens[k];
        if (/[,;:]/.test(claim!.text.slice(t.end, claim!.tokens[k + 1]?.start ?? q.start))) break;
        if (t.stop || t.kind !== TokenKind.Word || t.capitalized) continue;
        if (isPastForm(t.raw.toLowerCase()) && !SPEECH_VERBS.has(t.raw.toLowerCase())) return claim!.lemmas[k];
        nearest ??= claim!.lemmas[k];
      }
      return nearest;
    };
    const hasVerb = (x: Quantity, verb: string) => {
      const [from, to] = phraseBounds(reading.text, x.start, x.end);
      return reading.tokens.some((t, i) => t.start >= from && t.end <= to && reading.lemmas[i] === verb);
    };
    return dates.every((q) => {
      const mine = theirs.filter((x) => x.value === q.value);
      const others = theirs.filter((x) => !dates.some((d) => d.value === x.value));
      const verb = verbOf(q);
      if (mine.length === 0 || others.length === 0 || !verb || mine.some((x) => hasVerb(x, verb))) return true;
      const best = Math.max(...mine.map(holds));
      return !others.some((x) => hasVerb(x, verb) && holds(x) >= Math.min(3, told.size) && holds(x) >= best + Math.min(2, told.size));
    });
  };
  // A sentence that says something did not happen ("Nobody was hurt") is cited only to a passage that says no too.
  // (In its sentence that says most of the sentence: "No windows yet. - council paid B £912k to date" says no
  // to the windows, not to "had paid Brackwell nothing".)
  // (Nor where it gives a sum for what the sentence says came to nothing: "The council has paid Brackwell
  // £912,000" is no "had paid Brackwell nothing", whatever "No payment has been made in advance" says.)
  const nothingVerb = claim ? /\b(\p{L}+ed|paid|spent|given|gave|raised|received|made)\s+(?:[\p{Lu}][\p{L}'’-]*\s+){0,3}(?:nothing|no money|not a penny)\b/iu.exec(claim.text)?.[1].toLowerCase() : undefined;
  const nothingLemma = nothingVerb ? readSentence(nothingVerb).lemmas[0] : undefined;
  const sumFor = (e: Evidence) => {
    if (!nothingVerb) return false;
    const r = readingOf(e);
    const lemma = nothingLemma;
    const negated = negatedOf(r);
    return r.tokens.some((t, i) => (r.lemmas[i] === lemma || t.raw.toLowerCase() === nothingVerb) && !negated.has(i) && quantitiesOf(r).some((q) => q.kind === 'money' && q.start > t.end && q.start - t.end < 50));
  };
  // (Its "no" about the sentence's own verb: "Pupils who are not in school will be set work" sets work, for
  // "were not set any work".)
  // (A "no" of its own, not one inside a clause about who: "Pupils who are not in school will be set work"
  // sets work, for "were not set any work".)
  const saysNoItself = (x: SentenceReading) => NO_WORD.test(x.text.replace(RELATIVE_NOT, ' '));
  const saysNo = (e: Evidence) => !claim?.negated || (closestSentencesOf(e, 1).some(saysNoItself) && !sumFor(e));
  // And a sentence that says it happened, only to a passage that does not deny it.
  const notDenied = (e: Evidence) => !claim || claim.negated || !deniedIn(claim, readingOf(e));
  // Nor to one that has neither what the sentence says happened nor to whom or what ("injured two depot
  // workers" is not what "inspected the two buses damaged in the depot fire" says).
  const predicates = claim ? predicatesOf(claim) : [];
  // Nor a sentence that says one thing caused another to a passage that says no such thing ("all nine
  // buses whose pump failed had received firmware 4.2" is no citation for "firmware 4.2 caused the
  // failures"), or says it only to deny it ("this does not by itself indicate a cause").
  const causal = claim !== undefined && !claim.negated && SAYS_CAUSE.test(claim.text);
  const saysCause = (e: Evidence) => !causal || causeIn(readingOf(e));
  // Nor to one that compares the other way ("less than" where the sentence says "more than"): such
  // words are function words, which the judge's reading passes over.
  const comparatives = claim ? comparativesOf(claim.text) : [];
  // Nor to one that compares the same two the other way round ("those affected by the grounding were
  // more dissatisfied than those on strike-day flights" for "passengers on strike-day flights were more
  // likely to be dissatisfied … against 52 per cent of those affected by the grounding").
  const sides = claim ? comparedSides(withoutBounds(claim.text)) : undefined;
  const comparesAlike = (e: Evidence) => {
    const passage = e.source.text.slice(e.span.start, e.span.end);
    if (sides && reversedIn(sides, passage)) return false;
    // And says what is compared: "more dissatisfied" needs "dissatisfied" there.
    if (sides?.what && e.missing.some((w) => w.toLowerCase() === sides.what)) return false;
    if (comparatives.length === 0) return true;
    const words = new Set(passage.toLowerCase().match(/\p{L}+/gu) ?? []);
    return comparatives.every((w) => words.has(w) || !COMPARATIVE_OPPOSITES[w].some((o) => words.has(o)));
  };
  // Nor to one that sets the sentence's figure against another ("38% …, compared with 2% …"), whatever the sentence's polarity.
  const notContrasted = (e: Evidence) => !claim || !contrastedFigure(claim, readingOf(e));
  // Nor to one that says it of something else: "Electronic prescribing was restored on 8 March" is not what
  // "the electronic patient record was restored on 8 March" says.
  // A source's own heading names what speaks in it ("The report found …" of a report whose passages say "we").
  const subject = claim ? subjectHeadOf(claim) : undefined;
  const aboutSubject = (e: Evidence) => subject === undefined || !e.missing.some((w) => w.toLowerCase() === subject) || namesItself(e.source, subject);
  // Nor to one that has the opposite of what the sentence says was done, and not the sentence's own word
  // ("a proposal for a £50,000 fund was deferred" for "the committee approved a £50,000 fund").
  // (A word in the past form that stands before a noun, "an automated collection locker", "an estimated
  // cost", or an acronym, "LED motifs", says nothing was done.)
  // (Nor is a verb whose past is its base, "has already put", "had set", left out after "has", "have" or "had".)
  const verbs = claim ? claim.tokens.map((t, i) => ({ t, lemma: claim.lemmas[i], i })).filter(({ t, i }) => t.kind === TokenKind.Word && !t.stop && (isPastForm(t.raw.toLowerCase()) || (SAME_PAST.has(t.raw.toLowerCase()) && perfectBefore(claim.tokens, i))) && !inNounPhrase(claim.tokens, i)) : [];
  const orders = claim !== undefined && ORDERS.test(claim.text) && !RECOMMENDS.test(claim.text);
  const notOpposed = (e: Evidence) => {
    const missing = new Set(e.missing.map((w) => w.toLowerCase()));
    const r = readingOf(e);
    // Not there in the same word (a word like it, "proposal" for "approved", does not say it was done).
    const absent = verbs.filter(({ t, lemma }) => missing.has(t.raw.toLowerCase()) || !r.lemmas.includes(lemma));
    if (absent.length === 0) return true;
    return !absent.some(({ lemma }) => r.lemmas.some((l, i) => !r.tokens[i].stop && areOpposites(lemma, l)));
  };
  // Nor, for a sentence saying it was done, to a passage saying the motion or item was put off or
  // dropped ("Councillor Patel withdrew a motion calling for …", "… was adjourned. No vote was taken.").
  // (A sentence that speaks of a motion decides it when it says the motion was carried or the proposal approved.)
  const putOff = (e: Evidence) => claim !== undefined && saysPutOff(e, claim);
  // Nor, for a sentence saying who moved or seconded a motion, to a passage that gives the motion to
  // someone else ("Councillor Pike moved …" is not what "Moved by Councillor Harrow … (Pike opposed)" says).
  const movers = claim ? moversOf(claim.text) : [];
  const movedByThem = (e: Evidence) => {
    if (movers.length === 0) return true;
    const text = e.source.text.slice(e.paragraph.start, e.paragraph.end);
    // (Who moved an amendment did not move the motion, nor the other way round.)
    if (AMENDMENT_MOVED.test(text) !== AMENDMENT.test(claim!.text)) return true;
    const theirs = moversOf(text);
    return movers.every(({ verb, name }) => {
      const agents = theirs.filter((m) => m.verb === verb).map((m) => m.name);
      return agents.length === 0 || agents.includes(name);
    });
  };
  const moverSaid = (e: Evidence) => {
    if (movers.length === 0) return true;
    const text = e.source.text.slice(e.paragraph.start, e.paragraph.end);
    const theirs = moversOf(text);
    // (However the passage words it: "proposer Cllr Moss, seconder Cllr Ward", "Cllr Pike, seconding the
    // motion", "Proposing the budget, Cllr Ward said", "Cllr Hale's motion".)
    return movers.every(({ verb }) => theirs.some((m) => m.verb === verb)) || roleMoversOf(text).length > 0 || MOVER_WORDS.test(text);
  };
  // Nor to one that names the sentence's word only as what is not so ("raw shell eggs rather than
  // pasteurised egg", "recover within a week without treatment"), unless the sentence says it that way too.
  const contrastFree = claim === undefined || RULED_OUT.test(claim.text);
  const ruledOutOnly = (e: Evidence) => {
    if (contrastFree) return false;
    const text = e.source.text.slice(e.span.start, e.span.end).toLowerCase();
    const out = new Set<string>();
    for (const m of text.matchAll(RULED_OUT_WORDS)) for (const w of m[1].match(/\p{L}+/gu) ?? []) out.add(w);
    return claim.content.some((t) => t.kind === TokenKind.Word && !t.stop && t.raw.length >= 4 && out.has(t.raw.toLowerCase()));
  };
  const happened = verbs.map(({ t }) => t.raw.toLowerCase()).filter((v) => !SPEECH_VERBS.has(v) && !AUXILIARIES.has(v));
  // (Only a deed the sentence says has been done, "has already put", and not asking: the question itself is
  // the passage.)
  // (Nor one in an aside about someone: "Councillor Oduya, who has marshalled at past races, declared …".)
  const inAside = (at: number) => /(?:^|[,(—–]\s*)(?:who|which|whose|that)\b[^,;()—–]*$/i.test(claim!.text.slice(0, at));
  const deeds = claim ? verbs.filter(({ t, i }) => happened.includes(t.raw.toLowerCase()) && perfectBefore(claim.tokens, i) && !inAside(t.start) && !/^(?:asked|questioned|queried|wondered)$/i.test(t.raw)) : [];
  const lastDeed = Math.max(-1, ...deeds.map(({ t }) => t.start));
  const deedWordsMissing = (missing: ReadonlySet<string>) =>
    claim !== undefined && claim.tokens.some((t) => t.start > lastDeed && t.kind === TokenKind.Word && !t.stop && !t.capitalized && t.raw.length >= 4 && !figureWords.has(t.raw.toLowerCase()) && !CLAUSE_WORDS.has(t.raw.toLowerCase()) && !/ly$/i.test(t.raw) && missing.has(t.raw.toLowerCase()));
  const saysWhatHappened = (e: Evidence) => {
    const missing = new Set(e.missing.map((w) => w.toLowerCase()));
    // After a verb of saying ("announced a recall"), what was said is the fact: its head must be there.
    if (!predicates.every(({ verb, head }) => !missing.has(head) || (!missing.has(verb) && !SPEECH_VERBS.has(verb)))) return false;
    // Nor one that has none of the verbs that say what happened, where another passage has one: "objected"
    // is not what "the recount was requested by Mr Reyes's agent" says, when the report says who objected.
    // (A decision is the fact itself: "approved" is not what "the proposal to consult on extending it" says,
    // whether or not another passage has the word.)
    if (happened.some((v) => DECIDED.test(v)) && happened.every((v) => missing.has(v))) return false;
    // (Nor one without the verb, and without a word of what was done after it: "the upkeep of Coleridge Hall"
    // says nothing of "has put Coleridge Hall up for sale".)
    if (deeds.length > 0 && deeds.every(({ lemma, t }) => missing.has(t.raw.toLowerCase()) || !readingOf(e).lemmas.includes(lemma)) && deedWordsMissing(missing)) return false;
    // (Nor one that has the deed only in a heading: "### 7. Performance bond and recovery" names a matter, and
    // says nothing of "has already recovered the bond".)
    if (deeds.length > 0 && deeds.every(({ lemma }) => deedInHeadingOnly(e.source.text.slice(e.span.start, e.span.end), lemma))) return false;
    return happened.length === 0 || !happened.every((v) => missing.has(v)) || !saidElsewhere(e);
  };
  // (One that says as much of the rest, with the sentence's figures: a passage with the word and little
  // else, or without the figure ("doubts Russia would send troops" for "sent up to 15,000 troops"), is no
  // sign of another reading.)
  const saidElsewhere = (e: Evidence) => j.evidence.some((o) => o !== e && o.said >= e.said && !holdsLess(o, figureWords) && happened.some((v) => o.matched.some((m) => m.toLowerCase() === v)));
  // What the sentence says would or will happen ("Ms Okafor would win a fresh election") is the verb after
  // the modal: a passage without it gives the figures, not the forecast.
  const forecast = claim ? claim.tokens.filter((t, i) => i > 0 && t.kind === TokenKind.Word && !t.stop && FORECAST_MODALS.has(claim.tokens[i - 1].raw.toLowerCase())).map((t) => t.raw.toLowerCase()) : [];
  const saysForecast = (e: Evidence) => forecast.length === 0 || !e.missing.some((w) => forecast.includes(w.toLowerCase()));
  // Nor to one that names the person without the role the sentence gives them beside their name
  // ("Captain Rhys Penhallow, the union's national negotiating officer," is not what "Penhallow, chair of
  // the union's Kelbridge branch" says).
  const roles = claim ? rolesBesideNames(claim) : [];
  // (In its own words, not one close in meaning: "Vice-chair" is no "deputy".)
  const rolesSaid = (e: Evidence) => {
    const text = e.source.text.slice(e.paragraph.start, e.paragraph.end).toLowerCase();
    // ("vice-chairman", "vice president" as the sentence's compound "vicechairman", "vicepresident" too.)
    const compact = text.replace(/[\s\-‐‑]+/g, '');
    return roles.every((r) => text.includes(r.slice(0, 5)) || compact.includes(r) || ROLE_ALIASES[r]?.test(text));
  };
  const givesRoles = (e: Evidence) => roles.length === 0 || (!e.missing.some((w) => roles.includes(w.toLowerCase())) && rolesSaid(e) && !otherRoleIn(e, claim!));
  // Nor to one that has the sentence's verb only as what may or will happen ("might file the claim in
  // June" for "had filed a test case"; "will close the road" for "closed the road").
  // ("May" with a capital inside a sentence is the month: "on 5 May".)
  const comesAfter = (tokens: readonly { raw: string }[], i: number, modals = YET_TO_COME) => [1, 2].some((k) => i - k >= 0 && modals.has(tokens[i - k].raw.toLowerCase()) && !(tokens[i - k].raw === 'May' && i - k > 0));
  // (A sentence that itself looks ahead — "expect to reopen …, with the gallery staying closed" — is not held to it.)
  // (Nor what the sentence itself says is meant or wished to be: "are now meant to be inspected".)
  const done = claim && !claim.negated && !LOOKS_AHEAD.test(lookingBack.replace(/(?<=\S\s+)May\b/g, '')) ? verbs.filter(({ t }) => (!SPEECH_VERBS.has(t.raw.toLowerCase()) || actOnThing(claim, t)) && !askedInClaim(claim, t) && !AUXILIARIES.has(t.raw.toLowerCase()) && !comesAfter(claim.tokens, claim.tokens.indexOf(t)) && !wishedAt(claim.tokens, claim.tokens.indexOf(t))) : [];
  const notYet = (e: Evidence, modals = YET_TO_COME) => {
    if (done.length === 0) return false;
    const r = readingOf(e);
    return done.some(({ lemma }) => {
      const at = r.lemmas.map((l, i) => (l === lemma ? i : -1)).filter((i) => i >= 0);
      // (Or only as what someone is willing, due or minded to do: "I'm happy to meet Fernside Parents
      // Together" is no "has since met" them.)
      // (Or as what is being done, or is to be done: "we're presenting the petition on the 17th".)
      // (Only with a day it is to be done on, for a sentence in the simple past: "We are asking shopkeepers" is
      // what "were being asked" says.)
      const ongoing = (i: number) => !PROGRESSIVE.test(claim!.text) && /ing$/i.test(r.tokens[i].raw) && /^(?:is|are|am|(?:we|they|you|he|she|it|i|there|that|who)['’](?:re|s|m))$/iu.test(r.tokens[i - 1]?.raw ?? '') && quantitiesOf(r).some((q) => q.kind === 'date' || q.kind === 'weekday');
      // (Or as what must come first, a note's "Built BEFORE extraction starts": a condition, not a report;
      // not where the sentence says so too: "is being reduced … before all imports are freed".)
      // (Or as what someone is asked or urged to do: "that the Committee asks the Cabinet Member to write".)
      // (Or a note's "paid in April (not yet)": a deed planned, marked not done.)
      const yet = (x: SentenceReading, i: number) => NOT_YET_AFTER.test(x.text.slice(x.tokens[i].end, x.tokens[i].end + 40)) || comesAfter(x.tokens, i, modals) || wishedAt(x.tokens, i) || modalInClause(x, i, modals) || (x === r && ongoing(i)) || (modals === YET_TO_COME && !/\bbefore\b/i.test(claim!.text) && REQUIRED_FIRST.test(x.text.slice(x.tokens[i].end, x.tokens[i].end + 60))) || purposeOfPlan(x, i, modals) || (modals === YET_TO_COME && askedTo(x, i)) || (modals === YET_TO_COME && proposedThat(x, i));
      // (Unless the paragraph goes on to tell it done: "The council asked Harbour Foods to pay the bill.
      // Harbour Foods paid it in June.")
      if (at.length > 0) return at.every((i) => yet(r, i)) && !toldDoneInParagraph(e, lemma, yet);
      // (The verb in other words, with the sentence's figure only as what is to be: "would meet the
      // council's costs of £48,600 in full" is no "has paid" them.)
      const figures = claim!.quantities.filter((q) => !isTime(q));
      return figures.length > 0 && figures.every((q) => {
        const hits = quantitiesOf(r).filter((x) => sameQuantity(q, x));
        return hits.length > 0 && hits.every((x) => modalBefore(r, x.start, modals));
      });
    });
  };
  // (What the sentence says is so now, in the present, is a deed done too: "Foundry Road now stays open until
  // 8pm" is no "From October, the surgery will open until 8pm".)
  const nowDone = claim && done.length === 0 && !claim.negated && !LOOKS_AHEAD.test(lookingBack.replace(/(?<=\S\s+)May\b/g, '')) ? claim.tokens.map((t, i) => ({ t, lemma: claim.lemmas[i] })).filter(({ t }, i) => i > 0 && claim.tokens[i - 1].raw.toLowerCase() === 'now' && t.kind === TokenKind.Word && !t.stop && !t.capitalized && /[^s]s$/.test(t.raw) && !AUXILIARIES.has(t.raw.toLowerCase())) : [];
  // The passage's sentences (as the splitter reads them, a list's lines apart) that have most of the claim's words.
  const wanted = new Set((claim?.content ?? []).filter((t) => t.kind === TokenKind.Word && !t.stop).map(tokenLemma));
  // (With `least`, every sentence with at least that many of them: "no" may be said in any sentence of the
  // claim's matter, "Cllr Lloyd declared an interest. He did not vote.")
  // (Each passage's sentences are read once, for every check that asks.)
  const passageSentences = new Map<Evidence, SentenceReading[]>();
  const closestSentencesOf = (e: Evidence, least?: number) => {
    let sentences = passageSentences.get(e);
    if (!sentences) {
      sentences = splitSentences(e.source.text, e.span.start, e.span.end)
        .flatMap((x) => e.source.text.slice(x.start, x.end).split(/\n(?=[ \t]*(?:[-*•]|\d+[.)])\s)/))
        .map((t) => readSentence(t));
      passageSentences.set(e, sentences);
    }
    const score = (x: SentenceReading) => new Set(x.lemmas.filter((l) => wanted.has(l))).size;
    const best = Math.max(...sentences.map(score));
    return sentences.filter((x) => (least !== undefined && best >= least ? score(x) >= least : score(x) === best));
  };
  const plannedOnly = (e: Evidence) => {
    const deeds = done.length > 0 ? done : nowDone;
    if (deeds.length === 0) return false;
    const r = readingOf(e);
    // (Not the deed's word for a part of it done: "is around 80% complete" completed nothing.)
    if (deeds.some(({ lemma }) => r.lemmas.some((l, i) => l === lemma && !PART_DONE.test(r.text.slice(Math.max(0, r.tokens[i].start - 24), r.tokens[i].start))))) return false;
    // (Read in the passage's sentence that says most of the sentence: a deed told in the next one, "two lads
    // I trained years ago", does not make the promise beside it a deed.)
    const closest = closestSentencesOf(e);
    return closest.length > 0 && closest.every((x) => {
      if (!PLANNED_ONLY.test(x.text) && !/\bmay\b/.test(x.text)) return false;
      // (Unless the sentence itself tells something done, besides saying, proposing or asking.)
      const negated = negatedOf(x);
      return !x.tokens.some((t, i) => t.kind === TokenKind.Word && !t.stop && isPastForm(t.raw.toLowerCase()) && !inNounPhrase(x.tokens, i) && !SPEECH_VERBS.has(t.raw.toLowerCase()) && !PLAN_VERBS.test(t.raw) && !comesAfter(x.tokens, i) && !wishedAt(x.tokens, i) && !modalInClause(x, i, YET_TO_COME) && !negated.has(i));
    });
  };
  // (Only where the deed is in the passage only in the clause that says so: "agreed in principle in January,
  // was signed on 2 June" signed it; "opposed the loan in principle … The loan was agreed by five votes to two"
  // agreed it; and a passage that says the deal was signed, exchanged or completed says it is done.)
  const doneBeyondProvisional = (e: Evidence) => {
    const r = readingOf(e);
    const clauseOf = (i: number) => {
      const [from, to] = phraseBounds(r.text, r.tokens[i].start, r.tokens[i].end);
      return r.text.slice(from, to);
    };
    const plain = (i: number) => !PROVISIONAL.test(clauseOf(i)) && !negatedOf(r).has(i);
    if (done.some(({ lemma }) => r.lemmas.some((l, i) => l === lemma && plain(i)))) return true;
    return r.tokens.some((t, i) => /^(?:signed|exchanged|completed|finali[sz]ed)$/i.test(t.raw) && plain(i));
  };
  // Nor, for a sentence saying a body named first did something ("NHS England has agreed to provide …"), to
  // a passage that names it only as who it was for or to ("an application to NHS England for …").
  const agent = claim && done.length > 0 ? claim.names.find((n) => n.start <= 4 && n.distinctive.length > 0) : undefined;
  const agentName = agent?.text ?? '';
  const recipientOnly = (e: Evidence) => {
    if (!agent) return false;
    const text = e.source.text.slice(e.span.start, e.span.end);
    // (Read from the name's first word: "the Institute for Economic Research" is no research done for someone.)
    const first = agent.text.replace(/^(?:the|a|an)\s+/i, '').split(/\s+/)[0];
    const at = [...text.matchAll(new RegExp(`(?<![\\p{L}'’-])${first.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}'’-])`, 'gu'))].map((m) => m.index ?? 0);
    return at.length > 0 && at.every((i) => /\b(?:to|for|from|with|against|towards|into)\s+(?:the\s+)?(?:\p{Lu}[\p{L}'’-]*\s+){0,3}$/u.test(text.slice(Math.max(0, i - 60), i)));
  };
  // Whether the passage's paragraph, beyond the passage, has the deed told as done (no modal, no asking).
  const toldDoneInParagraph = (e: Evidence, lemma: string, yet: (x: SentenceReading, i: number) => boolean) => {
    const paragraph = e.source.text.slice(e.paragraph.start, e.paragraph.end);
    if (paragraph.length > 3000 || paragraph.length <= e.span.end - e.span.start + 2) return false;
    const whole = readSentence(paragraph);
    // (Not one it denies: "(NB - so NOT written yet)".)
    const negated = negatedOf(whole);
    return whole.lemmas.some((l, i) => l === lemma && !yet(whole, i) && !negated.has(i) && isPastForm(whole.tokens[i].raw.toLowerCase()) && !/\byet\b/i.test(whole.text.slice(whole.tokens[i].end, whole.tokens[i].end + 6)));
  };
  const ranksRows = claim !== undefined && RANKS.test(claim.text);
  const asks = claim === undefined || ASKS.test(claim.text);
  const nameOf = (e: Evidence) => {
    const missing = new Set(e.missing.map((w) => w.toLowerCase()));
    const lacking = (claim?.names ?? []).find((_, k) => !names[k].some((w) => !missing.has(w)) && !names[k].every((w) => namesItself(e.source, w, false)));
    return lacking ? `does not name ${lacking.text}` : 'does not name everyone the sentence names';
  };
  const doneToWord = claim ? (PASSIVE_BY.exec(claim.text) ?? PASSIVE_SUBJECT.exec(claim.text))?.[1] : undefined;
  const doneTo = doneToWord ? { word: doneToWord, lemma: readSentence(doneToWord).lemmas[0] } : undefined;
  const sameThing = (l: string, capitalized = false) => !!doneTo && (l === doneTo.lemma || (!capitalized && termSimilarity(l, doneTo.lemma) >= 0.6));
  // The verb of the sentence's thing done, said in the passage only of another thing: "The call-in was
  // received … and was signed by Cllrs Baptiste and …" signed no contract.
  const doneAt = claim && doneTo ? claim.tokens.findIndex((t) => t.start > claim.text.indexOf(doneTo.word) && isPastForm(t.raw.toLowerCase()) && !AUXILIARIES.has(t.raw.toLowerCase())) : -1;
  const doneVerb = doneAt >= 0 ? claim!.lemmas[doneAt] : undefined;
  // (Missing, where the passage does the verb to another thing: "the firm building the line" for "The trams are
  // being built by …"; not where it names the thing otherwise, "The Swindon Designer Outlet was bought".)
  const doneToMissing = (e: Evidence) => {
    const r = readingOf(e);
    if (!doneVerb || r.lemmas.some((l, i) => sameThing(l, r.tokens[i].capitalized))) return false;
    // (Or where it has neither the thing nor the verb: "was appointed as main contractor" builds no trams.)
    if (!r.lemmas.includes(doneVerb)) return true;
    return r.lemmas.some((l, i) => {
      if (l !== doneVerb) return false;
      const next = r.tokens.slice(i + 1, i + 4).find((t) => !t.stop);
      return !!next && next.kind === TokenKind.Word && !next.capitalized && !isPastForm(next.raw.toLowerCase());
    });
  };
  const doneToOther = (e: Evidence) => {
    if (!doneVerb) return false;
    let told = 0;
    for (const x of splitSentences(e.source.text, e.span.start, e.span.end)) {
      const r = readSentence(e.source.text.slice(x.start, x.end));
      for (let i = 0; i < r.tokens.length; i++) {
        if (r.lemmas[i] !== doneVerb || !r.tokens.slice(Math.max(0, i - 3), i).some((t) => /^(?:was|were|is|are|been|be)$/i.test(t.raw))) continue;
        const head = SUBJECT_AT_START.exec(r.text.slice(0, r.tokens[i].start))?.[1];
        if (!head) return false;
        if (sameThing(readSentence(head).lemmas[0])) return false;
        told++;
      }
    }
    return told > 0;
  };
  // (Or one that restates the sentence as what the paper had wrong: "We also stated that the enforcement
  // notice was signed by environment officer Tom Pryce. The notice was signed by Deborah Okafor …" — every
  // name and figure of what it restates in the sentence, and most of the sentence's words in it.)
  const restatedBy = (e: Evidence) =>
    !!claim &&
    isCorrection(e.source, e.paragraph) &&
    splitSentences(e.source.text, e.span.start, e.span.end).some((x) => {
      const text = e.source.text.slice(x.start, x.end);
      const m = RESTATED.exec(text);
      if (!m) return false;
      const r = readSentence(text.slice(m.index + m[0].length));
      const mine = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop).map(tokenLemma));
      const shared = [...mine].filter((l) => r.lemmas.includes(l)).length;
      const namesIn = namesOfReading(r).every((n) => n.terms.every((t) => claim.tokens.some((c) => c.term === t)));
      const figuresIn = quantitiesOf(r).every((q) => claim.quantities.some((c) => sameQuantity(c, q)));
      return namesOfReading(r).length > 0 && namesIn && figuresIn && shared >= Math.max(3, 0.5 * mine.size);
    });
  const askedForOnly = (e: Evidence) => {
    // (A deed the sentence says was done, in the active: not "to be completed by", "was being refocused".)
    const deeds = done.filter(({ t, i }) => /ed$/i.test(t.raw) && !AUXILIARIES.has(t.raw.toLowerCase()) && !/^(?:be|being|been|to|is|are|was|were)$/i.test(claim!.tokens[i - 1]?.raw ?? ''));
    if (deeds.length === 0) return false;
    const r = readingOf(e);
    return deeds.every(({ lemma, t }) => {
      const at = r.lemmas.flatMap((l, i) => (l === lemma ? [i] : []));
      // (The verb itself, "apologise" for "apologised", not a noun of the same stem: "establishment".)
      const past = t.raw.toLowerCase();
      const bases = new Set([past.slice(0, -2), past.slice(0, -1), ...(/ied$/.test(past) ? [past.slice(0, -3) + 'y'] : [])]);
      // (As a verb: after "to", a modal, "please", or in a list of demands, "…, apologise, and …"; not "the
      // launch", "as chair", "oiled seal pups".)
      // (Nor "would go on to chair", which tells what was done later.)
      const bare = (i: number) => bases.has(r.tokens[i].raw.toLowerCase()) && !/\bon\s+to\s+$/i.test(r.text.slice(Math.max(0, r.tokens[i].start - 8), r.tokens[i].start)) && (/^(?:to|will|would|should|must|can|could|may|might|please)$/i.test(r.tokens[i - 1]?.raw ?? '') || /,\s*$/.test(r.text.slice(r.tokens[i - 1]?.end ?? 0, r.tokens[i].start)));
      return at.length > 0 && at.every(bare);
    });
  };
  const votedWhat = claim && !claim.negated ? /\bvot(?:ed|es|e|ing)\s+(?:\p{Ll}+ly\s+)?(?:by\s+[^,;]{1,30}?\s+)?to\s+([^,;.]+)/iu.exec(claim.text)?.[1] : undefined;
  const votedFor = votedWhat ? (() => {
    const r = readSentence(votedWhat);
    const words = r.lemmas.filter((_, i) => !r.tokens[i].stop && r.tokens[i].kind === TokenKind.Word && !r.tokens[i].capitalized);
    // (Its last word, the head of what was voted for: "to go on [strike]", "to approve the [plan]".)
    return words.length > 0 ? words.slice(-1) : undefined;
  })() : undefined;
  const restated = claim && !claim.negated ? j.evidence.find(restatedBy) : undefined;
  const correctedBy =
    claim && !claim.negated
      ? restated ?? j.evidence.find((e) => isCorrection(e.source, e.paragraph) && splitSentences(e.source.text, e.span.start, e.span.end).some((x) => {
          // (Not a remark it quotes: "attributed the remark \"We are not going to be bullied …\" to Tom Weatherall" denies nothing.)
          const r = readSentence(e.source.text.slice(x.start, x.end).replace(/["“][^"”]*["”]/g, (q) => ' '.repeat(q.length)));
          // (By the name's last word: "Mr Keeley" is Tom Keeley.)
          // (What it denies, two of the sentence's words at least: "did not resign as a governor" is no denial
          // of "resigned as chairman of Eastfield Rotary Club"; and on the sentence's day, if both give one.)
          // (One of them a plain word of the sentence's, not a name's nor its verb: "not on [behalf] of the
          // [association]"; not "did not [resign] as a governor of [Eastfield] Primary School".)
          const mine = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop).map(tokenLemma));
          const plainWords = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop && !t.capitalized && !isPastForm(t.raw.toLowerCase())).map(tokenLemma));
          const denied = new Set([...negatedOf(r)].filter((i) => !r.tokens[i].stop && mine.has(r.lemmas[i])).map((i) => r.lemmas[i]));
          if (![...denied].some((l) => plainWords.has(l))) return false;
          const when = (qs: readonly Quantity[]) => qs.filter((q) => q.kind === 'date' || q.kind === 'month' || q.kind === 'year');
          const sameDay = when(claim.quantities).length === 0 || when(quantitiesOf(r)).length === 0 || when(claim.quantities).some((q) => when(quantitiesOf(r)).some((x) => sameQuantity(q, x) || (q.kind === 'date' && x.kind === 'month' && Math.floor(q.value / 100) === x.value)));
          return claim.names.some((n) => n.distinctive.length > 0 && r.terms.has(n.distinctive[n.distinctive.length - 1])) && denied.size >= 2 && sameDay && deniedIn(claim, r);
        }))
      : undefined;
  const tests: CitationTest[] = [
    { test: 'margin', passes: (e) => e.alone >= Math.min(0.95, threshold + CITE_MARGIN), why: 'does not say enough of the sentence by itself' },
    // (A document's heading block states nothing: "STUDENT ACCOMMODATION … Author: Dr Kwame Osei, Pro-Vice-Chancellor".)
    { test: 'heading', passes: (e) => !headingBlock(e), why: "is the document's heading, which states nothing" },
    { test: 'figure', passes: (e) => !holdsLess(e, figureWords) && spansGiven(claim, e) && !otherTime(e), why: "does not give the sentence's figure or date" },
    { test: 'counted', passes: (e) => !countsOther(e), why: 'gives the figure for something else' },
    { test: 'said', passes: (e) => e.said >= SAID_TO_CITE, why: 'says too little of what the sentence says' },
    { test: 'names', passes: namesAll, why: nameOf },
    { test: 'subject', passes: aboutSubject, why: () => `is not about “${subject}”` },
    { test: 'role', passes: givesRoles, why: 'does not give the role the sentence gives' },
    { test: 'role-kind', passes: (e) => !otherKindOfPost(claim, e.source.text.slice(e.span.start, e.span.end)), why: 'gives the post as another kind' },
    // (Nor one that gives the post another brief: "cabinet member for environment" is no "cabinet member for finance".)
    { test: 'portfolio', passes: (e) => !otherPortfolio(claim, e.source.text.slice(e.span.start, e.span.end)), why: 'gives the post another brief' },
    // (Nor one that names the sentence's place only as the side played: "a home fixture against Wyvern Road
    // would go ahead at a neighbouring ground" is no "playing its home matches at Wyvern Road's ground".)
    { test: 'opponent', passes: (e) => !opponentOnly(claim, e.source.text.slice(e.span.start, e.span.end)), why: 'names them as the side played, not the place' },
    // (Nor, for a sentence saying how someone voted, one that says only that they voted: "took part in the
    // vote" is no "was the only member to vote against".)
    { test: 'vote-side', passes: (e) => !claim || !VOTE_SIDE.test(claim.text) || SIDE_TAKEN.test(e.source.text.slice(e.span.start, e.span.end)), why: 'does not say which way they voted' },
    // (Nor one that gives the role set beside the name to someone else: "the Board's consulting engineers, Hollis
    // & Rudd" is no "the board's consulting engineers, Tidewell Marine Engineering".)
    { test: 'apposition', passes: (e) => !otherInRole(claim, e.source.text.slice(e.span.start, e.span.end)), why: (e) => `gives that role to ${otherInRole(claim, e.source.text.slice(e.span.start, e.span.end))}` },
    // (Nor one that names the place with another quarter: "Dunmere West" is no "Dunmere East".)
    { test: 'quarter', passes: (e) => !otherQuarter(claim, e.source.text.slice(e.paragraph.start, e.paragraph.end)), why: (e) => `names ${otherQuarter(claim, e.source.text.slice(e.paragraph.start, e.paragraph.end))}, not ${quarterName(claim)}` },
    // (Nor one that gives the name's kind to another of its own: "Tollerton Primary School" is no "Brackley Primary School".)
    { test: 'other-of-kind', passes: (e) => !otherOfKind(claim, e.source.text.slice(e.span.start, e.span.end)), why: (e) => `names ${otherOfKind(claim, e.source.text.slice(e.span.start, e.span.end))}, not ${otherOfKindName(claim, e.source.text.slice(e.span.start, e.span.end))}` },
    // (Nor one that gives the person's post to another body: "GMB organiser Carol Whitlock" is no "UNISON
    // organiser Carol Whitlock".)
    { test: 'role-body', passes: (e) => !otherBodyOfRole(claim, e.source.text.slice(e.span.start, e.span.end)), why: (e) => `calls them ${otherBodyOfRole(claim, e.source.text.slice(e.span.start, e.span.end))}` },
    { test: 'quotation', passes: quotesAll, why: 'does not have its quotation word for word' },
    { test: 'speaker', passes: spokenByThem, why: NOT_SO['speaker'] },
    { test: 'says-no', passes: saysNo, why: 'does not say no, as the sentence does' },
    { test: 'whose-figure', passes: figuresOwned, why: 'gives the figure to someone else' },
    { test: 'figure-context', passes: figureInContext, why: 'gives the figure for something else' },
    { test: 'date-context', passes: dateInContext, why: NOT_SO['date-context'] },
    { test: 'denied', passes: notDenied, why: 'says it only to deny it' },
    // (Nor one that says there are no plans for what the sentence says will be done: "no plans to sell the
    // station" is no "will be put up for sale".)
    { test: 'no-plans', passes: (e) => !claim || claim.negated || !noPlansFor(claim, e.source.text.slice(e.span.start, e.span.end)), why: 'says there are no plans for it' },
    // (Nor one whose sentence closest to the sentence says those it speaks of get nothing: "Staff on long
    // days, who start at 7.30am …, get nothing" is no "staff working long days … will be able to park free".)
    { test: 'left-out', passes: (e) => !claim || claim.negated || !closestSentencesOf(e, 3).some((x) => leftOut(claim, x.text)), why: 'says they get nothing of it' },
    { test: 'not-promised', passes: (e) => !pledgeRefused(claim, e.source.text.slice(e.span.start, e.span.end)), why: NOT_SO['not-promised'] },
    // (Denied outright: what the sentence says happened, or its figure, only under a negation, and no
    // "no … unrepaired" turning it back. This one, failed by the closest passage, says the sentence is not so.)
    { test: 'denied-outright', passes: (e) => notDenied(e) || !deniedIn(claim!, readingOf(e), true), why: 'says it only to deny it' },
    { test: 'what-happened', passes: saysWhatHappened, why: 'does not say what the sentence says happened' },
    { test: 'agent', passes: (e) => !recipientOnly(e), why: () => `names ${agentName} only as who it was for or to, not who did it` },
    { test: 'put-off', passes: (e) => !putOff(e), why: NOT_SO['put-off'] },
    // Nor one whose minutes record another outcome for the motion ("withdrawn" for "was defeated",
    // "Carried, 6 votes to 3" for "carried by 7 votes to 2"), in its paragraph or the line under it.
    { test: 'fate', passes: (e) => !claim || !otherFate(e, claim), why: (e) => (claim ? fateWhy(recordedFate(e, claim)!, e, claim) : NOT_SO['fate']) },
    { test: 'opposite', passes: notOpposed, why: 'says the opposite was done' },
    // Nor, for a sentence saying someone ordered or required it, to a passage that only recommends it
    // ("The Ombudsman recommends that the council inspect every flat" for "ordered the council to inspect").
    { test: 'recommended', passes: (e) => !orders || !RECOMMENDS.test(e.source.text.slice(e.span.start, e.span.end)) || ORDERS.test(e.source.text.slice(e.span.start, e.span.end)), why: 'only recommends it; it does not order it' },
    { test: 'forecast', passes: saysForecast, why: 'does not say what the sentence says would happen' },
    { test: 'not-yet', passes: (e) => !notYet(e), why: 'says it may or will happen, not that it did' },
    // (Or, without any of the sentence's verbs of what was done, speaks only of a plan, a promise or a
    // condition: "we've been promised a couple of apprentices, if the college signs off on it" is no "two
    // apprentices have joined the team"; "I'm going to try to persuade the council" no "the council has agreed".)
    { test: 'plan-only', passes: (e) => !plannedOnly(e), why: 'says it may or will happen, not that it did' },
    // (Nor one that has the deed only as its bare verb, what someone asks for or wants done: "Withdraw the
    // notice, apologise, and put it in writing" for "The council also apologised to Mr Harrold in writing".)
    { test: 'asked-for', passes: (e) => !askedForOnly(e), why: 'only asks for it to be done' },
    // (Nor a table of steps to be done by a date, for a sentence saying one was done: "| Submit … a revised
    // plan for written approval | 12 April 2024 |" under "| Step | Requirement | Complete by |".)
    { test: 'schedule', passes: (e) => done.length === 0 || !scheduleTable(e.source.text.slice(e.span.start, e.span.end)), why: 'is a list of what is to be done by when, not of what was done' },
    // (Nor, for "voted to go on strike", one without what was voted for: "took part in the vote", "voted to ask
    // the union to run an indicative ballot".)
    { test: 'voted-for', passes: (e) => !votedFor || votedFor.some((l) => readingOf(e).lemmas.some((x, i) => x === l || (!readingOf(e).tokens[i].capitalized && termSimilarity(x, l) >= 0.75))), why: 'does not say what was voted for' },
    // (A sentence that says the work was completed needs a passage that says so: "appointed to rebuild the
    // hearth" is no "has since completed the rebuild".)
    // (Only a passage that looks ahead to the work: "wrapped up last week", "came to an end", "ran from 1
    // March to 31 March" say so in other words.)
    // (Nor a table's line for the work, "Emergency hearth rebuild (Pennine Thermal Services) | 96,500", which
    // gives its cost, not that it is done.)
    { test: 'completed', passes: (e) => !done.some(({ t }) => COMPLETED.test(t.raw) && !PART_DONE.test(claim!.text.slice(Math.max(0, t.start - 24), t.start))) || (!partlyDoneOnly(e.source.text.slice(e.span.start, e.span.end)) && (completionIn(e.source.text.slice(e.span.start, e.span.end)) || (!WORK_AHEAD.test(e.source.text.slice(e.span.start, e.span.end)) && !isTableText(e.source.text.slice(e.span.start, e.span.end))))), why: 'does not say it was completed' },
    // (Nor work begun: "would like to open a second screen" is no "work has begun on a second screen".)
    { test: 'begun', passes: (e) => !done.some(({ t }) => BEGUN.test(t.raw)) || BEGINNING.test(e.source.text.slice(e.span.start, e.span.end)) || !WORK_AHEAD.test(e.source.text.slice(e.span.start, e.span.end)), why: 'does not say it has begun' },
    // (Or agreed only in principle, or not yet signed: "secured agreement in principle for a £60,000 loan,
    // though the loan has not yet been signed" is no "has secured a £60,000 loan".)
    { test: 'in-principle', passes: (e) => done.length === 0 || PROVISIONAL.test(claim!.text) || !PROVISIONAL.test(e.source.text.slice(e.span.start, e.span.end)) || doneBeyondProvisional(e), why: 'says it was agreed only in principle, or is not yet signed' },
    // (And of those, the ones that say only that it may happen: "could begin as early as January if …".
    // What "will" happen is scheduled, and mostly does: a sentence written after the day says it did.)
    { test: 'maybe', passes: (e) => !notYet(e, MAYBE), why: NOT_SO['maybe'] },
    { test: 'ruled-out', passes: (e) => !ruledOutOnly(e), why: 'names it only as what was not so' },
    { test: 'mover', passes: movedByThem, why: NOT_SO['mover'] },
    // (And says who did: a vote's list naming the person, "For (6): Cllrs Ames, Bestwick …", is no
    // citation for "The amendment was seconded by Cllr Bestwick".)
    { test: 'mover-said', passes: moverSaid, why: 'does not say who moved or seconded it' },
    { test: 'cause', passes: saysCause, why: 'does not say that one thing caused the other' },
    { test: 'comparison', passes: comparesAlike, why: () => (sides?.alternative ? OTHER_WAY_ROUND : NOT_SO['comparison']) },
    { test: 'contrast', passes: notContrasted, why: 'sets the figure against another, which is for a reader to weigh' },
    // Judged sentence by sentence and across "but": "was unable to determine which individual made the
    // alterations. It found … bore responsibility" states the responsibility plainly.
    { test: 'hedged', passes: (e) => asserts || !wondersOrProposes(e, true, answers, claimPrefixes, undefined, claimVerbs), why: 'only says it may be so' },
    // Nor the text of a motion never carried, for a sentence that says it was done.
    { test: 'motion', passes: (e) => proposes || !proposedOnly(e, true), why: 'is the text of a motion, not a decision' },
    // Nor a table, for a sentence that says which row is largest or smallest ("Most of the cases attended
    // on the Saturday"): that is a sum a reader does, which no row states.
    { test: 'table-sum', passes: (e) => !ranksRows || !isTableText(e.source.text.slice(e.span.start, e.span.end)), why: 'is a table, and which of its rows is largest is for a reader to work out' },
    // Nor the sentence of a correction that says what was wrong.
    // Nor an interviewer's question, for a sentence that does not say what was asked: "PRESENTER: There
    // have been reports that staff were told not to talk to the inspectors. Is that true?" is no
    // citation for "He confirmed reports that …" (his answer was "No").
    { test: 'question', passes: (e) => asks || !askedBy(e), why: "is the interviewer's question, not an answer" },
    // (Nor, for a sentence saying something is or was done by someone, "The trams are being built by
    // Halvorsen Rail", one without the thing: "the firm building the line" built no trams.)
    { test: 'done-to', passes: (e) => !doneTo || (!doneToMissing(e) && !doneToOther(e)), why: () => `does not say it of “${doneTo!.word}”` },
    // Nor, where a published correction among the passages denies what the sentence says ("he was speaking
    // personally and not on behalf of the association"), the article it corrects or any other.
    { test: 'corrected', passes: (e) => !correctedBy || (e === correctedBy && !restated), why: NOT_SO['corrected'] },
    { test: 'correction', passes: (e) => !(withdrawsIn(e.source, e.paragraph, { text: e.source.text.slice(e.span.start, e.span.end) }) && isCorrection(e.source, e.paragraph)), why: 'is a correction saying what was wrong' },
  ];
  const cite: Evidence[] = [];
  const refused: Refusal[] = [];
  for (const e of j.evidence) {
    const first = tests.find((t) => !t.passes(e));
    if (!first) cite.push(e);
    else if (e.alone >= threshold) {
      // Every test it fails is worked out only when asked (a wrong locator's closest passage): most refusals need only the first.
      let failed: readonly string[] | undefined;
      refused.push({
        evidence: e,
        test: first.test,
        get failed() {
          return (failed ??= tests.filter((t) => t === first || !t.passes(e)).map((t) => t.test));
        },
        why: typeof first.why === 'string' ? first.why : first.why(e),
      });
    }
  }
  return { cite, refused };
}

/**
 * Whether a passage says what the claim says only under a negation: a figure of the claim it gives
 * only as what is not so ("Figure is 46 buses, not 48"), or the claim's words it has, at least as many
 * of them denied as said ("no one was taken to hospital" for "two passengers were taken to hospital";
 * "does not accept … that the E12 design is at fault" for "admitted that there is a design fault").
 */
/** A condition open before a word in its clause: "if …", "unless …", "until …" (not "once the boiler failed", which says it did). */
const CONDITION_BEFORE = /\b(?:if|unless|until)\b[^,;.]*$/i;

/** Verbs of what a thing holds or covers, in the present: "includes", "covers", "contains". */
const HOLDS = /^(?:includes|include|including|contains|covers|comprises|involves|requires|applies)$/i;

export function deniedIn(claim: Claim, s: SentenceReading, outright = false): boolean {
  const text = s.text;
  if (outright && doublyNegated(s)) return false;
  // A table denies nothing by a cell's "no" ("| Don't know / no answer | 97 |").
  if (tableRowsOf(s)) return false;
  const contrast = new Set<number>();
  const heads = new Set<number>();
  const negated = negationReach(text, s.tokens, contrast, heads);
  const tokenAt = (offset: number) => s.tokens.findIndex((t) => t.end > offset);
  // (Outright: the negation in the word's own clause, "could not lawfully be imposed, the motion was
  // withdrawn" denies no withdrawal.)
  const sameClause = (i: number) => {
    const before = text.slice(Math.max(0, s.tokens[i].start - 120), s.tokens[i].start);
    const cue = [...before.matchAll(/\b(?:not|no|never|neither|nor|none|nobody|nothing|without)\b|n['’]t\b/gi)].pop();
    // (And near it: "would not start the Cheez-It 355 at The Glen a day after striking and killing" denies no killing.)
    return !cue || (!/[,;:]/.test(before.slice(cue.index!)) && before.slice(cue.index!).trim().split(/\s+/).length <= 10);
  };
  const denied = (i: number) => (negated.has(i) || contrast.has(i)) && (!outright || contrast.has(i) || sameClause(i));
  for (const q of claim.quantities) {
    // (Not a figure the sentence rules out itself: "until 9pm rather than 10pm" against "(not 10pm as requested)".)
    if (claim.contrast.has(claim.tokens.findIndex((t) => t.start >= q.start)) || /\b(?:rather than|instead of|not)\s+$/i.test(claim.text.slice(Math.max(0, q.start - 16), q.start))) continue;
    const theirs = quantitiesOf(s).filter((r) => sameQuantity(q, r));
    // "46 buses, not 48" says it is not 48, however often 48 comes up after.
    if (theirs.some((r) => contrast.has(tokenAt(r.start)))) return true;
    // A bound under a negation is a bound turned over ("no more than 72 hours"), not a denial.
    // (Outright: the negation right before the figure, "not 48 but 46", not one whose reach takes in a name with a number in it.)
    const governs = (r: Quantity) => !outright || /\b(?:not|no|never)\s+(?:\S+\s+){0,2}$/i.test(text.slice(Math.max(0, r.start - 30), r.start));
    if (theirs.length && theirs.every((r) => negated.has(tokenAt(r.start)) && !r.bound && governs(r))) return true;
  }
  let said = 0;
  let deniedCount = 0;
  const terms = new Set(claim.content.filter((t) => !t.stop && t.kind === TokenKind.Word).map((t) => tokenLemma(t)));
  for (const term of terms) {
    let found = false;
    let plainly = false;
    for (let i = 0; i < s.tokens.length; i++) {
      if (s.lemmas[i] !== term && s.tokens[i].term !== term) continue;
      found = true;
      if (!denied(i)) plainly = true;
    }
    if (!found) continue;
    if (plainly) said++;
    else deniedCount++;
  }
  if (!outright && deniedCount > 0 && deniedCount >= said) return true;
  // What the claim says was done, said in the passage only under a negation ("We haven't yet confirmed
  // any adult cases" for "the agency had confirmed several adult cases"); who said it aside.
  for (let k = 0; k < claim.tokens.length; k++) {
    const t = claim.tokens[k];
    // (Or a verb of what a thing holds, in the present: "includes money raised for other charities" where
    // the passage says "It does not include money raised …".)
    if (t.kind !== TokenKind.Word || t.stop || !(isPastForm(t.raw.toLowerCase()) || HOLDS.test(t.raw)) || ATTRIBUTION.has(t.raw.toLowerCase())) continue;
    // (Not a word the sentence rules out itself: "…, not the £186,000 forecast" is denied in the passage too.)
    if (claim.contrast.has(k)) continue;
    // What would or will be done ("would be required by 30 April") is no fact a past "not" denies.
    if (claim.tokens.slice(Math.max(0, k - 3), k).some((b) => MODALS.has(b.raw.toLowerCase()))) continue;
    // Nor what a condition supposes ("if the work is due to start before the case is heard"): it says
    // nothing was done, as "if the case had not been heard by then" does not.
    if (CONDITION_BEFORE.test(claim.text.slice(Math.max(0, t.start - 60), t.start))) continue;
    const at = s.tokens.flatMap((_, i) => (s.lemmas[i] === claim.lemmas[k] ? [i] : []));
    if (at.length > 0 && at.every(denied)) return true;
  }
  // What the claim says happened, denied in other words: "injured two workers" where the passage has
  // "nobody was hurt" (a word a negation turns around, close in meaning to the claim's verb), and the
  // passage does not say the verb plainly.
  // (Outright: not who said it, nor what only may be done: "said the company may fit cameras".)
  const modal = (t: Token) => {
    const k = claim.tokens.indexOf(t);
    return k >= 0 && claim.tokens.slice(Math.max(0, k - 3), k).some((b) => MODALS.has(b.raw.toLowerCase()));
  };
  const verbs = claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop && isPastForm(t.raw.toLowerCase()) && !(outright && (ATTRIBUTION.has(t.raw.toLowerCase()) || modal(t)))).map((t) => tokenLemma(t));
  for (const verb of verbs) {
    if (s.lemmas.includes(verb)) continue;
    for (const i of heads) {
      const near = termSimilarity(verb, s.lemmas[i]);
      if (near < DENIED_SIMILAR) continue;
      // (Outright: not where the passage says a word as close plainly: "We have granted Redmere
      // exclusivity … Nothing is signed" gives what "has given" says.)
      if (outright && s.lemmas.some((l, k) => !negated.has(k) && !heads.has(k) && !s.tokens[k].stop && termSimilarity(verb, l) >= near)) continue;
      return true;
    }
  }
  return !outright && swappedAround(claimReading(claim), s) !== undefined;
}

/** Verbs that say who said something, not what happened. */
const ATTRIBUTION = new Set(['said', 'told', 'added', 'stated', 'wrote', 'noted']);
const MODALS = new Set(['would', 'will', 'shall', 'could', 'should', 'may', 'might', 'must', 'to']);

/** Words that say one thing brought about another. */
const CAUSAL = /\b(?:caus(?:e|ed|es|ing)|(?:led|leads?|leading) to|result(?:ed|s|ing)? in|as a result of|trigger(?:ed|s|ing)?|spark(?:ed|s|ing)?|because|due to|blam(?:e|ed|es|ing)|responsible for|owing to|attributed to)\b/gi;
const SAYS_CAUSE = new RegExp(CAUSAL.source, 'i');
/** Words that give a result after its cause: ", so it fell to me", "which is why", "therefore". */
const RESULT_OF = /,\s+so\s+(?!far\b|much\b|many\b|that\b)|\b(?:which|that)\s+is\s+why\b|\btherefore\b|\bas\s+a\s+result\b/i;

/** Whether a passage says that something brought about something, other than under a negation. */
function causeIn(s: SentenceReading): boolean {
  const negated = negatedOf(s);
  // (Or the other way about: "Nobody else wanted the job, so it fell to me", "which is why".)
  if (RESULT_OF.test(s.text)) return true;
  for (const m of s.text.matchAll(CAUSAL)) {
    const i = s.tokens.findIndex((t) => t.end > m.index);
    if (i >= 0 && !negated.has(i)) return true;
  }
  return false;
}

/**
 * Whether the passage sets the claim's figure against another of its kind in the same sentence ("38%
 * of those who ate it fell ill, compared with 2% of those who did not"): which goes with which is
 * for a reader to see, not for a citation to vouch for.
 */
function contrastedFigure(claim: Claim, s: SentenceReading): boolean {
  if (!CONTRASTED_FIGURES.test(s.text)) return false;
  const theirs = quantitiesOf(s);
  // A claim that gives both figures says which is which in its own words (the order is checked apart).
  const same = (a: Quantity, b: Quantity) => a.kind === b.kind && a.value === b.value;
  const other = (q: Quantity) => theirs.some((r) => r.kind === q.kind && !same(q, r) && !claim.quantities.some((c) => same(c, r)));
  return claim.quantities.some((q) => theirs.some((r) => same(q, r)) && other(q));
}

const CONTRASTED_FIGURES = /\b(?:compared (?:with|to)|versus|vs\.?|whereas|against)\b/i;

/**
 * Each verb of the claim in the past tense (what it says happened) with the head of what follows it:
 * the last content word before the next function word after a content word, or the clause's end
 * ("injured two depot [workers] in …"). As written, lower case.
 */
function predicatesOf(claim: Claim): Array<{ verb: string; head: string }> {
  const out: Array<{ verb: string; head: string }> = [];
  const tokens = claim.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.kind !== TokenKind.Word || t.stop || !isPastForm(t.raw.toLowerCase())) continue;
    let head: string | undefined;
    for (let k = i + 1; k < tokens.length; k++) {
      if (/[,;:.()"“”]/.test(claim.text.slice(tokens[k - 1].end, tokens[k].start))) break;
      if (tokens[k].stop) {
        if (head) break;
        continue;
      }
      if (tokens[k].kind === TokenKind.Word && !isPastForm(tokens[k].raw.toLowerCase())) head = tokens[k].raw.toLowerCase();
      else if (head) break;
    }
    const verb = t.raw.toLowerCase();
    // A verb with nothing after it in its clause ("grants have also been frozen") is what the claim says happened.
    if (head) out.push({ verb, head });
    else if (!SPEECH_VERBS.has(verb) && !/^(?:a|an|the|its|their|his|her|our|this|that|these|those)$/i.test(tokens[i - 1]?.raw ?? '')) out.push({ verb, head: verb });
  }
  return out;
}

/**
 * The head of the words a sentence opens with when they run straight into its verb ("Electronic
 * [prescribing] was restored", "The new [terminal] opened"), lower case; undefined when it opens with
 * anything else (a pronoun, a date, a clause).
 */
function subjectHeadOf(claim: Claim): string | undefined {
  const words = wholeWords(claim.tokens);
  let k = words[0] && /^(?:the|a|an)$/i.test(words[0].raw) ? 1 : 0;
  let head: string | undefined;
  for (; k < Math.min(words.length, 5); k++) {
    const w = words[k];
    const lower = w.raw.toLowerCase();
    if (/[,;:()"“”]/.test(claim.text.slice(words[k - 1]?.end ?? 0, w.start))) return undefined;
    if (head && (AUXILIARIES.has(lower) || isPastForm(lower))) {
      // Who said it is often put in other words ("its operator said" for "according to Norvance Line"): what was said is checked.
      const verb = AUXILIARIES.has(lower) ? words[k + 1]?.raw.toLowerCase() : lower;
      return verb !== undefined && SPEECH_VERBS.has(verb) ? undefined : head;
    }
    // ("Records of every lorry movement must be sent …": the head before its "of" phrase.)
    if (head && lower === 'of') {
      for (let j = k + 1; j < Math.min(words.length, k + 6); j++) {
        const x = words[j].raw.toLowerCase();
        if (/[,;:()"“”]/.test(claim.text.slice(words[j - 1].end, words[j].start))) return undefined;
        if (AUXILIARIES.has(x) || SUBJECT_MODALS.has(x)) return SPEECH_VERBS.has(words[j + 1]?.raw.toLowerCase() ?? '') ? undefined : head;
      }
      return undefined;
    }
    if (w.kind !== TokenKind.Word || w.stop) return undefined;
    head = lower;
  }
  return undefined;
}

const SUBJECT_MODALS: ReadonlySet<string> = new Set(['must', 'will', 'would', 'should', 'shall', 'can', 'could', 'may', 'might']);

/** Whether a source's title or key, or its first paragraph (its masthead or heading), has a word: what the source is. */
function namesItself(source: Source, word: string, firstParagraph = true): boolean {
  const first = firstParagraph ? source.paragraphs[0] : undefined;
  const heading = source.title + ' ' + source.key + ' ' + (first ? source.text.slice(first.start, first.end) : '');
  // By its first five letters: "Inspectors recorded …" of an inspection report.
  const prefix = word.length >= 6 ? word.slice(0, 5) : word;
  return heading.toLowerCase().split(/[^\p{L}\p{N}]+/u).some((w) => (w.length >= 6 ? w.slice(0, 5) : w) === prefix);
}

/** Words that compare or point one way, and those that say the other. */
const COMPARATIVE_OPPOSITES: Readonly<Record<string, readonly string[]>> = {
  more: ['less', 'fewer'], less: ['more'], fewer: ['more'], above: ['below', 'under'], below: ['above', 'over'],
  over: ['under', 'below'], under: ['over', 'above'], higher: ['lower'], lower: ['higher'], greater: ['smaller', 'lesser'],
  smaller: ['greater', 'larger', 'bigger'], larger: ['smaller'], bigger: ['smaller'], up: ['down'], down: ['up'],
  rose: ['fell', 'declined', 'dropped'], fell: ['rose', 'grew', 'increased'], grew: ['fell', 'shrank', 'declined', 'dropped'],
  shrank: ['grew'], increased: ['decreased', 'fell'], decreased: ['increased'], most: ['least'], least: ['most'],
};

/** A text without the bounds of its figures: "More than four in five backed …" compares nothing. */
function withoutBounds(text: string): string {
  return text.replace(/\b(?:more|less|fewer)\s+than\s+(?=\d|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|half|a third|a quarter|hundreds?|thousands?|dozens?)\b)/gi, '');
}

function comparativesOf(text: string): string[] {
  return [...new Set(text.toLowerCase().match(/\p{L}+/gu) ?? [])].filter((w) => Object.hasOwn(COMPARATIVE_OPPOSITES, w));
}

/** How close a negated word must be to the claim's verb to deny it ("hurt" for "injured"). */
const DENIED_SIMILAR = 0.6;

/** The distinctive words (lower case) of each name in the part of a sentence a claim's figure is in, between semicolons (a sentence of the passage may name them in the one before; a list after ", and" goes on with its subject). */
function namesInClause(claim: Claim, q: Quantity): string[][] {
  const [from, to] = clauseBounds(claim.text, q.start, q.end);
  return claim.names.filter((n) => n.start >= from && n.end <= to && n.distinctive.length > 0).map((n) => n.text.split(/[\s'’-]+/).filter((w) => w.length > 2 && /^\p{Lu}/u.test(w) && !/^(?:Dr|Mr|Mrs|Ms|Professor|Prof)$/.test(w)).map((w) => w.toLowerCase())).filter((w) => w.length > 0);
}

function clauseBounds(text: string, start: number, end: number): [number, number] {
  const to = text.indexOf(';', end);
  return [text.lastIndexOf(';', start - 1) + 1, to < 0 ? text.length : to];
}

/** The sentence or clause (to a semicolon) of a passage around a span. */
function sentenceBounds(text: string, start: number, end: number): [number, number] {
  let from = 0;
  // (A line ends one too: a list's items are sentences of their own.)
  for (const m of text.slice(0, start).matchAll(/[.!?;]["”’)]?\s+|\n/g)) from = (m.index ?? 0) + m[0].length;
  const after = /[.!?;]["”’)]?(?:\s|$)|\n/.exec(text.slice(end));
  return [from, after ? end + after.index + 1 : text.length];
}

/** The phrase of a passage's sentence around a span: between commas, semicolons or colons. */
function phraseBounds(text: string, start: number, end: number): [number, number] {
  const [from, to] = sentenceBounds(text, start, end);
  let a = from;
  for (const m of text.slice(from, start).matchAll(/[,;:]\s/g)) a = from + (m.index ?? 0) + m[0].length;
  const after = /[,;:]\s/.exec(text.slice(end, to));
  return [a, after ? end + after.index : to];
}

function clauseAround(text: string, start: number, end: number): string {
  const [from, to] = clauseBounds(text, start, end);
  return text.slice(from, to);
}

/**
 * The passage a sentence stating something as fact rests on, when it only wonders, supposes or reports
 * an allegation ("investigators are examining whether a power line sparked the fire" for "a power line
 * caused the fire") and no passage holding about as much of the sentence states it plainly.
 */
export function onlyWondered(j: Judgement, threshold: number, claimText: string): Evidence | undefined {
  // A sentence that hedges itself, or quotes someone (whose words the quotation check holds to the
  // source's: 'MBRT was "considering all options"', 'called it "a line of inquiry, not a conclusion"'),
  // states no more than the source.
  const lookingBack = claimText.replace(AS_EXPECTED, '');
  if (hedges(lookingBack) || quotations(claimText).some((q) => q.text.trim().split(/\s+/).length >= 3)) return undefined;
  // A sentence that speaks of a motion or a proposal says what a motion's text says.
  const proposes = PROPOSES.test(claimText);
  const answers = ANSWERS.test(claimText);
  const prefixes = wordPrefixes(lookingBack);
  // Who told whom is no part of what was said: "Ms Penhale told the inquiry that the agency had agreed …".
  const frame = SPEECH_FRAME.exec(lookingBack);
  const framed = frame ? wordPrefixes(frame[1]) : undefined;
  const verbs = pastVerbsOf(lookingBack);
  const wonders = (e: Evidence) => wondersOrProposes(e, proposes, answers, prefixes, framed, verbs);
  const best = j.cover[0];
  if (best && wonders(best)) {
    // A plain passage backs the sentence as well: only one that holds about as much of it as the hedged one.
    return j.evidence.some((e) => e.alone >= threshold && e.score >= best.score - 0.1 && !wonders(e)) ? undefined : best;
  }
  // The passage that has most of what the sentence says happened (its words besides names, figures and
  // dates) may not be the one with most of its names: "the crew suggests the vessel may have lost
  // propulsion" is where "lost propulsion" comes from, whatever passage names the ship.
  const told = j.evidence.reduce<Evidence | undefined>((a, e) => (!a || e.said > a.said ? e : a), undefined);
  if (!told || told === best || told.said < SAID_TO_CITE || !wonders(told)) return undefined;
  // (Not where the best passage states plainly what the other has of the sentence, all but a word or
  // two, with the sentence's figures, which the other has none of: "We received 212 completed responses:
  // 148 on paper and 64 online" is not hedged by "the survey could also be completed online" before it.)
  const figures = (e: Evidence) => e.matched.filter((w) => /\d/.test(w));
  // (Nor, with one figure, where the other adds a word at most: "operating costs have risen by 27 per
  // cent" is not hedged by a coach firm's offer that "could be operated", for "has gone up by 27 per cent".)
  if (best && figures(best).length >= 1 && figures(told).length === 0 && !best.missing.some((w) => /\d/.test(w)) && told.matched.filter((w) => !best.matched.includes(w)).length <= (figures(best).length >= 2 ? 2 : 1)) return undefined;
  return j.evidence.some((e) => e !== told && e.said >= told.said - 0.1 && !wonders(e)) ? undefined : told;
}

/** Whether a sentence of the passage holding much of what it has of the claim (two words in five) wonders or supposes, or the passage only proposes. */
/** The words of a sentence that say who said what it reports, up to "that": "Ms Penhale told the inquiry that". */
const SPEECH_FRAME = /^(.{0,80}?\b(?:told|said|says|tells|added|insisted|argued|warned|claimed|admitted|stated|explained|confirmed|announced)\b[^,.;:"“]{0,40}?\s)that\s/i;

function wondersOrProposes(e: Evidence, proposes: boolean, answers = false, claimPrefixes: ReadonlySet<string> = new Set(), framed?: ReadonlySet<string>, claimVerbs?: ReadonlySet<string>): boolean {
  if (!proposes && proposedOnly(e)) return true;
  // A poll's question is no hedge on its answers, for a sentence that gives them: "Asked whether a
  // fresh election should be held, 46 per cent said yes, 38 per cent said no" states what they said.
  // An answer is read after the question it answers: "Will you ban barbecues?" — "We may well do."
  const asked = e.span.start === e.paragraph.start || /^[^\n]{0,60}:\s*$/.test(e.source.text.slice(e.paragraph.start, e.span.start)) ? questionBefore(e.source, e.paragraph) : undefined;
  const passage = (asked ? e.source.text.slice(asked.start, asked.end).replace(/^[^:\n]{1,60}:\s*/, '').replace(/\s+/g, ' ') + ' ' : '') + e.source.text.slice(e.span.start, e.span.end);
  // (Quotation marks hide no hedge: 'the fund "may" be extended'.)
  const text = (answers ? passage.replace(POLL_QUESTION, '') : passage).replace(/(\b(?:may|might|could))["”’]/g, '$1');
  if (!HEDGED.test(text) && !SUPPOSED.test(text) && !MAY.test(text) && !UNDECIDED_HERE.test(text) && !INTENDS.test(text) && !PENDING_DECISION.test(text)) return false;
  // A claim word is found by its first five letters ("deploying" in "deployed"), an irregular verb by its
  // base form ("began" in "is expected to begin").
  // (A figure is left out: written "Thirty-four" in the sentence, it is "34" in the passage.)
  const words = e.matched
    .map((m) => m.toLowerCase())
    .filter((w) => !/\d/.test(w) && numberTerms(w) === undefined)
    .map((w) => irregularBase(w) ?? w)
    .map((w) => (w.length >= 6 ? w.slice(0, 5) : w))
    .filter((w) => !framed?.has(w.slice(0, 5)));
  // Clause by clause across a contrast: "the cabinet approved a £500,000 fund, but put off a decision
  // on whether to commission a review" states the fund plainly; only the review is wondered about.
  const clauses = text
    // And a table row by row: "9 (unconfirmed indication)" in one row hedges no other.
    // (And a second predicate: "opened on Tuesday 4 March and is scheduled to sit for eight days".)
    .split(/(?<=[.!?]["”’)]*)\s+(?=["“‘(]?\p{Lu})|;\s+|,?\s+but\s+|,\s+(?:while|whereas|although|though|and|when|where|which|until|after|because|following)\s+|\s+which\s+|\s+and\s+(?=(?:is|are|was|were|will|would)\s+(?:now\s+)?(?:scheduled|expected|due|planned|likely|thought|believed|understood|set)\b)|\s+and\s+(?=(?:has|have|had)\s+asked\b)|\n(?=[ \t]*\|)/u);
  const share = (s: string) => words.filter((w) => s.toLowerCase().includes(w)).length / (words.length || 1);
  return clauses.some((s, k) => {
    if (!hedgedClause(s, claimPrefixes)) return false;
    // What the sentence says was done, another clause states plainly and this one does not speak of:
    // "was due to consider the motion; it was put back again to the June meeting" states the putting back.
    if (claimVerbs?.size) {
      const has = (x: string) => [...claimVerbs].some((v) => wordPrefixes(x).has(v));
      // (Plainly: "It is not agreed yet" states no agreement.)
      // (Stated as a verb in the past there, not a word that begins alike: "committed" is not in "this committee".)
      // (And not in what will be: "and will be paid directly to the Trust's contractor".)
      const done = (x: string) => !/\b(?:will|would|shall)\b/i.test(x) && [...pastVerbsOf(x)].some((v) => claimVerbs.has(v));
      if (!has(s) && clauses.some((o, j) => j !== k && done(o) && !hedgedClause(o, claimPrefixes) && !/\b(?:not|no|never|yet to)\b|n['’]t\b/i.test(o))) return false;
    }
    // What the hedge governs is not the claim's: "The inquiry, led by planning inspector Helen
    // Marchbank, is expected to last four days" hedges the four days, not that it opened on 11 June.
    const hedge = HEDGED.exec(s) ?? MAY.exec(s);
    if (hedge && !/\b(?:not|no|n['’]t)\b/i.test(hedge[0])) {
      // (To the end of its clause: "was due to consider the motion; it was put back again to June" hedges no putting back.)
      const governed = s.slice(hedge.index + hedge[0].length).split(/[;:]|\s[—–]\s/)[0].toLowerCase().match(/\p{L}{3,}/gu) ?? [];
      const last = (hedge[0].toLowerCase().match(/\p{L}+/gu) ?? []).pop() ?? '';
      // (Words of three letters or more: the hedge's own "to" is nothing it governs.)
      const said = [last, ...governed].filter((w) => w.length >= 3 && !HEDGE_FILLER.has(w));
      // (Not where it governs what the clause before named: "will consider it at its next meeting".)
      const backRef = /^\s*(?:\p{L}+\s+){0,1}(?:it|them|this|that|these|those|so)\b/iu.test(s.slice(hedge.index + hedge[0].length));
      // (Nor a hedge on what is before it: "up to 11 jobs … could be at risk" hedges the jobs.)
      const subject = (s.slice(0, hedge.index).toLowerCase().match(/\p{L}{3,}/gu) ?? []).slice(-6).filter((w) => !HEDGE_FILLER.has(w));
      const onSubject = /\bbe\b/i.test(hedge[0]) && subject.filter((w) => claimPrefixes.has(w.slice(0, 5)) || words.includes(w.slice(0, 5))).length >= 2;
      if (!backRef && !onSubject && said.length >= 2 && !said.some((w) => claimPrefixes.has(w.slice(0, 5)) || words.includes(w.slice(0, 5)))) return false;
    }
    // (A condition hedges what comes before it, not itself: "It is realistic only if the bill passes by
    // October" says nothing uncertain of the bill's passing.)
    // (Unless the sentence says the condition is met: "Ofwat has already approved the funding" is what
    // "only if the water regulator, Ofwat, approves" leaves open; a sentence that itself says "if" states none.)
    const condition = claimPrefixes.has('if') || claimPrefixes.has('unles') ? /\b(?:only if|on (?:the )?condition that|conditional (?:on|upon))\b/i.exec(s) : null;
    if (share(condition ? s.slice(0, condition.index) : s) >= 0.4) return true;
    // A clause that goes on with the one before: "We are looking at thermal imaging cameras for both
    // ferries. We may fit them over the winter" (what it may do, with "them"), "…, but no decision has
    // been made" (a hedge with nothing of its own). The two together hold the claim.
    const starts = wordPrefixes(s);
    // (And one that puts a condition on what the clause before names: "£7.5 million of grant-in-aid, which
    // is subject to the approval of an updated business case", "had been drawn up but would need the
    // approval of the board".)
    const goesOn = (BACK_REFERENCE.test(s) && words.some((w) => starts.has(w.slice(0, 5)))) || s.trim().split(/\s+/).length <= 6 || /^\s*(?:is|are|was|were|remains?)\s+(?:still\s+)?subject to\b/i.test(s) || (/^\s*(?:would|will|still|must)\s/i.test(s) && pendingDecision(s) !== null);
    return k > 0 && goesOn && share(`${clauses[k - 1]} ${s}`) >= 0.4;
  });
}

/** Words after a hedge that say nothing of their own: "to", "be", "do so". */
const HEDGE_FILLER: ReadonlySet<string> = new Set(['the', 'and', 'for', 'that', 'this', 'them', 'they', 'its', 'his', 'her', 'their', 'our', 'with', 'from', 'into', 'well', 'also', 'still', 'able', 'been', 'have', 'has', 'was', 'were', 'are', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'not']);

/** The first five letters of a sentence's verbs in the past ("put", "deferr"): what it says was done. */
function pastVerbsOf(text: string): Set<string> {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  // (Not one that describes a noun, "in disputed claims", nor a verb of saying: "She said …" says nothing was done.)
  for (const m of lower.matchAll(/(?:^|(\p{L}+)\s+)(\p{L}{3,})/gu)) {
    const [before, w] = [m[1], m[2]];
    if (isPastForm(w) && !AUXILIARIES.has(w) && !SPEECH_VERBS.has(w) && !(before && DESCRIBING.test(before))) out.add(w.slice(0, 5));
  }
  // (And a participle after its auxiliary, regular or not: "was put back".)
  // (Past an adverb: "has already recovered", "had since been".)
  for (const m of lower.matchAll(/\b(?:was|were|been|had|has|have)\s+(?:(?:\p{L}+ly|already|now|since|just|also|never|yet|still|then)\s+)?(\p{L}{3,})/gu)) if (!AUXILIARIES.has(m[1]) && !SPEECH_VERBS.has(m[1]) && !/^(?:not|also|the|a|an|to|no|already|now|since|just|never|yet|still|then)$/.test(m[1])) out.add(m[1].slice(0, 5));
  return out;
}

/** Words before a past form that make it describe a noun ("the disputed claims", "in reduced hours"). */
const DESCRIBING = /^(?:the|a|an|in|of|for|on|with|by|its|their|his|her|our|your|this|that|these|those|and|or|any|some|all|no|more|most|less|newly|recently|fully|partly)$/;

/** A pronoun standing for what the clause before named: "We may fit them", "it may close". */
const BACK_REFERENCE = /\b(?:it|its|them|they|their|this|these|those)\b/i;

/** The first five letters of each word of a text, lower case. */
function wordPrefixes(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
}

/**
 * Whether a clause of a passage hedges what it says, in words the claim does not carry: "is expected to
 * last" hedges nothing for "expects its investigation to last"; "is understood to believe" does for
 * "believes that".
 */
function hedgedClause(clause: string, claimPrefixes: ReadonlySet<string>): boolean {
  // An intention hedges the very thing intended: "I intend to convert £20 million … into shares" is no
  // "has converted", and says nothing against "a data breach" beside "intends to impose a penalty".
  const intent = INTENDS.exec(clause);
  const verb = intent?.slice(1).find(Boolean)?.toLowerCase();
  // (Or what is intended is what the sentence says was done, in other words: "We intend to establish an
  // Ashcombe Community Fund" is no "has set up … Ashcombe Community Fund" — two words of its object the sentence's.)
  const object = intent ? (clause.slice(intent.index + intent[0].length).match(/\p{L}{3,}/gu) ?? []).filter((w) => !HEDGE_FILLER.has(w.toLowerCase())).slice(0, 5) : [];
  const sameThing = object.filter((w) => claimPrefixes.has(w.toLowerCase().slice(0, 5))).length >= 2;
  const intended = intent && verb && ([...claimPrefixes].some((p) => p.length >= 4 && p.startsWith(verb.slice(0, 4))) || sameThing) ? intent : null;
  // (Not "this is not a decision any of us took lightly": that says what kind of decision it was.)
  const undecided = UNDECIDED_HERE.exec(clause);
  const hedge = HEDGED.exec(clause) ?? SUPPOSED.exec(clause) ?? undecided ?? intended ?? pendingDecision(clause, claimPrefixes);
  const may = hedge ? null : MAY.exec(clause);
  // "may" that allows ("The recipient may appeal … by Monday 30 June") is what a sentence about a right
  // or a deadline says ("has until Monday 30 June to lodge an appeal").
  if (may && PERMISSION.some((w) => claimPrefixes.has(w))) return false;
  // Nor a right with its time limit: "Either party may appeal within 14 days" is what "has 14 days to appeal" says.
  if (may && RIGHT_WITH_LIMIT.test(clause)) return false;
  const m = hedge ?? may;
  if (!m) return false;
  // A speaker's own "I think that delay was unacceptable" is what a sentence reporting what they said
  // says ("Ms Marsh told Radio Brackwell that the delay was unacceptable"): their view, stated.
  if (hedge && !HEDGED.test(clause) && /\b(?:I|we)\s+(?:\w+\s+)?$/i.test(clause.slice(Math.max(0, hedge.index - 12), hedge.index)) && REPORTS_SPEECH.some((w) => claimPrefixes.has(w))) return false;
  // A question put to someone to decide ("has begun weighing whether 140 homes should be built") is what a
  // sentence saying the decision is pending says ("now rests with a planning inspector").
  if (/^whether$/i.test(m[0]) && PENDING.some((w) => claimPrefixes.has(w))) return false;
  // A hedge that denies ("not yet determined", "no decision") is not carried by the claim's saying the word.
  if (/\b(?:no|not|unable)\b|n['’]t\b/i.test(m[0])) return true;
  // Only a supposition is carried by saying who supposes it: "investigators are examining whether" is
  // not carried by "Investigators have found".
  const telling = (m[0].toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => SUPPOSING.test(w));
  // (By its first letters: "hope" in the passage is what "hopes" in the sentence says.)
  // (Or another form of the same word, "plans" of "planned"; not a word that begins alike, "interest" for "intends".)
  const family = SUPPOSING_FAMILIES.find(([word]) => word.test(m[0].toLowerCase()))?.[1];
  const carried = (w: string) => claimPrefixes.has(w.slice(0, 5)) || (!!family && [...claimPrefixes].some((p) => family.test(p)));
  return telling.length === 0 || !telling.some(carried);
}

/** The first letters of words that say a decision is pending ("rests with", "is weighing", "awaits"; not "decided", which says it was made). */
const PENDING = ['rests', 'rest', 'weigh', 'await', 'pendi'];

/** Verbs a sentence reports what someone said with, by their first five letters ("told", "said", "warned"). */
const REPORTS_SPEECH = ['told', 'said', 'says', 'tells', 'tell', 'say', 'state', 'descr', 'calle', 'insis', 'argue', 'warne', 'added', 'decla', 'claim', 'admit', 'accep'];

/** Each word of supposing, and the first letters of its forms in a sentence ("plan": "plans", "plann"). */
const SUPPOSING_FAMILIES: ReadonlyArray<readonly [RegExp, RegExp]> = [
  [/\bexpect/, /^expec/], [/\bbeliev/, /^belie/], [/\b(?:think|thought)/, /^(?:think|thoug)/], [/\bunderst/, /^under/], [/\bsuspect/, /^suspe/],
  [/\brumou?r/, /^rumo/], [/\blikely/, /^likel/], [/\bschedul/, /^sched/], [/\bplan/, /^plan/], [/\bhop(?:e|ed|es|ing)\b/, /^(?:hope|hoped|hopes|hopin)$/],
  [/\bintend/, /^inten/], [/\bconsid/, /^consi/], [/\basked/, /^ask/],
];

/** Words that say someone supposes something ("expected", "believes", "is understood to"). */
const SUPPOSING = /^(?:expect|believ|think|thought|underst|suspect|rumou?r|likely|schedul|plan|hope|hoped|hopin|intend|consid|asked)/;

/**
 * Whether a passage is the text of a motion ("That the council commission an independent review …")
 * that the minutes do not go on to record as carried: what was proposed, not what was done.
 */
function proposedOnly(e: Evidence, prose = false): boolean {
  const passage = e.source.text.slice(e.span.start, e.span.end);
  // (A proposal told in prose only for a citation: it hedges nothing the sentence says will be.)
  const formal = MOTION.exec(passage);
  const motion = formal ?? (prose ? PROPOSED_THAT.exec(passage) : null);
  if (!motion) return false;
  // (A proposal told in prose is proposed only where the record says it was put off or lost: "The
  // Treasurer proposed that … be set aside. Members voted unanimously in favour." was done.)
  const told = !formal;
  // "RESOLVED: That the Council offers …": the minutes' word before the text is its fate.
  if (/\b(?:resolved|agreed|carried|approved|adopted)\s*:?\s*$/i.test(passage.slice(Math.max(0, motion.index - 30), motion.index + motion[0].search(/That/)))) return false;
  // What the minutes record next: in the rest of its paragraph ("Vote: For 7, Against 2 … CARRIED."),
  // the passage's own sentences after the motion's words among them, or within a few paragraphs (a
  // discussion may come between): carried, or put off.
  const stop = passage.slice(motion.index).search(/[.!?]["”’)]?\s/);
  const from = stop < 0 ? e.span.end : e.span.start + motion.index + stop + 1;
  const rest = e.source.text.slice(from, e.paragraph.end);
  const fate = /\b(?:(not carried|deferred|withdrawn|lost|defeated|rejected|postponed|adjourned)|(carried|agreed|approved|adopted|resolved|passed))\b/i.exec(rest);
  if (fate) return fate[1] !== undefined;
  if (told && /\bvoted\s+(?:against|down)\b/i.test(rest)) return true;
  if (told && /\b(?:in favou?r|accepted|agreed)\b|\bvoted\b(?!\s+not\b)/i.test(rest)) return false;
  const at = e.paragraph.n - 1;
  // (Further on, an amendment's debate and votes may come between, up to the next item: "AMENDMENT moved
  // by … The amendment was LOST. … The motion was CARRIED." Its own outcome is not the motion's.)
  const amendment = /^\W*(?:amendment|to add|to delete|to insert)\b/i.test(passage.slice(0, motion.index + 1)) || /\bamendment\b/i.test(passage.slice(Math.max(0, motion.index - 60), motion.index));
  for (const [k, next] of e.source.paragraphs.slice(at + 1, at + 13).entries()) {
    // (A paragraph's head is enough for its outcome: a huge one is not read whole.)
    const text = e.source.text.slice(next.start, Math.min(next.end, next.start + 2000));
    if (k >= 3) {
      if (itemHeading(text) || MOTION.test(text)) break;
      // (Further on, only the motion's own outcome said as such: "The motion was CARRIED.", "RESOLVED: as set
      // out above"; an "Agreed that officers report back" there is another decision. An amendment's
      // paragraph counts only where it tells the motion's outcome too.)
      const fate = MOTION_FATE.exec(text);
      if (fate && (amendment || !/\bamendments?\b/i.test(text.slice(0, fate.index)) || /\bmotion\b/i.test(fate[0]))) return !/carried/i.test(fate[0]);
      if (/\bamendments?\b/i.test(text)) continue;
      if (/^[\W\d]*(?:not carried|lost|defeated|fell|withdrawn|deferred)\b/i.test(text)) return true;
      if (/^[\W\d]*(?:carried|resolved)\b/i.test(text)) return false;
      continue;
    }
    if (NOT_CARRIED.test(text)) return true;
    if (CARRIED.test(text)) return false;
    // ("The motion was CARRIED (7 votes for, 2 against).", "After discussion, it was RESOLVED to defer the motion …")
    const fate = MOTION_FATE.exec(text.slice(0, 300));
    if (fate) return !/carried/i.test(fate[0]);
    if (/\bresolved\s+to\s+(?:defer|postpone|adjourn)/i.test(text.slice(0, 300))) return true;
  }
  return !told;
}

/**
 * A new item of minutes, on its first line: "**24/35 LEARNER POOL**", "## 7. Parking", "5. Cafe lease",
 * "Item 5: Cafe lease", "**Cafe lease**", "CAFE LEASE", "5) Cafe lease" (a short line with no full stop).
 */
function itemHeading(text: string): boolean {
  const line = (text.indexOf('\n') < 0 ? text : text.slice(0, text.indexOf('\n'))).slice(0, 400).trim();
  if (/^(?:#{1,6}\s|\*\*\s*\d)/.test(line)) return true;
  if (/[.!?:;]["”’*_)]*$/.test(line) && !/^\*\*[^*]+\*\*$/.test(line)) return /^(?:item\s+\d+|\d+(?:[./]\d+)*[.)]?\s+\p{Lu}{3,})/iu.test(line) && line.split(/\s+/).length <= 10;
  if (line.split(/\s+/).length > 10) return false;
  return /^(?:\*\*[^*]+\*\*|item\s+\d+\b.*|\d+(?:[./]\d+)*[.)]?\s+\p{Lu}.*|[\p{Lu}\d][\p{Lu}\d\s&,/'’—–-]{4,})$/u.test(line);
}

/** The text of a motion: "That the council …", also after who moved it ("Moved by Dr Regan: "That the University …"). */
const MOTION = /(?:^[\W\d]*|:\s*["“]?)That (?:the|this|every|all|each|a|an|no)\b|\b(?:[Pp]roposed|[Mm]oved)\s+by\b[^:.;]{1,80}:\s*["“]?that (?:the|this|every|all|each|a|an|no)\b/;
/** A proposal told in prose: "The Treasurer proposed that a contingency fund of £300,000 be set aside". */
const PROPOSED_THAT = /\b(?:proposed|moved|suggested)\s+that\s+(?:the|this|every|all|each|a|an|no)\b(?=[^.;]{0,160}?\bbe\s+\w+)/;
const PROPOSES = /\b(?:propos\w*|motions?|amendments?|moved|seconded|tabled|recommend\w*|urg(?:e|ed|es|ing)|call(?:ed|s|ing)? for|suggest\w*)\b/i;
/** How minutes record a motion's fate, after the item's number ("4.3 **DEFERRED** to …"). */
const CARRIED = /^[\W\d]*(?:carried|agreed|approved|adopted|resolved|passed)\b/i;
const NOT_CARRIED = /^[\W\d]*(?:deferred|withdrawn|lost|defeated|rejected|fell|not carried|postponed|adjourned)\b/i;

/** Words that make a passage wonder, suppose or report an allegation rather than state a fact. */
const HEDGED =
  /\b(?:whether|may have|might have|could have|(?:may|might|could) not have|should (?:consider|seek|review|explore|look at|examine|be considered)|(?:hopes?|hoped|hoping) (?:to|that|the|it|this|they|we)|would hope|(?:is|was|are|were) (?:not|by no means) (?:yet )?certain|(?:may|might|could) (?:seek|decide|consider|choose|try|pursue|move|opt|look|attempt)|is being investigated|(?:is|are|were|was) (?:also |now |still |currently |actively )?(?:investigating|examining|considering)|(?:will|would|to) (?:now )?consider|(?:has|have|had) asked (?:to|for permission to|whether|if)|(?:may|might|could) (?:need|have) to|suspected|allegedly|alleged|reportedly|unconfirmed|(?:is|are|was|were) (?:understood|thought|believed|said|reported|rumou?red|expected|likely|unlikely|scheduled|planned) to|(?:is|are) (?:now )?(?:expected|scheduled|due|planned) (?:in|on|by|within|before|after|later|next|this|at|early|late)\b|not (?:yet )?(?:been )?(?:determined|established|confirmed|decided)|(?:not|n['’]t|unable to) (?:yet )?(?:determine|establish|confirm|say|know|identify|tell|verify)\w* (?:which|who|whether|if|how|what|why|when)|no conclusion|no decision)\b/i;

/**
 * What a passage supposes rather than states: someone expects, believes or thinks it. A sentence that
 * says so ("The Division expects its investigation to last …") reports the belief, which is a fact.
 */
/**
 * "may return", "might ask", "may well", "could recover": what only may happen (lower case: "in May 2025"
 * is a month); an answer "It could, …" to "Could it recover?" too; "could be at risk" too, but not "could be made online" (what could be done) nor "it could be
 * argued" (a view framed, not an event that may happen); nor "I could see this orange glow" (what someone
 * saw or heard, not what may be).
 */
const MAY = /\b(?:may|might)(?: well)? (?!not\b|be able\b)[a-z]+|\bcould(?: well)? (?!not\b|be\b|have\b|see\b|hear\b|smell\b|feel\b|taste\b|barely\b|hardly\b)[a-z]+|\bcould(?: well)? be (?!made\b|seen\b|found\b|used\b|heard\b|read\b|reached\b|accessed\b|viewed\b|obtained\b|bought\b|booked\b|collected\b|submitted\b|sent\b|returned\b|downloaded\b|done\b|given\b|taken\b|paid\b|able\b|drawn\b|spent\b|released\b|allocated\b|afforded\b|argued\b|said\b|described\b|considered\b|called\b|regarded\b)[a-z]+|\b[Cc]ould(?=,)|\bCould (?:it|they|he|she|we|this|that|the)\b/;

/**
 * A clause saying its matter is not decided: "I haven't decided anything", "has not yet decided", "no
 * decision has been taken", "is yet to decide" (not "no objection to the decision", nor "not a
 * decision any of us took lightly").
 */
const UNDECIDED_HERE = /(?:\b(?:not|never)|n['’]t)\s+(?:yet\s+)?(?:been\s+)?(?:decided|determined)\b|\bno (?:final |formal )?decision (?:has|had|was|will|would|is|yet)\b|\bno decision\s*[.;,]|\byet to (?:decide|be decided|make a decision|reach a decision)\b/i;

/** An intention and what is intended: "intend to convert", "plans to sell". */
const INTENDS = /\b(?:intends?|intended|intending)\s+to\s+(\w+)|\b(?:I|we|they|he|she|it)\s+(?:now\s+)?plans?\s+to\s+(\w+)|(?<!\b(?:a|the|its|their|his|her|our|this)\s)\bplans\s+to\s+(\w+)/i;

/** A right and the time it runs for: "may appeal within 14 days", "may object by 30 June". */
const RIGHT_WITH_LIMIT = /\bmay (?:appeal|apply|object|request|lodge|submit|challenge|comment|respond|seek a review)\b[^.;]{0,60}?\b(?:within|by|before|until|no later than)\b/i;

/** The first letters of words that speak of a right or a deadline ("until", "entitled", "can"). */
const PERMISSION = ['until', 'entit', 'right', 'allow', 'permi', 'deadl', 'can', 'able', 'could'];

const SUPPOSED = /\b(?:expects?|believes?|thinks?|understands?) (?:to|that|it|its|the|\d)/i;

/**
 * Whether a sentence hedges itself: it wonders ("is examining whether"), or says nothing is decided
 * yet ("does not expect to reach a decision before March", which is what "No decision expected
 * before March" says).
 */
function hedges(text: string): boolean {
  return HEDGED.test(text.replace(/["“”]/g, '')) || MAY.test(text) || UNDECIDED.test(text) || CONDITIONAL.test(text) || pendingDecision(text) !== null;
}

/**
 * What waits on someone else's decision or on what is not done yet: "£4.2 million be allocated …,
 * subject to approval by Full Council", "would need the approval of the board", "provisionally
 * allocates", "due to open …, subject to the completion of fit-out works", "presented to the board
 * for approval on 24 April", "which it will seek to recover", "It is intended that this …". Not a decision made on a
 * condition: "permission was granted subject to a legal agreement" was granted.
 */
function pendingDecision(clause: string, claimPrefixes?: ReadonlySet<string>): RegExpExecArray | null {
  const m = PENDING_DECISION.exec(clause);
  if (!m || !/^(?:subject|only if|on (?:the )?condition|conditional|is |are |was |were |remains? )/i.test(m[0])) return m;
  if (DECIDED_BEFORE.test(clause.slice(Math.max(0, m.index - 80), m.index))) return null;
  // A condition other than someone's decision ("subject to contract", "subject to the Trust securing
  // planning consent") on what a resolution decided ("RESOLVED: That the board … appoints Mr Kemp …,
  // subject to contract") leaves the decision made: only the condition is pending, and it hedges a
  // sentence that speaks of it ("has signed a contract"), not one of the appointment.
  const condition = /^subject/i.test(m[0]) ? (m[0].toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? []).slice(2).filter((w) => !CONDITION_FILLER.has(w)) : [];
  const decision = condition.some((w) => DECISION_NOUN.test(w)) && !condition.includes('planning');
  // (A motion's text is read as a proposal elsewhere: its condition is no hedge of its own.)
  if (!decision && claimPrefixes && (RESOLUTION.test(clause.slice(0, m.index)) || MOTION.test(clause.slice(0, m.index)))) {
    // (The condition's own noun, or two of the words after it: "conditional on Marlshire County Council
    // funding the balance" is not spoken of by "The parish council resolved to offer £15,000".)
    const after = (clause.slice(m.index + m[0].length).match(/\p{L}{3,}/gu) ?? []).slice(0, 4).map((w) => w.toLowerCase()).filter((w) => !CONDITION_FILLER.has(w));
    if (!condition.some((w) => claimPrefixes.has(w.slice(0, 5))) && after.filter((w) => claimPrefixes.has(w.slice(0, 5))).length < (condition.length ? 1 : 2)) return null;
  }
  return m;
}

/** Nouns of a decision still to be made by someone ("subject to approval by Full Council"). */
const DECISION_NOUN = /^(?:approval|agreement|ratification|confirmation|sign-off|vote|decision|determination|endorsement|approving|agreeing|confirming|deciding|granting|ratifying)$/;
/** Words of a condition that say nothing of what it is ("subject to the Trust securing …"). */
const CONDITION_FILLER = new Set(['the', 'a', 'an', 'its', 'their', 'his', 'her', 'final', 'formal', 'further', 'full', 'satisfactory', 'successful']);
/** A decision recorded as made: "RESOLVED: That the board … appoints", "agreed to", "it was resolved" (not a report's "(b) approves …", which recommends it). */
const RESOLUTION = /\bresolved\b|\b(?:agreed|decided|voted) to\b/i;

const PENDING_DECISION =
  /\bsubject to (?:[\p{L}'’-]+ ){0,4}?(?:approval|agreement|ratification|confirmation|sign-off|signing|vote|decision|consent|determination|endorsement|completion|outcome|availability|securing|obtaining|gaining|receiving|receipt|business case|funding|contract|permission|approving|agreeing|confirming|deciding|granting|ratifying|signing)\b|\b(?:(?:would|will|still) )?(?:need|needs|require|requires|await|awaits|awaiting) (?:the )?(?:approval|agreement|consent|sign-off|backing|endorsement)\b|\b(?:presented|submitted|put|sent|referred|taken|brought|go|goes|going)\s+(?:\S+\s+){0,8}?for (?:its |their |final |formal )?(?:approval|consideration|decision|sign-off|ratification|endorsement)\b|\bprovisional(?:ly)?\b|\bonly if\b|\bon (?:the )?condition that\b|\bconditional (?:on|upon)\b|\b(?:is|are|was|were|remains?) dependent on\b|\b(?:will|would|shall|to)\s+seek\s+to\b|\bseek(?:s|ing)\s+to\s+recover\b|\bit is (?:intended|hoped) that\b/iu;

/** A decision made, on the words before its condition: "was granted", "approved the scheme", not "be approved". */
const DECIDED_BEFORE = /\b(?:was|were|has been|have been|had been)\s+(?:\w+\s+)?(?:granted|approved|agreed|passed|backed|awarded|given|accepted|endorsed)\b|\b(?:granted|approved|agreed|passed|backed|awarded|accepted|endorsed)\s+(?:the|a|an|its|their|planning|outline|full)\b[^,;]*$/i;

/**
 * A sentence that states something only on a condition, and hedged: "If the loan is agreed, the purchase
 * should complete on 30 June" (not "If the appeal is allowed, the group will seek a judicial review",
 * which says what will happen).
 */
const CONDITIONAL = /^\s*(?:if|unless|provided(?: that)?|subject to)\b[^,]{3,120},[^.;]*\b(?:should|would|could|may|might|expects?|expected)\b/i;

/** A comparison: "more", "less", "higher" … (a sentence's, with "than" after it). */
const COMPARATIVES = 'more|less|fewer|higher|lower|greater|larger|smaller|bigger|better|worse|stronger|weaker|older|younger|longer|shorter|faster|slower|cheaper|dearer|richer|poorer|heavier|lighter|busier|quieter|safer|likelier';
const COMPARING = new RegExp(`\\b(?:${COMPARATIVES})\\b`, 'i');

/** Words that set one thing in place of another: "a second lead rather than a wall socket", "instead of". */
const ALTERNATIVE = /\b(?:rather than|instead of|in place of)\b/i;

/**
 * The words (first five letters, four letters or more) of what a sentence compares: before "more …" and
 * after "than"; or what it says was so and what it says was not, on either side of "rather than".
 */
function comparedSides(text: string): { before: Set<string>; after: Set<string>; what?: string; alternative?: boolean } | undefined {
  const m = new RegExp(`\\b(?:${COMPARATIVES})\\b[^.;]*?\\bthan\\b`, 'i').exec(text);
  const alternative = ALTERNATIVE.exec(text);
  if (alternative && !(m && m.index + m[0].length - 4 <= alternative.index + 7 && m.index + m[0].length - 4 >= alternative.index)) {
    // (The side before is its own clause: "The lead had been plugged into a socket rather than …".)
    const start = Math.max(0, text.slice(0, alternative.index).search(/[^,;:]*$/));
    return sidesOf(text.slice(start, alternative.index), text.slice(alternative.index + alternative[0].length).split(/[,;:]/)[0], undefined, true);
  }
  if (!m) return undefined;
  const what = /^(?:more|less|fewer)\s+(\p{L}{4,})\s+than\b/iu.exec(m[0])?.[1].toLowerCase();
  // (A side may come between the comparative and "than": "Support was stronger among those aged 65 than …".)
  return sidesOf(text.slice(0, m.index + m[0].length - 4), text.slice(m.index + m[0].length), what);
}

function sidesOf(first: string, second: string, what?: string, alternative?: boolean): { before: Set<string>; after: Set<string>; what?: string; alternative?: boolean; words?: string[] } | undefined {
  const before = sideWords(first);
  const after = sideWords(second);
  for (const w of [...before]) if (after.has(w)) (before.delete(w), after.delete(w));
  // (For "rather than", the whole words of the side said to be so, whose last verb the passage's side must have.)
  const words = alternative ? (first.toLowerCase().match(/\p{L}+/gu) ?? []) : undefined;
  return before.size && after.size ? { before, after, ...(what ? { what } : {}), ...(alternative ? { alternative, words } : {}) } : undefined;
}

function sideWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !SIDE_FILLER.has(w)).map((w) => w.slice(0, 5)));
}

const SIDE_FILLER: ReadonlySet<string> = new Set(['those', 'that', 'were', 'than', 'with', 'have', 'been', 'from', 'this', 'they', 'their', 'which', 'said', 'likely']);

/** Whether a passage's sentence compares the sentence's two sides the other way round. */
function reversedIn(sides: { before: Set<string>; after: Set<string>; alternative?: boolean; words?: string[] }, passage: string): boolean {
  for (const sentence of passage.split(/(?<=[.!?])\s+/)) {
    if (sides.alternative) {
      const m = ALTERNATIVE.exec(sentence);
      if (!m) continue;
      const start = Math.max(0, sentence.slice(0, m.index).search(/[^,;:]*$/));
      // (Only with the sentence's own verbs on that side: "chose to keep the library rather than the pool" is
      // what "chose to lose the pool rather than the library" says, another verb turning the sides round again.)
      const theirWords = new Set((sentence.slice(start, m.index).toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
      // (Unless the verbs are what is swapped: "chose to pedestrianise Market Street rather than resurface it"
      // against "chose to resurface Market Street rather than pedestrianise it".)
      const verb = (sides.words ?? []).filter((w, k, all) => isPastForm(w) || all[k - 1] === 'to').pop();
      const theirAfter = new Set((sentence.slice(m.index + m[0].length).split(/[,;:()]/)[0].toLowerCase().match(/\p{L}+/gu) ?? []).map((w) => w.slice(0, 5)));
      if (verb && !theirWords.has(verb.slice(0, 5)) && !theirAfter.has(verb.slice(0, 5))) continue;
      const first = sideWords(sentence.slice(start, m.index));
      const second = sideWords(sentence.slice(m.index + m[0].length).split(/[,;:()]/)[0]);
      const moved = (from: Set<string>, into: Set<string>, away: Set<string>) => [...from].some((w) => into.has(w) && !away.has(w));
      if (moved(sides.before, second, first) && moved(sides.after, first, second)) return true;
      continue;
    }
    const m = COMPARING.exec(sentence);
    if (!m) continue;
    const than = /\bthan\b/i.exec(sentence.slice(m.index));
    const cut = than ? m.index + than.index : m.index;
    const first = sideWords(sentence.slice(0, than ? cut : m.index));
    const second = sideWords(sentence.slice(than ? cut + 4 : m.index + m[0].length));
    const moved = (from: Set<string>, into: Set<string>, away: Set<string>) => [...from].some((w) => into.has(w) && !away.has(w));
    if (moved(sides.before, second, first) && moved(sides.after, first, second)) return true;
  }
  return false;
}

/** Words for what someone is ("chair", "headteacher", "spokeswoman"), which a sentence may give beside a name. */
const ROLES: ReadonlySet<string> = new Set(
  'chair chairman chairwoman chairperson director officer head headteacher principal chief executive secretary minister leader manager president vice spokesman spokeswoman spokesperson inspector councillor governor treasurer editor founder captain commissioner superintendent solicitor lawyer deputy coordinator organiser organizer negotiator trustee member mayor clerk registrar dean professor'.split(' '),
);

/**
 * The role words a sentence gives beside a person's name: in an aside after it ("Rhys Penhallow, the
 * union's national negotiating officer,") or just before it ("chief executive Hannah Greig").
 */
function rolesBesideNames(claim: Claim): string[] {
  const out: string[] = [];
  for (const n of claim.names) {
    const surname = n.text.split(/\s+/).pop()!.replace(/['’]s$/, '');
    if (/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) out.push(...rolesGivenIn(asRoles(claim.text), surname));
  }
  for (const n of claim.names) {
    const after = /^(?:,\s+\d{1,3}(?=,))?,\s+((?:[\p{L}'’-]+\s+){0,7}?[\p{L}'’-]+),/u.exec(claim.text.slice(n.end));
    const before = /((?:[\p{Ll}'’-]+\s+){1,3})$/u.exec(claim.text.slice(Math.max(0, n.start - 40), n.start));
    for (const w of (after?.[1] ?? '').toLowerCase().match(/\p{L}+/gu) ?? []) if (ROLES.has(w)) out.push(w);
    // Just before the name, the role words that end right at it ("chief executive Hannah Greig"); not the
    // subject of a verb before it ("The chair asked Ms Okafor …").
    const words = (before?.[1] ?? '').toLowerCase().match(/\p{L}+/gu) ?? [];
    for (let k = words.length - 1; k >= 0 && (ROLES.has(words[k]) || (k < words.length - 1 && /^(?:vice|deputy|chief)$/.test(words[k]))); k--) if (ROLES.has(words[k])) out.push(words[k]);
  }
  return out;
}

/** A sentence's "chaired by Cllr Oliver Dunn" as the role it gives him: "the chair, Cllr Oliver Dunn". */
function asRoles(text: string): string {
  return /\bchaired by\b/i.test(text) ? text.replace(/\b(?:(?:was|were|is|being)\s+)?chaired by\s+/gi, 'the chair, ') : text;
}

/**
 * The role words a text gives beside a person's surname, wherever it names them: just before the name
 * ("The trust's chief executive, Moira Dunstan,", "the mayor, Cllr Sarah Quinn"), in an aside after it
 * ("Carol Venn, secretary of the Fishermen's Association,") or in brackets ("Cllr Priya Nandra (Mayor,
 * in the Chair)").
 */
function rolesGivenIn(text: string, surname: string, phrases: string[] = [], vague?: Set<string>): Set<string> {
  const out = new Set<string>();
  // (Letters on neither side, whatever the alphabet: "\\b" knows only ASCII, and misses "Kovač". Found
  // with indexOf: a regular expression with a look-behind costs a step at every character of the source.)
  const wordChar = /[\p{L}\p{N}]/u;
  for (let at = text.indexOf(surname); at >= 0; at = text.indexOf(surname, at + 1)) {
    if ((at > 0 && wordChar.test(text[at - 1])) || wordChar.test(text[at + surname.length] ?? '')) continue;
    const m = [surname] as const;
    // (An age may come first: "Tomasz Wilk, 42, the group's secretary,".)
    const after = /^\s*(?:,\s+\d{1,3}(?=,))?(?:,\s+|\()((?:the\s+)?[^,.;:()"“”]{1,60}?)[,)]/u.exec(text.slice(at + m[0].length, at + m[0].length + 90));
    // (Just before it and its first names or titles: "the Mayor, Councillor Gordon Feltham", "chief executive Hannah Greig".)
    const found = /((?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+),?\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,3}$/u.exec(text.slice(Math.max(0, at - 60), at));
    // (Not across a conjunction: "with Cllr Teague in the chair and Cllr Derek Mabe sending apologies";
    // nor the subject of a verb before the name: "The chair asked Ms Okafor …". The role words end right
    // at the name.)
    const before = found && !/\b(?:and|or|but|while|with|nor)$/i.test(found[1]) ? found : null;
    // (Its last word before the name and the name's own first names and titles: "League secretary Roy".)
    const named = (before?.[1] ?? '').split(/\s+/).filter(Boolean);
    while (named.length && /^\p{Lu}/u.test(named[named.length - 1]) && !ROLES.has(named[named.length - 1].toLowerCase().replace(/^(?:vice|deputy)-/, ''))) named.pop();
    const lastWord = named[named.length - 1]?.toLowerCase().replace(/^(?:vice|deputy)-/, '') ?? '';
    const beforeRoles = ROLES.has(lastWord) ? before?.[1] : undefined;
    for (const words of [after?.[1], beforeRoles]) {
      // ("non-executive member" is no executive.)
      // ("Vice-Chair" and "deputy mayor" are roles of their own, not the chair's or the mayor's.)
      const roleWords = ((words ?? '').toLowerCase().replace(/\bnon-[\p{L}]+/gu, ' ').replace(/\b(vice|deputy)[\s-]+(\p{L}+)/gu, (m, a: string, b: string) => (ROLES.has(b) ? `${a}${b}` : m)).match(/\p{L}+/gu) ?? []).filter((w) => ROLES.has(w) || (/^(?:vice|deputy)/.test(w) && ROLES.has(w.replace(/^(?:vice|deputy)/, ''))));
      for (const w of roleWords) if (!VAGUE_ROLES.has(w)) out.add(w);
      if (roleWords.some((w) => !VAGUE_ROLES.has(w))) phrases.push(roleWords.map((w) => w.replace(/^vice(?=\p{L})/u, 'vice-').replace(/^deputy(?=\p{L})/u, 'deputy ')).join(' '));
      // (A role of its own, however loose a word, where it is the only one: "The club captain, Tom Reddaway".)
      else if (vague && roleWords.length === 1 && SOLE_ROLES.has(roleWords[0])) vague.add(roleWords[0]);
    }
  }
  return out;
}

/** Role words loose by themselves that still name one role where a person has no other ("the club captain"). */
const SOLE_ROLES: ReadonlySet<string> = new Set(['captain']);

/** Role words too loose to tell one role from another ("member", "head", "vice", "deputy", "officer"). */
const VAGUE_ROLES: ReadonlySet<string> = new Set(['member', 'head', 'vice', 'deputy', 'officer', 'chief', 'leader', 'manager', 'councillor', 'professor', 'captain', 'inspector']);

/**
 * Whether the passage's source gives a person the sentence gives a role another role and never the
 * sentence's ("The trust's chair, Moira Dunstan," where it says "The trust's chief executive, Moira
 * Dunstan,"), or gives the sentence's role to someone else by name ("The mayor, Cllr Sarah Quinn,"
 * where the minutes have "Cllr Priya Nandra (Mayor, in the Chair)"): what it says, else undefined.
 */
function otherRoleIn(e: Evidence, claim: Claim): string | undefined {
  // The whole source where it is small enough (read once per source and name), else the passage's paragraph.
  const whole = e.source.text.length <= 200_000;
  const text = whole ? e.source.text : e.source.text.slice(e.paragraph.start, e.paragraph.end);
  const memo = whole ? (ROLES_GIVEN.get(e.source) ?? ROLES_GIVEN.set(e.source, new Map()).get(e.source)!) : new Map<string, unknown>();
  for (const n of claim.names) {
    const words = n.text.split(/\s+/);
    const surname = words[words.length - 1].replace(/['’]s$/, '');
    if (!/^\p{Lu}[\p{L}'’-]{2,}$/u.test(surname)) continue;
    const mine = rolesGivenIn(asRoles(claim.text), surname);
    if (mine.size === 0) continue;
    let given = memo.get(`name:${surname}`) as { roles: Set<string>; phrases: string[]; sole: Set<string> } | undefined;
    if (!given) {
      const phrases: string[] = [];
      const sole = new Set<string>();
      memo.set(`name:${surname}`, (given = { roles: rolesGivenIn(text, surname, phrases, sole), phrases, sole }));
    }
    const theirs = given.roles;
    if (theirs.size > 0 && ![...mine].some((r) => theirs.has(r))) return `calls ${n.text} ${[...new Set(given.phrases)].join(', ')}`;
    if (theirs.size === 0 && given.sole.size > 0 && ![...mine].some((r) => given!.sole.has(r))) return `calls ${n.text} ${[...given.sole].join(', ')}`;
    // The sentence's role given to another person by name, and none to this one.
    if (theirs.size === 0) {
      for (const role of mine) {
        const kind = new RegExp(`(?<![\\p{L}'’-])([\\p{L}][\\p{L}-]*)\\s+${role}\\b`, 'iu').exec(claim.text)?.[1];
        const kindSaid = kind && !/^(?:a|an|the|its|their|his|her|as|and)$/i.test(kind) ? kind.toLowerCase() : undefined;
        const key = `role:${role}:${kindSaid ?? ''}:${surname}`;
        let other = memo.get(key) as string | null | undefined;
        if (other === undefined) {
          const word = `[${role[0].toUpperCase()}${role[0]}]${role.slice(1)}`;
          // A person: a name with the role in brackets after it, or the role and then a title and a name
          // ("Cllr Priya Nandra (Mayor, …)", "the Mayor, Cllr Priya Nandra"), not "Director, Halvorsen Coatings".
          // (Of the kind the sentence gives, where it gives one: "Alan Shearsby (Director of Finance)" holds no
          // "non-executive director"; and not a role a list shares, the sentence's person in it: "Sandra Lyle,
          // Aisha Karim, Nadia Hussain (Non-Executive Directors)".)
          const holders = [...text.matchAll(new RegExp(`(\\p{Lu}[\\p{L}'’-]+)\\s*\\((?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?${word}[^)]{0,40}\\)|(?<![\\p{L}])${word},?\\s+(?:Cllr|Councillor|Mr|Mrs|Ms|Dr|Professor|Prof|Sir|Dame)\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+)?(\\p{Lu}[\\p{L}-]+)(?![\\p{L}'’])`, 'gu'))].filter((m) => !kindSaid || m[0].toLowerCase().includes(kindSaid));
          const listed = holders.some((m) => m[1] !== undefined && new RegExp(`(?<![\\p{L}])${surname}(?![\\p{L}])`, 'u').test(text.slice(Math.max(0, text.lastIndexOf(';', m.index!), text.lastIndexOf('\n', m.index!)), m.index! + m[0].length)));
          const holder = listed ? undefined : holders[0];
          memo.set(key, (other = holder?.[1] ?? holder?.[2] ?? null));
        }
        // (A name, not a word of the minutes: "Members", "Chair", "Board".)
        const common = other !== null && (ROLES.has(other.toLowerCase().replace(/s$/, '')) || /^(?:Members?|Board|Council|Committee|Panel|Trust|The|This|That)$/.test(other));
        if (other && other !== surname && !words.includes(other) && !common) return `gives the role of ${role} to ${other}`;
      }
    }
  }
  return undefined;
}

/** What a source gives each surname and role, read once per source (see `otherRoleIn`). */
const ROLES_GIVEN = new WeakMap<Source, Map<string, unknown>>();

/** Whether the verb at token `i` is what someone wishes, means or is due to do ("happy to meet", "meant to be inspected"). */
function wishedAt(tokens: readonly { raw: string }[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && /^(?:be|been|have)$/i.test(tokens[k].raw)) k--;
  // ("set" and "going" only after "is", "are", "was" or a "with the …" before: "volunteers set to work" did the work.)
  return k >= 1 && tokens[k].raw.toLowerCase() === 'to' && (WISHING.test(tokens[k - 1].raw) || /^(?:meant|supposed|required|obliged|expected|due|scheduled|poised)$/i.test(tokens[k - 1].raw) || (/^(?:set|going)$/i.test(tokens[k - 1].raw) && (/^(?:is|are|was|were|be|been|being|[\p{L}]+['’](?:s|re))$/iu.test(tokens[k - 2]?.raw ?? '') || tokens.slice(Math.max(0, k - 6), k - 1).some((t) => t.raw.toLowerCase() === 'with'))));
}

/**
 * A modal earlier in the word's own clause, a few words back: "would receive a full refund", "will then
 * be refunded". Not past a mark, a word that opens another clause, or an auxiliary of what was done ("will
 * say that it had refunded").
 */
/** Whether a modal governs the clause a figure stands in, within six words before it: "would meet the council's costs of £48,600". */
function modalBefore(r: SentenceReading, at: number, modals: ReadonlySet<string>): boolean {
  const i = r.tokens.findIndex((t) => t.start >= at);
  for (let k = (i < 0 ? r.tokens.length : i) - 1; k >= 0 && k >= i - 6; k--) {
    if (/[,;:.!?()"“”]/.test(r.text.slice(r.tokens[k].end, r.tokens[k + 1]?.start ?? at))) return false;
    const w = r.tokens[k].raw.toLowerCase();
    if (modals.has(w) && r.tokens[k].raw !== 'May') return true;
    if (/^(?:had|has|have|was|were|did|is|are|been|that|which|who|because|after|when|and|but|since|once|if)$/.test(w)) return false;
  }
  return false;
}

function modalInClause(r: SentenceReading, i: number, modals: ReadonlySet<string>): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 5; k--) {
    if (/[,;:.!?()"“”]/.test(r.text.slice(r.tokens[k].end, r.tokens[k + 1].start))) return false;
    const w = r.tokens[k].raw.toLowerCase();
    // ("May" with a capital is the month or a name: "May said the industry favored …"; "would" is no plan
    // in a story's "would go on to chair it", a habit's "would often", or a "would-be developer".)
    if (modals.has(w) && r.tokens[k].raw !== 'May' && !(w === 'would' && (r.text[r.tokens[k].end] === '-' || /^\s+(?:go(?:es)?\s+on|later|eventually|never|often|usually|always)\b/i.test(r.text.slice(r.tokens[k].end, r.tokens[k].end + 16))))) return true;
    if (/^(?:had|has|have|was|were|did|is|are|been|that|which|who|because|after|when|and|but|since|once|if|said|says|told|added)$/.test(w)) return false;
  }
  return false;
}

/** Whether the sentence itself has the deed only as asked for: "Cllr Faroud's request for the contract to be published was deferred". */
function askedInClaim(claim: Claim, t: Token): boolean {
  const r = claimReading(claim);
  const k = r.tokens.findIndex((x) => x.start === t.start);
  return k >= 0 && askedTo(r, k);
}

/**
 * A verb of saying that is a deed on a thing, not a report of words: "confirmed a tree preservation
 * order", "announced the closure" (a determiner and a noun after it, no "that" or quotation).
 */
function actOnThing(claim: Claim, t: Token): boolean {
  return /^\s+(?:a|an|the|its|their|his|her)\s+(?!(?:news|figure|figures|fact|report|reports|claim|claims|details?)\b)\p{L}+/iu.test(claim.text.slice(t.end, t.end + 40)) && !/^(?:said|says|told|tells|added|stated|claimed|asked|explained|argued|wrote)$/i.test(t.raw);
}

/** Whether a verb is what someone is asked, urged or told to do: "asks the Cabinet Member to write", "urged the trust to publish". */
function askedTo(r: SentenceReading, i: number): boolean {
  const raw = r.tokens[i].raw.toLowerCase();
  // (Or proposed as a doing: "proposed commissioning an independent review", "recommended appointing".)
  if (i >= 1 && /ing$/.test(raw) && PROPOSING.test(r.tokens[i - 1].raw)) return true;
  // (Or in the plain form after who is asked: "recommend the council serve a default notice", "proposed
  // that the board commission a review".)
  if (i >= 2 && !isPastForm(raw) && !/(?:ing|ed|[^s]s)$/.test(raw) && r.tokens[i - 1].raw.toLowerCase() !== 'to') {
    for (let k = i - 2; k >= 0 && k >= i - 6; k--) {
      if (/[,;:.!?()"“”]/.test(r.text.slice(r.tokens[k].end, r.tokens[k + 1].start))) break;
      if (!/^(?:recommends?|recommended|recommending|urges?|urged|demands?|demanded|asks?|asked|requests?|requested|insists?|insisted|proposes?|proposed|suggests?|suggested|moved)$/i.test(r.tokens[k].raw)) continue;
      // (Someone asked, and nothing that tells of a deed between: "recommend the council serve".)
      const between = r.tokens.slice(k + 1, i);
      return between.some((t) => t.kind === TokenKind.Word && !t.stop) && !between.some((t) => /^(?:who|which|had|has|have|was|were|is|are|will|would|did|does)$/i.test(t.raw));
    }
  }
  // (Or asked to be done: "a request … for the full report to be released", "asked that the report be released".)
  const passive = i >= 2 && r.tokens[i - 1].raw.toLowerCase() === 'be';
  const to = passive ? i - 2 : i - 1;
  const bare = passive && r.tokens[to].raw.toLowerCase() !== 'to';
  if (to < 1 || (!bare && r.tokens[to].raw.toLowerCase() !== 'to')) return false;
  // (What is asked to be done names its thing between: "for the full construction contract to be published".)
  const reach = passive ? 12 : 7;
  let that = !bare;
  for (let k = to - 1; k >= 0 && k >= to - reach; k--) {
    if (/[,;:.!?()"“”]/.test(r.text.slice(r.tokens[k].end, r.tokens[k + 1].start))) return false;
    if (r.tokens[k].raw.toLowerCase() === 'that') that = true;
    if (ASKING.test(r.tokens[k].raw) && that) return true;
  }
  return false;
}

/** Words that put forward a doing: "proposed commissioning", "recommended appointing". */
const PROPOSING = /^(?:proposed|proposes|proposing|propose|suggested|suggests|suggesting|suggest|recommended|recommends|recommending|recommend|advocated|advocates|urged|considered|considering|discussed|discussing)$/i;

const ASKING = /^(?:asks?|asked|asking|urges?|urged|urging|calls?|called|calling|requests?|requested|requesting|demands?|demanded|demanding|invites?|invited|inviting|instructs?|instructed|directs?|directed|encourages?|encouraged|recommends?|recommended|wants?|wanted)$/i;

/**
 * Whether a verb is the purpose of what is yet to come: "will meet again on 1 April to approve the
 * plan" (the meeting is to come, and the approval with it). Not "voted to approve".
 */
function purposeOfPlan(r: SentenceReading, i: number, modals: ReadonlySet<string>): boolean {
  if (i < 2 || r.tokens[i - 1].raw.toLowerCase() !== 'to') return false;
  for (let k = i - 2; k >= 0 && k >= i - 10; k--) {
    if (/[,;:.!?()"“”]/.test(r.text.slice(r.tokens[k].end, r.tokens[k + 1].start))) return false;
    const w = r.tokens[k].raw.toLowerCase();
    // (Not a story's "would go on to chair it".)
    if (modals.has(w) && r.tokens[k].raw !== 'May') return !(w === 'would' && /^\s+(?:go(?:es)?\s+on|later|eventually|never|often|usually|always)\b/i.test(r.text.slice(r.tokens[k].end, r.tokens[k].end + 16)));
    if (/^(?:had|has|have|was|were|did|is|are|been|that|which|who|because|after|when|and|but|since|once|if|said|says|told|added)$/.test(w)) return false;
  }
  return false;
}

/** A motion to put off or turn down the matter, said to be carried: "The motion to defer the planters decision was carried". */
const MOTION_TO_CARRIED = /\b(?:motion|proposal|amendment)\s+(?:that\s+\S+\s+(?:be\s+)?|to\s+)(defer|postpone|adjourn|withdraw|reject|refuse)\w*\b[^.;,]{0,60}?\b(?:was|were)\s+(?:\w+\s+)?(?:carried|passed|agreed|approved|adopted)\b|\b(?:passed|carried|approved|agreed|adopted|backed|supported)\s+(?:a|the)\s+(?:motion|proposal)\s+to\s+(defer|postpone|adjourn|withdraw|reject|refuse)/i;

/** A sentence telling what was going on: "were being asked", "was taking". */
const PROGRESSIVE = /\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?(?:being\s+)?\w+ing\b|\bbeing\s+\w+ed\b/i;

/** Words before "to" and a verb that make it what is wished, offered or due, not done: "happy to meet", "plans to sell". */
const WISHING = /^(?:happy|willing|ready|keen|prepared|glad|eager|hopes?|hoping|plans?|planning|intends?|intending|expects?|wants?|wanting|aims?|aiming|promised|pledged|vowed)$/i;

/** A sentence that speaks of what may or will happen. */
/** "as had been expected", "as planned": said looking back, of what did happen. */
const AS_EXPECTED = /\bas (?:(?:had|has) been |was |were )?(?:expected|planned|scheduled|intended|forecast|predicted)\b/gi;
// ("plan" only as a verb: "plans to", "was planned"; a "support plan" looks ahead to nothing.)
const LOOKS_AHEAD = /\b(?:will|would|may|might|could|shall|expects?|expected|intends?|intended|scheduled|due to|set to)\b|\bplans?\s+to\b|\b(?:is|are|was|were|been|being)\s+planned\b|\bplanned\s+(?:to|for)\b/i;

/**
 * Whether a verb is what a proposal, a motion or a call puts forward, in its bare form: "A proposal that the
 * trust launch a public appeal … was discussed" launched nothing.
 */
function proposedThat(r: SentenceReading, i: number): boolean {
  const raw = r.tokens[i].raw.toLowerCase();
  if (isPastForm(raw) || /(?:ing|s)$/.test(raw)) return false;
  // (Not one the sentence says was approved: "A proposal that the trust launch a roof appeal was approved in
  // April, and the appeal began in May".)
  if (/\b(?:was|were|had been|has been)\s+(?:\w+\s+)?(?:approved|agreed|carried|adopted|passed|accepted|endorsed)\b/i.test(r.text.slice(r.tokens[i].end))) return false;
  return /\b(?:proposals?|motions?|suggestions?|recommendations?|requests?|calls?|propos(?:e|es|ed|ing)|suggest(?:s|ed|ing)?|recommend(?:s|ed|ing)?|urg(?:e|es|ed|ing)|demand(?:s|ed|ing)?|ask(?:s|ed|ing)?|insist(?:s|ed|ing)?)\s+that\b[^,;.:()]*$/i.test(r.text.slice(Math.max(0, r.tokens[i].start - 80), r.tokens[i].start));
}

/** A passage's words of a plan, a promise, a wish or a condition, not of a deed done. */
const PLANNED_ONLY = /\b(?:will|would|shall|could|might|expected to|due to|plans? to|planned|planning|intends? to|intention|hopes? to|aims? to|like to|going to|tr(?:y|ying|ies) to|promised?|proposals?|propos(?:e|es|ed|ing)|asking for|asked for|ask(?:ing|ed|s)?\s+(?:[\p{L}'’-]+\s+){0,3}?to|urg(?:e|es|ed|ing)|calling on|calls? for|called for|awaiting|pending|not yet|yet to|if|unless|subject to)\b/iu;
/** Verbs of putting forward, asking or promising, which tell no deed done: "outlined a proposal", "promised". */
const PLAN_VERBS = /^(?:promised|proposed|outlined|presented|discussed|considered|tabled|submitted|suggested|asked|urged|called|requested|recommended|planned|intended|hoped|wanted|offered|pledged|invited|sought|written|wrote|appealed|lobbied|campaigned|petitioned|been|had|got)$/i;

/** Words that join or frame a clause, which say nothing of what was done: "whether", "because". */
const CLAUSE_WORDS: ReadonlySet<string> = new Set(['whether', 'which', 'while', 'whilst', 'where', 'when', 'because', 'although', 'though', 'after', 'before', 'since', 'until', 'unless', 'also', 'already', 'still', 'then', 'there', 'here', 'even', 'only', 'just', 'both', 'either', 'neither', 'instead', 'again']);

/** A sentence saying which way someone voted: "voted against", "vote for", "voted in favour". */
const VOTE_SIDE = /\bvot(?:e|ed|es|ing)\s+(?:against|for(?!\s+by\b)|in favour)\b/i;
/** A passage's words of a side taken in a vote: "against", "in favour", "For (6):", "opposed", "abstained". */
const SIDE_TAKEN = /\b(?:vot\w*\s+for|against|in favour|favour|for\b\s*(?:\(\d+\))?\s*[:(]|for the (?:motion|amendment|proposal|recommendation)|oppos\w*|abstain\w*|support\w*|backed|unanimous\w*|dissent\w*|carried|defeated|lost|nem\.?\s*con)/i;

/** A role set before a name: "the board's consulting engineers, Tidewell Marine Engineering". */
const ROLE_THEN_NAME = /(?:['’]s|\b(?:the|its|their|his|her))\s+((?:[\p{Ll}'’-]+\s+)?[\p{Ll}'’-]{4,}),\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+|and\s+|of\s+)?\p{Lu}[\p{L}'’-]*){0,4})/gu;

/** A name with its role after it: "Robert Ainsley, the county's head of passenger transport". */
const NAME_THEN_ROLE = /(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}),\s+(?:the\s+)?(?:[\p{L}'’-]+['’]s\s+)?((?:[\p{Ll}-]+\s+){0,4}?(?:head|director|manager|chair|chief executive|officer|clerk|secretary|treasurer|leader)(?:\s+of\s+(?:[\p{Ll}-]+\s*){1,3})?)(?=[,.;]|$)/gu;

/** The name a passage sets after the role the sentence sets before its name, where that is someone else. */
function otherInRole(claim: Claim | undefined, passage: string): string | undefined {
  if (!claim) return undefined;
  // (And the other way round: "Robert Ainsley, the county's head of passenger transport" against a report's
  // "Report of: Head of Passenger Transport (Dr Nadia Kowalczyk)".)
  for (const m of claim.text.matchAll(NAME_THEN_ROLE)) {
    const mine = new Set(m[1].split(/\s+/));
    const role = m[2].trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const theirs = new RegExp(`\\b${role}\\s*(?::\\s*|\\(\\s*)(?:(?:Dr|Mr|Mrs|Ms|Miss|Cllr|Prof)\\.?\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,3})`, 'iu').exec(passage);
    if (theirs && !theirs[1].split(/\s+/).some((w) => mine.has(w))) return theirs[1];
  }
  for (const m of claim.text.matchAll(ROLE_THEN_NAME)) {
    const role = m[1].toLowerCase();
    if (role.split(/\s+/).every((w) => STOP_ROLE.has(w))) continue;
    const mine = new Set(m[2].split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
    const escaped = role.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
    const theirs = new RegExp(`\\b${escaped},\\s+(\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:&\\s+|and\\s+|of\\s+)?\\p{Lu}[\\p{L}'’-]*){0,4})`, 'iu').exec(passage);
    if (theirs && !theirs[1].split(/\s+/).some((w) => mine.has(w)) && passage.includes(m[2].split(/\s+/)[0])) return theirs[1];
  }
  return undefined;
}
const STOP_ROLE: ReadonlySet<string> = new Set(['said', 'says', 'told', 'added', 'and', 'but', 'the', 'which', 'who', 'when', 'where', 'while', 'also', 'however', 'meanwhile', 'today', 'yesterday', 'week', 'year', 'month', 'said.', 'according']);

/** "(not yet)" just after a deed, in its clause: "paid in April (not yet)". */
const NOT_YET_AFTER = /^[^.;\n]{0,25}?\(\s*not\s+yet\b/i;

/** Those a passage speaks of left out: "get nothing", "are not eligible", "do not qualify", "miss out". */
const LEFT_OUT = /\b(?:gets?|getting|receives?|will\s+(?:get|receive))\s+nothing\b|\b(?:are|is|will\s+be|remain)\s+(?:not\s+eligible|ineligible|excluded)\b|\b(?:do|does|will)\s+not\s+qualify\b|\bmiss(?:es)?\s+out\b/gi;

/**
 * Whether a sentence says those the claim speaks of are left out: the words before its "get nothing"
 * (after any "but", "while" or ";") name some of the claim's; not "nobody is excluded", nor "landlords get
 * nothing, but tenants receive £300" for the tenants.
 */
function leftOut(claim: Claim, text: string): boolean {
  const mine = new Set(claim.content.filter((t) => t.kind === TokenKind.Word && !t.stop && !t.capitalized).map(tokenLemma));
  for (const m of text.matchAll(LEFT_OUT)) {
    const before = text.slice(0, m.index!).split(/\b(?:but|while|whereas)\b|;/i).pop() ?? '';
    if (/\b(?:no\s*one|nobody|none|no\s+\p{L}+)\s*$/iu.test(before)) continue;
    // (The subject right before it, after its comma: "Under the scheme, landlords get nothing"; or, where an
    // aside ends there, all before it: "Staff on long days, who start at 7.30am …, get nothing".)
    const last = before.split(',').pop() ?? '';
    const r = readSentence(/\p{L}{3,}/u.test(last) ? last : before);
    if (r.lemmas.some((l, i) => mine.has(l) && !r.tokens[i].stop)) return true;
  }
  return false;
}

/** "No plans to sell", "no intention of closing", "not planning to merge": the deed it says is not planned (group 1). */
const NO_PLANS = /\b(?:no|not\s+any)\s+(?:current\s+|immediate\s+|firm\s+|further\s+)?(?:plans?|intention|proposals?)\s+(?:to|of|for\s+(?:it|them|(?:the\s+)?(?:\p{L}+\s+){0,2}\p{L}+)\s+to\s+be)\s+(\p{L}+)|\bnot\s+(?:planning|proposing|intending)\s+to\s+(\p{L}+)|\bruled\s+out\s+(\p{L}+ing)\b/giu;

/** Nouns of deeds a plan is for, as their verb: "put up for sale" is "sell". */
const DEED_NOUNS: Readonly<Record<string, string>> = {
  sale: 'sell', sales: 'sell', closure: 'close', closures: 'close', demolition: 'demolish', merger: 'merge', relocation: 'relocate',
  expansion: 'expand', extension: 'extend', disposal: 'dispose', withdrawal: 'withdraw', privatisation: 'privatise', privatization: 'privatize',
  redevelopment: 'redevelop', reopening: 'reopen', purchase: 'buy', acquisition: 'acquire',
};

/** Whether the passage says there are no plans for a deed the sentence names (as a verb or its noun). */
function noPlansFor(claim: Claim, passage: string): boolean {
  const planned = new Set<string>();
  for (const m of passage.matchAll(NO_PLANS)) planned.add(lemmaTerm((m[1] ?? m[2] ?? m[3]).toLowerCase()));
  planned.delete(lemmaTerm('be'));
  if (planned.size === 0) return false;
  return claim.tokens.some((t) => t.kind === TokenKind.Word && !t.stop && planned.has(lemmaTerm(DEED_NOUNS[t.raw.toLowerCase()] ?? t.raw.toLowerCase())));
}

/** Whether a deed's word is in the passage only in a heading line ("### 7. Performance bond and recovery"). */
function deedInHeadingOnly(passage: string, lemma: string): boolean {
  if (!/^[ \t]*#{1,6}[ \t]/m.test(passage) || lemma.length < 4) return false;
  const has = (text: string) => new RegExp(`\\b${lemma.replace(/[^\p{L}]/gu, '')}`, 'iu').test(text);
  const headings = passage.match(/^[ \t]*#{1,6}[ \t].*$/gm) ?? [];
  const body = passage.replace(/^[ \t]*#{1,6}[ \t].*$/gm, '');
  // (Only where the body speaks of it as still to come: "notified the bond provider of a potential claim".
  // "### Clerk's resignation" over "handed in her notice" says it in other words.)
  return headings.some(has) && !has(body) && STILL_TO_COME.test(body);
}
/** Words of a matter still to come. */
const STILL_TO_COME = /\b(?:potential|possible|intends?\s+to|plans?\s+to|proposed|pending|awaiting|yet\s+to|not\s+yet|seeks?|seeking|consider(?:s|ing)?\s+whether)\b/i;

/** Units of a span of time, as index terms. */
const SPAN_UNIT = /^(?:year|yr|month|week|fortnight|day|night|hour|hr|minut|min|second|decad|centur)/;

/** A sentence's thing done, by whom: "The trams are being built by Halvorsen Rail" (group 1: "trams"). */
const PASSIVE_BY = /^(?:[Tt]he|[Ii]ts|[Tt]heir|[Aa]n?)?\s*(?:[\p{L}-]+\s+){0,3}?(\p{Ll}[\p{L}-]{2,})(?:\s+(?:itself|themselves|alone|too|also))?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|was\s+being|were\s+being|will\s+be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|ilt|ought|ade|un|eld|old|ent|ept)\s+by\s+(?:the\s+)?\p{Lu}/u;

/** A sentence that opens with the thing done: "The contract with Wyvern was signed the following day" (group 1: "contract"). */
const PASSIVE_SUBJECT = /^(?:The|Its|Their|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{L}-]{2,})(?:\s+(?:itself|themselves|alone|too|also))?(?:\s+(?:with|of|for|at|on|to|from|in)\s+[^,;]{1,40}?)?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|is\s+being|are\s+being|will\s+be)\s+(?:\p{Ll}+ly\s+)?\p{Ll}+(?:ed|en|ilt|ought|ade|eld|old|ent|ept|ung)\b/u;

/** The thing a passage's sentence opens with, before its verb: "The call-in was received …" (group 1: "call-in"). */
const SUBJECT_AT_START = /^\s*(?:[\d.]+\s+)?(?:The|Its|Their|This|That)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}[\p{L}-]{2,})(?:\s+(?:with|of|for|at|on|to|from|in)\s+[^,;]{1,40}?)?\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\b/u;

/** What says only part of a deed is done, before its word: "80% complete", "partly built", "nearly finished". */
const PART_DONE = /(?:\d\s*(?:%|per\s*cent)|\b(?:partly|partially|nearly|almost|half|largely|mostly|substantially|not\s+yet|yet\s+to\s+be|close\s+to|all\s+but|near(?:\s+to)?))\s+$/i;

/** Whether a passage speaks of completion only as partly done ("is around 80% complete"). */
function partlyDoneOnly(text: string): boolean {
  const all = [...text.matchAll(new RegExp(COMPLETION.source, 'gi'))];
  return all.length > 0 && all.every((m) => PART_DONE.test(text.slice(Math.max(0, m.index! - 24), m.index!)));
}

/** Whether a passage says a thing is completed, not only partly: "80% complete" and "close to completion" say it is not. */
function completionIn(text: string): boolean {
  for (const m of text.matchAll(new RegExp(COMPLETION.source, 'gi'))) if (!PART_DONE.test(text.slice(Math.max(0, m.index! - 24), m.index!))) return true;
  return false;
}

/** A relative clause that says no of whom it speaks, up to the main clause's verb: "who are not in school [will be set work]". */
const RELATIVE_NOT = /\b(?:who|which|that)\s+(?:are|is|were|was|have|has|had|do|does|did)\s+(?:not|n['’]t|never)\b[^,;.]*?(?=\s+(?:will|would|are|is|were|was|have|has|had|can|could|should|must|may|might)\b)/gi;

/** Whether a passage is a table of steps with the dates they are to be done by ("| Step | Requirement | Complete by |"). */
function scheduleTable(text: string): boolean {
  if (!isTableText(text)) return false;
  const head = text.split('\n').find((l) => l.includes('|')) ?? '';
  return /\|\s*(?:to\s+be\s+)?(?:complete(?:d)?\s+by|due(?:\s+by|\s+date)?|deadline|target\s+date|by\s+when|compliance\s+date)\s*\|/i.test(head);
}

/** What a correction says the paper had said, up to what it said: "We also stated that …", "The same article said that …". */
const RESTATED = /\b(?:we|it)\s+(?:also\s+|had\s+|have\s+)?(?:said|stated|reported|wrote|printed|published|described|named)\s+(?:that\s+)?|\b(?:the|our|that|this|an?)(?:\s+same|\s+earlier|\s+original)?\s+(?:report|article|story|piece)\s+(?:[^.]{0,60}?\s)?(?:said|stated|reported|described|named)\s+(?:that\s+)?/i;

/** A word that says no. */
const NO_WORD = /\b(?:no|not|never|nobody|none|neither|nor|without|nothing|stopped\s+short\s+of)\b|n['’]t\b/i;

/** A post with its brief: "cabinet member for finance", "director of housing", "spokeswoman for health". */
const PORTFOLIO = /\b(?:member|minister|secretary|director|head|lead|spokes(?:man|woman|person)|portfolio holder|champion|officer)\s+(?:for|of)\s+([\p{Ll}][\p{L}-]{3,})/giu;

/** Whether a passage gives a post of the sentence another brief, and never the sentence's. */
function otherPortfolio(claim: Claim | undefined, passage: string): boolean {
  if (!claim) return false;
  const briefs = (text: string) => [...text.matchAll(PORTFOLIO)].map((m) => m[1].toLowerCase());
  const mine = briefs(claim.text).filter((b) => !/^(?:the|a|an|its|their|his|her)$/.test(b));
  if (mine.length === 0) return false;
  const theirs = briefs(passage);
  return theirs.length > 0 && mine.some((b) => !theirs.includes(b) && !passage.toLowerCase().includes(b));
}

/**
 * Whether every name the sentence gives as a place ("at Wyvern Road's ground", "at Brook Meadow") is in the
 * passage only as a side played against ("against Wyvern Road", "v Wyvern Road").
 */
function opponentOnly(claim: Claim | undefined, passage: string): boolean {
  if (!claim) return false;
  const places = claim.names.filter((n) => /\bat\s+(?:the\s+)?$/i.test(claim.text.slice(Math.max(0, n.start - 10), n.start)));
  return places.some((n) => {
    const name = n.text.replace(/['’]s$/, '');
    const at = [...passage.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'g'))].map((m) => m.index ?? 0);
    return at.length > 0 && at.every((i) => /\b(?:against|versus|vs\.?|v\.?|beat|beating|lost to|drew with|hosted|hosting|host)\s+(?:the\s+)?$/i.test(passage.slice(Math.max(0, i - 14), i)));
  });
}

/** A place's quarter beside its name: "Dunmere East", "West Kelby", "Upper Harcombe". */
const QUARTER = /^(?:North|South|East|West|Upper|Lower|Central|Mid)$/;

/** The sentence's place named with a quarter ("Dunmere East"), if any. */
function quarterName(claim: Claim | undefined): string | undefined {
  return claim?.names.find((n) => n.text.split(/\s+/).length >= 2 && n.text.split(/\s+/).some((w) => QUARTER.test(w)))?.text;
}

/**
 * The passage's name for the sentence's place with another quarter ("Dunmere West" for "Dunmere East"),
 * where the passage never has the sentence's.
 */
/**
 * Another of the kind a name of the sentence gives, where the passage lacks the name's own first word:
 * "Tollerton Primary School" for "Brackley Primary School", "Harwood Road" for "Mill Road". Returns the
 * passage's name; otherOfKindName, the sentence's.
 */
/** Roles a body gives a person, written before the name: "UNISON organiser Carol Whitlock". */
const BODY_ROLE = /(?<![\p{L}'’-])(\p{Lu}[\p{L}&'’-]*(?:\s+\p{Lu}[\p{L}&'’-]*){0,2})\s+(organiser|organizer|spokesman|spokeswoman|spokesperson|secretary|chairman|chairwoman|chair|leader|official|representative|rep|convenor|officer|president|treasurer|director)\s+((?:\p{Lu}[\p{L}'’-]+\s+)?\p{Lu}[\p{L}'’-]+)/gu;

/** The body and role the passage gives the person the sentence gives another body's role ("GMB organiser"), if it does. */
function otherBodyOfRole(claim: Claim | undefined, passage: string): string | undefined {
  if (!claim) return undefined;
  for (const m of claim.text.matchAll(BODY_ROLE)) {
    const [, body, role, name] = m;
    const surname = name.split(/\s+/).pop()!;
    for (const p of passage.matchAll(BODY_ROLE)) {
      if (p[2].toLowerCase() !== role.toLowerCase() || p[3].split(/\s+/).pop() !== surname) continue;
      const theirs = p[1].split(/\s+/).pop()!;
      if (p[1] !== body && !body.split(/\s+/).includes(theirs) && !p[1].split(/\s+/).includes(body.split(/\s+/).pop()!)) return `${p[1]} ${p[2]}`;
    }
  }
  return undefined;
}

const KIND_OF_PLACE = /^(?:School|Academy|College|University|Road|Street|Lane|Avenue|Way|Drive|Crescent|Park|Centre|Center|Hall|Hospital|Surgery|Practice|Church|Chapel|Library|Museum|Station|Bridge|House|Estate|Farm|Mill|Quay|Wharf|Pier|Green|Square|Market|Ward|Unit|Reservoir|Works|Ground|Stadium|Pool|Baths|Cemetery|Crematorium|Theatre|Cinema)$/;

function otherOfKind(claim: Claim | undefined, passage: string): string | undefined {
  return otherOfKindMatch(claim, passage)?.theirs;
}
function otherOfKindName(claim: Claim | undefined, passage: string): string | undefined {
  return otherOfKindMatch(claim, passage)?.mine;
}
function otherOfKindMatch(claim: Claim | undefined, passage: string): { theirs: string; mine: string } | undefined {
  if (!claim) return undefined;
  for (const n of claim.names) {
    const words = n.text.replace(/['’]s$/, '').split(/\s+/);
    if (words.length < 2 || words.length > 4 || !words.every((w) => /^\p{Lu}/u.test(w)) || !KIND_OF_PLACE.test(words[words.length - 1])) continue;
    const own = words[0];
    // (However written: "King's Norton" is "Kings Norton", "Stoke on Trent" "Stoke-on-Trent".)
    const plain = (x: string) => x.replace(/['’]/g, '').replace(/-/g, ' ');
    if (new RegExp(`(?<![\\p{L}])${plain(own).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'u').test(plain(passage))) continue;
    const rest = words.slice(1).join(' ').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const m = new RegExp(`(?<![\\p{L}])(\\p{Lu}[\\p{L}'’-]+)\\s+${rest}(?![\\p{L}])`, 'u').exec(passage);
    if (m && m[1] !== own && !plain(own).split(' ').includes(plain(m[1])) && !/^(?:The|A|An|This|That|Its|Their|His|Her)$/.test(m[1])) return { theirs: m[0], mine: n.text };
  }
  return undefined;
}

function otherQuarter(claim: Claim | undefined, passage: string): string | undefined {
  const name = quarterName(claim);
  if (!name || passage.includes(name)) return undefined;
  const words = name.split(/\s+/);
  const at = words.findIndex((w) => QUARTER.test(w));
  const rest = words.filter((_, k) => k !== at).join(' ');
  const escaped = rest.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const quarter = '(North|South|East|West|Upper|Lower|Central|Mid)';
  const m = new RegExp(at === 0 ? `\\b${quarter}\\s+${escaped}\\b` : `\\b${escaped}\\s+${quarter}\\b`).exec(passage);
  return m && m[1] !== words[at] ? m[0] : undefined;
}

/** Verbs whose past participle is their base: "has put", "had set", "have cut". */
const SAME_PAST: ReadonlySet<string> = new Set(['put', 'set', 'cut', 'let', 'hit', 'shut', 'cost', 'spread', 'quit', 'bid', 'cast', 'hurt', 'split', 'upset', 'shed', 'broadcast', 'forecast']);

/** Whether "has", "have" or "had" comes just before a word, an adverb or two between ("has already put"). */
function perfectBefore(tokens: readonly { raw: string }[], i: number): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k].raw.toLowerCase();
    if (/^(?:has|have|had|having|[\p{L}]+['’](?:ve|d))$/u.test(w)) return true;
    if (!/ly$|^(?:already|now|since|just|also|not|never|yet|still|recently|finally)$/.test(w)) return false;
  }
  return false;
}

/**
 * Whether a word in the past form stands in a noun phrase, not as a verb: after a determiner ("an automated
 * locker", "the estimated cost"), after such a word ("an estimated cost"), or an acronym ("LED motifs").
 */
function inNounPhrase(tokens: readonly { raw: string }[], i: number): boolean {
  const raw = tokens[i].raw;
  if (raw.length > 1 && raw === raw.toUpperCase() && /\p{Lu}/u.test(raw)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 3; k--) {
    const w = tokens[k].raw.toLowerCase();
    if (/^(?:a|an|the|this|that|these|those|its|their|his|her|our|my|your|every|each|another)$/.test(w)) return true;
    if (!(w.length > 4 && w.endsWith('ed'))) return false;
  }
  return false;
}

/** Words before a verb that put it in the future or the possible ("might file", "will be diverted"). */
const YET_TO_COME: ReadonlySet<string> = new Set(['may', 'might', 'could', 'will', 'would', 'shall', 'must', 'should']);
/** A turn of a transcript that is the interviewer's: "PRESENTER (Gemma Hurst): …", "Q: …", "REPORTER: …". */
const INTERVIEWER = /^[ \t]*(?:PRESENTER|INTERVIEWER|HOST|REPORTER|ANCHOR|MODERATOR|QUESTION|Q|Presenter|Interviewer|Host|Reporter|Moderator|Question)\b[^:\n]{0,40}:\s/;
/** A sentence that says what was asked, which an interviewer's turn may back. */
const ASKS = /\b(?:ask\w*|question\w*|put it to|wonder\w*|presenter|interviewer|host|reporter|moderator)\b/i;

/** Whether a passage is said in an interviewer's turn (the line it starts on opens with their label). */
function askedBy(e: Evidence): boolean {
  const text = e.source.text;
  const lineStart = text.lastIndexOf('\n', e.span.start - 1) + 1;
  return INTERVIEWER.test(text.slice(Math.max(lineStart, e.paragraph.start), e.span.start + 60));
}

/**
 * Whom a sentence reports as speaking, by surname: "Dr Renn said" → Renn; "Simon Achterberg of Trackways
 * Network said" → Achterberg (the organisation after "of" is where the speaker works, not the speaker).
 */
function reporterOf(text: string): string | undefined {
  const m = SPEAKER.exec(text);
  if (!m) {
    // (Or after the verb, as news writes it after a quotation: '"…," said Jean Lindsay.')
    const after = SPEAKER_AFTER.exec(text);
    return after && !CALENDAR_NAME.test(after[1]) ? after[1] : undefined;
  }
  const person = /(\p{Lu}[\p{L}'’-]+)\s+(?:of|from|at)\s+(?:the\s+)?$/u.exec(text.slice(Math.max(0, m.index - 60), m.index));
  return person && !PRONOUN.test(person[1]) ? person[1] : m[1];
}
/** The speaker after the verb that follows a quotation: '…," said Jean Lindsay', '…," added Cllr Hale.' */
const SPEAKER_AFTER = /["”’]\s*(?:said|says|added|adds|warned|argued|insisted|claimed|explained|continued)\s+(?:\p{Lu}[\p{L}.'’-]*\s+){0,4}?(\p{Lu}[\p{L}'’-]+)\b(?!\s+\p{Lu})/u;
/** A word that says who speaks: "she added", "said his mother". */
const SPEECH_WORD = /\b(?:said|says|added|adds|told|tells|warned|asked|replied|insisted|explained|continued)\b/i;
/** Days and months, which follow "said" as when, not who. */
const CALENDAR_NAME = /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Today|Yesterday)$/;
/** Who a sentence gives its words to: the surname before "said", "told", "warned" ("Marrane said …", "Dr Ana Ruiz told …"). */
const SPEAKER = /\b(?:\p{Lu}[\p{L}'’-]+\s+)?(\p{Lu}[\p{L}'’-]+)\s+(?:said|says|told|tells|added|warned|argued|insisted|claimed|described|called)\b/u;
/**
 * The person whose transcript turn a passage is in, by the label on its line ("HELEN MARSH: …").
 * (A name, every word with a capital: "Any other business:" is no one's turn, nor "RESOLVED:", nor "Chair:".)
 */
function turnSpeakerOf(e: Evidence): string | undefined {
  const lineStart = e.source.text.lastIndexOf('\n', e.span.start - 1) + 1;
  const turn = TURN.exec(e.source.text.slice(Math.max(lineStart, e.paragraph.start), e.span.start + 80))?.[1];
  return turn !== undefined && turn.split(/\s+/).every((w) => /^\p{Lu}/u.test(w)) && !ROLE_LABEL.test(turn) && !MINUTES_LABEL.test(turn) ? turn : undefined;
}
/** A turn's label that names a role, not a person, who may be anyone the sentence names ("Chair", "Presenter"). */
const ROLE_LABEL = /^(?:the\s+)?(?:chair|chairman|chairwoman|presenter|host|interviewer|reporter|moderator|question|answer|q|a|witness|speaker|judge|clerk)$/i;
const PRONOUN = /^(?:He|She|They|It|We|I)$/;
const MINUTES_LABEL = /^(?:resolved|note|notes|vote|votes|agreed|action|actions|decision|item|motion|present|apologies|outcome|result|proposed|seconded|amendment|recommendation|subject|interviewee|date|recorded|recording|location|venue|transcript|transcribed|source|ref|re)$/i;

/** A speaker with an aside between the name and the verb: "Cllr Ruth Okafor, who chairs the committee, said:". */
const SPEAKER_APART = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+),\s+(?:who|the|a|an|chair|head|leader|director|manager|spokes\p{L}*)\b[^,"“”]{0,80},\s+(?:said|says|told|tells|added|warned|argued|insisted|claimed)\b/u;

/** The same in a passage, with an apposition between ("Brevard's lawyer, Nadia Ferrow, said"). */
const SPEAKER_IN = /\b(\p{Lu}[\p{L}'’-]+),?\s+(?:said|says|told|tells|added|warned|argued|insisted|claimed|described|called)\b/u;

/** Of those, the ones that say it is only possible. */
const MAYBE: ReadonlySet<string> = new Set(['may', 'might', 'could']);

/** A verb saying work was brought to its end. */
const COMPLETED = /^(?:completed|finished|concluded)$/i;
/** Any word of completion in a passage: "completed", "finished", "is complete", "done", "over", "ended". */
const COMPLETION = /\b(?:complet\w*|finish\w*|conclu\w*|done|over|ended|ends|wound up|back in (?:service|use|operation)|reopen\w*|handed over)\b/i;

/** A verb saying work was set going. */
const BEGUN = /^(?:begun|began|started|commenced)$/i;
/** Any word of starting in a passage: "began", "started", "under way", "got going", "broke ground". */
const BEGINNING = /\b(?:beg[iau]n\w*|start\w*|commenc\w*|under ?way|got going|broke ground|launch\w*|kicked off|opened|in progress)\b/i;

/** A passage that looks ahead to work: "would like to open", "appointed … to rebuild", "expected to begin", "is to be". */
const WORK_AHEAD = /\b(?:will|would|shall|expected to|due to|plans? to|planned|intends? to|hopes? to|aims? to|like to|(?:appointed|contracted|hired|engaged|commissioned)\b[^.;]{0,60}?\bto|is to|are to|set to|yet to|not yet|awaiting|pending)\b/i;

/** An agreement not yet final: "agreed in principle", "has not yet been signed", "yet to be finalised". */
const PROVISIONAL = /\bin principle\b|\b(?:not\s+yet|yet\s+to)\s+(?:been\s+|be\s+)?(?:formally\s+)?(?:signed|finali[sz]ed|completed|ratified|confirmed|agreed|approved|drawn\s+down)\b|\bsubject to (?:contract|final approval|signature)\b|\bprovisional(?:ly)?\b/i;

/** A deed to be done before something that has not yet begun: "(built) before extraction starts". */
const REQUIRED_FIRST = /^[^.;!?]{0,20}?\bbefore\s+(?:[\p{L}'’-]+\s+){0,3}?(?:starts|begins|opens|commences|takes place|can|is|are|gets)\b/iu;

/** Modals before what a sentence says would happen. */
const FORECAST_MODALS: ReadonlySet<string> = new Set(['would', 'will', "won't", 'could', 'might']);

/** Words that rank or add up what a table gives row by row: "the most defects", "a majority", "combined", "in all". */
const RANKS = /\b(?:most|majority|largest|biggest|highest|lowest|fewest|least|smallest|combined|in all|in total|altogether|more than any|fewer than any)\b/i;

/** A sentence that gives people's answers ("38 per cent said no"). */
const ANSWERS = /\b(?:said|answered|replied|voted) (?:yes|no)\b/i;

/** A question put to people, before the clause that gives their answers ("Asked whether …, 46 per cent said yes"). */
const POLL_QUESTION = /\b(?:asked|questioned) (?:whether|if)\b[^.;]*?,(?=[^.;]*\b(?:said|answered|replied|voted) (?:yes|no)\b)/gi;

/** A title before a name in minutes: "Cllr", "Councillor", "Mrs", "Revd". */
const TITLE = String.raw`(?:Cllr|Councillor|Dr|Mr|Mrs|Ms|Miss|Mx|Revd|Rev|Professor|Prof|Sir|Dame|Lord|Lady)\.?\s+`;
/** A person's name after its title: given names or initials, then the surname ("Tom Weller", "R. Saddler"). */
const NAME = String.raw`((?:\p{Lu}\.\s*)*(?:\p{Lu}[\p{L}'’-]+\s+)*\p{Lu}[\p{L}'’-]+)`;
/**
 * "Moved by Councillor Harrow", "seconded by Cllr Bains", "proposed by the chair of governors, Patricia
 * Holloway-Nunn", and with no "by" after a title or a colon: "(Moved Cllr Pollexfen, seconded Cllr
 * Threlfall)", "Proposed: Mr Almond".
 */
const MOVED_BY = new RegExp(String.raw`\b([Mm]oved|[Ss]econded|[Pp]roposed|[Rr]equested)(?:\s+by\s+(?:the\s+[\p{Ll}'’ -]{1,40},\s+)?(?:${TITLE})?|:\s*(?:${TITLE})?|\s+${TITLE})${NAME}`, 'gu');
/** "Councillor Pike moved", "Councillor Neha Sandhu, who proposed the deferral", "Cllr Marsh then moved", "Councillor Sallis, seconded by Councillor Wylie, moved", "Cllr Thwaite (Kettlesby East) moved", "Cllr Thwaite, who represents Kettlesby East, moved". */
const NAME_MOVED = /(?<![\p{L}'’-])(\p{Lu}[\p{L}'’-]+)(?:\s*\([^()]{1,40}\))?(?:,\s+who\s+[^,.;()]{1,60},|,\s+who|,\s+seconded\s+by\s+[^,.;]{1,40},)?\s+(?:then\s+|had\s+|also\s+|formally\s+)?(moved|seconded|proposed)\b/gu;
/** Words before "moved" that name no person. */
const NO_MOVER = /^(?:The|A|An|It|He|She|They|Who|Which|This|That|Motion|Amendment|Recommendation|Resolution|Proposal|Item|Chair|Mayor|Members?|Committee|Council|Board)$/;

/** The surnames a sentence gives as moving or seconding a motion ("Councillor Pike moved the motion", "seconded by Cllr Hale"). */
function moversOf(text: string): Array<{ verb: string; name: string; shown: string }> {
  // (Minutes write the verbs in capitals: "It was MOVED by Cllr Wragg and SECONDED by Cllr Bestwick".)
  text = text.replace(/\b(?:MOVED|SECONDED|PROPOSED)\b/g, (w) => w.toLowerCase());
  // Proposing a motion is moving it; seconding is another part.
  // (A recorded vote "requested by Cllr Mistry" is a part of its own.)
  const role = (verb: string) => (verb.toLowerCase() === 'seconded' ? 'seconded' : verb.toLowerCase() === 'requested' ? 'requested' : 'moved');
  const out = [...text.matchAll(NAME_MOVED)]
    .filter((m) => !NO_MOVER.test(m[1]) && !ROLES.has(m[1].toLowerCase()))
    // ("Tidewater moved its office": a person moves a motion, an amendment, approval, or "that …".)
    .filter((m) => m[2] !== 'moved' || /^(?:\s*[,)]|\s+(?:that\b|approval\b|refusal\b|deferral\b|rejection\b|an?\s+(?:[\p{Ll}-]+\s+){0,2}?(?:motion|amendment|resolution|recommendation|proposal)\b|the\s+(?:[\p{Ll}'’-]+\s+){0,3}?(?:motion|amendment|resolution|recommendation|proposal|deferral|refusal|approval|referral)\b))/u.test(text.slice(m.index + m[0].length, m.index + m[0].length + 60)))
    .map((m) => ({ verb: role(m[2]), name: m[1].toLowerCase(), shown: m[1] }));
  // And "moved by Councillor Harrow", "proposed by Cllr Fiona Hale": by surname.
  for (const m of text.matchAll(MOVED_BY)) {
    const shown = m[2].split(/\s+/).pop()!.replace(/['’]s$/, '');
    if (!ROLES.has(shown.toLowerCase()) && !NO_MOVER.test(shown)) out.push({ verb: role(m[1]), name: shown.toLowerCase(), shown });
  }
  return out;
}

/** A sentence naming a person in its first few words: "Director of midwifery Morag Lennie, who …". */
const NAMED_FIRST = /^\W*(?:[\p{L}-]+\s+){0,5}?\p{Lu}[\p{Ll}'’-]+(?:\s+\p{Lu}[\p{Ll}'’-]+)+/u;

/** A role's short or everyday forms: "CEO" for a chief executive, "skipper" for a captain, "Cllr". */
const ROLE_ALIASES: Readonly<Record<string, RegExp>> = {
  councillor: /\bcllrs?\b/,
  chief: /\bceo\b/,
  executive: /\bceo\b/,
  chiefexecutive: /\bceo\b/,
  captain: /\bskipper\b/,
  manager: /\bboss\b/,
  headteacher: /\bhead\b/,
};

/** Words that say who moved or seconded, other than "moved by": "proposer", "seconding", "Cllr Hale's motion". */
const MOVER_WORDS = /\b(?:propos(?:er|ing)|second(?:er|ing)|moving)\b|\p{Lu}[\p{Ll}'’-]+['’]s\s+(?:motion|amendment|proposal)\b/iu;

/** Who moved or seconded by the role minutes give ("Proposed by the Chairman, seconded by the Treasurer"). */
function roleMoversOf(text: string): Array<{ verb: string; role: string }> {
  const out: Array<{ verb: string; role: string }> = [];
  for (const m of text.matchAll(/\b(moved|seconded|proposed)\s+by\s+the\s+((?:vice[- ])?\p{L}+)/giu)) {
    const role = m[2].toLowerCase();
    if (ROLES.has(role.replace(/^vice[- ]/, '')) || /^(?:treasurer|clerk|mayor|chair|chairman|chairwoman|secretary)$/.test(role)) out.push({ verb: m[1].toLowerCase() === 'seconded' ? 'seconded' : 'moved', role });
  }
  return out;
}

/**
 * A sentence that gives the motion to a role where the minutes give it to another role ("proposed by the
 * treasurer … and seconded by the chairman" where they record "Proposed by the Chairman, seconded by the
 * Treasurer"). Roles against roles only: a name against a role may be the same person.
 */
function otherRoleMoverOf(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const mine = roleMoversOf(claim.text);
  if (mine.length === 0) return undefined;
  for (const e of j.cover.slice(0, 2)) {
    const text = e.source.text.slice(e.paragraph.start, e.paragraph.end);
    const theirs = roleMoversOf(text);
    for (const { verb, role } of mine) {
      const given = theirs.filter((t) => t.verb === verb);
      if (given.length === 0 || given.some((t) => t.role === role)) continue;
      return { evidence: e, test: 'mover', why: `records the motion as ${verb} by the ${given.map((t) => t.role).join(' and ')}` };
    }
  }
  return undefined;
}

/** What a writer is told of minutes that give the motion to others: "records the motion as moved by Achebe". */
function recordedAs(verb: string, whom: readonly string[]): string {
  return `records the motion as ${verb} by ${whom.join(' and ')}`;
}

/** The paragraphs of a source that record who moved or seconded something, and what they record (read once per source). */
function actsOf(source: Source): ReadonlyArray<{ paragraph: Paragraph; acts: ReturnType<typeof moversOf>; words: Set<string> }> {
  let acts = ACTS.get(source);
  if (!acts) {
    const found: Array<{ paragraph: Paragraph; acts: ReturnType<typeof moversOf>; words: Set<string> }> = [];
    for (const paragraph of source.paragraphs) {
      const text = source.text.slice(paragraph.start, paragraph.end);
      if (!/moved|seconded|proposed/i.test(text)) continue;
      const recorded = moversOf(text);
      if (recorded.length) found.push({ paragraph, acts: recorded, words: motionWords(text) });
    }
    ACTS.set(source, (acts = found));
  }
  return acts;
}
const ACTS = new WeakMap<Source, ReadonlyArray<{ paragraph: Paragraph; acts: ReturnType<typeof moversOf>; words: Set<string> }>>();

/** What a text says a motion is about, by the first five letters of its words ("refus", "bolla", "amend"): not the meeting. */
function motionWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const w of text.match(/\p{L}{4,}/gu) ?? []) {
    const stem = w.toLowerCase().slice(0, 5);
    if (!MOTION_FILLER.has(stem)) out.add(stem);
  }
  return out;
}
const MOTION_FILLER: ReadonlySet<string> = new Set(
  'motio moved secon propo counc cllr commi meeti board cabin membe vote voted votes carri appro agree passe unani later also then first forma which that this with were been have from their there chair mayor lead leade behal itsel after befor durin said told'.split(' '),
);

/** What a sentence says its motion is about ("refus", "bolla"), its names aside. */
function motionTopic(claim: Claim): string[] {
  const names = new Set(claim.names.flatMap((n) => n.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map((w) => w.slice(0, 5)));
  // (The clauses that say who moved or seconded: "Cllr Toft, who proposed the disinfection spending,
  // declared an interest …" speaks of the spending's motion, not of the interest.)
  const acting = claim.text.split(/[,;:]/).filter((c) => /\b(?:moved|seconded|proposed)\b/i.test(c));
  return [...motionWords(acting.length ? acting.join(' ') : claim.text)].filter((w) => !names.has(w));
}

/** Whether a passage's paragraph is about the motion a sentence speaks of: it shares a word of what the motion is about; or the sentence names none, and the minutes record no motion its people moved or seconded as it says. */
function aboutTheMotion(e: Evidence, claim: Claim): boolean {
  const topic = motionTopic(claim);
  // (With nothing to tell the motions apart, one the minutes record the person moving is as likely the one meant.)
  if (topic.length === 0) return !moversOf(claim.text).every(({ verb, name }) => actsOf(e.source).some((it) => it.acts.some((a) => a.verb === verb && a.name === name)));
  const words = motionWords(e.source.text.slice(e.paragraph.start, e.paragraph.end));
  return topic.some((w) => words.has(w));
}

/**
 * Minutes that record who moved or seconded the motion a sentence speaks of, and give it to someone
 * else ("The motion to refuse was moved by Councillor Nandra" where the item reads "Councillor Achebe
 * moved, and Councillor Nandra seconded, that the application be refused"): the motion is the item
 * whose words the sentence shares most; with none, a person the minutes record only as seconding
 * ("The motion was seconded by Councillor Sallis" where every motion he is named in he moved).
 */
export function otherMoverOf(j: Judgement, claim: Claim): { evidence: Evidence; test: string; why: string } | undefined {
  const mine = moversOf(claim.text);
  if (mine.length === 0) return otherRoleMoverOf(j, claim);
  const topic = motionTopic(claim);
  const seen = new Set<Source>();
  const ofAmendment = AMENDMENT.test(claim.text);
  for (const e of [...j.cover, ...j.evidence]) {
    if (seen.has(e.source)) continue;
    seen.add(e.source);
    const all = actsOf(e.source);
    const amends = (it: (typeof all)[number]) => AMENDMENT_MOVED.test(e.source.text.slice(it.paragraph.start, it.paragraph.end));
    // (A sentence that says it speaks of an amendment is read against the amendments the minutes record
    // as such, where there are any; another may describe one by what it proposed.)
    const items = ofAmendment && all.some(amends) ? all.filter(amends) : all;
    if (items.length === 0) continue;
    const overlap = items.map((it) => topic.filter((w) => it.words.has(w)).length);
    const most = Math.max(0, ...overlap);
    const byWords = most > 0 ? items.filter((_, i) => overlap[i] === most) : [];
    // The item another person the sentence names is recorded as moving or seconding, as it says, is the
    // one it speaks of ("Cllr Thwaite moved …, and Cllr Sattar seconded him" of the item Thwaite moved, not
    // of the amendment quoting the motion's words that Sattar seconded); else the one sharing most words.
    // (The motion first, for a sentence that does not speak of an amendment.)
    const checks = mine
      .map((pair) => {
        const anchored = items.filter((it) => mine.some((m) => m !== pair && it.acts.some((a) => a.verb === m.verb && a.name === m.name)));
        return { ...pair, about: anchored.length ? anchored : byWords, motion: anchored.length > 0 && !ofAmendment && !anchored.some(amends) };
      })
      .sort((a, b) => Number(b.motion) - Number(a.motion));
    for (const { verb, name, about } of checks) {
      const holds = (it: (typeof items)[number], v: string, who: string) => it.acts.some((a) => a.verb === v && a.name === who);
      if (about.some((it) => holds(it, verb, name))) continue;
      const others = about.flatMap((it) => it.acts.filter((a) => a.verb === verb && a.name !== name));
      const where = about.find((it) => it.acts.some((a) => a.verb === verb))?.paragraph;
      if (others.length && where) {
        return { evidence: { ...e, paragraph: where, span: { start: where.start, end: where.end } }, test: 'mover', why: recordedAs(verb, [...new Set(others.map((a) => a.shown))]) };
      }
      // No item about it, or none that says who did this: a person the minutes record only doing the other part.
      const other = verb === 'moved' ? 'seconded' : 'moved';
      if (!items.some((it) => holds(it, verb, name))) {
        const theirs = items.find((it) => holds(it, other, name));
        if (theirs) return { evidence: { ...e, paragraph: theirs.paragraph, span: { start: theirs.paragraph.start, end: theirs.paragraph.end } }, test: 'mover', why: `records ${theirs.acts.find((a) => a.name === name)!.shown} as having ${other} the motion, not ${verb} it` };
      }
    }
  }
  // (And by role, where the sentence gives one: "proposed by the treasurer, Ian Castellano".)
  return otherRoleMoverOf(j, claim);
}

/** An amendment, by name. */
const AMENDMENT = /\bamendments?\b/i;

/** What a body does when it decides ("voted to", "approved", "required the club to"). */
/** A sentence saying a motion or proposal was decided: "A motion … was also carried", "approved a scheme proposed by …". */
const MOTION_DECIDED = /\b(?:carried|passed|adopted|approved|agreed|accepted|endorsed|ratified)\b/i;
// ("Carried out", "passed on", "passed away" decide nothing.)
const DECIDED = /\b(?:approved|passed(?!\s+(?:on|away|through|by)\b)|voted|agreed|adopted|carried(?!\s+out\b)|decided|required|ordered|granted|endorsed|accepted|ratified|awarded|imposed|resolved)\b/i;
/** Every decision word of a text. */
const DECIDED_ALL = new RegExp(DECIDED.source, 'gi');
/** A motion or item put off or dropped ("withdrew a motion", "was deferred", "put off until July", "No vote was taken"). */
const PUT_OFF = /\b(?:withdr[ae]w\w*|deferred|adjourned|defeated|postponed|shelved|put off|held over|not carried|no vote was taken|(?:agreed|voted|decided|resolved) to [*_]*(?:defer|postpone|adjourn))\b/i;

/**
 * A negation, then within a few words a decision ("has not decided", "does not expect to reach a
 * decision", "no conclusion"): a matter still open. Not "had decided not to appeal" (that was decided).
 */
const UNDECIDED = /(?:\b(?:not|no|never|yet to)|n['’]t)\s+(?:[\w'’-]+\s+){0,4}?(?:decision|decided|decide|conclusion|concluded|determined|established)\b/i;

/** What rules out the words after it: "rather than pasteurised egg", "without treatment". */
// (And what a choice was made over: "61 per cent favouring a steel truss design over a cable-stayed option".)
const RULED_OUT = /\b(?:rather than|instead of|without)\b|\b(?:favou?r\w*|prefer\w*|cho(?:se|sen|osing)|picked|backed|backing)\b[^.;]{1,60}?\bover\b/i;
const RULED_OUT_WORDS = /\b(?:rather than|instead of|without|(?<=\b(?:favou?r\w*|prefer\w*|cho(?:se|sen|osing)|picked|backed|backing)\b[^.;]{1,60}?)over)\s+((?:[\p{L}'’-]+\s+){0,2}[\p{L}'’-]+)/giu;

/** A claim one of whose clauses has at least this share of words no passage read has, in the same words or close ones, is offered no citation. */
export const FOREIGN_CLAUSE = 0.5;

/** A passage to cite must hold at least this share of what the claim says besides its names, figures and dates. */
export const SAID_TO_CITE = 0.5;

/** A passage that lacks a figure or date of the claim (a citation would credit it with one it does not state). */
function holdsLess(e: Evidence, figureWords: ReadonlySet<string>): boolean {
  // (A span of time is a figure too: "at least a month" is not what "at least a week" gives.)
  return e.missing.some((w) => /\d/.test(w) || figureWords.has(w.toLowerCase()));
}

/**
 * Whether the passage gives each span of time the sentence gives after an article ("a week", "a month")
 * in the same unit: a word close in meaning is no figure ("three days in bed" is no "a week in bed").
 */
function spansGiven(claim: Claim | undefined, e: Evidence): boolean {
  if (!claim || !/\b(?:an?|first|last|opening|final)\s+(?:day|night|week|fortnight|month|year|decade)\b/i.test(claim.text)) return true;
  const passage = e.source.text.slice(e.span.start, e.span.end).toLowerCase();
  // (And "its first week" is no "its first three weeks".)
  for (const m of claim.text.matchAll(/\b(first|last|opening|final)\s+(day|night|week|fortnight|month|year|decade)\b/gi)) {
    const [which, unit] = [m[1].toLowerCase(), m[2].toLowerCase()];
    if (!new RegExp(`\\b${which}\\s+${unit}\\b`).test(passage) && new RegExp(`\\b${which}\\s+[\\w-]+\\s+${unit}s\\b`).test(passage)) return false;
  }
  for (const m of claim.text.matchAll(/\b(?<!(?:once|twice|times|per|£[\d.,]+|\d)\s)an?\s+(day|night|week|fortnight|month|year|decade)\b(?!\s+(?:ago|later|earlier|before|after|old|on|of)\b)/gi)) {
    if (!new RegExp(`\\b${m[1].toLowerCase()}s?\\b`).test(passage)) return false;
  }
  return true;
}

/** A multiple the sentence gives ("tripled", "halved"): a figure too. */
const MULTIPLE_WORD = /\b(?:doubl|tripl|trebl|quadrupl|halv)(?:e|ed|es|ing)\b/gi;

/** A span of time the sentence gives after an article or a count ("at least a month", "six weeks"): a figure of it. */
const SPAN_OF_TIME = /\b(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several|first|second|third|last|final|opening|\d+)\s+((?:minutes?|hours?|days?|nights?|weeks?|fortnights?|months?|years?|decades?))\b/gi;
