/** The answer grammar of each second language. */
import type { Lang } from '../../user/lang/types.js';
import { DE_ANSWER } from './de.js';
import { ES_ANSWER } from './es.js';
import { FR_ANSWER } from './fr.js';
import type { AnswerGrammar } from './grammar.js';
import { IT_ANSWER } from './it.js';
import { PT_ANSWER } from './pt.js';

export const ANSWERS: Readonly<Record<Lang, AnswerGrammar>> = { es: ES_ANSWER, fr: FR_ANSWER, de: DE_ANSWER, pt: PT_ANSWER, it: IT_ANSWER };
