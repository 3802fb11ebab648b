/** The rules' text normalisation is the derivation library's (core/derive/normalise.ts): one reading of a text. */
export { normalise } from '../../core/derive/normalise.js';
