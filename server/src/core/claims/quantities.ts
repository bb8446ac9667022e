import { normaliseNumber, stem, STOP_WORDS, TokenKind, type Token } from '../text/tokenize';
import { VAGUE_AMOUNTS, WEEKDAYS } from './lexicon';

/**
 * Typed facts that a claim and a passage can disagree on: amounts ("200,000 leaflets", "two hundred
 * thousand", "$9.6 billion", "2.8%"), years and calendar dates ("June 6").
 */
export type QuantityKind = 'number' | 'percent' | 'money' | 'year' | 'date' | 'month' | 'weekday' | 'clock';

export interface Quantity {
  readonly kind: QuantityKind;
  /** Numeric value; for dates, month * 100 + day; for months 1–12; for weekdays 1 (Monday) – 7. */
  readonly value: number;
  /** For a vague amount ("hundreds of"): the values it allows. */
  readonly range?: readonly [number, number];
  /** Stemmed word after the amount ("leaflet", "kilomet"), if any. */
  readonly unit?: string;
  /** Stems of the content words that follow the amount in its clause (at most three): what it may count. */
  readonly after?: readonly string[];
  /** Text as written, multiplier and unit-sign included ("200,000", "$1.2 billion", "June 6"). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Whether the text hedges it ("about", "more than", "some"), so a near value is no contradiction. */
  readonly approximate: boolean;
  /** "more than", "over", "up": the fact is above the figure; "less than", "under", "down": below it. */
  readonly bound?: 'over' | 'under';
  /** Part of a compound word that describes rather than counts ("a 24-hour performance", "a five-round rematch", "a 5–4 win"). */
  readonly compound?: boolean;
  /** What it counts is named before it and left out after ("Of the 23 sites, 14 were vacant"): only a figure counting that gives it. */
  readonly elided?: boolean;
  /** For money: the currency its sign, code or word names ("£5 million", "EUR 5 million", "5 million dollars"). */
  readonly currency?: string;
  /** A share in words the figure right after it restates ("fewer than a third" of "Fewer than a third, 29%,"): its value is that figure's, and that figure is the one checked. */
  readonly restated?: boolean;
  /** Read in other units than written ("four decades" as 40 years): a source's figure is no word-for-word fix for it. */
  readonly converted?: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, tn: 1e12, trn: 1e12, dozen: 12,
};
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** The tokenizer's terms (stems) of every way a month is written, by the month's number. */
const MONTH_TERMS = new Map<number, string[]>();
for (const [word, month] of Object.entries(MONTHS)) MONTH_TERMS.set(month, [...(MONTH_TERMS.get(month) ?? []), stem(word)]);

/** The terms of every way the month `word` names is written ("November": novemb…, nov), or undefined for a word that is not a month. */
export function monthTerms(word: string): readonly string[] | undefined {
  const month = MONTHS[word.toLowerCase().replace(/\.$/, '')];
  return month === undefined ? undefined : MONTH_TERMS.get(month);
}

/** The terms of a whole number written in figures or in words ("2", "two"; "64", "sixty-four"), up to 99. */
const NUMBER_TERMS = new Map<number, string[]>();
for (const [word, n] of Object.entries(SMALL)) NUMBER_TERMS.set(n, [String(n), stem(word)]);
// "sixty-four": one token of the index, written with its hyphen.
for (const [tens, t] of Object.entries(SMALL)) if (t >= 20 && t <= 90) for (const [unit, u] of Object.entries(SMALL)) if (u >= 1 && u <= 9) NUMBER_TERMS.set(t + u, [String(t + u), stem(`${tens}-${unit}`)]);

/** A whole number written as one word ("six", "twelve", "ninety"), or undefined. */
export function smallNumber(word: string): number | undefined {
  return SMALL[word.toLowerCase()];
}

/** Every way a small whole number is written ("2" and "two"; "Two" in a title), or undefined for any other word. */
export function numberTerms(word: string): readonly string[] | undefined {
  const lower = word.toLowerCase();
  const n = /^\d{1,2}$/.test(lower) ? Number(lower) : (SMALL[lower] ?? COMPOUND[lower]);
  return n === undefined ? undefined : NUMBER_TERMS.get(n);
}

const COMPOUND: Record<string, number> = Object.fromEntries(Object.entries(SMALL).filter(([, t]) => t >= 20 && t <= 90).flatMap(([tens, t]) => Object.entries(SMALL).filter(([, u]) => u >= 1 && u <= 9).map(([unit, u]) => [`${tens}-${unit}`, t + u])));

/** Fractions a sentence states in words: "more than half", "a third of". */
const FRACTIONS: Record<string, number> = { half: 0.5, third: 1 / 3, quarter: 0.25, fifth: 0.2, tenth: 0.1 };
/** The tokenizer's terms (stems) of the number words and months above. */
const NUMBER_OR_MONTH_TERMS: ReadonlySet<string> = new Set([...Object.keys(SMALL), ...Object.keys(MONTHS), ...Object.keys(WEEKDAYS), ...Object.keys(VAGUE_AMOUNTS), ...Object.keys(FRACTIONS)].map(stem));
/** Months written out in full: a standalone month ("in August") is a date only when spelt whole, or abbreviated with a full stop. */
const FULL_MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const HEDGES = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'than', 'least', 'up', 'estimated', 'several', 'under', 'within', 'or', 'so']);
const PERCENT_WORDS = new Set(['percent', 'per', 'pct', '%']);

/** A plural noun right after a four-digit figure makes it a count, not a year ("1810 stores"). */
function countsSomething(next: Token | undefined): boolean {
  // ("from 2025 onwards", "since 2019 afterwards": a year, and the word says when.)
  return !!next && next.kind === TokenKind.Word && !next.capitalized && !next.stop && /[^s]s$/.test(next.raw) && next.raw.length > 3 && !/^(?:onwards|afterwards|backwards|towards)$/i.test(next.raw);
}

/** Wire-service abbreviations of units, as the words they stand for ("dlrs" is "dollars"). */
const UNIT_ALIASES: Readonly<Record<string, string>> = {
  dlr: 'dollar', dlrs: 'dollar', stg: 'sterl', yr: 'year', yrs: 'year', km: 'kilomet', kms: 'kilomet', kg: 'kilogram', kgs: 'kilogram', mi: 'mile', hrs: 'hour',
  mm: stem('millimetres'), cm: stem('centimetres'), ml: stem('millilitres'), mg: stem('milligrams'), ha: stem('hectares'), ft: 'feet',
};

/** A figure written with its multiplier or unit in one word: "£30m", "$5bn", "90mm", "45km" (value, multiplier or unit). */
const GLUED = /^(\d[\d,]*(?:\.\d+)?)(k|m|mn|bn|tn|mm|cm|km|kg|mg|ml|ha|ft|mph|kmh)$/i;

function unitTerm(raw: string): string {
  const s = stem(raw);
  return UNIT_ALIASES[raw.toLowerCase()] ?? UNIT_ALIASES[s] ?? s;
}

/** A number written as digits: a number token, or the digits of a hyphenated word ("10-7" → 10, 7). */
function isDigits(t: Token | undefined): boolean {
  return !!t && (t.kind === TokenKind.Number || /^\d[\d.,]*$/.test(t.raw));
}

const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T[\d:.]*)?$/i;

export function extractQuantities(text: string, tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  // A section's number ("2.3 Most cases attended …", "3.1.2 The vendor …") numbers the text, not a figure of it.
  // (Or a figure: "3.1 412 objections and 9 letters of support were received".)
  const from = tokens.length > 1 && SECTION_NUMBER.test(tokens[0].raw) && tokens[0].start === text.search(/\S/) && (tokens[1].capitalized || /^[£$€]?\d/.test(text.slice(tokens[1].start, tokens[1].end + 1))) ? 1 : 0;
  for (let i = from; i < tokens.length; i++) i = readQuantity(text, tokens, i, out);
  return decadesAsYears(joinRanges(text, tokens, durations(text, partsOfWhole(text, restatedShares(text, ratios(text, poundsAndPence(text, out)))))));
}

/** "more than four decades" is "more than forty years": a count of decades is read as the years it spans, roughly ("four decades" for 41 years). */
function decadesAsYears(qs: Quantity[]): Quantity[] {
  const decade = stem('decade');
  const year = stem('year');
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'number' || q.unit !== decade || q.range) continue;
    qs[k] = { ...q, value: q.value * 10, unit: year, converted: true, approximate: true, ...(q.after ? { after: q.after.map((u) => (u === decade ? year : u)) } : {}) };
  }
  return qs;
}

/** "three pounds forty", "£3 40p": a sum in pounds and pence said as two numbers is one sum ("£3.40"). */
function poundsAndPence(text: string, qs: Quantity[]): Quantity[] {
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (a.kind !== 'number' || a.unit !== 'pound' || b.kind !== 'number' || b.value >= 100 || b.value < 1 || !Number.isInteger(b.value) || a.range || b.range) continue;
    // (Not a second sum or a weight: "three pounds forty pounds".)
    if (!/^\s+pounds?\s+(?:and\s+)?$/i.test(text.slice(a.end, b.start)) || /^\s*(?:pounds?|lb|kg|ounces?|oz)\b/i.test(text.slice(b.end, b.end + 10))) continue;
    qs.splice(k, 2, { ...a, value: a.value + b.value / 100, raw: text.slice(a.start, b.end), end: b.end });
  }
  return qs;
}

/**
 * "Fewer than a third of those who attended, 29%, said …", "Nearly nine in ten (88%)": a share in words
 * restated at once as the figure it rounds is that figure (where the figure fits the words), and only
 * the figure is checked.
 */
function restatedShares(text: string, qs: Quantity[]): Quantity[] {
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (a.kind !== 'percent' || b.kind !== 'percent' || !a.approximate || b.approximate || /\d/.test(a.raw)) continue;
    if (!/^(?:\s+(?:of\s+)?[^,;()\d]{1,60}?)?\s*[,(—–]\s*(?:or\s+|some\s+|about\s+|just\s+)?$/.test(text.slice(a.end, b.start))) continue;
    const fits = a.bound === 'under' ? b.value < a.value && b.value > a.value - 15 : a.bound === 'over' ? b.value > a.value && b.value < a.value + 15 : Math.abs(b.value - a.value) <= 5;
    if (!fits) continue;
    qs[k] = { ...a, value: b.value, approximate: false, bound: undefined, unit: b.unit, after: b.after, restated: true };
  }
  return qs;
}

/** "61 of the 86 passengers", "three out of 12 councillors": the part counts what the whole does. */
function partsOfWhole(text: string, qs: Quantity[]): Quantity[] {
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (a.kind !== 'number' || b.kind !== 'number' || a.unit !== undefined || b.unit === undefined || a.range || b.range || a.value > b.value) continue;
    if (!/^\s+(?:of|out of)\s+(?:(?:the|its|their|his|her|our|all)\s+)?$/i.test(text.slice(a.end, b.start))) continue;
    qs[k] = { ...a, unit: b.unit };
  }
  return qs;
}

/** "Four in ten respondents", "one in five", "3 out of 4": a share, about as many per cent ("41%" is four in ten). */
function ratios(text: string, qs: Quantity[]): Quantity[] {
  const base = (b: Quantity) => b.kind === 'number' && !b.range && RATIO_BASES.has(b.value) && !MEASURE_UNITS.test(b.unit ?? '');
  // ("More than four in five": the bound is the share's.)
  const share = (a: { start: number; value: number; bound?: Quantity['bound'] }, b: Quantity): Quantity => ({ kind: 'percent', value: (a.value / b.value) * 100, raw: text.slice(a.start, b.end), start: a.start, end: b.end, approximate: true, ...(a.bound ? { bound: a.bound } : {}), ...(b.unit ? { unit: b.unit } : {}) });
  for (let k = 0; k < qs.length; k++) {
    const b = qs[k];
    if (!base(b)) continue;
    // "one in five": the lone "one" is no figure of its own.
    const one = /\bone\s+(?:in|out of)\s+(?:every\s+)?$/i.exec(text.slice(Math.max(0, b.start - 20), b.start));
    const a = qs[k - 1];
    // ("Fewer than one in five": the bound is the share's, and its words are the share's too.)
    if (one && (!a || a.end <= b.start - one[0].length)) {
      const at = b.start - one[0].length;
      const bounded = /\b(?:(fewer|less|more|greater)\s+than|(?:just\s+)?(over|under))\s+$/i.exec(text.slice(Math.max(0, at - 20), at));
      const side = bounded ? (/^(?:fewer|less|under)$/i.test(bounded[1] ?? bounded[2]) ? 'under' : 'over') : undefined;
      qs.splice(k, 1, share({ start: bounded ? at - bounded[0].length : at, value: 1, ...(side ? { bound: side } : {}) }, b));
    }
    // ("2 in 5 games" is goals in games: a share is written in words, or "out of".)
    else if (a && a.kind === 'number' && !a.range && a.value >= 1 && a.value < b.value && (/^\s+out of\s+$/i.test(text.slice(a.end, b.start)) || (!/\d/.test(a.raw) && /^\s+in\s+(?:every\s+)?$/i.test(text.slice(a.end, b.start))))) qs.splice(k - 1, 2, share(a, b));
  }
  return qs;
}

/** Units of measure, not of things counted: "3 in 10 minutes" is no share. */
const MEASURE_UNITS = /^(?:season|year|month|week|day|decad|hour|minut|second|mile|kilomet|metr|met)/;

const RATIO_BASES: ReadonlySet<number> = new Set([3, 4, 5, 6, 8, 10, 20, 100]);

const SECTION_NUMBER = /^\d{1,2}(?:\.\d{1,2})+$/;

/** A time of day: hours and minutes ("03:42", "07:15"), or hours with am / pm ("6pm", "3.40am", "6:15 p.m."). */
const CLOCK = /^(?:\d{1,2}:\d\d(?!\d)|\d{1,2}(?:[.:]\d\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![a-z]))/i;

const YEAR_DETERMINERS = new Set(['a', 'an', 'the', 'our', 'his', 'her', 'their', 'its', 'this', 'that', 'these', 'those', 'my', 'your', 'whose']);

/** "29.05.2024" (day, month, year), or "29/05/2024" and "05/29/2024" where only one order makes a date. */
const NUMERIC_DATE = /^(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)/;

function readNumericDate(text: string, tokens: readonly Token[], i: number, out: Quantity[]): number {
  const t = tokens[i];
  const m = NUMERIC_DATE.exec(text.slice(t.start, t.start + 11))!;
  const [a, b, year] = [+m[1], +m[3], +m[4]];
  // Dots are day first; a slash only where one reading is no date ("29/05", "05/29").
  const [day, month] = m[2] === '.' || a > 12 ? [a, b] : b > 12 ? [b, a] : [0, 0];
  const end = t.start + m[0].length;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  if (month < 1 || month > 12 || day < 1 || day > 31) return last;
  out.push({ kind: 'year', value: year, raw: m[4], start: end - 4, end, approximate: false });
  out.push({ kind: 'date', value: month * 100 + day, raw: m[0], start: t.start, end, approximate: false });
  out.push({ kind: 'month', value: month, raw: m[0], start: t.start, end, approximate: false });
  return last;
}

/** A time of day as minutes after midnight; its `unit` is "am" or "pm" when the text says which half of the day. */
function readClock(text: string, tokens: readonly Token[], i: number, out: Quantity[]): number {
  const t = tokens[i];
  const m = /^(\d{1,2})(?:[:.](\d\d))?\s?(?:(a)(?:\.m\.|m)|(p)(?:\.m\.|m))?/i.exec(text.slice(t.start, t.start + 12))!;
  let hours = +m[1];
  const half = m[3] ? 'am' : m[4] ? 'pm' : undefined;
  if (half === 'pm' && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  const end = t.start + m[0].replace(/\s+$/, '').length;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  if (hours <= 24 && +(m[2] ?? 0) < 60) out.push({ kind: 'clock', value: hours * 60 + +(m[2] ?? 0), unit: half, raw: text.slice(t.start, end), start: t.start, end, approximate: false });
  return last;
}

const CLOCK_WORD_START = /^(?:half|quarter|twenty|twenty-five|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)$/;
const HOUR_WORDS: Readonly<Record<string, number>> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };
const MINUTE_WORDS: Readonly<Record<string, number>> = { half: 30, quarter: 15, five: 5, ten: 10, twenty: 20, 'twenty-five': 25, 'twenty five': 25 };
const WORD_CLOCK = /^(?:(half|quarter|twenty[- ]five|twenty|ten|five)(?: minutes)? (past|to) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b|(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) o['’]clock|half (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?!\s+(?:of|an?|the|per|hours?|minutes?|days?|weeks?|months?|years?|times?|miles?|metres?|tonnes?|litres?|dozen|million|thousand|hundred|\p{L}+s)\b)(?!-))(?:\s+(?:in the (morning|afternoon|evening)|at (night)|(a\.m\.|am|p\.m\.|pm)\b))?/iu;

/** A time of day in words ("twenty to three in the morning", "half past seven", "ten o'clock"), as minutes after midnight; -1 when there is none. */
function readWordClock(text: string, tokens: readonly Token[], i: number, out: Quantity[]): number {
  const t = tokens[i];
  const m = WORD_CLOCK.exec(text.slice(t.start, t.start + 60));
  if (!m) return -1;
  let hours: number;
  let minutes = 0;
  if (m[4]) hours = HOUR_WORDS[m[4].toLowerCase()];
  else if (m[5]) {
    // "around half five" (British): half past the hour, only after a word that says when.
    if (!/^(?:at|around|about|by|until|till|before|after|from|since|approximately|roughly|nearly|just|gone)$/i.test(tokens[i - 1]?.raw ?? '')) return -1;
    hours = HOUR_WORDS[m[5].toLowerCase()];
    minutes = 30;
  } else {
    const hour = m[3].toLowerCase();
    hours = HOUR_WORDS[hour] ?? +hour;
    if (!(hours >= 1 && hours <= 12)) return -1;
    const by = MINUTE_WORDS[m[1].toLowerCase().replace('-', ' ')] ?? MINUTE_WORDS[m[1].toLowerCase()];
    if (m[2].toLowerCase() === 'past') minutes = by;
    else {
      hours = hours === 1 ? 12 : hours - 1;
      minutes = 60 - by;
    }
  }
  const part = (m[6] ?? m[7] ?? m[8] ?? '').toLowerCase();
  // "five to six pct" is a range: a time "to" the hour needs a time's company ("at twenty to three", "… in the morning").
  if (m[2]?.toLowerCase() === 'to' && m[1].toLowerCase() !== 'quarter' && !part && !/^(?:at|around|about|by|until|till|before|after|from|since|approximately|roughly|nearly|just)$/i.test(tokens[i - 1]?.raw ?? '')) return -1;
  if (/^\s*(?:pct|per\b|percent|%|million|billion|thousand|hundred)/i.test(text.slice(t.start + m[0].length, t.start + m[0].length + 12))) return -1;
  // "voted by ten to one", "carried by five to four": a tally, not a time.
  if (m[2]?.toLowerCase() === 'to' && /\b(?:vot(?:ed|es|e|ing)|carried|passed|defeated|rejected|approved|majority)\s+(?:by\s+)?$/i.test(text.slice(Math.max(0, t.start - 20), t.start))) return -1;
  const pm = part === 'afternoon' || part === 'evening' || part.startsWith('p') || (part === 'night' && hours >= 6);
  const half = part ? (pm ? 'pm' : 'am') : undefined;
  if (pm && hours < 12) hours += 12;
  if (half === 'am' && hours === 12) hours = 0;
  const end = t.start + m[0].length;
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].start < end) last++;
  out.push({ kind: 'clock', value: hours * 60 + minutes, unit: half, raw: text.slice(t.start, end), start: t.start, end, approximate: false });
  return last;
}

/** Days of the month written as words. */
const ORDINAL_WORDS: Readonly<Record<string, number>> = Object.fromEntries(
  'first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth'
    .split(' ')
    .map((w, k) => [w, k + 1] as const)
    .concat('first second third fourth fifth sixth seventh eighth ninth'.split(' ').map((w, k) => [`twenty-${w}`, 21 + k] as const))
    .concat([['thirtieth', 30], ['thirty-first', 31]]),
);

const ORDINAL_TERMS: ReadonlySet<string> = new Set(Object.keys(ORDINAL_WORDS).map(stem));

/**
 * "the third of March", "on the twenty-first of June": a day written as a word, "of", its month (not
 * "a third of March imports"). Returns the last token taken, or `i` when it is no date.
 */
function readWordDate(text: string, tokens: readonly Token[], i: number, out: Quantity[]): number {
  const t = tokens[i];
  let k = i + 1;
  while (k < tokens.length && tokens[k].start < t.end) k++; // the parts of "twenty-first"
  const before = tokens[i - 1]?.raw.toLowerCase();
  const day = ORDINAL_WORDS[t.raw.toLowerCase()];
  if (day === undefined || (before !== undefined && /^(?:a|an|one|two|three|\d+)$/.test(before))) return i;
  const monthAt = (m: number) => (tokens[m]?.raw.toLowerCase() === 'of' && tokens[m + 1]?.capitalized && Object.hasOwn(MONTHS, tokens[m + 1].raw.toLowerCase()) ? tokens[m + 1] : undefined);
  const month = monthAt(k);
  if (month) {
    out.push({ kind: 'date', value: MONTHS[month.raw.toLowerCase()] * 100 + day, raw: text.slice(t.start, month.end), start: t.start, end: month.end, approximate: false });
    return k + 1;
  }
  // "from the fourteenth to the sixteenth of September": the first day takes the second's month.
  if (!/^(?:to|and|until|through)$/i.test(tokens[k]?.raw ?? '')) return i;
  let m = k + 1;
  if (tokens[m]?.raw.toLowerCase() === 'the') m++;
  const second = tokens[m];
  if (!second || ORDINAL_WORDS[second.raw.toLowerCase()] === undefined) return i;
  m++;
  while (m < tokens.length && tokens[m].start < second.end) m++;
  const shared = monthAt(m);
  if (!shared) return i;
  out.push({ kind: 'date', value: MONTHS[shared.raw.toLowerCase()] * 100 + day, raw: t.raw, start: t.start, end: t.end, approximate: false });
  return i;
}

/** Units of a rate a sum is paid at: "£12 a month", "£300 a year". */
const RATE_UNITS: ReadonlySet<string> = new Set(['month', 'year', 'week', 'day', 'hour', 'night', 'annum', 'head', 'session', 'visit']);

/** Noon and midnight, as times of day. */
const NOON_OR_MIDNIGHT = /^(?:noon|midday|midnight)$/i;
/** Words before a time of day: "at noon", "from midday", "until midnight". */
const CLOCK_LEAD = /^(?:at|from|until|till|til|to|by|before|after|since|between|and|around|about|past|gone|approximately|roughly|nearly|almost|shortly)$/i;

/** Reads the figure or date (if any) that token i starts into `out`; returns the last token it took. */
function readQuantity(text: string, tokens: readonly Token[], i: number, out: Quantity[]): number {
  const t = tokens[i];
  const digitFirst = t.raw.charCodeAt(0) >= 48 && t.raw.charCodeAt(0) <= 57;
  // Most words are neither numbers, number words nor months: skip them cheaply. A word's term is
  // its stem, so a number word or month has one of a few terms; only those words are read closely.
  if (!digitFirst && ORDINAL_TERMS.has(t.term)) {
    const taken = readWordDate(text, tokens, i, out);
    if (taken > i) return taken;
  }
  // "from noon until 8pm", "at midnight": a time of day, after a word that says so.
  if (!digitFirst && NOON_OR_MIDNIGHT.test(t.raw) && CLOCK_LEAD.test(tokens[i - 1]?.raw ?? '')) {
    const noon = !/^midnight$/i.test(t.raw);
    out.push({ kind: 'clock', value: noon ? 720 : 0, unit: noon ? 'pm' : 'am', raw: t.raw, start: t.start, end: t.end, approximate: false });
    return i;
  }
  if (!digitFirst && !NUMBER_OR_MONTH_TERMS.has(t.term) && t.term !== 'hundr' && t.term !== 'thousand' && t.term !== 'million' && t.term !== 'billion') return i;
  const lower = t.raw.toLowerCase();
  // A time of day in words: "twenty to three in the morning", "half past seven", "ten o'clock".
  if (!digitFirst && CLOCK_WORD_START.test(lower)) {
    const taken = readWordClock(text, tokens, i, out);
    if (taken >= i) return taken;
  }
  // ("One in a million" is a figure of speech.)
  const aHundred = !digitFirst && (lower === 'hundred' || lower === 'thousand' || ((lower === 'million' || lower === 'billion') && !/^in$/i.test(tokens[i - 2]?.raw ?? ''))) && /^an?$/i.test(tokens[i - 1]?.raw ?? '');
  if (!digitFirst && !aHundred && !Object.hasOwn(SMALL, lower) && !(t.capitalized && (Object.hasOwn(MONTHS, lower) || Object.hasOwn(WEEKDAYS, lower))) && !Object.hasOwn(VAGUE_AMOUNTS, lower) && !Object.hasOwn(FRACTIONS, lower)) return i;
  if (Object.hasOwn(FRACTIONS, lower)) readFraction(text, tokens, i, lower, out);
  else if (Object.hasOwn(VAGUE_AMOUNTS, lower)) readVagueAmount(tokens, i, lower, out);
  // "on Monday"
  else if (t.capitalized && Object.hasOwn(WEEKDAYS, lower) && lower.length >= 6) out.push({ kind: 'weekday', value: WEEKDAYS[lower], raw: t.raw, start: t.start, end: t.end, approximate: false });
  else if (digitFirst && isIsoDate(t.raw)) return readIsoDate(tokens, i, out);
  else if (digitFirst && NUMERIC_DATE.test(text.slice(t.start, t.start + 11))) return readNumericDate(text, tokens, i, out);
  // A time of day ("03:42", "6:15 p.m.", "3.40am"): compared as one, its digits no figure.
  // A race's or a journey's time, "2:07:41": hours, minutes and seconds, a duration (compared in seconds).
  // "at 12 noon", "12 midnight": one time of day.
  else if (t.raw === '12' && NOON_OR_MIDNIGHT.test(tokens[i + 1]?.raw ?? '') && tokens[i + 1].start - t.end <= 1) {
    const noon = !/^midnight$/i.test(tokens[i + 1].raw);
    out.push({ kind: 'clock', value: noon ? 720 : 0, unit: noon ? 'pm' : 'am', raw: text.slice(t.start, tokens[i + 1].end), start: t.start, end: tokens[i + 1].end, approximate: false });
    return i + 1;
  } else if (digitFirst && RACE_TIME.test(text.slice(t.start, t.start + 9))) return readRaceTime(text, tokens, i, out);
  else if (digitFirst && CLOCK.test(text.slice(t.start, t.start + 12))) return readClock(text, tokens, i, out);
  else if (digitFirst && fourDigitClock(text, tokens, i, out) !== undefined) {
    const minutes = fourDigitClock(text, tokens, i, out)!;
    out.push({ kind: 'clock', value: minutes, raw: t.raw, start: t.start, end: t.end, approximate: false });
  } else if (t.kind === TokenKind.Word && MONTHS[lower] !== undefined && t.capitalized) return readMonth(text, tokens, i, lower, out);
  else {
    const before = out.length;
    const last = readAmount(text, tokens, i, digitFirst, lower, out);
    // "a hundred and twenty" is written from its article on (a fix replaces it whole).
    if (aHundred && out.length > before && out[out.length - 1].start === t.start) {
      const q = out[out.length - 1];
      // ("half a million" is 500,000.)
      const half = /^half$/i.test(tokens[i - 2]?.raw ?? '') && tokens[i - 1].start - tokens[i - 2].end <= 2;
      const start = half ? tokens[i - 2].start : tokens[i - 1].start;
      // (A bound before the article is the figure's: "more than a million", "more than half a million".)
      const k = half ? i - 2 : i - 1;
      const bound = q.bound ?? boundOf(tokens[k - 2]?.raw.toLowerCase(), tokens[k - 1]?.raw.toLowerCase())?.side;
      // ("a million and a half" is 1,500,000.)
      const andHalf = /^\s+and\s+a\s+half\b/i.exec(text.slice(q.end, q.end + 16));
      const end = andHalf ? q.end + andHalf[0].length : q.end;
      const value = (half ? q.value / 2 : q.value) * (andHalf ? 1.5 : 1);
      const next = andHalf ? /^\s+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] : undefined;
      const unit = andHalf ? (next && !/^(?:of|in|to|by|for|and|or|the|a|an|since)$/i.test(next) ? unitTerm(next) : undefined) : q.unit;
      out[out.length - 1] = { ...q, start, end, raw: text.slice(start, end), value, unit, ...(bound ? { bound, approximate: true } : {}) };
    }
    return last;
  }
  return i;
}

/**
 * A time of day written as four digits, as logs, the services and the sea write it: "at 2347 on
 * Friday", "since about 2300", "between 2100 and 0600", "2340 hrs". Minutes after midnight, or
 * undefined where the digits are a year ("since 2019"), a count ("at 1500 metres") or not a time.
 * One that could be a year or a count (1000–2100) is a time only with "hrs" after it, a day after it
 * ("at 2000 on Friday") or a time it runs to or from ("between 2100 and 0600").
 */
function fourDigitClock(text: string, tokens: readonly Token[], i: number, out: readonly Quantity[]): number | undefined {
  const t = tokens[i];
  if (!/^(?:[01]\d|2[0-3])[0-5]\d$/.test(t.raw)) return undefined;
  const minutes = +t.raw.slice(0, 2) * 60 + +t.raw.slice(2);
  const after = text.slice(t.end, t.end + 24);
  if (/^\s?(?:hrs|hours|hr|h|gmt|utc|bst|local)\b/i.test(after)) return minutes;
  if (inTimeColumn(text, t)) return minutes;
  const before = text.slice(Math.max(0, t.start - 40), t.start);
  const lead = /\b(at|by|until|till|from|since|before|after|between|and|to|around|about|approximately|approx\.?)\s+(?:(?:about|around|approximately|approx\.?|exactly|just after|just before)\s+)?$/i.exec(before);
  if (!lead) return undefined;
  // "and 0600", "to 0600": only after a time ("between 2100 and 0600").
  if (/^(?:and|to)$/i.test(lead[1]) && !(out.length && out[out.length - 1].kind === 'clock' && t.start - out[out.length - 1].end <= 6)) return undefined;
  // A word right after it says what it counts ("at 1500 metres"), unless it is a small word ("at 2347 the ferry …").
  const next = tokens[i + 1];
  if (next && next.kind === TokenKind.Word && !next.stop && !next.capitalized && next.start - t.end <= 1) return undefined;
  // (From 1000 to 2100 it may be a year, or a count: "rebuilt from 1650 until 1745", "around 1500".)
  const couldBeYear = +t.raw >= 1000 && +t.raw <= 2100;
  if (!couldBeYear) return minutes;
  const dayAfter = /^\s+on\s+(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|\d)/.test(after);
  const timeAfter = /^\s*(?:and|to|-|–)\s*(?:0\d|2[2-3])[0-5]\d\b/.test(after);
  const timeBefore = /^(?:and|to)$/i.test(lead[1]);
  return dayAfter || timeAfter || timeBefore ? minutes : undefined;
}

/** A table cell of its own under a column headed "Time" (a row read with its header: "| Time | From | … |\n| --- |…\n| 2347 | …"). */
function inTimeColumn(text: string, t: Token): boolean {
  if (!text.startsWith('|')) return false;
  const lineStart = text.lastIndexOf('\n', t.start) + 1;
  const lineEnd = text.indexOf('\n', t.end);
  const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
  const offset = t.start - lineStart;
  if (!/\|\s*$/.test(line.slice(0, offset)) || !/^\s*\|/.test(line.slice(offset + t.raw.length))) return false;
  const column = line.slice(0, offset).split('|').length - 1;
  const header = text.slice(0, text.indexOf('\n') < 0 ? text.length : text.indexOf('\n')).split('|');
  return /^\s*(?:time|hrs|hours|time \(\w+\))\s*$/i.test(header[column] ?? '');
}

const RACE_TIME = /^\d{1,2}:[0-5]\d:[0-5]\d(?![\d:])/;

function readRaceTime(text: string, tokens: readonly Token[], i: number, out: Quantity[]): number {
  const m = RACE_TIME.exec(text.slice(tokens[i].start))!;
  const [h, min, sec] = m[0].split(':').map(Number);
  const end = tokens[i].start + m[0].length;
  out.push({ kind: 'number', value: h * 3600 + min * 60 + sec, unit: 'second', raw: m[0], start: tokens[i].start, end, approximate: false });
  let j = i;
  while (j + 1 < tokens.length && tokens[j + 1].start < end) j++;
  return j;
}

/** "2 hours 7 minutes 41 seconds": one duration, in seconds, as "2:07:41" is. */
function durations(text: string, qs: Quantity[]): Quantity[] {
  const SECONDS: Readonly<Record<string, number>> = { hour: 3600, minut: 60, second: 1 };
  for (let k = 0; k + 1 < qs.length; k++) {
    const run = [qs[k]];
    while (k + run.length < qs.length) {
      const [a, b] = [run[run.length - 1], qs[k + run.length]];
      if (!(b.kind === 'number' && b.unit && SECONDS[b.unit] && a.unit && SECONDS[a.unit] > SECONDS[b.unit] && /^\s*\p{L}+,?\s*(?:and\s+)?$/u.test(text.slice(a.end, b.start)))) break;
      run.push(b);
    }
    if (run.length < 2 || run[0].kind !== 'number' || !run[0].unit || !SECONDS[run[0].unit] || run.some((q) => q.bound || q.range)) continue;
    const last = run[run.length - 1];
    const end = last.end + (/^\s*\p{L}+/u.exec(text.slice(last.end))?.[0].length ?? 0);
    qs.splice(k, run.length, { kind: 'number', value: run.reduce((n, q) => n + q.value * SECONDS[q.unit!], 0), unit: 'second', raw: text.slice(run[0].start, end), start: run[0].start, end, approximate: false });
  }
  return qs;
}

/** "more than half of", "a third of the votes": a share, stated in words. */
function readFraction(text: string, tokens: readonly Token[], i: number, lower: string, out: Quantity[]): void {
  const t = tokens[i];
  // "more than a quarter": the article between the bound and the share is the share's.
  const article = /^(?:a|an)$/i.test(tokens[i - 1]?.raw ?? '') ? 1 : 0;
  const found = boundOf(tokens[i - 2 - article]?.raw.toLowerCase(), tokens[i - 1 - article]?.raw.toLowerCase());
  const bound = found && { ...found, words: found.words + article };
  const of = tokens[i + 1]?.raw.toLowerCase() === 'of';
  // "the third quarter of 2006", "the first half of the year" are periods, not shares.
  const period = /^(?:first|second|third|fourth|last|final|next|previous|latter|former)$/i.test(tokens[i - 1]?.raw ?? '');
  // "within half an hour", "a quarter of a mile" measure a span, not a share of anything.
  const span = /^(?:a|an)$/i.test(tokens[i + (of ? 2 : 1)]?.raw ?? '');
  // "down by about a third", "cut by a quarter": a change told as a share.
  const hedged = article === 1 && /^(?:by|about|around|nearly|almost|roughly|some)$/i.test(tokens[i - 2]?.raw ?? '');
  const by = hedged && /\b(?:by|down|up|cut|fell|rose|drop|dropped|increase|decrease|reduced?|grew|fall|rise)\b[^.;]{0,25}$/i.test(text.slice(Math.max(0, t.start - 40), tokens[i - 1].start));
  // "About a third had complained", "nearly a quarter said": a share, hedged, with nothing after it.
  // (Not one restated at once by a count, "Nearly a quarter, 295 households,": the count is the figure.)
  const about = hedged && !bound && !by && tokens[i - 2].raw.toLowerCase() !== 'by' && !/^\s*[,(]\s*\d/.test(text.slice(t.end, t.end + 4));
  if ((bound || of || by || about) && !period && !span) {
    // ("Almost a quarter", "nearly a third" are under the share, as "nearly two-thirds" is: written from the hedge.)
    const near = !bound && !by && article === 1 && /^(?:nearly|almost)$/i.test(tokens[i - 2]?.raw ?? '') ? { side: 'under' as const, words: 2 } : undefined;
    const held = bound ?? near;
    const from = held ? tokens[i - held.words].start : t.start;
    out.push({ kind: 'percent', value: FRACTIONS[lower] * 100, raw: text.slice(from, t.end), start: from, end: t.end, approximate: !!held || about, bound: held?.side });
    return;
  }
  // "every half hour", "half an hour", "a half-mile walk": half of a unit is a figure, which "every hour" does not give.
  const u = /^(?:a|an)$/i.test(tokens[i + 1]?.raw ?? '') ? i + 2 : i + 1;
  if (lower === 'half' && !period && tokens[u] && HALF_OF.test(tokens[u].raw)) {
    // (Half an hour is 30 minutes, as a source may put it.)
    const hour = /^hours?$/i.test(tokens[u].raw);
    out.push({ kind: 'number', value: hour ? 30 : 0.5, unit: unitTerm(hour ? 'minutes' : tokens[u].raw), raw: text.slice(t.start, tokens[u].end), start: t.start, end: tokens[u].end, approximate: false });
  }
}

/** Units a "half" measures: "half an hour", "every half hour", "half a mile". */
const HALF_OF = /^(?:hours?|days?|miles?|kilomet(?:re|er)s?|met(?:re|er)s?|centur(?:y|ies)|years?|dozen|litres?|liters?|pints?|terms?|seasons?)$/i;

/** "hundreds of balloons": a vague amount still states a number. */
function readVagueAmount(tokens: readonly Token[], i: number, lower: string, out: Quantity[]): void {
  const t = tokens[i];
  const [lo, hi] = VAGUE_AMOUNTS[lower];
  let unit: string | undefined;
  for (let u = i + 1; u < Math.min(tokens.length, i + 4); u++) {
    if (!tokens[u].stop) {
      unit = tokens[u].kind === TokenKind.Word ? stem(tokens[u].raw) : undefined;
      break;
    }
  }
  out.push({ kind: 'number', value: lo, range: [lo, hi], unit, raw: t.raw, start: t.start, end: t.end, approximate: true });
}

/** "2016-08-25" with a month and a day that can be (else it is read as an amount). */
function isIsoDate(raw: string): boolean {
  const iso = ISO_DATE.exec(raw);
  return !!iso && +iso[2] >= 1 && +iso[2] <= 12 && +iso[3] >= 1 && +iso[3] <= 31;
}

/** "2016-08-25": a year and a calendar date; its digit parts follow as tokens of their own and are skipped. */
function readIsoDate(tokens: readonly Token[], i: number, out: Quantity[]): number {
  const t = tokens[i];
  const iso = ISO_DATE.exec(t.raw)!;
  out.push({ kind: 'year', value: +iso[1], raw: iso[1], start: t.start, end: t.start + 4, approximate: false });
  out.push({ kind: 'date', value: +iso[2] * 100 + +iso[3], raw: t.raw, start: t.start, end: t.end, approximate: false });
  out.push({ kind: 'month', value: +iso[2], raw: t.raw, start: t.start, end: t.end, approximate: false });
  let last = i;
  while (last + 1 < tokens.length && tokens[last + 1].start >= t.start && tokens[last + 1].end <= t.end) last++;
  return last;
}

/** Month + day ("June 6", "Aug. 18"), or a month on its own ("in August 2019", "from March to June"). */
function readMonth(text: string, tokens: readonly Token[], i: number, lower: string, out: Quantity[]): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  const day = next ? (/^\d{1,2}$/.exec(next.raw)?.[0] ?? ORDINAL.exec(next.raw)?.[1]) : undefined;
  if (next && day !== undefined && +day >= 1 && +day <= 31 && next.start - t.end <= 3) {
    out.push({ kind: 'date', value: MONTHS[lower] * 100 + +day, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
    return i + 1;
  }
  // "March 19-20": two days of the month; the digit parts of "19-20" follow as tokens of their own and are skipped.
  const days = next && next.start - t.end <= 3 ? /^(\d{1,2})[-–](\d{1,2})$/.exec(next.raw) : null;
  if (days && +days[1] >= 1 && +days[2] <= 31 && +days[1] < +days[2]) {
    for (const d of [days[1], days[2]]) out.push({ kind: 'date', value: MONTHS[lower] * 100 + +d, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
    let last = i + 1;
    while (last + 1 < tokens.length && tokens[last + 1].start >= next.start && tokens[last + 1].end <= next.end) last++;
    return last;
  }
  // "May" or "March" opening a sentence may be a verb.
  const abbreviated = !FULL_MONTHS.has(lower) && text[t.end] === '.';
  const opensSentence = i === 0 || /[.!?"“]\s*$/.test(text.slice(tokens[i - 1].end, t.start));
  if ((FULL_MONTHS.has(lower) || abbreviated) && !(opensSentence && (lower === 'may' || lower === 'march'))) {
    out.push({ kind: 'month', value: MONTHS[lower], raw: t.raw, start: t.start, end: t.end, approximate: false });
  }
  return i;
}

/** A figure in digits or words, with its multipliers, what it counts, its hedges and bound. */
function readAmount(text: string, tokens: readonly Token[], i: number, digitFirst: boolean, lower: string, out: Quantity[]): number {
  const t = tokens[i];
  // Digits of a code or a name are no figure: "ref. THC-2417-P1", "flight BA-2490", "the A-380", "COVID-19".
  if (isDigits(t) && codePart(text, t)) return i;
  if (digitFirst && t.kind === TokenKind.Word && GLUED.test(t.raw)) {
    readGlued(text, tokens, i, out);
    return i;
  }
  const read = amountValue(text, tokens, i, digitFirst, lower, out);
  if ('last' in read) return read.last;
  // Multipliers and compound number words: "1.2 million", "two hundred thousand".
  let value = read.value;
  let end = t.end;
  let j = i;
  if (!isDigits(t)) [value, end, j] = numberWords(tokens, i, value);
  while (isDigits(t) && j + 1 < tokens.length) {
    const n = tokens[j + 1];
    const nl = n.raw.toLowerCase();
    if (tokens[j + 1].start - tokens[j].end > 2) break;
    // "0.4 m" is 0.4 metres: a letter apart from the figure multiplies it only after a currency ("£1.2 m").
    if ((nl === 'm' || nl === 'k') && n.start > tokens[j].end && !currencyBefore(text, t.start)) break;
    if (MULTIPLIERS[nl] !== undefined) {
      value = nl === 'hundred' && value >= 100 ? value + 100 : value * MULTIPLIERS[nl];
      end = n.end;
      j++;
    } else if (!isDigits(t) && SMALL[nl] !== undefined && SMALL[nl] < 10 && value % 10 === 0 && value >= 20) {
      value += SMALL[nl];
      end = n.end;
      j++;
    } else break;
  }
  // "seven and a half tonnes" is 7.5 tonnes; "two and a half million", 2.5 million.
  if (tokens[j + 3] && /^and$/i.test(tokens[j + 1].raw) && /^a$/i.test(tokens[j + 2].raw) && /^half$/i.test(tokens[j + 3].raw) && Number.isInteger(value) && value < 1000) {
    value += 0.5;
    end = tokens[j + 3].end;
    j += 3;
    const m = tokens[j + 1]?.raw.toLowerCase();
    if (m && MULTIPLIERS[m] !== undefined && m !== 'm' && m !== 'k') {
      value *= MULTIPLIERS[m];
      end = tokens[j + 1].end;
      j++;
    }
  }
  // "two-thirds", "three quarters": a share, as "67%" and "75%" give it.
  const part = tokens[j + 1];
  // (Not "in two quarters", "three quarters of an hour": periods, not shares.)
  const period = /^(?:in|over|for|past|last|first|next|the|two|consecutive)$/i.test(tokens[i - 1]?.raw ?? '') || /^\s+of\s+(?:an?\s+hour|the\s+year)/i.test(text.slice(part?.end ?? 0, (part?.end ?? 0) + 16));
  const share = part && !period && !isDigits(t) && value < 10 && part.start - tokens[j].end <= 1 ? /^(thirds|quarters|fifths|tenths)$/i.exec(part.raw) : null;
  if (share) {
    const whole = FRACTIONS[share[1].toLowerCase().replace(/s$/, '')] * value * 100;
    // (A share in words is a rounded one: "two-thirds" is what "67%" says; "nearly two-thirds", 63%.)
    // (The words before it, past the hyphenated whole the tokenizer also gives: "two-thirds", "two", "thirds".)
    let p = i - 1;
    while (p >= 0 && tokens[p].end > t.start) p--;
    const near = /^(?:nearly|almost)$/i.test(tokens[p]?.raw ?? '') ? { side: 'under' as const, words: 1 } : undefined;
    const bound = near ?? boundOf(tokens[p - 1]?.raw.toLowerCase(), tokens[p]?.raw.toLowerCase());
    const from = bound ? tokens[p + 1 - bound.words].start : t.start;
    out.push({ kind: 'percent', value: whole, raw: text.slice(from, part.end), start: from, end: part.end, approximate: true, ...(bound ? { bound: bound.side } : {}) });
    return j + 1;
  }
  // A lone number word that is not a count ("one of the", "no one") is too vague to compare.
  if (!isDigits(t) && j === i && value < 2) return i;
  const { kind, start, end: to, k, before } = amountKind(text, tokens, i, j, value, end);
  const elided = kind === 'number' ? elidedUnit(text, tokens, k) : undefined;
  const counted = kind === 'year' ? undefined : (elided ?? countedUnit(tokens, k, kind, before, text));
  // "9 trusses …, and 3 of those": a count of those the sentence counted just before counts what they were.
  const unit = counted === undefined && kind === 'number' ? partitiveUnit(text, tokens, k, out) : counted;
  const following = elided ? [elided] : wordsAfter(text, tokens, k);
  // (The words before it in its own clause: "aged 65 or over; 7% are under 18" puts no "over" on 7%.)
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && !/[;:,.()\[\]|]/.test(text.slice(a.end, b.start));
  const hedgeWord = joined(tokens[i - 1], t) ? tokens[i - 1]?.raw.toLowerCase() : undefined;
  const hedge2 = hedgeWord !== undefined && joined(tokens[i - 2], tokens[i - 1]) ? tokens[i - 2]?.raw.toLowerCase() : undefined;
  // "£40m over three seasons" spans them: "over" a few periods is no "more than".
  const spans = hedgeWord === 'over' && value <= 10 && unit !== undefined && PERIODS.test(unit);
  const approximate = !spans && ((hedgeWord !== undefined && HEDGES.has(hedgeWord)) || (hedge2 !== undefined && (hedge2 === 'more' || hedge2 === 'less' || hedge2 === 'fewer') && hedgeWord === 'than'));
  // "more than 1,000" and "less than 1,000", "up 5 pct" and "down 5 pct" state different facts.
  const found = spans ? undefined : boundOf(hedge2, hedgeWord);
  // "no more than 50 per cent" is at most 50; "no fewer than 40", at least 40.
  // ("not more than 20", "not exceeding £310,000" likewise.)
  const ahead = found ? tokens[i - found.words - 1] : undefined;
  const denied = !!found && (found.words === 2 ? hedgeWord === 'than' : hedgeWord === 'exceeding') && /^(?:no|not)$/i.test(ahead?.raw ?? '') && joined(ahead, tokens[i - found.words]);
  const bound = found && denied ? { side: found.side === 'over' ? ('under' as const) : ('over' as const), words: found.words + 1 } : found;
  const compound = /^[-–]\s*\w/.test(text.slice(to, to + 3)) || /\w[-–]$/.test(text.slice(Math.max(0, start - 2), start)) || undefined;
  const currency = currencyOf(text.slice(Math.max(0, t.start - 5), t.start), unit, j > i || /\d(?:k|m|mn|bn)$/i.test(t.raw));
  const money = currency ? { currency } : {};
  if (bound && kind !== 'year') {
    const from = tokens[i - bound.words].start;
    out.push({ kind, value, unit, after: following, raw: text.slice(from, to), start: from, end: to, approximate, bound: bound.side, compound, ...money, ...(elided ? { elided: true } : {}) });
  } else out.push({ kind, value, unit, after: following, raw: text.slice(start, to), start, end: to, approximate, compound, ...money, ...(elided ? { elided: true } : {}) });
  return j;
}

/**
 * "£30m", "$5bn", "90mm", "45km": a figure and its multiplier or unit in one word. A bare "m" or "k"
 * multiplies only after a currency ("3m" alone may be metres or millions, and is left unread).
 */
function readGlued(text: string, tokens: readonly Token[], i: number, out: Quantity[]): void {
  const t = tokens[i];
  const m = GLUED.exec(t.raw);
  if (!m || codePart(text, t)) return;
  const value = Number(normaliseNumber(m[1]));
  if (!Number.isFinite(value)) return;
  const suffix = m[2].toLowerCase();
  const sign = currencyBefore(text, t.start);
  const after = wordsAfter(text, tokens, i + 1);
  const multiplier = MULTIPLIERS[suffix];
  if (multiplier !== undefined) {
    if ((suffix === 'm' || suffix === 'k') && !sign) return;
    const start = sign ? t.start - sign[0].length : t.start;
    const kind = sign ? 'money' : 'number';
    out.push({ kind, value: value * multiplier, unit: countedUnit(tokens, i + 1, kind, text.slice(Math.max(0, start - 4), start)), after, raw: text.slice(start, t.end), start, end: t.end, approximate: false, ...(sign ? { currency: CURRENCY_SIGNS[sign[1]] } : {}) });
    return;
  }
  out.push({ kind: 'number', value, unit: unitTerm(suffix), after, raw: t.raw, start: t.start, end: t.end, approximate: false });
}

/** A currency sign or code just before a figure ("£", "US$", "EUR"), with what it matched. */
const CURRENCY_BEFORE = /(US\$|\$|€|£|¥|₩|\bUSD|\bEUR|\bGBP|\bJPY)\s*$/;

function currencyBefore(text: string, at: number): RegExpExecArray | null {
  return CURRENCY_BEFORE.exec(text.slice(Math.max(0, at - 5), at));
}

/** Up to three content words after a figure, up to its clause's end or the next figure ("£30m for the bridge": bridg). */
function wordsAfter(text: string, tokens: readonly Token[], k: number): string[] {
  const out: string[] = [];
  let joined = false;
  for (let u = k; u < tokens.length && out.length < 3; u++) {
    if (/[,;:.!?()]/.test(text.slice(tokens[u - 1].end, tokens[u].start))) break;
    // Another figure past "and" counts what follows it ("interviewed 11 people and examined 63 versions"); a year does not.
    if (joined && isDigits(tokens[u]) && !/^(?:18|19|20)\d\d$/.test(tokens[u].raw)) break;
    if (/^(?:and|or|but|while|whereas)$/i.test(tokens[u].raw)) joined = true;
    if (!tokens[u].stop && !isDigits(tokens[u])) out.push(unitTerm(tokens[u].raw));
  }
  return out;
}

/** Whether digits are part of a code or a name: letters and a hyphen before them ("BA-2490"; not "mid-2003"), or a hyphen and letters with digits after ("2417-P1"). */
function codePart(text: string, t: Token): boolean {
  const prev = text.charCodeAt(t.start - 1);
  const next = text.charCodeAt(t.end);
  if (prev !== 45 && prev !== 0x2010 && next !== 45 && next !== 0x2010) return false; // no hyphen beside it
  const before = /(\p{L}+)[-‐]$/u.exec(text.slice(Math.max(0, t.start - 16), t.start));
  if (before && !/^(?:mid|pre|post|late|early|non|over|under|sub|top|ex|up|down|about|around|some|nearly|almost)$/i.test(before[1])) return true;
  return /^[-‐]\p{L}+\d/u.test(text.slice(t.end, t.end + 12));
}

/**
 * The currency a figure is in: a sign or code before it ("£", "US$", "EUR"), else the word after it
 * ("euros"; "pounds" only after a multiplier, "5 million pounds", since pounds weigh too).
 */
function currencyOf(before: string, unit: string | undefined, multiplied: boolean): string | undefined {
  const sign = CURRENCY_BEFORE.exec(before)?.[1];
  if (sign) return CURRENCY_SIGNS[sign];
  if (!unit) return undefined;
  if (unit === stem('pound')) return multiplied ? 'pound' : undefined;
  return CURRENCY_WORDS.get(unit);
}

const CURRENCY_SIGNS: Record<string, string> = { US$: 'dollar', $: 'dollar', '€': 'euro', '£': 'pound', '¥': 'yen', '₩': 'won', USD: 'dollar', EUR: 'euro', GBP: 'pound', JPY: 'yen' };
const CURRENCY_WORDS = new Map(['dollar', 'euro', 'yen', 'yuan', 'rupee', 'franc', 'peso', 'krone', 'krona', 'rouble', 'ruble', 'sterling'].map((w) => [stem(w), w === 'sterling' ? 'pound' : w]));

/**
 * A number written in words from token i on, whose first word is worth `first`: "four hundred and
 * ten" is 410, "two thousand three hundred" 2,300, "one hundred thousand" 100,000. Returns its value,
 * where it ends and its last token.
 */
function numberWords(tokens: readonly Token[], i: number, first: number): [number, number, number] {
  let total = 0;
  let current = first;
  let end = tokens[i].end;
  let j = i;
  const near = (a: Token, b: Token | undefined) => !!b && b.start - a.end <= 2;
  // A word may add to what came before: any after "hundred" or "thousand", a unit after a ten ("forty-one").
  const adds = (n: number) => (current === 0 && total > 0) || (current >= 100 && current % 100 === 0) || (n < 10 && current % 10 === 0 && current % 100 >= 20);
  for (;;) {
    let n = tokens[j + 1];
    if (!near(tokens[j], n)) break;
    let nl = n.raw.toLowerCase();
    let skip = 0;
    // "four hundred and ten": "and" only inside a number, before a number word that adds.
    if (nl === 'and' && near(n, tokens[j + 2]) && SMALL[tokens[j + 2].raw.toLowerCase()] !== undefined && adds(SMALL[tokens[j + 2].raw.toLowerCase()])) {
      skip = 1;
      n = tokens[j + 2];
      nl = n.raw.toLowerCase();
    }
    // ("two hundred and eighty-seven": a ten and a unit joined by a hyphen, whose parts follow as tokens of their own.)
    const joinedTen = nl === 'and' && tokens[j + 2] ? /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/i.exec(tokens[j + 2].raw) : null;
    if (joinedTen && near(n, tokens[j + 2]) && adds(SMALL[joinedTen[1].toLowerCase()])) {
      const compound = tokens[j + 2];
      current += SMALL[joinedTen[1].toLowerCase()] + SMALL[joinedTen[2].toLowerCase()];
      j += 2;
      while (tokens[j + 1] && tokens[j + 1].end <= compound.end) j++;
      end = compound.end;
      continue;
    }
    // "three point two million": a decimal point, one digit word after it.
    // ("three point four miles" too: a decimal point between number words is one.)
    // (Not "at one point two officers were hurt": a decimal needs a multiplier or a unit of measure after it.)
    const afterPoint = tokens[j + 3]?.raw.toLowerCase() ?? '';
    if (nl === 'point' && total === 0 && current < 1000 && near(n, tokens[j + 2]) && SMALL[tokens[j + 2].raw.toLowerCase()] !== undefined && SMALL[tokens[j + 2].raw.toLowerCase()] < 10 && (MULTIPLIERS[afterPoint] !== undefined || MEASURES.has(unitTerm(afterPoint)) || PERCENT_WORDS.has(afterPoint))) {
      current += SMALL[tokens[j + 2].raw.toLowerCase()] / 10;
      j += 2;
      end = tokens[j].end;
      continue;
    }
    const m = MULTIPLIERS[nl];
    if (nl === 'hundred') current = (current || 1) * 100;
    else if (m !== undefined && m >= 1000) {
      total += (current || 1) * m;
      current = 0;
    } else if (m !== undefined) current = (current || 1) * m;
    else if (SMALL[nl] !== undefined && adds(SMALL[nl])) current += SMALL[nl];
    else break;
    j += 1 + skip;
    end = n.end;
  }
  return [total + current, end, j];
}

/** Words after which four digits from 1800 to 2100 are a year: "in 2022", "by 2019", "since 2017". */
const YEAR_PREPOSITIONS = /^(?:in|by|since|until|till|before|after|during|from)$/i;

/** What "a hundred", "a thousand", "a million", "a billion" are. */
const A_MULTIPLIER: Readonly<Record<string, number>> = { hundred: 100, thousand: 1000, million: 1_000_000, billion: 1_000_000_000 };

/**
 * The value token i writes, or (as `last`) the last token taken when it is no amount: a day and month
 * ("6 June", "6th June", pushed as a date), a rank ("the 20th conference"), no number at all.
 */
function amountValue(text: string, tokens: readonly Token[], i: number, digitFirst: boolean, lower: string, out: Quantity[]): { value: number } | { last: number } {
  const t = tokens[i];
  const ordinal = digitFirst ? ORDINAL.exec(t.raw) : null;
  // "a hundred and twenty", "a thousand": the article is one.
  if (!isDigits(t) && !ordinal && (lower === 'hundred' || lower === 'thousand' || ((lower === 'million' || lower === 'billion') && !/^in$/i.test(tokens[i - 2]?.raw ?? ''))) && /^an?$/i.test(tokens[i - 1]?.raw ?? '')) return { value: A_MULTIPLIER[lower] };
  if (!isDigits(t) && !ordinal) return SMALL[lower] !== undefined ? { value: SMALL[lower] } : { last: i };
  const value = ordinal ? +ordinal[1] : Number(t.kind === TokenKind.Number ? t.term : normaliseNumber(t.raw));
  if (!Number.isFinite(value)) return { last: i };
  let next = tokens[i + 1];
  const day = ordinal?.[1] ?? /^\d{1,2}$/.exec(t.raw)?.[0];
  // "the 14th of March": an ordinal day, "of", its month.
  const of = ordinal && next?.raw.toLowerCase() === 'of' && tokens[i + 2] && MONTHS[tokens[i + 2].raw.toLowerCase()] !== undefined && tokens[i + 2].capitalized ? 1 : 0;
  if (of) next = tokens[i + 2];
  if (next && day !== undefined && MONTHS[next.raw.toLowerCase()] !== undefined && next.capitalized && +day >= 1 && +day <= 31 && next.start - (of ? tokens[i + 1].end : t.end) <= 2) {
    out.push({ kind: 'date', value: MONTHS[next.raw.toLowerCase()] * 100 + +day, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
    return { last: i + 1 + of };
  }
  return ordinal ? { last: i } : { value };
}

/**
 * What kind of figure tokens i…j write: money (a currency sign before it), a percentage (a sign or a
 * word after it), a year (four digits, 1800–2100, counting nothing), else a number. Also where it
 * starts and ends with its signs, the token after it (`k`), and the text just before it.
 */
function amountKind(text: string, tokens: readonly Token[], i: number, j: number, value: number, end: number): { kind: QuantityKind; start: number; end: number; k: number; before: string } {
  const t = tokens[i];
  let kind: QuantityKind = 'number';
  let start = t.start;
  const before = text.slice(Math.max(0, start - 4), start);
  const currency = before.search(/(?:US\$|\$|€|£|¥|₩)\s*$/);
  if (currency >= 0) {
    kind = 'money';
    start = Math.max(0, start - 4) + currency;
  }
  const after = text.slice(end, end + 2);
  let k = j + 1;
  if (after.startsWith('%')) {
    kind = 'percent';
    end += 1;
  } else if (tokens[k] && PERCENT_WORDS.has(tokens[k].raw.toLowerCase()) && tokens[k].raw.toLowerCase() !== 'per') {
    kind = 'percent';
    end = tokens[k].end;
    k++;
  } else if (tokens[k]?.raw.toLowerCase() === 'per' && tokens[k + 1]?.raw.toLowerCase() === 'cent') {
    // "16 per cent"
    kind = 'percent';
    end = tokens[k + 1].end;
    k += 2;
  } else if (kind === 'number' && j === i && /^\d{4}$/.test(t.raw) && value >= 1800 && value <= 2100 && (!countsSomething(tokens[k]) || /^\s*[,;:.)]/.test(text.slice(end, end + 2)) || YEAR_DETERMINERS.has(tokens[i - 1]?.raw.toLowerCase() ?? '') || (i > 1 && tokens[i - 1].capitalized && !MONTHS_OR_DAYS.test(tokens[i - 1].raw)) || YEAR_PREPOSITIONS.test(tokens[i - 1]?.raw ?? ''))) {
    // ("In 2022 engineers measured …": after "in", "by", "since", a year, whatever follows.)
    // (A word after a comma counts nothing: "which opened in 1971, carries about 38,000 vehicles".)
    // "our 2019 papers", "the 2024 budget": a year that describes, not a count.
    kind = 'year';
  }
  return { kind, start, end, k, before };
}

/** A year after a name is the name's ("the National Heritage Act 1983 bars …"), but not after a month or a day. */
const MONTHS_OR_DAYS = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$|day$/i;

/** Words of a text that make "For 6, Against 4" a vote. */
const VOTE_CONTEXT = /\b(?:vot\w*|carried|motion|defeated|resolution|resolved|agreed)\b/i;

/** Past forms that follow a count whose noun is left out ("three remained", "two died", "four were"): no counted thing. */
const VERB_AFTER_COUNT = /^(?:remained|died|survived|stayed|returned|escaped|attended|voted|abstained|left|arrived|recovered|fell|came|went)$/i;

/** Words after a sum that say over what time: "over", "during", "within". */
const SPAN_PREPOSITIONS = /^(?:over|during|within|across|throughout)$/i;

/** The counted thing: the first content word after the amount ("200,000 leaflets", "40 kilometers"). */
function countedUnit(tokens: readonly Token[], k: number, kind: QuantityKind, before: string, text?: string): string | undefined {
  let unit: string | undefined;
  let reach = k + 3;
  let bracket = -1;
  for (let u = k; u < Math.min(tokens.length, reach); u++) {
    // A mark between ends it: "Against 4, Abstain 1" counts no abstentions with the 4; so does a
    // bracket's list ("3 of those (T7, T8 and T12)" counts no "T7"); another bracket is read past:
    // "65 mln (U.S.) dlrs" counts dollars.
    if (text !== undefined && u > 0 && /\(/.test(text.slice(tokens[u - 1].end, tokens[u].start))) {
      const close = text.indexOf(')', tokens[u].start);
      if (close < 0 || /[,;\d]|\band\b/.test(text.slice(tokens[u].start, close))) break;
      let past = u;
      while (past < tokens.length && tokens[past].start < close) past++;
      reach += past - u;
      u = past - 1;
      bracket = close + 1;
      continue;
    }
    if (text !== undefined && u > 0 && /[,;:.!?]/.test(text.slice(Math.max(tokens[u - 1].end, bracket), tokens[u].start))) break;
    // Another number ("five to six pct") is no counted thing; nor is anything after "of them".
    if (isDigits(tokens[u]) || Object.hasOwn(SMALL, tokens[u].raw.toLowerCase()) || tokens[u].raw.toLowerCase() === 'them') break;
    // A possessive before the noun is whose it is: "three of the crew's members" counts members.
    if (/\p{L}['’]s$/u.test(tokens[u].raw) && tokens[u + 1]?.kind === TokenKind.Word && !tokens[u + 1].stop && (text === undefined || !/\S/.test(text.slice(tokens[u].end, tokens[u + 1].start)))) {
      reach++;
      continue;
    }
    // (A sum "over the next three years", "during the coming year" counts no "next" or "coming": what
    // follows a preposition of time after a sum is when, not what it counts; "£60 for under-16s" is whose.)
    if (kind === 'money' && u > k && SPAN_PREPOSITIONS.test(tokens[k].raw)) break;
    // (Nor what comes after "and", "from" or "by": "£18,500 from the town council and £6,500 from …" names
    // who gives it, "£19,500 and Brackenford First BID the rest" goes on to the next.)
    if (kind === 'money' && /^(?:and|or|but|from|by|with|while|whereas)$/i.test(tokens[u].raw)) break;
    if (!tokens[u].stop && !HEDGES.has(tokens[u].raw.toLowerCase())) {
      // A verb straight after the figure counts nothing: its noun is left out ("three remained there").
      // (Not one that describes the noun after it: "300 recovered balloons".)
      if (u === k && VERB_AFTER_COUNT.test(tokens[u].raw) && (!tokens[u + 1] || tokens[u + 1].stop || tokens[u + 1].kind !== TokenKind.Word)) break;
      unit = unitTerm(tokens[u].raw);
      break;
    }
    if (!tokens[u].stop) break;
  }
  if (kind === 'money' && /(?:US\$|\$)/.test(before)) unit = unit ?? 'dollar';
  return unit;
}

/** The unit of the count just before in the sentence, for a count "of those", "of these" or "of them" after it. */
function partitiveUnit(text: string, tokens: readonly Token[], k: number, before: readonly Quantity[]): string | undefined {
  if (tokens[k]?.raw.toLowerCase() !== 'of' || !/^(?:those|these|them)$/i.test(tokens[k + 1]?.raw ?? '')) return undefined;
  // (Only one count before it in the sentence: "120 homes were built by 4 developers, and 30 of those" may be either's.)
  // (And a count that is what the clause is about, not one after a preposition: "built by 4 developers, and 30
  // of those" are homes.)
  const counts = before.filter((q) => q.kind === 'number' && !/[.;!?]/.test(text.slice(q.end, tokens[k].start)));
  const last = counts[counts.length - 1];
  if (counts.length !== 1 || !last.unit || last.unit.startsWith('<')) return undefined;
  // ("Of 40 staff, 12 of them left": an opening "Of" names the whole.)
  const lead = text.slice(Math.max(0, last.start - 12), last.start);
  return /\b(?:by|to|from|with|of|for|in|on|at|among|between|than|per|about|around)\s+$/i.test(lead) && !/^\W*of\s+$/i.test(text.slice(0, last.start)) ? undefined : last.unit;
}

/**
 * "Of the 23 sites, 14 were already vacant": the noun a count leaves out, where a verb follows it
 * straight away, is the one the sentence opened with (`k`: the token after the count).
 */
function elidedUnit(text: string, tokens: readonly Token[], k: number): string | undefined {
  if (k <= 0 || k >= tokens.length || !/^(?:were|was|are|is|had|have|has)$/i.test(tokens[k].raw) || /[,;:.!?()]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
  const opened = OF_THE_COUNT.exec(text.slice(Math.max(0, tokens[k - 1].start - 80), tokens[k - 1].start));
  return opened ? unitTerm(opened[1]) : undefined;
}

/** "Of the 23 sites, ", "of its 61 crossing patrol sites, " just before a count: the thing counted (its last word). */
const OF_THE_COUNT = /\bof\s+(?:the|its|their|those|these|all|our)\s+(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\s+(?:[\p{L}'’-]+\s+){0,2}?(\p{L}+)(?:\s+(?:in|at|on|across|from|within|around)\s+[^,;.]{1,40})?,\s*$/iu;

/**
 * A count's word just before it in its clause, where the words after it name something else ("rated 4 at
 * its last inspection": rat). Kept beside the figures, not on them: a field on some figures and not
 * others made every comparison of figures slower.
 */
const LEADS = new WeakMap<Quantity, string>();

/** The first token starting at or after `offset` (tokens.length if none), found by halving. */
function tokenFrom(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A count led by the same word as a claim's, with words after it past a preposition that the claim
 * has too: "rated 4 at its previous inspection" is what "At its previous inspection … rated five" gives
 * a figure for. (Not "rated 5 after a new system was fitted" for "rated 3 in 2021", nor "rescued 6 on
 * Tuesday" for "rescued 14" over two days: the claim does not speak of what follows.)
 */
export function ledAlike(claim: Quantity, source: Quantity, claimTerms: ReadonlySet<string>): boolean {
  return claim.kind === 'number' && source.kind === 'number' && !!claim.unit?.startsWith('<') && claim.unit.slice(1) === LEADS.get(source) && !!source.after?.length && source.after.every((u) => claimTerms.has(u));
}

/** Prepositions after a count that start words about something else than what it counts. */
const LEADS_OFF = /^(?:at|in|on|by|during|after|before|since|until)$/i;

/** Units that are periods of time ("seasons", "years"), as counted units are written (stems). */
const PERIODS = /^(?:season|year|month|week|day|decad|term|quarter|hour)/;

const OVER: ReadonlySet<string> = new Set(['over', 'above', 'exceeding', 'beyond', 'up']);
const UNDER: ReadonlySet<string> = new Set(['under', 'below', 'down', 'within']);

/** Which side of a figure the words before it put the fact on ("more than", "under", "up", "at least"), and how many words that took. */
function boundOf(second: string | undefined, first: string | undefined): { side: 'over' | 'under'; words: number } | undefined {
  if (first === 'than' && (second === 'more' || second === 'greater' || second === 'higher')) return { side: 'over', words: 2 };
  if (first === 'than' && (second === 'less' || second === 'fewer' || second === 'lower')) return { side: 'under', words: 2 };
  if (second === 'at' && first === 'least') return { side: 'over', words: 2 };
  if (second === 'at' && first === 'most') return { side: 'under', words: 2 };
  if (second === 'up' && first === 'to') return { side: 'under', words: 2 };
  if (first && OVER.has(first)) return { side: 'over', words: 1 };
  if (first && UNDER.has(first)) return { side: 'under', words: 1 };
  return undefined;
}

/**
 * Gives each figure the context a reader gives it: the first figure of a range ("66 to 40 pct",
 * "7 to 20 pct", "between 5 and 15 pct") counts what the second does; a figure with nothing counted
 * after it takes the word before it ("the age of 46", "number seven", "a grandfather of seven").
 */
function joinRanges(text: string, tokens: readonly Token[], qs: Quantity[]): Quantity[] {
  // "2018–19", "1985/86": the second year written short.
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (a.kind === 'year' && b.kind === 'number' && b.value < 100 && /^[-–/]$/.test(text.slice(a.end, b.start)) && /^\d\d$/.test(b.raw)) {
      const year = Math.floor(a.value / 100) * 100 + b.value;
      if (year > a.value && year - a.value < 10) qs[k + 1] = { ...b, kind: 'year', value: year, unit: undefined, after: undefined };
    }
  }
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (isTimeKind(b.kind) || !/^\s*(?:to|-|–|and|or)\s*\$?$/i.test(text.slice(a.end, b.start))) continue;
    // "between 18 and 25 million euros", "$2 to $3 billion": the first figure is in millions too.
    const times = multiplierOf(b.raw);
    const ratio = times === undefined ? 0 : (a.value * times) / b.value;
    const scale = times !== undefined && multiplierOf(a.raw) === undefined && ratio >= 0.01 && ratio <= 100 ? times : 1;
    if (a.kind === 'number' && a.unit === undefined) qs[k] = { ...a, kind: b.kind, unit: b.unit, after: b.after, value: a.value * scale };
    else if (a.kind === 'money' && b.kind === 'money' && scale > 1) qs[k] = { ...a, value: a.value * scale };
  }
  // A vote's tally counts votes: "voted six to four", "carried 5–2", "by 14 votes to 3", "For 6, Against 4", "10 in favour, 1 against".
  for (let k = 0; k < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    const whole = (q: Quantity) => q.kind === 'number' && Number.isInteger(q.value) && q.value < 1000 && !q.range;
    // (And "10 in favour, 1 against, 1 abstention": the side after the figure.)
    const sideAfter = /^\s*(?:in favou?r|for|against|abstentions?|abstaining|abstained)\b/i.test(text.slice(a.end, a.end + 16));
    // (Not a figure that counts something else: "to suspend the licence for 28 days".)
    const sideBefore = /\b(?:for|against|abstentions?|abstained)\s*:?\s*$/i.test(text.slice(Math.max(0, a.start - 14), a.start)) && !/^\s+(?!votes?\b|in\b|to\b|and\b|with\b)\p{L}{3,}/iu.test(text.slice(a.end, a.end + 20));
    if (whole(a) && (sideAfter || sideBefore) && VOTE_CONTEXT.test(text)) {
      qs[k] = { ...a, unit: 'vote', after: ['vote'] };
      continue;
    }
    // ("by three votes to two": the second counts votes too.)
    if (!b || !whole(a) || !whole(b) || !/^\s*(?:-|–|to|votes? to)\s*$/.test(text.slice(a.end, b.start))) continue;
    if (!/\b(?:vot(?:ed|es|e|ing)|carried|passed|defeated|rejected|approved)\s+(?:by\s+)?$/i.test(text.slice(Math.max(0, a.start - 16), a.start)) && a.unit !== 'vote') continue;
    qs[k] = { ...a, unit: 'vote', after: ['vote'] };
    qs[k + 1] = { ...b, unit: 'vote', after: ['vote'] };
    k++;
  }
  // "19 and 20 March", "March 19-20": two days of one month.
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (!/^\s*(?:-|–|and|or|to)\s*$/i.test(text.slice(a.end, b.start))) continue;
    const day = (q: Quantity) => q.kind === 'number' && q.unit === undefined && /^\d{1,2}$/.test(q.raw) && q.value >= 1 && q.value <= 31;
    const month = (q: Quantity) => Math.floor(q.value / 100);
    // "Monday 17 and Friday 21 February": the second day's weekday between.
    const c = b.kind === 'weekday' && qs[k + 2] && /^[\s,]*$/.test(text.slice(b.end, qs[k + 2].start)) ? qs[k + 2] : b;
    const dayBefore = day(a) || (c !== b && a.kind === 'number' && a.unit === stem(b.raw) && /^\d{1,2}$/.test(a.raw) && a.value >= 1 && a.value <= 31);
    if (dayBefore && c.kind === 'date' && /^\d/.test(c.raw)) qs[k] = { ...a, kind: 'date', value: month(c) * 100 + a.value, unit: undefined, after: undefined };
    else if (a.kind === 'date' && /^\p{L}/u.test(a.raw) && day(b)) qs[k + 1] = { ...b, kind: 'date', value: month(a) * 100 + b.value };
  }
  // "from 312 votes to just 27": the second figure counts what the first does.
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (b.kind !== 'number' || a.kind !== 'number' || b.unit !== undefined || !a.unit || a.unit.startsWith('<')) continue;
    if (!/^\s*[\p{L}-]+\s+(?:to|and|or)\s+(?:(?:just|only|about|around|nearly|almost|some|roughly|a mere|barely)\s+)?$/iu.test(text.slice(a.end, b.start))) continue;
    qs[k + 1] = { ...b, unit: a.unit, after: a.after };
  }
  // "would pay £12 a month, … would pay £22, and … would pay £35": a sum with no rate after the same verb as
  // a sum a month before it in the sentence is a sum a month too.
  for (let k = 1; k < qs.length; k++) {
    const b = qs[k];
    if (b.kind !== 'money' || b.unit !== undefined) continue;
    const verbBefore = (q: Quantity) => /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, q.start - 20), q.start))?.[1].toLowerCase();
    const a = qs.slice(0, k).reverse().find((x) => x.kind === 'money' && x.currency === b.currency && !!x.unit && RATE_UNITS.has(x.unit));
    if (!a || /[;:.!?]/.test(text.slice(a.end, b.start)) || !verbBefore(b) || verbBefore(a) !== verbBefore(b)) continue;
    qs[k] = { ...b, unit: a.unit, after: [a.unit!, ...(b.after ?? [])] };
  }
  // "64 square metres from the south aisle and 112 from the nave": a figure with its noun left out before
  // the preposition the one before it has after its noun counts what that one does.
  for (let k = 0; k + 1 < qs.length; k++) {
    const a = qs[k];
    const b = qs[k + 1];
    if (b.kind !== 'number' || a.kind !== 'number' || !a.unit || a.unit.startsWith('<') || b.unit === a.unit) continue;
    const between = text.slice(a.end, b.start);
    if (between.length > 80 || /[;:.!?()]/.test(between) || !/(?:,|\band)\s*$/.test(between)) continue;
    const preposition = /^\s+(from|in|at|on|into|across|inside|outside|within)\s/i.exec(text.slice(b.end, b.end + 10))?.[1].toLowerCase();
    // (The same preposition one or two words after the first figure: "64 square metres from …".)
    if (!preposition || !between.trim().toLowerCase().split(/\s+/).slice(1, 3).includes(preposition)) continue;
    // (Its own place stays its own: "112 from the nave" is not the aisle's.)
    const unitWords = (a.after ?? []).slice(0, (a.after ?? []).indexOf(a.unit) + 1 || 1);
    qs[k + 1] = { ...b, unit: a.unit, after: [...unitWords, ...(b.after ?? [])] };
  }
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    // (And a count with words after it past a preposition keeps the word before as its lead: "rated 4 at
    // its previous inspection" is what "rated five" is.)
    const past = q.kind === 'number' && q.after?.length ? tokens[tokenFrom(tokens, q.end)] : undefined;
    const led = !!past && LEADS_OFF.test(past.raw);
    if (q.kind !== 'number' || (!led && (q.unit !== undefined || (q.after && q.after.length)))) continue;
    const at = tokenFrom(tokens, q.start);
    for (let u = at - 1; u >= Math.max(0, at - 4); u--) {
      const t = tokens[u];
      if (/[,;:.!?()]/.test(text.slice(t.end, tokens[u + 1].start))) break;
      if (t.stop || HEDGES.has(t.raw.toLowerCase()) || isDigits(t)) continue;
      if (led) LEADS.set(q, stem(t.raw));
      else qs[k] = { ...q, unit: '<' + stem(t.raw) };
      break;
    }
  }
  // "72% of respondents (893)": the count in brackets after a share counts what the share is of.
  for (let k = 1; k < qs.length; k++) {
    const [p, q] = [qs[k - 1], qs[k]];
    if (p.kind !== 'percent' || q.kind !== 'number' || !p.unit || !/^\s*(?:of\s+(?:the\s+)?\p{L}+\s*)?\(\s*$/u.test(text.slice(p.end, q.start))) continue;
    qs[k] = { ...q, unit: p.unit, after: [p.unit] };
  }
  // A figure in a table's row counts what its row is ("| Roof and valley gutter repairs | £420,000 |"),
  // not the next row's words; and a number in a "%" column is a share ("| Strongly oppose | 294 | 48.0 |"
  // under "| … | Count | % |").
  const table = text.includes('|') ? tableLayout(text) : undefined;
  if (table) {
    tableRows(table, qs);
    percentColumns(table, qs);
    moneyColumns(table, qs);
  }
  // "Luca Brennan, 24, of Solent-Vane Racing": a number set off by commas after a name is the person's age.
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'number' || q.unit !== undefined || !/^\d{1,3}$/.test(q.raw) || q.value < 1 || q.value > 120) continue;
    if (/\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, q.start - 40), q.start)) && /^\s*,/.test(text.slice(q.end, q.end + 3))) qs[k] = { ...q, unit: 'age', after: ['age'] };
  }
  // "Pump 1", "Room 2", "Route 47": a number that names one of several, not a count. It is compared only
  // with the same label's ("Pump 2" is another pump; "three inlet pumps" is no "Pump 1").
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'number' || !/^\d{1,3}$/.test(q.raw)) continue;
    const at = tokens.findIndex((t) => t.start >= q.start);
    const label = tokens[at - 1];
    if (!label || !LABELS.test(label.raw) || text.slice(label.end, q.start) !== ' ') continue;
    qs[k] = { ...q, unit: '#' + stem(label.raw), after: ['#' + stem(label.raw)] };
  }
  // A unit is no sum: "(£000)" over a table's column says what its figures count in.
  if (qs.some((q) => q.kind === 'money' && /^[£$€]\s?000s?$/.test(q.raw))) qs = qs.filter((q) => !(q.kind === 'money' && /^[£$€]\s?000s?$/.test(q.raw)));
  // A reference code is no figure: "CAB/25/014", "24/0917/FUL" (a part of it in letters, the parts joined by slashes).
  if (text.includes('/')) return qs.filter((q) => q.kind !== 'number' || !inCode(text, q));
  return qs;
}

/** A Markdown table in a text: its header's cells, and where a figure sits (its row's cells and its column), if in the body. */
interface TableLayout {
  readonly header: readonly string[];
  cellOf(at: number): { readonly row: readonly string[]; readonly column: number } | undefined;
}

function tableLayout(text: string): TableLayout | undefined {
  const lines = text.split('\n');
  const sep = lines.findIndex((l) => /^\s*\|?\s*:?-{2,}/.test(l) && l.includes('|'));
  if (sep < 1) return undefined;
  const cells = (line: string) => line.replace(/^\s*\|/, '').split('|');
  let offset = 0;
  const starts = lines.map((l) => {
    const at = offset;
    offset += l.length + 1;
    return at;
  });
  return {
    header: cells(lines[sep - 1]),
    cellOf(at: number) {
      let line = starts.length - 1;
      while (line > 0 && starts[line] > at) line--;
      if (line <= sep || !lines[line].includes('|')) return undefined;
      const column = (text.slice(starts[line], at).replace(/^\s*\|/, '').match(/\|/g) ?? []).length;
      return { row: cells(lines[line]), column };
    },
  };
}

/**
 * Gives each figure in a table's body what its row counts, in place: the words of the last cell before it
 * that has words ("| Trains per day | 46 |": train), or where there is none ("| 2023 | 8 | 3 |"), the words
 * heading the figure's column ("| Year | Social media cases | Dismissals |"). Read as prose, a cell's
 * figure took the words after it, which are the next row's.
 */
function tableRows(table: TableLayout, qs: Quantity[]): void {
  const words = (cell: string | undefined) => (cell?.match(/\p{L}[\p{L}'’-]*/gu) ?? []).filter((w) => !STOP_WORDS.has(w.toLowerCase())).slice(0, 3).map(unitTerm);
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'number' && q.kind !== 'money' && q.kind !== 'percent') continue;
    const cell = table.cellOf(q.start);
    if (!cell || cell.column === 0) continue;
    // (The last cell before it with words: "| 3 | Mitigating factor: cooperation | −£300,000 |"; not a
    // cell that only dates the row: "| 2023–24 (to 29 Feb) |".)
    const named = cell.row.slice(0, cell.column).filter((c) => words(c).some((w) => !MONTH_WORD.test(w))).pop();
    const label = words(named ?? table.header[cell.column]);
    if (label.length === 0) continue;
    // (What it counts, not its unit: a row's label is no unit of measure, and "| Outstanding repairs | 3,910 |" is
    // still the "3,910 a year earlier" of a sentence.)
    qs[k] = { ...q, unit: undefined, after: label };
  }
}

/** A month's name or its short form, as a stem. */
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)/;

/** Turns the plain numbers of a table's share columns into shares, in place. */
function percentColumns(table: TableLayout, qs: Quantity[]): void {
  const shares = new Set(table.header.map((c, k) => (/^\s*(?:%|per ?cent|percentage|share(?: of [^|]*)?|[^|]*\(%\))\s*$/i.test(c) ? k : -1)).filter((k) => k >= 0));
  if (shares.size === 0) return;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'number' || !/^\d+(?:\.\d+)?$/.test(q.raw)) continue;
    const cell = table.cellOf(q.start);
    if (cell && shares.has(cell.column)) qs[k] = { ...q, kind: 'percent', unit: undefined, after: [] };
  }
}

/**
 * Turns the plain numbers of a column headed with a currency into sums, in place: "9.8" under "Revised
 * estimate (£m)" is £9.8 million, "420" under "Cost (£000)" is £420,000.
 */
function moneyColumns(table: TableLayout, qs: Quantity[]): void {
  const heads = table.header.map((c) => MONEY_HEAD.exec(c.trim()));
  if (!heads.some(Boolean)) return;
  for (let k = 0; k < qs.length; k++) {
    const q = qs[k];
    if (q.kind !== 'number' || !/^[-+−]?\d[\d,]*(?:\.\d+)?$/.test(q.raw)) continue;
    const cell = table.cellOf(q.start);
    const head = cell && heads[cell.column];
    if (!head) continue;
    const scale = head[2] ? (/^(?:000s?|k|thousands?)$/i.test(head[2]) ? 1e3 : /^(?:bn|billions?)$/i.test(head[2]) ? 1e9 : 1e6) : 1;
    // (As a reader says it, for messages and fixes: "£9.8m", "£420,000".)
    const said = scale === 1 ? q.raw : scale === 1e3 && /^000/.test(head[2]) ? (q.value * scale).toLocaleString('en-GB') : `${q.raw}${scale === 1e3 ? 'k' : scale === 1e9 ? 'bn' : 'm'}`;
    const sign = head[1].length === 1 ? head[1] : ({ GBP: '£', EUR: '€', USD: '$' } as Record<string, string>)[head[1].toUpperCase()];
    qs[k] = { ...q, kind: 'money', value: q.value * scale, currency: CURRENCY_SIGNS[sign], unit: undefined, raw: sign + said.replace(/^[+−-]/, '') };
  }
}

/** A column's head that says its figures are sums: "Cost (£)", "Original budget (£m)", "£000", "(€ million)", "Est. cost (GBP)". */
const MONEY_HEAD = /(?:^|\()\s*([£$€]|GBP|EUR|USD)\s?(k|m|mn|bn|000s?|thousands?|millions?|billions?)?\s*(?:\)|$)/i;

/** Whether a number is a part of a reference code: slash-joined parts, one of them letters ("CAB/25/014"). */
function inCode(text: string, q: Quantity): boolean {
  if (text[q.start - 1] !== '/' && text[q.end] !== '/') return false;
  // (Within a few characters either side: a run of "12/12/12/…" is no code worth reading whole.)
  let start = q.start;
  while (start > Math.max(0, q.start - 24) && /[\p{L}\d\/.-]/u.test(text[start - 1])) start--;
  let end = q.end;
  while (end < Math.min(text.length, q.end + 24) && /[\p{L}\d\/-]/u.test(text[end])) end++;
  const parts = text.slice(start, end).replace(/\.$/, '').split('/');
  return parts.length >= 2 && parts.some((p) => /^\p{L}+$/u.test(p)) && parts.every((p) => /^[\p{L}\d-]+$/u.test(p));
}

/** Nouns that, capitalised before a number (or, for a few, in lower case: "category 1 hazards"), make it a label ("Pump 1", "Ward 7", "Year 11"). */
const LABELS = /^(?:[Cc]ategory|[Gg]rade|[Pp]riority|Tier|Phase|Stage|Pump|Room|Item|Route|Flight|Platform|Ward|Gate|Phase|Stage|Block|Unit|Level|Floor|Bay|Berth|Pier|Bed|Court|Zone|Site|Tank|Line|Track|Lot|Plot|Section|Chapter|Clause|Schedule|Appendix|Annex|Table|Figure|Question|Option|Reactor|Turbine|Terminal|Runway|Junction|Exit|Sector|Tier|Year|Class|Band|Division|Platform|Pitch|Lock|Bridge|Well|Borehole|Outfall|Storm|Sluice|Lift|Stand|Entrance|Door|Hangar)$/;

/** The multiplier a figure is written with ("25 million": 1e6), if any. */
function multiplierOf(raw: string): number | undefined {
  const last = /([a-z]+)\.?$/i.exec(raw)?.[1]?.toLowerCase();
  return last === undefined || last === 'dozen' ? undefined : MULTIPLIERS[last];
}

function isTimeKind(kind: QuantityKind): boolean {
  return kind === 'year' || kind === 'date' || kind === 'month' || kind === 'weekday' || kind === 'clock';
}

/**
 * Whether the source's quantity `b` states the claim's `a`: equal values (approximate ones within
 * 10 %, a vague claim's within its range), same kind, not on opposite sides ("more than" / "less than").
 */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.bound && b.bound && a.bound !== b.bound) return false;
  // A label's number is only the same label's: "Pump 3" is no "three pumps", nor "Room 3".
  if ((a.unit?.startsWith('#') || b.unit?.startsWith('#')) && a.unit !== b.unit) return false;
  // "£5 million" is not "€5 million".
  if (a.currency && b.currency && a.currency !== b.currency) return false;
  // "in December" is stated by "December 27".
  if (a.kind === 'month' && b.kind === 'date') return Math.floor(b.value / 100) === a.value;
  if (a.kind !== b.kind && !(isAmount(a) && isAmount(b))) return false;
  if (a.range || b.range) {
    // A vague amount in the source ("thousands of people") does not state a precise one ("5,000 people").
    if (b.range && !a.range) return false;
    if (a.range && b.range) return a.raw.toLowerCase() === b.raw.toLowerCase() || (a.range[0] <= b.range[1] && b.range[0] <= a.range[1]);
    const [v, r] = a.range ? [b.value, a.range] : [a.value, b.range!];
    return v >= r[0] && v <= r[1];
  }
  if (a.value === b.value) return true;
  // "7:15" without a half of the day may be "7.15pm".
  if (a.kind === 'clock') return (!a.unit || !b.unit) && Math.abs(a.value - b.value) === 720;
  if (a.kind === 'year' || a.kind === 'date' || a.kind === 'month' || a.kind === 'weekday') return false;
  // (A share with a decimal is the whole share it rounds to, "74.6%" is "75 per cent"; not a small one,
  // where the decimal is the point: "0.6 pct" is no "1 pct".)
  if (a.kind === 'percent' && Math.min(a.value, b.value) >= 10 && Number.isInteger(a.value) !== Number.isInteger(b.value) && Math.round(a.value) === Math.round(b.value) && (Number.isInteger(a.value) ? a.value : b.value) === Math.round(a.value)) return true;
  // Two rough figures may be a tenth apart; a precise one is a rough one rounded, so within a twentieth
  // ("41,500 vehicles" is not "about 38,000").
  // ("More than two hundred" keeps the tenth: a bound says less than "about" does.)
  // (A share in words is a share rounded: "a third" is what "33 per cent" says, not "30 per cent".)
  // (Only a fraction: "forty per cent" in words is as exact as "40 per cent".)
  // (A precise figure on the wrong side of a bound is not the bound rounded: "1.9 million" is no "more than two million".)
  const [bounded, plain] = a.bound && !b.bound ? [a, b] : b.bound && !a.bound ? [b, a] : [undefined, undefined];
  if (bounded && plain && !plain.approximate && (bounded.bound === 'over' ? plain.value < bounded.value : plain.value > bounded.value)) return false;
  const rough = (q: Quantity) => q.approximate || (q.kind === 'percent' && /\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b/i.test(q.raw));
  const tolerance = (a.approximate && b.approximate) || a.bound || b.bound ? 0.1 : rough(a) || rough(b) ? 0.05 : 0.001;
  // (A share said roughly but not round is that share give or take a point: "some 91 per cent" is no 88.)
  const unround = (q: Quantity) => q.kind === 'percent' && q.approximate && !q.bound && Number.isInteger(q.value) && q.value % 5 !== 0 && !/\b(?:half|halves|thirds?|quarters?|fifths?|tenths?)\b/i.test(q.raw);
  if (a.kind === 'percent' && b.kind === 'percent' && Math.min(a.value, b.value) >= 10 && !(a.approximate && b.approximate) && (unround(a) || unround(b))) return Math.abs(a.value - b.value) <= 1;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function isAmount(q: Quantity): boolean {
  return q.kind === 'number' || q.kind === 'money';
}

/** Quantities that could state the same fact differently: same kind and, for amounts, the same counted thing. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind || a.range || b.range) return false;
  if (a.kind === 'year' || a.kind === 'date' || a.kind === 'percent' || a.kind === 'month' || a.kind === 'weekday' || a.kind === 'clock') return true;
  // Two sums of one currency with nothing named after either ("an average loss of £11,300."): the words around them say what they are.
  if (a.kind === 'money' && a.unit === undefined && b.unit === undefined) return a.currency === b.currency;
  // (Two units guessed from the word before each figure, "ages ranged from 16 to 81" and "ranged in age
  // from 16 to 50", say nothing for sure either way: the words around the figures decide.)
  if (a.unit?.startsWith('<') && b.unit?.startsWith('<')) return true;
  // (A unit guessed from the word before one figure is the one named after the other: "seats 530" and "350 seats".)
  const unit = (u: string | undefined) => u?.replace(/^</, '');
  if (a.unit?.startsWith('<') !== b.unit?.startsWith('<')) return unit(a.unit) !== undefined && unit(a.unit) === unit(b.unit) && !STOP_WORDS.has(unit(a.unit)!);
  return a.unit !== undefined && a.unit === b.unit && !STOP_WORDS.has(a.unit);
}

/** Whether a quantity is a point in time rather than an amount. */
export function isTime(q: Quantity): boolean {
  return q.kind === 'year' || q.kind === 'date' || q.kind === 'month' || q.kind === 'weekday' || q.kind === 'clock';
}

/**
 * Whether a source's figure measures what the claim's does: the same counted thing, or none named
 * beside it while the sentence still mentions the claim's ("30 days" is not "31", someone's age).
 * Other words beside it disagree only when both are units of measure ("30 days" / "30 years"), or
 * always when `strict` (whether a source states the claim's figure somewhere, before it is called
 * contradicted: "three years later" does not state "three occasions").
 */
export function unitsAgree(claim: Quantity, source: Quantity, sentenceTerms: ReadonlySet<string>, similar: (a: string, b: string) => number, strict = false): boolean {
  // (A sum is no count of something else: "£2,300" is not "2,300 candidates".)
  if (claim.kind === 'money' && source.kind === 'number' && !!source.unit && !source.unit.startsWith('<') && !source.currency && !CURRENCY_UNIT.test(source.unit)) return false;
  if (isTime(claim) || claim.kind === 'money' || claim.kind === 'percent') return true;
  // What a figure counts: the words after it, or the currency its sign names ("$15 million": dollars).
  const counted = (q: Quantity) => (q.after?.length ? q.after : q.kind === 'money' && q.unit ? [q.unit] : (q.after ?? (q.unit ? [q.unit] : [])));
  const mine = counted(claim);
  if (mine.length === 0) return true;
  const theirs = counted(source);
  // Nothing counted beside the source's figure: the sentence must at least mention what the claim's counts.
  // (Or the group the figure is the size of, named before it: "the workforce from 38 to 19" counts people.)
  if (theirs.length === 0) return mine.some((u) => sentenceTerms.has(u)) || (!!source.unit?.startsWith('<') && COLLECTIVES.has(source.unit.slice(1)) && mine.some((u) => PERSONS.has(u)));
  // A span of weeks is none of hours, close as the words are ("for four weeks" is not "within four hours").
  if (claim.unit && source.unit && TIMES.has(claim.unit) && TIMES.has(source.unit) && claim.unit !== source.unit && !isAge(claim) && !isAge(source)) return false;
  if (mine.some((u) => theirs.includes(u) || theirs.some((v) => similar(u, v) >= 0.6))) return true;
  // Strictly, different words count different things ("three occasions" is not "three years later"); and
  // a count whose noun the sentence named before it ("Of the 23 sites, 14 were vacant") is no count of
  // another ("14 patrol officers were made redundant").
  if (strict || claim.elided) return false;
  // A span of time is no count of things: "a five-year project" is not "five authors".
  // (An age is no span: "10-24 year old" may be "aged 10-24".)
  if (claim.unit && source.unit && TIMES.has(claim.unit) !== TIMES.has(source.unit) && !isAge(claim) && !isAge(source)) return false;
  // Different words: only a different unit of measure ("30 days" / "30 years") tells them apart for sure.
  const myUnit = mine.find((u) => MEASURES.has(u));
  const theirUnit = theirs.find((u) => MEASURES.has(u));
  return !(myUnit && theirUnit && myUnit !== theirUnit);
}

/** Units that are money, as a count's word gives them ("2,300 pounds", "65 mln dlrs"). */
const CURRENCY_UNIT = /^(?:pound|dollar|euro|penc|penni|penny|cent|yen|franc|krona|kron|rupee|dlr|stg|sterl|quid|grand|mln|bln|million|billion|thousand|k)/;

/** Groups of people a figure may give the size of (stemmed), and the people they count. */
const COLLECTIVES: ReadonlySet<string> = new Set('workforce staff headcount team crew membership roll payroll electorate audience crowd attendance turnout'.split(' ').map(stem));
const PERSONS: ReadonlySet<string> = new Set('person people resident student worker employee member staff job post role pupil child adult voter patient passenger visitor journalist reporter officer nurse doctor teacher'.split(' ').map(stem));

/** Units of time (stemmed). */
const TIMES: ReadonlySet<string> = new Set('second minute hour day week month year decade century night season'.split(' ').map(stem));

/** Whether a figure counts a span of time ("a five-year project", "for three weeks"), not an age ("a five-year-old"). */
export function spansTime(q: Quantity): boolean {
  return !!q.unit && TIMES.has(q.unit) && !isAge(q);
}

/** "five years old", "a 10-24 year old": an age. */
function isAge(q: Quantity): boolean {
  return q.after?.[1] === 'old';
}

/** Units of measure (stemmed): two figures counted in different ones measure different things. */
const MEASURES: ReadonlySet<string> = new Set(
  ('second minute hour day week month year decade century night ' +
    'millimetre millimeter centimetre centimeter metre meter kilometre kilometer km mile foot feet inch yard acre hectare ' +
    'gram kilogram kg pound ton tonne ounce litre liter gallon barrel ' +
    'person people resident student worker employee soldier troop passenger visitor vote seat member child adult ' +
    'dollar euro pound yen yuan won rupee franc mark peso ' +
    'point goal run game match time share vehicle car house home').split(' ').map(stem),
);
