import type { Source } from '../sources/model';
import type { BibEntry, CslItem, CslName } from './model';

/**
 * CSL-JSON for what Sourced knows, for Pandoc's citeproc: a source linked to a bibliography entry is
 * that entry (under the key the writer types); any other source is described from its own metadata.
 */
export function cslItems(sources: readonly Source[], entryOf: (key: string) => BibEntry | undefined): CslItem[] {
  return sources
    .map((s) => {
      const entry = entryOf(s.key);
      return entry ? { ...entry.csl, id: s.key } : cslOfSource(s);
    })
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** A CSL item from a source's own metadata: its title, author(s), date and URL. */
export function cslOfSource(s: Source): CslItem {
  const m = s.metadata;
  const item: Record<string, unknown> = { id: s.key, type: m.url ? 'webpage' : 'document', title: s.title };
  const authors = m.author ? m.author.split(/\s*;\s*|\s+and\s+/).filter(Boolean).map(cslName) : [];
  if (authors.length) item.author = authors;
  const issued = m.date ? cslDate(m.date) : undefined;
  if (issued) item.issued = issued;
  if (m.url) item.URL = m.url;
  return item as CslItem;
}

/** Words that make an author an organisation (a newspaper, an agency, a company, a public body). */
const ORGANISATION = /\b(?:institute|agency|association|university|ministry|office|news|press|group|committee|council|department|service|center|centre|inc|ltd|llc|plc|gmbh|corp|corporation|company|foundation|herald|times|post|journal|tribune|gazette|daily|weekly|magazine|broadcasting|network|radio|television|staff|desk|newsroom|bureau|editorial|editors|correspondents?|government|embassy|commission|organi[sz]ation|society|union|network|wire|reporters|watch|rights|international|party|forces|army|police|alliance|federation|league|fund|bank|trust|project|initiative|campaign|coalition|movement)\b/i;

/**
 * "Jane Roe" → family Roe, given Jane; "Roe, Jane" likewise; one word, an organisation ("The Korea
 * Herald", "Yonhap News Agency", "BBC News") or an acronym ("AFP") → literal, so it is never cut into
 * a family and a given name.
 */
export function cslName(name: string): CslName {
  const n = name.replace(/^by\s+/i, '').trim();
  const comma = /^([^,]+),\s*([^,]+)$/.exec(n);
  if (comma && !ORGANISATION.test(n)) return { family: comma[1].trim(), given: comma[2].trim() };
  const words = n.split(/\s+/);
  const organisation = ORGANISATION.test(n) || /^the\s/i.test(n) || words.some((w) => /^\p{Lu}{2,}$/u.test(w)) || words.some((w) => /^\p{Ll}/u.test(w) && !PARTICLES.has(w));
  if (words.length < 2 || words.length > 4 || organisation) return { literal: n };
  return { family: words[words.length - 1], given: words.slice(0, -1).join(' ') };
}

/** Lower-case words a person's name may hold ("Ludwig van Beethoven", "Maria de la Cruz"). */
const PARTICLES = new Set(['van', 'von', 'de', 'del', 'della', 'der', 'den', 'di', 'da', 'du', 'la', 'le', 'bin', 'ibn', 'al', 'el', 'ter', 'ten', 'y']);

/** "2024-06-03", "2024-06-05T08:30:00+09:00", "June 3, 2024", "2024" → CSL date parts. */
export function cslDate(date: string): CslItem['issued'] {
  const iso = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(date.trim());
  if (iso) return { 'date-parts': [[iso[1], iso[2], iso[3]].filter(Boolean).map(Number)] };
  const t = Date.parse(date);
  if (!Number.isNaN(t)) {
    const d = new Date(t);
    return { 'date-parts': [[d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()]] };
  }
  return { literal: date };
}
