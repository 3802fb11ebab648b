/**
 * Near-duplicate texts, as the issue measures them: word-shingle MinHash, a pair is near when its
 * estimated Jaccard similarity is at least 0.8, and the rate is the share of texts that have at
 * least one near twin in the set. A sample of a few hundred is compared pair by pair; a whole
 * job (tens of thousands) goes through locality-sensitive hashing (20 bands of 6 rows: a pair at
 * Jaccard 0.8 shares a band with probability 0.998), each candidate pair then checked on the
 * full signature.
 */

/** Hash functions per signature: BANDS x ROWS. */
const BANDS = 20;
const ROWS = 6;
export const SIGNATURE = BANDS * ROWS;
export const NEAR = 0.8;
/** Words per shingle: one (a bag of words), so that two requests worded alike are near whatever their order. */
export const SHINGLE = 1;
/** In a band bucket, each text is compared with at most this many texts on each side of it. */
const BUCKET_PEERS = 64;

/** Lower-case words (letters, digits; a snake_case name is one word). */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}_]+/gu) ?? [];
}

/**
 * The words of `text` with its values masked: each of `values` (the arguments the text states)
 * becomes one VALUE word and every word with a digit a NUMBER word, so that two requests are
 * alike when their wording is, not their values (two searches for different cities worded the
 * same way are near twins; the same city asked in different words is not).
 */
export function wording(text: string, values: readonly string[] = []): string[] {
  let t = text.toLowerCase();
  for (const v of [...values].sort((a, b) => b.length - a.length)) if (v.trim() !== '') t = t.split(v.toLowerCase()).join(' \u0001 ');
  return (t.match(/[\p{L}\p{N}_\u0001]+/gu) ?? []).map((w) => (w === '\u0001' ? 'VALUE' : /\d/.test(w) ? 'NUMBER' : w));
}

/** FNV-1a, 32 bits. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A 32-bit mix (murmur3's finaliser) of `h` with the seed of hash function `i`. */
function mix(h: number, i: number): number {
  let x = (h ^ Math.imul(i + 1, 0x9e3779b1)) >>> 0;
  x ^= x >>> 16;
  x = Math.imul(x, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

/** The MinHash signature of a text's word shingles (a text shorter than a shingle is one shingle). */
export function signature(text: string, values: readonly string[] = [], k = SHINGLE): Uint32Array {
  const w = wording(text, values);
  const shingles = new Set<number>();
  if (w.length <= k) shingles.add(fnv(w.join(' ')));
  else for (let i = 0; i + k <= w.length; i++) shingles.add(fnv(w.slice(i, i + k).join(' ')));
  const sig = new Uint32Array(SIGNATURE).fill(0xffffffff);
  for (const h of shingles) {
    for (let i = 0; i < SIGNATURE; i++) {
      const m = mix(h, i);
      if (m < sig[i]) sig[i] = m;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of two signatures. */
export function similarity(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}

/** A text and the values it states (masked when texts are compared). */
export interface Masked {
  readonly text: string;
  readonly values: readonly string[];
}

/** Share of the texts with a near twin, every pair compared (for samples of up to a few thousand). */
export function nearDupRateExact(texts: readonly Masked[]): number {
  const sigs = texts.map((t) => signature(t.text, t.values));
  const twin = new Uint8Array(sigs.length);
  for (let i = 0; i < sigs.length; i++) {
    for (let j = i + 1; j < sigs.length; j++) {
      if (twin[i] && twin[j]) continue;
      if (similarity(sigs[i], sigs[j]) >= NEAR) twin[i] = twin[j] = 1;
    }
  }
  return sigs.length === 0 ? 0 : twin.reduce((a, b) => a + b, 0) / sigs.length;
}

/** Streams texts in; `rate()` is the share with a near twin among all texts added (LSH). */
export class NearDupIndex {
  readonly #sigs: Uint32Array[] = [];
  readonly #buckets = new Map<string, number[]>();

  add(text: string, values: readonly string[] = []): void {
    const sig = signature(text, values);
    const id = this.#sigs.length;
    this.#sigs.push(sig);
    for (let b = 0; b < BANDS; b++) {
      const key = `${b}:${Array.from(sig.subarray(b * ROWS, (b + 1) * ROWS)).join(',')}`;
      const list = this.#buckets.get(key);
      if (list) list.push(id);
      else this.#buckets.set(key, [id]);
    }
  }

  get size(): number {
    return this.#sigs.length;
  }

  rate(): number {
    const n = this.#sigs.length;
    const twin = new Uint8Array(n);
    for (const list of this.#buckets.values()) {
      if (list.length < 2) continue;
      for (let a = 0; a < list.length; a++) {
        const i = list[a];
        if (twin[i]) continue;
        // Its neighbours in the bucket on both sides (a twin found earlier may be marked already).
        for (let b = Math.max(0, a - BUCKET_PEERS); b < list.length && b <= a + BUCKET_PEERS; b++) {
          if (b === a) continue;
          const j = list[b];
          if (similarity(this.#sigs[i], this.#sigs[j]) >= NEAR) {
            twin[i] = twin[j] = 1;
            break;
          }
        }
      }
    }
    return n === 0 ? 0 : twin.reduce((a, b) => a + b, 0) / n;
  }
}
