/** The user grammar of each second language. */
import { DE } from './de.js';
import { ES } from './es.js';
import { FR } from './fr.js';
import type { UserGrammar } from './grammar.js';
import { IT } from './it.js';
import { PT } from './pt.js';
import type { Lang } from './types.js';

export const GRAMMARS: Readonly<Record<Lang, UserGrammar>> = { es: ES, fr: FR, de: DE, pt: PT, it: IT };
