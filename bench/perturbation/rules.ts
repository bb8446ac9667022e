/**
 * What every rewrite and perturbation rule shares: its input and output, word swaps with conditions on
 * the neighbouring words, and the grammar of a time phrase ("in the first quarter", "on Monday").
 */
import type { Donor } from './entities';
import { MONTHS, NUMBER_WORDS, PAST_TO_BASE, PRESENT_TO_BASE, WEEKDAYS, type WordSwap } from './lexicon';
import type { Random } from './random';
import { replaceAt, wordsOf, type ArticleContext, type Word } from './text';

export interface RuleInput {
  readonly sentence: string;
  readonly ctx: ArticleContext;
  /** This rule's own stream for this sentence. */
  readonly rng: Random;
  /** Names from the other articles (entity swaps and new clauses draw from it). */
  readonly donors: readonly Donor[];
}

/** A rule's result: the new sentence and what changed in it (`from` is empty when text was only added). */
export interface Change {
  readonly text: string;
  readonly from: string;
  readonly to: string;
}

export type Rule = (input: RuleInput) => Change | null;

/** A change that leaves the sentence as it was is no change. */
export function changed(change: Change | null, sentence: string): Change | null {
  return change && change.text !== sentence ? change : null;
}

const isFigure = (w: string | undefined) => !!w && (/^[$£]?\d/.test(w) || w in NUMBER_WORDS);

function matches(list: readonly string[] | undefined, w: string | undefined): boolean {
  if (!list || w === undefined) return false;
  return list.includes(w) || (list.includes('#') && isFigure(w));
}

export interface SwapSite {
  readonly word: Word;
  readonly swap: WordSwap;
  readonly prev?: string;
  readonly next?: string;
}

/** The places in a sentence where one of `swaps` applies: a lower-case whole word whose neighbours meet its conditions. */
export function swapSites(sentence: string, swaps: readonly WordSwap[]): SwapSite[] {
  const ws = wordsOf(sentence);
  const out: SwapSite[] = [];
  ws.forEach((word, i) => {
    // A neighbour across punctuation is no neighbour: "rose, and" has no next word for the conditions.
    const prev = i > 0 && /^\s+$/.test(sentence.slice(ws[i - 1].end, word.start)) ? ws[i - 1].text.toLowerCase() : undefined;
    const next = i + 1 < ws.length && /^\s+$/.test(sentence.slice(word.end, ws[i + 1].start)) ? ws[i + 1].text.toLowerCase() : undefined;
    for (const swap of swaps) {
      if (word.text !== swap.from) continue;
      if (swap.prev && !matches(swap.prev, prev)) continue;
      if (swap.next && !matches(swap.next, next)) continue;
      if (matches(swap.notPrev, prev) || matches(swap.notNext, next)) continue;
      out.push({ word, swap, prev, next });
      break;
    }
  });
  return out;
}

export function applySwap(sentence: string, site: SwapSite): Change {
  return { text: replaceAt(sentence, site.word.start, site.word.end, site.swap.to), from: site.swap.from, to: site.swap.to };
}

// ------------------------------------------------------------------------------------------ time phrases

const MONTH = MONTHS.join('|');
const DAY = WEEKDAYS.join('|');
const YEAR = '(?:19|20)\\d\\d';
const UNIT = 'week|weeks|month|months|year|years|quarter|quarters|half|period|season|weekend|decade|day|days|morning|afternoon|evening|night';
const MODIFIERS = '(?:(?:first|second|third|fourth|final|past|same|current|previous|latest|coming|fiscal|calendar|last|next|two|three|four|five|six|nine|12) )*';
const TIME_NP =
  `(?:(?:fiscal |calendar )?${YEAR}|(?:${MONTH})(?: \\d{1,2})?(?:,? ${YEAR})?|(?:${DAY})(?: (?:morning|afternoon|evening|night))?` +
  `|(?:the |this |that |its )?${MODIFIERS}(?:${UNIT})(?: of (?:${YEAR}|the year))?)`;
const TIME_LEADS = 'in|during|since|by|until|for|through|throughout|over|within|early|late|earlier|later|at the end of|by the end of|early in|late in|earlier in|later in';

/** A whole time phrase: "in the first quarter", "on Monday", "last week", "since 1985", "yesterday". */
export const TIME_PHRASE =
  `(?:(?:${TIME_LEADS}) ${TIME_NP}|(?:late |early )?on (?:(?:${DAY})(?: (?:morning|afternoon|evening|night))?|(?:${MONTH}) \\d{1,2}(?:,? ${YEAR})?)|(?:last|this|next|earlier this|later this|late last|early last|early next) (?:${UNIT}|${DAY}|${MONTH})|yesterday|today|tomorrow|tonight)`;

/** Whether a text mentions a time at all (a time word or a year): a clause keeps at most one time phrase when one moves. */
export function mentionsTime(text: string): boolean {
  return new RegExp(`\\b(?:${UNIT}|${MONTH}|${DAY}|yesterday|today|tomorrow|tonight)\\b|\\b${YEAR}\\b`, 'i').test(text);
}

/** Words that open a second clause or an attribution: a clause with one of them is not "simple". */
export const CLAUSE_WORDS =
  /\b(?:said|says|say|told|tell|added|announced|stated|reported|according|that|which|who|whom|whose|when|while|whereas|because|after|before|if|unless|and|but|or|than|as|since|until|although|though|where|whether)\b/i;

/** A single clause: no second clause, no punctuation inside, no quotes. */
export function isSimpleClause(text: string): boolean {
  const n = text.split(' ').length;
  return n >= 4 && n <= 30 && !/[,;:()"“”]/.test(text) && !CLAUSE_WORDS.test(text);
}

const AUXILIARIES = /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|should|may|might|must|shall)$/;
const BETWEEN_VERBS = /^(?:not|also|already|still|just|now|yet|then|since|recently|previously|further|currently)$/;
const NOT_VERBS_ED = /^(?:hundred|indeed|need|needs|speed|seed|feed|breed|red|bed|shed|wed|proceed|exceed|succeed|creed|greed|embed)$/;
const NOT_VERBS_ING = /^(?:during|morning|mornings|evening|evenings|something|anything|everything|nothing|thing|things|building|buildings|spring|king|ring|earnings|savings|holdings|meeting|meetings|funding|spending|ceiling|listing|listings|offering|offerings|trading|rating|ratings|financing|housing|banking|shipping|marketing|training|planning|accounting|beijing|wellington|sterling|long|among|along|bring|string|strong|young|wrong|being)$/;

/**
 * How many verb groups a clause has ("has also scored" is one; "is sidelined by a problem sustained
 * during" is two): a phrase moved across a clause with more than one could change what it attaches to.
 * Verbs are recognised by form (listed verbs, auxiliaries, -ed and -ing words, "to" + a word), which
 * overcounts rather than misses.
 */
export function verbGroups(text: string): number {
  const ws = wordsOf(text).map((w) => w.text);
  let groups = 0;
  let inGroup = false;
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    const lower = w.toLowerCase();
    const verbLike =
      w === lower &&
      (AUXILIARIES.test(lower) ||
        PAST_TO_BASE.has(lower) ||
        PRESENT_TO_BASE.has(lower) ||
        (/ed$/.test(lower) && lower.length >= 5 && !NOT_VERBS_ED.test(lower)) ||
        (/ing$/.test(lower) && lower.length >= 5 && !NOT_VERBS_ING.test(lower)) ||
        (i > 0 && ws[i - 1] === 'to' && /^\p{Ll}+$/u.test(lower) && !/^(?:the|a|an|its|their|his|her|this|that|these|those|all|each|every|some|many|more|most|about|around|date)$/.test(lower) && !(lower in NUMBER_WORDS)));
    if (verbLike && !inGroup) groups++;
    inGroup = verbLike || (inGroup && BETWEEN_VERBS.test(lower));
  }
  return groups;
}
