/**
 * The compact index keeps answering the same: pooled postings before and after compact(), after
 * removals, and sources handed over as prepared batches versus read the ordinary way.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createSourcedService } from '../../../server/src/core';
import { Bm25Index } from '../../../server/src/core/search/bm25/bm25Index';
import { Corpus } from '../../../server/src/core/search/corpus';
import { BatchBuilder, encodeParagraphs, PassageEncoder, passagesOf } from '../../../server/src/core/search/prepared';
import { readSourceFile } from '../../../server/src/core/sources/readSource';

/** Deterministic pseudo-random passages over a small vocabulary with a long tail. */
function passages(n: number, seed = 1): string[][] {
  let x = seed;
  const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const out: string[][] = [];
  for (let i = 0; i < n; i++) {
    const len = 3 + Math.floor(rand() * 30);
    const terms: string[] = [];
    for (let k = 0; k < len; k++) terms.push(`t${Math.floor(rand() ** 3 * 3000)}`);
    out.push(terms);
  }
  return out;
}

const queries = [['t0', 't1', 't2'], ['t5', 't77'], ['t2999', 't1500', 't0'], ['t3'], ['nope', 't10']];

function results(index: Bm25Index): string {
  return JSON.stringify(queries.map((q) => index.search(q, 10).map((h) => `${h.id}:${h.score.toFixed(5)}`)));
}

describe('compact BM25 index', () => {
  test('compact() changes the layout, not the answers', () => {
    const a = new Bm25Index();
    const b = new Bm25Index();
    for (const p of passages(3000)) {
      a.add(p);
      b.add(p);
    }
    const before = results(a);
    b.compact();
    assert.equal(results(b), before);
    assert.ok(b.poolStats.capacity < a.poolStats.capacity, 'the optimised pool is smaller');
    assert.equal(b.poolStats.postings, a.poolStats.postings);
    // Adding after optimising grows new blocks behind the exact ones.
    const more = passages(500, 7);
    for (const p of more) {
      a.add(p);
      b.add(p);
    }
    assert.equal(results(b), results(a));
  });

  test('compactStep() a slice at a time answers the same in between, with removals in between', () => {
    const ps = passages(4000, 11);
    const a = new Bm25Index();
    const b = new Bm25Index();
    for (const p of ps) {
      a.add(p);
      b.add(p);
    }
    let steps = 0;
    while (!b.compactStep(0)) {
      steps++;
      assert.equal(results(b), results(a), `after step ${steps}`);
      if (steps === 3) {
        a.remove(5, ps[5]);
        b.remove(5, ps[5]);
      }
    }
    assert.ok(steps > 3, `expected several slices, got ${steps}`);
    assert.equal(results(b), results(a));
    // An addition in the middle of a rewrite finishes it first.
    const c = new Bm25Index();
    for (const p of ps) c.add(p);
    c.remove(5, ps[5]);
    c.compactStep(0);
    c.add(['t0', 't1']);
    a.add(['t0', 't1']);
    assert.equal(results(c), results(a));
    c.compact();
    assert.equal(results(c), results(a));
  });

  test('a term with a very long posting list is moved over several slices, removals in between included', () => {
    // Every passage has "common": its postings alone take many slices to copy.
    const ps = passages(20_000, 5).map((p) => ['common', ...p]);
    const a = new Bm25Index();
    const b = new Bm25Index();
    for (const p of ps) {
      a.add(p);
      b.add(p);
    }
    const check = (label: string) => {
      assert.equal(b.documentFrequency('common'), a.documentFrequency('common'), label);
      assert.equal(JSON.stringify(b.search(['common', 't7'], 20)), JSON.stringify(a.search(['common', 't7'], 20)), label);
    };
    let steps = 0;
    let removed = 0;
    while (!b.compactStep(0)) {
      steps++;
      check(`after step ${steps}`);
      // Remove passages both before and after the copy's position in the long list.
      if (steps % 2 === 0 && removed < 40) {
        for (const id of [removed * 7, 19_999 - removed * 11]) {
          a.remove(id, ps[id]);
          b.remove(id, ps[id]);
        }
        removed++;
      }
    }
    assert.ok(steps > 6, `expected the long list to span slices, got ${steps} steps`);
    check('after the rewrite');
    assert.equal(b.documentFrequency('common'), 20_000 - 2 * removed);
    assert.equal(results(b), results(a));
    for (const h of b.search(['common'], 20_000)) assert.ok(b.isLive(h.id), 'a removed passage came back');
  });

  test('a search over ranges of ids answers exactly as one walk per word: chained blocks, mid-rewrite, removals, a filter', () => {
    const ps = passages(25_000, 13);
    const ranged = new Bm25Index();
    const whole = new Bm25Index();
    ranged.searchRange = 97; // hundreds of ranges, ending anywhere inside blocks
    whole.searchRange = 1 << 30; // one range: each word's postings in one walk
    for (const p of ps) {
      ranged.add(p);
      whole.add(p);
    }
    let x = 3;
    const rand = () => ((x = (Math.imul(x, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const many = Array.from({ length: 60 }, () => Array.from({ length: 1 + Math.floor(rand() * 12) }, () => `t${Math.floor(rand() ** 2 * 3000)}`));
    const same = (label: string) => {
      for (const q of many) {
        // Exact: ids and scores to the last bit, the order of ties included.
        assert.deepEqual(ranged.search(q, 40), whole.search(q, 40), `${label}: ${q.join(' ')}`);
        assert.deepEqual(ranged.search(q, 15, (id) => id % 3 === 0), whole.search(q, 15, (id) => id % 3 === 0), `${label}, filtered`);
      }
    };
    same('chained blocks');
    for (let id = 0; id < 25_000; id += 37) {
      ranged.remove(id, ps[id]);
      whole.remove(id, ps[id]);
    }
    same('after removals');
    ranged.compactStep(0);
    whole.compactStep(0);
    same('in the middle of a rewrite');
    ranged.compact();
    whole.compact();
    same('rewritten');
    for (const p of passages(300, 17)) {
      ranged.add(p);
      whole.add(p);
    }
    same('new blocks behind the exact ones');
    ranged.loading = whole.loading = true;
    same('while loading (more common words left out)');
  });

  test('while loading, length norms worked out per posting equal the precomputed ones to the bit', () => {
    // Fewer passages than the common-word cut needs: loading changes only how norms are found.
    const ps = passages(6000, 21);
    const a = new Bm25Index();
    const b = new Bm25Index();
    for (const p of ps) {
      a.add(p);
      b.add(p);
    }
    a.loading = true;
    for (let round = 0; round < 3; round++) {
      for (const q of queries) assert.deepEqual(a.search(q, 25), b.search(q, 25), `round ${round}: ${q.join(' ')}`);
      // The lengths change between searches, as they do while a load arrives.
      a.add(['t1', 't2', 't9', 't9']);
      b.add(['t1', 't2', 't9', 't9']);
      a.remove(round * 11, ps[round * 11]);
      b.remove(round * 11, ps[round * 11]);
    }
  });

  test('while loading, a query without three rare enough words still leaves out the very common ones', () => {
    // 25,000 passages: "every" is in all of them, m1–m3 in 2–4 % each (rare by the usual cut, not by the loading one).
    const build = () => {
      const index = new Bm25Index();
      for (let i = 0; i < 25_000; i++) index.add(['every', `w${i % 5000}`, ...(i % 25 === 0 ? ['m1'] : []), ...(i % 33 === 1 ? ['m2'] : []), ...(i % 47 === 2 ? ['m3'] : [])]);
      return index;
    };
    const idle = build();
    const loading = build();
    loading.loading = true;
    const q = ['every', 'm1', 'm2', 'm3'];
    assert.ok(idle.documentFrequency('m1') > 250 && idle.documentFrequency('m1') <= 1250);
    // The usual cut applies in both: "every" is left out, so the answers are the same.
    assert.deepEqual(loading.search(q, 20), idle.search(q, 20));
  });

  test('the norms a search needs are made in steps after a load, and searches answer the same', () => {
    const ps = passages(40_000, 23);
    const prepared = new Bm25Index();
    const plain = new Bm25Index();
    for (const p of ps) {
      prepared.add(p);
      plain.add(p);
    }
    prepared.compact();
    plain.compact();
    assert.equal(prepared.searchReady, false);
    let steps = 0;
    while (!prepared.prepareSearchStep(0)) steps++;
    assert.ok(steps >= 2, `40,000 passages take several steps, got ${steps}`);
    assert.equal(prepared.searchReady, true);
    assert.equal(results(prepared), results(plain));
    // A change makes them stale; a step begun for other lengths starts over.
    prepared.add(['t1', 't2']);
    plain.add(['t1', 't2']);
    assert.equal(prepared.searchReady, false);
    assert.equal(prepared.prepareSearchStep(0), false);
    prepared.remove(3, ps[3]);
    plain.remove(3, ps[3]);
    while (!prepared.prepareSearchStep(0));
    assert.equal(results(prepared), results(plain));
  });

  test('a bulk load counts as loading from its first batch until the tidy pass after it is done', async () => {
    const corpus = new Corpus();
    const batch = async (name: string, final: boolean) => {
      const builder = new BatchBuilder();
      const encoder = new PassageEncoder();
      const vocab: string[] = [];
      const ids = new Map<string, number>();
      const intern = (t: string) => ids.get(t) ?? (ids.set(t, vocab.length), vocab.push(t), vocab.length - 1);
      const text = `${name}\n\nThe ferry carried 1,240 passengers in May.\n`;
      const outcome = await readSourceFile({ uri: `file:///s/${name}.txt`, name: `${name}.txt`, bytes: new TextEncoder().encode(text) });
      assert.ok('source' in outcome);
      const s = outcome.source;
      builder.addSource(s, new TextEncoder().encode(s.text), s.text.length, encodeParagraphs(s.paragraphs), encoder.encode(passagesOf(s.text, s.paragraphs), intern));
      return builder.build(name === 'first' ? 1 : 2, 0, vocab, final);
    };
    assert.equal(corpus.index.loading, false);
    corpus.addPrepared(await batch('first', false));
    assert.equal(corpus.index.loading, true, 'a batch with more to come');
    corpus.addPrepared(await batch('last', true));
    assert.equal(corpus.index.loading, true, 'the postings are not tidy yet');
    while (!corpus.tidy(1000));
    assert.equal(corpus.index.loading, false, 'tidied');
    // A single prepared batch (a few changed files) is final at once: never loading.
    corpus.addPrepared(await batch('again', true));
    assert.equal(corpus.index.loading, false);
  });

  test('room made for a load holds its passages: they go in without the per-passage arrays growing', () => {
    const all = passages(3000, 11);
    const postings = all.reduce((n, terms) => n + new Set(terms).size, 0);
    const reserved = new Bm25Index();
    reserved.add(all[0]);
    reserved.reserve(postings);
    const room = reserved.passageCapacity;
    assert.ok(room >= 1 + Math.ceil(postings / 15), `room for ${room}`);
    for (const terms of all.slice(1)) reserved.add(terms);
    assert.equal(reserved.passageCapacity, room, 'no growth during the load');
    // And the room changes no answer.
    const plain = new Bm25Index();
    for (const terms of all) plain.add(terms);
    assert.equal(results(reserved), results(plain));
  });

  test('removed passages disappear from results and frequencies, before and after compact()', () => {
    const ps = passages(2000, 3);
    const a = new Bm25Index();
    for (const p of ps) a.add(p);
    for (let id = 0; id < ps.length; id += 3) a.remove(id, ps[id]);
    const fresh = new Bm25Index();
    // The same live passages in a fresh index: same frequencies (ids differ, so compare scores only).
    for (let id = 0; id < ps.length; id++) if (id % 3 !== 0) fresh.add(ps[id]);
    const scores = (ix: Bm25Index) => JSON.stringify(queries.map((q) => ix.search(q, 10).map((h) => h.score.toFixed(5))));
    assert.equal(scores(a), scores(fresh));
    assert.equal(a.documentFrequency('t0'), fresh.documentFrequency('t0'));
    for (const q of queries) for (const h of a.search(q, 50)) assert.notEqual(h.id % 3, 0, 'a removed passage came back');
    a.compact();
    assert.equal(scores(a), scores(fresh));
    assert.equal(a.size, fresh.size);
  });

  test('sources handed over in batches are indexed like sources read directly', async () => {
    const files = [
      { uri: 'file:///s/a.txt', name: 'a.txt', text: 'Ferry news\n\nThe ferry carried 1,240 passengers in May. It was the busiest month.\n\nA second boat joins in June.\n' },
      { uri: 'file:///s/b.md', name: 'b.md', text: '---\ntitle: Harbour works\n---\n\nDredging cost 3.2 million euros. It took eleven weeks.\n' },
      { uri: 'file:///s/c.txt', name: 'c.txt', text: 'Café notes — “quoted” text with non-Latin letters: Zürich, Kraków, 東京.\n\nThe café opened in 1998.\n' },
    ];
    const direct = createSourcedService();
    const batched = createSourcedService();
    const builder = new BatchBuilder();
    const encoder = new PassageEncoder();
    const vocab: string[] = [];
    const ids = new Map<string, number>();
    const intern = (t: string) => ids.get(t) ?? (ids.set(t, vocab.length), vocab.push(t), vocab.length - 1);
    for (const f of files) {
      const bytes = new TextEncoder().encode(f.text);
      await direct.updateSource({ uri: f.uri, name: f.name, bytes });
      const outcome = await readSourceFile({ uri: f.uri, name: f.name, bytes });
      assert.ok('source' in outcome);
      const s = outcome.source;
      builder.addSource(s, new TextEncoder().encode(s.text), s.text.length, encodeParagraphs(s.paragraphs), encoder.encode(passagesOf(s.text, s.paragraphs), intern));
    }
    batched.loading.addPrepared(builder.build(1, 0, vocab, true));
    const view = (svc: typeof direct) =>
      JSON.parse(JSON.stringify(svc.sources().map((s) => ({ key: s.key, title: s.title, text: s.text, paragraphs: s.paragraphs, metadata: s.metadata }))));
    assert.deepEqual(view(batched), view(direct));
    for (const claim of ['The ferry carried 1,240 passengers in May.', 'Dredging cost 3.2 million euros.', 'The café opened in 1998.']) {
      const e = (svc: typeof direct) => svc.explain(claim).evidence.map((x) => `${x.source.key} ${x.paragraph.n} ${x.score.toFixed(4)}`);
      assert.deepEqual(e(batched), e(direct), claim);
    }
    assert.equal(batched.loading.stats().textChars, direct.loading.stats().textChars);
  });
});

describe('sources in key order', () => {
  test('the first sources by key stay right as sources are added, renamed and removed', async () => {
    const svc = createSourcedService();
    const add = (name: string) => svc.updateSource({ uri: `file:///s/${name}.txt`, name: `${name}.txt`, bytes: new TextEncoder().encode(`${name}\n\nThe ${name} story ran on 3 May.\n`) });
    const collator = new Intl.Collator();
    const expected = (n: number) => [...new Set(svc.sources().map((s) => s.key))].sort(collator.compare).slice(0, n);
    // Through completion: after "[@" with no sentence support, sources are listed by key.
    const firstKeys = (n: number) =>
      svc
        .getCompletions({ uri: 'file:///d.md', version: 1, getText: () => 'Hello [@' }, { line: 0, character: 8 })
        .filter((i) => i.kind === 'source')
        .slice(0, n)
        .map((i) => i.label.slice(1));
    for (let i = 0; i < 300; i++) await add(`k${String((i * 7919) % 1000).padStart(4, '0')}`);
    assert.deepEqual(firstKeys(200), expected(200));
    await add('a-first');
    await add('zzz-last');
    assert.deepEqual(firstKeys(200), expected(200));
    svc.removeSource('file:///s/a-first.txt');
    svc.removeSource(`file:///s/${expected(1)[0]}.txt`);
    assert.deepEqual(firstKeys(200), expected(200));
  });
});
