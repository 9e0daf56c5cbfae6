/**
 * Adversarial inputs for the hostile-input tests and the hostile benchmark.
 * Each generator takes a target size in UTF-16 code units and is deterministic.
 */

/** A small deterministic PRNG (mulberry32), so generated inputs are the same on every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const ARTICLE =
  'Mexican President Claudia Sheinbaum said on Monday that “Mexico’s sovereignty is not for sale.” ' +
  'US President Donald Trump, who spoke in Washington, offered to send troops. ';

export interface HostileInput {
  readonly name: string;
  readonly make: (size: number) => string;
}

export const HOSTILE_INPUTS: readonly HostileInput[] = [
  { name: 'one word repeated, no punctuation', make: (n) => repeatTo('sovereignty ', n) },
  { name: 'one long token', make: (n) => repeatTo('x', n) },
  { name: 'quote marks and dashes', make: (n) => repeatTo('"“”‘’«»—–-\'', n) },
  { name: 'nested quotes', make: (n) => { const half = Math.floor(n / 4); return repeatTo('“‘', half * 2) + 'said' + repeatTo('’”', half * 2); } },
  { name: '"said" in a row', make: (n) => repeatTo('said ', n) },
  {
    name: 'random bytes decoded as UTF-8',
    make: (n) => {
      const r = prng(7);
      const bytes = new Uint8Array(n);
      for (let i = 0; i < n; i++) bytes[i] = Math.floor(r() * 256);
      return new TextDecoder('utf-8').decode(bytes).slice(0, n);
    },
  },
  { name: 'lone surrogates', make: (n) => repeatTo('Trump \ud800 said \udc00 “x\ud83d” ', n) },
  { name: 'RTL text and emoji', make: (n) => repeatTo('الرئيس قال 🚨🇲🇽 “مرحبا” — שלום 👍🏽 Mexico ', n) },
  {
    name: 'HTML markup of a news page',
    make: (n) => repeatTo(`<div class="article"><p>${ARTICLE}</p><script>var a="<p>";</script><a href="https://x.com/a?b=c">Link</a></div>\n`, n),
  },
  { name: 'CRLF and NBSP everywhere', make: (n) => repeatTo(ARTICLE.replace(/ /g, '\u00a0').replace(/\. /g, '.\r\n'), n) },
  { name: 'ordinary news text', make: (n) => repeatTo(ARTICLE, n) },
];
