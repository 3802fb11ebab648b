/**
 * The second languages a dialogue can be written in (issue 13: "some requests in a second
 * language where the world's locale says so") and the word shapes their grammars share: a noun
 * with its gender and plural, a verb with the forms a request and an answer need.
 */

/** Languages the offline user and assistant write besides English (ISO 639-1). */
export const LANGS = ['es', 'fr', 'de', 'pt', 'it'] as const;
export type Lang = (typeof LANGS)[number];

export const isLang = (l: string): l is Lang => (LANGS as readonly string[]).includes(l);

export type Gender = 'm' | 'f' | 'n';

/** A noun (or a noun phrase headed by one) in one language. */
export interface Noun {
  readonly g: Gender;
  readonly sg: string;
  readonly pl: string;
  /** Spanish: a feminine noun on a stressed a- takes "el"/"un" in the singular ("el área"). */
  readonly el?: boolean;
  /** French: an h aspiré, so no elision ("la hauteur"). */
  readonly aspirate?: boolean;
  /** German: a weak masculine, -n/-en outside the nominative singular ("den Kunden"). */
  readonly weak?: boolean;
  /** Only used in the plural ("las noticias", "die Daten"). */
  readonly pluralOnly?: boolean;
  /** Only used in the singular, where English has a plural ("standings": "la clasificación"). */
  readonly singularOnly?: boolean;
}

/** What stands before a noun: the, a (or nothing in the plural), my, that, the same, no, or nothing. */
export type Det = 'def' | 'indef' | 'my' | 'that' | 'same' | 'no' | 'bare';
/** German case of a noun phrase (the other languages ignore it). */
export type Case = 'nom' | 'acc' | 'dat';

/** A verb as a request and an answer use it. */
export interface Verb {
  /** Infinitive ("buscar"; German "suchen", "nachschlagen"). */
  readonly inf: string;
  /** The imperative a user writes to the assistant: tú/tu/du/você/tu form ("busca", "cherche", "such", "procure", "cerca"). */
  readonly imp: string;
  /** The form after "he"/"j'ai"/"ich habe"/"ho"; Portuguese: the first person preterite ("cancelei"). */
  readonly done: string;
  /** The object slot the verb takes: the thing itself (T), a new one (A) or several (P). */
  readonly slot: 'T' | 'A' | 'P';
  /** A preposition before the object ("responder a", German "auf" + accusative). */
  readonly prep?: string;
  /** German separable particle, said at the end of an imperative ("schlag ... nach"). */
  readonly particle?: string;
  /** German zu-infinitive ("nachzuschlagen", "zu suchen"). */
  readonly zu?: string;
}
