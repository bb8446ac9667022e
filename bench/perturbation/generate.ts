/**
 * The perturbation suite's cases: articles picked from the news corpus with a fixed seed, real claim
 * sentences from each, and for each article one case per rule kind (a sentence where the rule applies,
 * drawn at random) plus a few verbatim sentences. Same articles and seed, same cases.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { donorPool, type Donor } from './entities';
import { PERTURBATIONS, PERTURBATION_KINDS, type PerturbationKind } from './perturbations';
import { createRandom } from './random';
import { REWRITES, REWRITE_KINDS, type RewriteKind } from './rewrites';
import { changed, type Rule } from './rules';
import { articleContext, claimSentences, type Article, type ArticleContext } from './text';

export type Family = 'verbatim' | 'rewrite' | 'perturbed';
export type CaseKind = 'verbatim' | RewriteKind | PerturbationKind;

/** One claim to check against its own article. */
export interface PerturbCase {
  readonly id: string;
  readonly articleId: string;
  readonly src: string;
  readonly family: Family;
  readonly kind: CaseKind;
  /** The article's sentence as written. */
  readonly original: string;
  /** The claim checked: the sentence itself, rewritten, or perturbed. */
  readonly text: string;
  /** What the rule changed (empty for verbatim cases; `from` is empty when text was only added). */
  readonly from: string;
  readonly to: string;
}

export interface GenerateOptions {
  readonly seed: number | string;
  /** Verbatim sentences per article (default 2). */
  readonly verbatimPerArticle?: number;
}

export const MIN_CLAIM_SENTENCES = 4;
export const MIN_ARTICLE_WORDS = 120;

export function readCorpus(file: string): Article[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Article);
}

/** Whether an article is long enough to test: enough words and enough claim sentences. */
export function isUsableArticle(a: Article): boolean {
  const words = a.paras.reduce((n, p) => n + p.split(/\s+/).length, 0);
  return words >= MIN_ARTICLE_WORDS && claimSentences(a).length >= MIN_CLAIM_SENTENCES;
}

/**
 * `n` usable articles, half from each collection (Reuters 1987 wire text, BBC 2004–05), in a shuffled
 * order fixed by the seed; a collection that runs short leaves its share to the other.
 */
export function selectArticles(all: readonly Article[], n: number, seed: number | string): Article[] {
  const bySrc = new Map<string, Article[]>();
  for (const a of all) {
    const list = bySrc.get(a.src);
    if (list) list.push(a);
    else bySrc.set(a.src, [a]);
  }
  const srcs = [...bySrc.keys()].sort();
  const queues = srcs.map((src) => createRandom(seed, 'articles', src).shuffled(bySrc.get(src)!));
  const picked: Article[][] = srcs.map(() => []);
  const want = srcs.map((_, i) => Math.floor(n / srcs.length) + (i < n % srcs.length ? 1 : 0));
  const fill = (i: number, quota: number) => {
    while (picked[i].length < quota && queues[i].length) {
      const a = queues[i].shift()!;
      if (isUsableArticle(a)) picked[i].push(a);
    }
  };
  srcs.forEach((_, i) => fill(i, want[i]));
  const short = n - picked.reduce((k, p) => k + p.length, 0);
  if (short > 0) srcs.forEach((_, i) => fill(i, picked[i].length + short));
  // Interleave the collections so a prefix of the run is a mix too.
  const out: Article[] = [];
  for (let k = 0; out.length < Math.min(n, picked.flat().length); k++) for (const p of picked) if (k < p.length && out.length < n) out.push(p[k]);
  return out;
}

/** Applies `rule` to the article's sentences in a seeded order; the first sentence it fits gives the case. */
function firstFit(rule: Rule, sentences: readonly string[], ctx: ArticleContext, donors: readonly Donor[], seed: number | string, kind: string): { original: string; text: string; from: string; to: string } | null {
  const order = createRandom(seed, ctx.article.id, kind, 'order').shuffled(sentences.map((_, i) => i));
  for (const i of order) {
    const sentence = sentences[i];
    const change = changed(rule({ sentence, ctx, rng: createRandom(seed, ctx.article.id, kind, i), donors }), sentence);
    if (change) return { original: sentence, ...change };
  }
  return null;
}

export function generateCases(articles: readonly Article[], options: GenerateOptions): PerturbCase[] {
  const { seed } = options;
  const perArticle = options.verbatimPerArticle ?? 2;
  const contexts = articles.map(articleContext);
  const sentences = new Map(contexts.map((c) => [c, claimSentences(c.article)]));
  const donors = donorPool(contexts, (c) => sentences.get(c)!);
  const cases: PerturbCase[] = [];
  for (const ctx of contexts) {
    const mine = sentences.get(ctx)!;
    const a = ctx.article;
    const add = (family: Family, kind: CaseKind, c: { original: string; text: string; from: string; to: string }) =>
      cases.push({ id: `${a.id}#${kind}${family === 'verbatim' ? '-' + cases.filter((x) => x.articleId === a.id && x.kind === kind).length : ''}`, articleId: a.id, src: a.src, family, kind, ...c });
    for (const s of createRandom(seed, a.id, 'verbatim').shuffled(mine).slice(0, perArticle)) add('verbatim', 'verbatim', { original: s, text: s, from: '', to: '' });
    for (const kind of REWRITE_KINDS) {
      const c = firstFit(REWRITES[kind], mine, ctx, donors, seed, kind);
      if (c) add('rewrite', kind, c);
    }
    for (const kind of PERTURBATION_KINDS) {
      const c = firstFit(PERTURBATIONS[kind], mine, ctx, donors, seed, kind);
      if (c) add('perturbed', kind, c);
    }
  }
  return cases;
}

/** A short hash of the case list: two runs built the same cases when it matches. */
export function caseHash(cases: readonly PerturbCase[]): string {
  const h = createHash('sha256');
  for (const c of cases) h.update(JSON.stringify([c.articleId, c.family, c.kind, c.original, c.text]) + '\n');
  return h.digest('hex').slice(0, 12);
}
