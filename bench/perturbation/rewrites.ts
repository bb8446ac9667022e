/**
 * Family (b): rewrites that keep a sentence true. Each rule fires only on the pattern it knows and
 * returns null otherwise; where a rewrite might change what the sentence says, it does not fire.
 */
import { findEntities } from './entities';
import { NUMBER_WORDS, PASSIVE_VERBS, PAST_TO_BASE, PAST_TO_PARTICIPLE, PRESENT_TO_BASE, SYNONYMS, WEEKDAYS } from './lexicon';
import { applySwap, isSimpleClause, mentionsTime, swapSites, TIME_PHRASE, verbGroups, type Change, type Rule } from './rules';
import { midSentenceForm, splitEnd, upperFirst, wordsOf } from './text';

export const REWRITE_KINDS = ['clause-order', 'phrase-move', 'attribution', 'synonym', 'number-format', 'passive', 'drop-clause'] as const;
export type RewriteKind = (typeof REWRITE_KINDS)[number];

const SPEECH_VERBS = 'said|told reporters|announced';
/** When something was said, as opposed to when what was said happened. */
const SPEECH_TIME = `(?:late |early )?on (?:${WEEKDAYS.join('|')})|yesterday|today|(?:last|this|earlier this) (?:week|month|night)|in (?:a|an|its) (?:statement|interview|report|letter)`;
const PRONOUNS = /\b(?:he|she|it|its|they|their|them|his|her|him|we|our|us)\b/i;
const SUBJECT = `[^,;:"“”()]{2,60}?`;

/**
 * Reorders an attribution and what it attributes, by the first of three patterns that fits:
 * "X said on Monday that Y." → "On Monday, X said that Y."; "Y, X said." → "X said that Y.";
 * "X said Y." → "Y, X said." (only when Y has no pronoun that would now come before its name).
 */
const clauseOrder: Rule = ({ sentence, ctx }) => {
  const { body, end } = splitEnd(sentence);
  if (end !== '.' || /["“”]/.test(body)) return null;
  const options: Change[] = [];
  const shortSubject = (s: string) =>
    s.split(' ').length <= 8 && !/\b(?:is|are|was|were|has|have|had|will|would|said|that|which|who)\b/.test(s) && !/^(?:but|and|or|so|yet|however|also|meanwhile|still|then|now)\b/i.test(s);
  // A time phrase right after "said" may belong to the reported clause when no "that" follows ("said in
  // March prices rose"), so without "that" only the times of speaking move.
  const timed =
    new RegExp(`^(${SUBJECT}) (${SPEECH_VERBS}) (${SPEECH_TIME}) (that )?(.+)$`).exec(body) ??
    new RegExp(`^(${SUBJECT}) (${SPEECH_VERBS}) (${TIME_PHRASE}) (that )(.+)$`).exec(body);
  if (timed) {
    const [, subject, verb, time, that, rest] = timed;
    const mid = midSentenceForm(subject.split(' ')[0], ctx);
    if (shortSubject(subject) && mid !== null && rest.split(' ').length >= 3 && !/^(?:to|in|on|at|for|from|with|by|of)\b/.test(rest)) {
      const text = `${upperFirst(time)}, ${[mid, ...subject.split(' ').slice(1)].join(' ')} ${verb} ${that ?? ''}${rest}${end}`;
      options.push({ text, from: `${verb} ${time}`, to: `${upperFirst(time)}, … ${verb}` });
    }
  }
  const tail = new RegExp(`^(.+), (${SUBJECT}) (said|added)$`).exec(body);
  if (tail && !timed) {
    const [, head, subject, verb] = tail;
    const mid = midSentenceForm(head.split(' ')[0], ctx);
    const subjectMid = midSentenceForm(subject.split(' ')[0], ctx);
    if (shortSubject(subject) && subjectMid !== null && mid !== null && !/^\S+,/.test(head) && head.split(' ').length >= 6) {
      const text = `${upperFirst(subject)} ${verb} that ${[mid, ...head.split(' ').slice(1)].join(' ')}${end}`;
      options.push({ text, from: `…, ${subject} ${verb}`, to: `${upperFirst(subject)} ${verb} that …` });
    }
  }
  const lead = new RegExp(`^(${SUBJECT}) said (?:that )?(.+)$`).exec(body);
  if (lead && !timed && !tail) {
    const [, subject, rest] = lead;
    const subjectMid = midSentenceForm(subject.split(' ')[0], ctx);
    const nested = /\b(?:said|says|told|according)\b/.test(rest) || /^(?:whether|if|how|why|what|when|where|who)\b/.test(rest);
    if (shortSubject(subject) && subjectMid !== null && !nested && !PRONOUNS.test(rest) && rest.split(' ').length >= 6) {
      const text = `${upperFirst(rest)}, ${[subjectMid, ...subject.split(' ').slice(1)].join(' ')} said${end}`;
      options.push({ text, from: `${subject} said …`, to: `…, ${[subjectMid, ...subject.split(' ').slice(1)].join(' ')} said` });
    }
  }
  return options[0] ?? null;
};

/**
 * A leading time phrase to the end ("In 1986, X rose." → "X rose in 1986."), or a trailing one to the
 * front, only across a clause with a single verb group, so the phrase cannot change what it attaches to.
 */
const phraseMove: Rule = ({ sentence, ctx }) => {
  const { body, end } = splitEnd(sentence);
  if (end !== '.') return null;
  const movable = (clause: string) => isSimpleClause(clause) && !mentionsTime(clause) && verbGroups(clause) === 1 && !/\b(?:compared|against|from)\b/.test(clause);
  const lead = new RegExp(`^(${TIME_PHRASE}), (.+)$`).exec(body.charAt(0).toLowerCase() + body.slice(1));
  if (lead) {
    const [, time, rest] = lead;
    if (!movable(rest) || rest.endsWith('.')) return null;
    return { text: `${upperFirst(rest)} ${time}${end}`, from: `${upperFirst(time)}, …`, to: `… ${time}` };
  }
  const trail = new RegExp(`^(.+?) (${TIME_PHRASE})$`).exec(body);
  if (!trail) return null;
  const [, head, time] = trail;
  if (!movable(head) || head.endsWith('.')) return null;
  const [first, ...others] = head.split(' ');
  const mid = midSentenceForm(first, ctx);
  if (mid === null) return null;
  return { text: `${upperFirst(time)}, ${[mid, ...others].join(' ')}${end}`, from: `… ${time}`, to: `${upperFirst(time)}, …` };
};

/** "told reporters" → "said", else "said" → "stated". Never the other way: "told reporters" says more than "said". */
const attribution: Rule = ({ sentence }) => {
  const told = /\btold reporters\b/.exec(sentence);
  if (told) return { text: sentence.slice(0, told.index) + 'said' + sentence.slice(told.index + told[0].length), from: 'told reporters', to: 'said' };
  const ws = wordsOf(sentence);
  for (let i = 1; i < ws.length; i++) {
    if (ws[i].text !== 'said') continue;
    const prev = ws[i - 1].text.toLowerCase();
    const next = ws[i + 1]?.text.toLowerCase();
    // "is said to be", "the said company": not an attribution.
    if (/^(?:is|are|was|were|be|been|being|the|so)$/.test(prev) || next === 'to') continue;
    return { text: sentence.slice(0, ws[i].start) + 'stated' + sentence.slice(ws[i].end), from: 'said', to: 'stated' };
  }
  return null;
};

const synonym: Rule = ({ sentence, rng }) => {
  const sites = swapSites(sentence, SYNONYMS);
  return sites.length ? applySwap(sentence, rng.pick(sites)) : null;
};

const NUMBER = '\\d(?:[\\d,.]*\\d)?';

/** Figures written another way, everywhere in the sentence: "1,500" → "1500", "5 pct" → "5%", "mln" → "million", "three" → "3". */
const numberFormat: Rule = ({ sentence }) => {
  const edits: Array<{ start: number; end: number; text: string }> = [];
  const add = (re: RegExp, make: (m: RegExpExecArray) => string) => {
    for (const m of sentence.matchAll(re)) {
      const start = m.index!;
      if (edits.some((e) => start < e.end && e.start < start + m[0].length)) continue;
      edits.push({ start, end: start + m[0].length, text: make(m as RegExpExecArray) });
    }
  };
  add(new RegExp(`(?<![\\w.,])(${NUMBER}) (?:pct|percent|per cent)\\b`, 'g'), (m) => `${m[1]}%`);
  add(new RegExp(`(?<![\\w.,])(${NUMBER})%`, 'g'), (m) => `${m[1]} per cent`);
  add(new RegExp(`(?<![\\w.,])(${NUMBER}) mln\\b`, 'g'), (m) => `${m[1]} million`);
  add(new RegExp(`(?<![\\w.,])(${NUMBER}) bln\\b`, 'g'), (m) => `${m[1]} billion`);
  add(/\b(?<=(?:\d|mln|million|bln|billion) )dlrs\b/g, () => 'dollars');
  add(/\b(?<=\d )cts\b/g, () => 'cents');
  add(/(?<![\w.,])\d{1,3}(?:,\d{3})+(?![\d,]|\.\d)/g, (m) => m[0].replace(/,/g, ''));
  for (const w of wordsOf(sentence)) {
    const v = NUMBER_WORDS[w.text];
    const before = sentence.slice(Math.max(0, w.start - 7), w.start);
    if (v !== undefined && !/\bone or $/.test(before) && !edits.some((e) => w.start < e.end && e.start < w.end)) edits.push({ start: w.start, end: w.end, text: String(v) });
  }
  if (edits.length === 0) return null;
  edits.sort((a, b) => a.start - b.start);
  let text = sentence;
  for (const e of [...edits].reverse()) text = text.slice(0, e.start) + e.text + text.slice(e.end);
  const from = edits.map((e) => sentence.slice(e.start, e.end)).join(' | ');
  return { text, from, to: edits.map((e) => e.text).join(' | ') };
};

const PLURAL_EXCEPTIONS = /(?:ss|us|is|news|series|species)$/;
const AUX = /^(?:is|are|was|were|be|been|has|have|had|will|would)$/;
/** Prepositions that, after an object, attach to the verb ("sold the unit for 5 mln dlrs"), so "by X" may come between. */
const VERB_PREPOSITIONS = /^(?:for|at|from|during|after|before|since|until|through|within|last|this|next|early|late|earlier|later)$/;
const NOT_IN_OBJECT = /^(?:in|on|at|to|for|from|with|by|into|onto|over|under|after|before|during|since|as|and|or|but|that|which|who|whose|not|its|their|his|her|he|she|it|they|him|them)$/;

/** The object of a verb and what follows it: the shortest object after which only a time phrase or verbless phrases of the verb remain. */
function objectAndRest(words: readonly string[], verb: string): { object: string; rest: string } | null {
  if (!/^(?:the|a|an|this|these|those)$/.test(words[0] ?? '')) return null;
  let ofs = 0;
  for (let k = 1; k < words.length && k <= 7; k++) {
    const w = words[k];
    if (w === 'of' && ++ofs > 1) return null;
    // Present forms are left alone here: most are plural nouns in an object ("the corporate issues").
    if (w !== 'of' && (NOT_IN_OBJECT.test(w) || AUX.test(w) || PAST_TO_BASE.has(w) || (/(?:ed|ing)$/.test(w) && verbGroups(w) > 0))) return null;
    const object = words.slice(0, k + 1).join(' ');
    const rest = words.slice(k + 1).join(' ');
    if (w === 'of') continue;
    if (rest === '' || new RegExp(`^${TIME_PHRASE}$`).test(rest)) return { object, rest };
    const next = words[k + 1];
    const attaches = VERB_PREPOSITIONS.test(next) || (next === 'to' && /^(?:sold|awarded|granted)$/.test(verb));
    if (attaches && verbGroups(rest) === 0) return { object, rest };
  }
  return null;
}

/**
 * "BankAmerica filed the offer on January 26." → "The offer was filed by BankAmerica on January 26.":
 * a subject that ends in a name or is a determiner and nouns, a listed transitive verb (after
 * "has"/"have" too), an object, then nothing but a time phrase or phrases of the verb. The clause may
 * be what someone "said" ("X said its board approved the plan." → "X said the plan was approved by its board.").
 */
const passive: Rule = ({ sentence, ctx }) => {
  const { body, end } = splitEnd(sentence);
  if (end !== '.' || /[;:"“”()]/.test(body)) return null;
  // What someone said, between "X said (that)" and ", Y said": only the clause itself must be simple.
  const tail = /, ([^,]+)$/.exec(body);
  const suffix = tail && ATTRIBUTION_TAIL.test(tail[1]) && !/\bthat\b/.test(tail[1]) ? tail[0] : '';
  const main = body.slice(0, body.length - suffix.length);
  const said = /^(.* (?:said|says|added|announced) (?:that )?)(.+)$/.exec(main);
  const [prefix, clause] = said ? [said[1], said[2]] : ['', main];
  if (clause.includes(',')) return null;
  const p = passiveClause(clause, ctx);
  if (!p) return null;
  return { text: prefix + (prefix ? p.text : upperFirst(p.text)) + suffix + end, from: p.from, to: p.to };
};

function passiveClause(clause: string, ctx: Parameters<Rule>[0]['ctx']): Change | null {
  const words = clause.split(' ');
  const v = words.findIndex((w) => PASSIVE_VERBS.has(w));
  if (v < 1 || v > 8) return null;
  const perfect = /^(?:has|have)$/.test(words[v - 1]);
  const subjectWords = words.slice(0, perfect ? v - 1 : v);
  if (subjectWords.length === 0) return null;
  let subject = subjectWords.join(' ');
  if (verbGroups(subject) > 0 || /^(?:he|she|it|they|we|i|who|which|that)$/i.test(subject)) return null;
  const names = findEntities(clause, ctx);
  const endsInName = names.some((e) => e.end === subject.length && e.type !== 'nationality');
  const nounPhrase = /^(?:The|the|its|their|his|her) [a-z]+(?: [a-z]+)?$/.test(subject);
  if (!endsInName && !nounPhrase) return null;
  if (!endsInName || /^(?:The|A|An)$/.test(subjectWords[0])) {
    const mid = midSentenceForm(subjectWords[0], ctx);
    if (mid === null) return null;
    subject = [mid, ...subjectWords.slice(1)].join(' ');
  }
  const verb = words[v];
  const split = objectAndRest(words.slice(v + 1), verb);
  if (!split) return null;
  const { object, rest } = split;
  const objectWords = object.split(' ');
  const head = object.split(' of ')[0].split(' ').pop()!;
  const plural = /^(?:these|those)$/.test(objectWords[0]) || (!/^(?:a|an|this)$/.test(objectWords[0]) && /[^s'’]s$/.test(head) && !PLURAL_EXCEPTIONS.test(head));
  const be = perfect ? (plural ? 'have been' : 'has been') : plural ? 'were' : 'was';
  const participle = PAST_TO_PARTICIPLE.get(verb)!;
  const text = `${object} ${be} ${participle} by ${subject}${rest ? ' ' + rest : ''}`;
  return { text, from: `${words.slice(0, v + 1).join(' ')} ${object}`, to: `${object} ${be} ${participle} by ${subject}` };
}

const TAIL_STARTS = /^(?:which|including|according to|while|whereas|compared with|compared to|up from|down from|against|with|and (?:he|she|it|they|the|a|an|its|his|her|their)\b)/;
const ATTRIBUTION_TAIL = /^(?:(?:the|a|an) )?(?:[\p{L}'’.-]+ ){0,5}(?:said|says|added|reported|told reporters|announced|stated)(?: (?:on|last|this|late|earlier) [\p{L}\d ]{1,20})?$/u;
const HEDGES = /\b(?:if|unless|provided|providing|subject|pending|assuming|except|only|or|not|no|never|nor|but)\b/;
const FINITE = /\b(?:is|are|was|were|has|have|had|will|would|can|could|should|may|might|must)\b/;

/** Drops a trailing clause that only adds ("…, which …", "…, including …", "…, the company said."): what is left was said. */
const dropClause: Rule = ({ sentence }) => {
  const { body, end } = splitEnd(sentence);
  if (end !== '.' || /["“”()]/.test(body)) return null;
  const cut = body.lastIndexOf(', ');
  if (cut < 0) return null;
  const head = body.slice(0, cut);
  const tail = body.slice(cut + 2);
  if (!(TAIL_STARTS.test(tail) || (ATTRIBUTION_TAIL.test(tail) && tail.split(' ').length <= 10 && !/\bthat\b/.test(tail)))) return null;
  if (HEDGES.test(tail)) return null;
  if (tail.startsWith('and ') && head.includes(', ')) return null; // the end of a list: "A, B, and the C"
  const headWords = wordsOf(head);
  if (headWords.length < 8) return null;
  const last = headWords[headWords.length - 1].text.toLowerCase();
  if (/^(?:the|a|an|of|in|on|at|to|for|from|with|by|and|or|but|that|which|as)$/.test(last)) return null;
  const hasVerb = FINITE.test(head) || headWords.some((w) => PAST_TO_BASE.has(w.text) || PRESENT_TO_BASE.has(w.text));
  if (!hasVerb) return null;
  return { text: head + end, from: `, ${tail}`, to: '' };
};

export const REWRITES: Readonly<Record<RewriteKind, Rule>> = {
  'clause-order': clauseOrder,
  'phrase-move': phraseMove,
  attribution,
  synonym,
  'number-format': numberFormat,
  passive,
  'drop-clause': dropClause,
};
