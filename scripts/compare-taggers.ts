import { readFileSync } from 'node:fs';
/**
 * Measures how the tags of the wink-nlp parse (src/pipeline/tags.ts) differ from
 * what compromise's own tagger gave the same tokens, per tag the stages read,
 * with the commonest words each way, and the time of both.
 *
 *   npx tsx scripts/compare-taggers.ts [corpus.jsonl] [id,id,…]
 */
import { tagPiece as cTag } from './lib/compromise-tagger.js';
import { parseDocument } from '../src/pipeline/document.js';
const USED = ['Noun','Verb','Adjective','Adverb','Gerund','Plural','ProperNoun','Pronoun','Modal','Auxiliary','Copula','Infinitive','Determiner','Person','FirstName','LastName','FemaleName','MaleName','Honorific','Place','Country','City','Region','Organization','Acronym','PastTense','Participle','Passive','Demonym','Preposition','Conjunction','QuestionWord','Negative','Expression','Value','Cardinal','Ordinal','Date','Month','WeekDay','Duration'];
const lines = readFileSync(process.argv[2] ?? '../shared/corpus/dev.jsonl', 'utf8').trim().split('\n');
const only = process.argv[3] ? new Set(process.argv[3].split(',')) : null;
const miss: Record<string, number> = {}, extra: Record<string, number> = {}, has: Record<string, number> = {};
const exMiss: Record<string, string[]> = {}, exExtra: Record<string, string[]> = {};
let t0 = performance.now(); let tw = 0, tc = 0;
for (const l of lines) {
  const d = JSON.parse(l); if (only && !only.has(d.id)) continue;
  let a = performance.now();
  const doc = parseDocument(d.text);
  tw += performance.now() - a;
  const text = doc.text;
  // old: compromise per chunk of sentences ~1500
  const toks = doc.tokens;
  a = performance.now();
  const old: Set<string>[] = toks.map(() => new Set());
  const sents = doc.sentences;
  const flush = (s0: number, s1: number): void => {
    const st = sents[s0]!.start;
    const en = sents[s1]!.end;
    const ranges = cTag(text.slice(st, en));
    toks.forEach((t, k) => {
      if (t.start < st || t.end > en) return;
      for (const r of ranges) if (r.start < t.end - st && r.end > t.start - st) for (const g of r.tags) old[k]!.add(g);
    });
  };
  let s0 = 0;
  for (let s = 0; s < sents.length; s++) if (sents[s]!.end - sents[s0]!.start > 1500 && s > s0) { flush(s0, s - 1); s0 = s; }
  if (sents.length > 0) flush(s0, sents.length - 1);
  tc += performance.now() - a;
  toks.forEach((t, k) => {
    if (t.kind !== 'word' && t.kind !== 'number') return;
    for (const g of USED) {
      const o = old[k]!.has(g), n = t.tags.has(g);
      if (o) has[g] = (has[g] ?? 0) + 1;
      if (o && !n) { miss[g] = (miss[g] ?? 0) + 1; (exMiss[g] ??= []).push(`${t.text}/${t.pos}`); }
      if (!o && n) { extra[g] = (extra[g] ?? 0) + 1; (exExtra[g] ??= []).push(`${t.text}/${t.pos}`); }
    }
  });
}
const top = (xs: string[] = []) => { const c: Record<string, number> = {}; for (const x of xs) c[x] = (c[x] ?? 0) + 1; return Object.entries(c).sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k}:${v}`).join(' '); };
for (const g of USED) console.log(`${g.padEnd(13)} had ${String(has[g] ?? 0).padStart(6)} lost ${String(miss[g] ?? 0).padStart(5)} new ${String(extra[g] ?? 0).padStart(5)}\n   lost: ${top(exMiss[g])}\n   new:  ${top(exExtra[g])}`);
console.log('wink parse ms', Math.round(tw), 'compromise ms', Math.round(tc));
