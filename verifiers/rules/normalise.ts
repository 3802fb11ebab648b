/** The rules' text normalisation is the derivation library's (core/derive/normalise.ts): one reading of a text. */
export { normalise, normaliseAny } from '../../core/derive/normalise.js';
