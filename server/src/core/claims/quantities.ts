import { normaliseNumber, stem, STOP_WORDS, TokenKind, type Token } from '../text/tokenize';

/**
 * Typed facts that a claim and a passage can disagree on: amounts ("200,000 leaflets", "two hundred
 * thousand", "$9.6 billion", "2.8%"), years and calendar dates ("June 6").
 */
export type QuantityKind = 'number' | 'percent' | 'money' | 'year' | 'date';

export interface Quantity {
  readonly kind: QuantityKind;
  /** Numeric value; for dates, month * 100 + day. */
  readonly value: number;
  /** Stemmed word after the amount ("leaflet", "kilomet"), if any. */
  readonly unit?: string;
  /** Text as written, multiplier and unit-sign included ("200,000", "$1.2 billion", "June 6"). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** Whether the text hedges it ("about", "more than", "some"), so a near value is no contradiction. */
  readonly approximate: boolean;
}

const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const MULTIPLIERS: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, tn: 1e12, dozen: 12,
};
const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6, july: 7, jul: 7,
  august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11, nov: 11, december: 12, dec: 12,
};
/** The tokenizer's terms (stems) of the number words and months above. */
const NUMBER_OR_MONTH_TERMS: ReadonlySet<string> = new Set([...Object.keys(SMALL), ...Object.keys(MONTHS)].map(stem));
const HEDGES = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'than', 'least', 'up', 'estimated', 'several', 'under', 'within', 'or', 'so']);
const PERCENT_WORDS = new Set(['percent', 'per', 'pct', '%']);

/** A number written as digits: a number token, or the digits of a hyphenated word ("10-7" → 10, 7). */
function isDigits(t: Token | undefined): boolean {
  return !!t && (t.kind === TokenKind.Number || /^\d[\d.,]*$/.test(t.raw));
}

const ORDINAL = /^(\d{1,2})(?:st|nd|rd|th)$/i;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function extractQuantities(text: string, tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const digitFirst = t.raw.charCodeAt(0) >= 48 && t.raw.charCodeAt(0) <= 57;
    // Most words are neither numbers, number words nor months: skip them cheaply. A word's term is
    // its stem, so a number word or month has one of a few terms; only those words are read closely.
    if (!digitFirst && !NUMBER_OR_MONTH_TERMS.has(t.term)) continue;
    const lower = t.raw.toLowerCase();
    if (!digitFirst && !Object.hasOwn(SMALL, lower) && !(t.capitalized && Object.hasOwn(MONTHS, lower))) continue;
    // "2016-08-25": a year and a calendar date; its digit parts follow as tokens of their own and are skipped.
    const iso = digitFirst ? ISO_DATE.exec(t.raw) : null;
    if (iso && +iso[2] >= 1 && +iso[2] <= 12 && +iso[3] >= 1 && +iso[3] <= 31) {
      out.push({ kind: 'year', value: +iso[1], raw: iso[1], start: t.start, end: t.start + 4, approximate: false });
      out.push({ kind: 'date', value: +iso[2] * 100 + +iso[3], raw: t.raw, start: t.start, end: t.end, approximate: false });
      while (i + 1 < tokens.length && tokens[i + 1].start >= t.start && tokens[i + 1].end <= t.end) i++;
      continue;
    }
    // Month + day ("June 6", "Aug. 18") and day + month ("6 June").
    if (t.kind === TokenKind.Word && MONTHS[lower] !== undefined && t.capitalized) {
      const next = tokens[i + 1];
      const day = next ? (/^\d{1,2}$/.exec(next.raw)?.[0] ?? ORDINAL.exec(next.raw)?.[1]) : undefined;
      if (next && day !== undefined && +day >= 1 && +day <= 31 && next.start - t.end <= 3) {
        out.push({ kind: 'date', value: MONTHS[lower] * 100 + +day, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
        i++;
        continue;
      }
      continue;
    }
    let value: number | undefined;
    let start = t.start;
    let end = t.end;
    let j = i;
    const ordinal = digitFirst ? ORDINAL.exec(t.raw) : null;
    if (isDigits(t) || ordinal) {
      value = ordinal ? +ordinal[1] : Number(t.kind === TokenKind.Number ? t.term : normaliseNumber(t.raw));
      if (!Number.isFinite(value)) continue;
      // "6 June", "6th June"
      const next = tokens[i + 1];
      const day = ordinal?.[1] ?? /^\d{1,2}$/.exec(t.raw)?.[0];
      if (next && day !== undefined && MONTHS[next.raw.toLowerCase()] !== undefined && next.capitalized && +day >= 1 && +day <= 31 && next.start - t.end <= 2) {
        out.push({ kind: 'date', value: MONTHS[next.raw.toLowerCase()] * 100 + +day, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
        i++;
        continue;
      }
      // An ordinal not in a date ("the 20th conference") is a rank, not an amount.
      if (ordinal) continue;
    } else if (SMALL[lower] !== undefined) {
      value = SMALL[lower];
      // "twenty-five", "two hundred"
    } else continue;
    // Multipliers and compound number words: "1.2 million", "two hundred thousand".
    while (j + 1 < tokens.length) {
      const n = tokens[j + 1];
      const nl = n.raw.toLowerCase();
      if (tokens[j + 1].start - tokens[j].end > 2) break;
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
    // A lone number word that is not a count ("one of the", "no one") is too vague to compare.
    if (!isDigits(t) && j === i && value < 2) continue;
    let kind: QuantityKind = 'number';
    const before = text.slice(Math.max(0, start - 4), start);
    const currency = before.search(/(?:US\$|\$|€|£|¥|₩)\s*$/);
    if (currency >= 0) {
      kind = 'money';
      start = Math.max(0, start - 4) + currency;
    }
    const after = text.slice(end, end + 2);
    let unit: string | undefined;
    let k = j + 1;
    if (after.startsWith('%')) {
      kind = 'percent';
      end += 1;
    } else if (tokens[k] && PERCENT_WORDS.has(tokens[k].raw.toLowerCase()) && tokens[k].raw.toLowerCase() !== 'per') {
      kind = 'percent';
      end = tokens[k].end;
      k++;
    } else if (
      kind === 'number' && j === i && /^\d{4}$/.test(t.raw) && value >= 1800 && value <= 2100
    ) {
      kind = 'year';
    }
    if (kind !== 'year') {
      // The counted thing: first content word after the amount ("200,000 leaflets", "40 kilometers").
      for (let u = k; u < Math.min(tokens.length, k + 3); u++) {
        if (isDigits(tokens[u])) break;
        if (!tokens[u].stop && !HEDGES.has(tokens[u].raw.toLowerCase())) {
          unit = stem(tokens[u].raw);
          break;
        }
        if (!tokens[u].stop) break;
      }
      if (kind === 'money' && /(?:US\$|\$)/.test(before)) unit = unit ?? 'dollar';
    }
    const hedgeWord = tokens[i - 1]?.raw.toLowerCase();
    const hedge2 = tokens[i - 2]?.raw.toLowerCase();
    const approximate = (hedgeWord !== undefined && HEDGES.has(hedgeWord)) || (hedge2 !== undefined && (hedge2 === 'more' || hedge2 === 'less' || hedge2 === 'fewer') && hedgeWord === 'than');
    out.push({ kind, value, unit, raw: text.slice(start, end), start, end, approximate });
    i = j;
  }
  return out;
}

/** Same fact: equal values (approximate ones within 10 %), same kind. */
export function sameQuantity(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind && !(isAmount(a) && isAmount(b))) return false;
  if (a.value === b.value) return true;
  if (a.kind === 'year' || a.kind === 'date') return false;
  const tolerance = a.approximate || b.approximate ? 0.1 : 0.001;
  return Math.abs(a.value - b.value) <= tolerance * Math.max(Math.abs(a.value), Math.abs(b.value));
}

function isAmount(q: Quantity): boolean {
  return q.kind === 'number' || q.kind === 'money';
}

/** Quantities that could state the same fact differently: same kind and, for amounts, the same counted thing. */
export function comparable(a: Quantity, b: Quantity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'year' || a.kind === 'date' || a.kind === 'percent') return true;
  return a.unit !== undefined && a.unit === b.unit && !STOP_WORDS.has(a.unit);
}
