/** The user grammar of each second language. */
import { ES } from './es.js';
import type { UserGrammar } from './grammar.js';
import type { Lang } from './types.js';

export const GRAMMARS: Readonly<Partial<Record<Lang, UserGrammar>>> = { es: ES };
