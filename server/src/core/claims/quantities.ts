import { stem, STOP_WORDS, TokenKind, type Token } from '../text/tokenize';

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
const HEDGES = new Set(['about', 'around', 'approximately', 'nearly', 'almost', 'roughly', 'some', 'over', 'more', 'less', 'fewer', 'than', 'least', 'up', 'estimated', 'several', 'under', 'within', 'or', 'so']);
const PERCENT_WORDS = new Set(['percent', 'per', 'pct', '%']);

export function extractQuantities(text: string, tokens: readonly Token[]): Quantity[] {
  const out: Quantity[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const lower = t.raw.toLowerCase();
    // Month + day ("June 6", "Aug. 18") and day + month ("6 June").
    if (t.kind === TokenKind.Word && MONTHS[lower] !== undefined && t.capitalized) {
      const next = tokens[i + 1];
      if (next && next.kind === TokenKind.Number && /^\d{1,2}$/.test(next.raw) && +next.raw >= 1 && +next.raw <= 31 && next.start - t.end <= 3) {
        out.push({ kind: 'date', value: MONTHS[lower] * 100 + +next.raw, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
        i++;
        continue;
      }
      continue;
    }
    let value: number | undefined;
    let start = t.start;
    let end = t.end;
    let j = i;
    if (t.kind === TokenKind.Number) {
      value = Number(t.term);
      // "6 June"
      const next = tokens[i + 1];
      if (next && MONTHS[next.raw.toLowerCase()] !== undefined && next.capitalized && /^\d{1,2}$/.test(t.raw) && next.start - t.end <= 2) {
        out.push({ kind: 'date', value: MONTHS[next.raw.toLowerCase()] * 100 + +t.raw, raw: text.slice(t.start, next.end), start: t.start, end: next.end, approximate: false });
        i++;
        continue;
      }
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
      } else if (t.kind !== TokenKind.Number && SMALL[nl] !== undefined && SMALL[nl] < 10 && value % 10 === 0 && value >= 20) {
        value += SMALL[nl];
        end = n.end;
        j++;
      } else break;
    }
    // A lone number word that is not a count ("one of the", "no one") is too vague to compare.
    if (t.kind !== TokenKind.Number && j === i && value < 2) continue;
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
      kind === 'number' && j === i && t.kind === TokenKind.Number && /^\d{4}$/.test(t.raw) && value >= 1800 && value <= 2100
    ) {
      kind = 'year';
    }
    if (kind !== 'year') {
      // The counted thing: first content word after the amount ("200,000 leaflets", "40 kilometers").
      for (let u = k; u < Math.min(tokens.length, k + 3); u++) {
        if (tokens[u].kind === TokenKind.Number) break;
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
