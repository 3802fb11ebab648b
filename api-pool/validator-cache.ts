/**
 * A bounded cache of compiled ajv validators. An Ajv instance keeps every function it compiled
 * (its scope holds the generated code, and `removeSchema` does not clear that), so bounding a
 * map of validators alone frees nothing. Here the validators are compiled on an instance of the
 * cache's own, and when `capacity` of them are held, the map and the instance are dropped
 * together and a fresh instance starts: at most `capacity` compiled validators stay alive.
 */
import type { Ajv, ValidateFunction } from 'ajv';

export class ValidatorCache {
  readonly #newAjv: () => Ajv;
  readonly #capacity: number;
  #ajv: Ajv | undefined;
  #held = new Map<string, ValidateFunction | string>();
  /** Schemas compiled so far (for tests and measurements). */
  compiled = 0;

  constructor(newAjv: () => Ajv, capacity: number) {
    if (!(capacity >= 1)) throw new Error(`ValidatorCache: capacity must be at least 1, got ${capacity}`);
    this.#newAjv = newAjv;
    this.#capacity = capacity;
  }

  /** Validators held now. */
  get size(): number {
    return this.#held.size;
  }

  /** The validator of the schema `make` returns, cached under `key`; a string is why it does not compile. */
  get(key: string, make: () => object): ValidateFunction | string {
    let v = this.#held.get(key);
    if (v !== undefined) return v;
    if (this.#held.size >= this.#capacity) {
      this.#held = new Map();
      this.#ajv = undefined;
    }
    this.#ajv ??= this.#newAjv();
    try {
      v = this.#ajv.compile(make());
    } catch (err) {
      v = err instanceof Error ? err.message : String(err);
    }
    this.compiled++;
    this.#held.set(key, v);
    return v;
  }
}
