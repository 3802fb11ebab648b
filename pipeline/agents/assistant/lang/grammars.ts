/** The answer grammar of each second language. */
import type { Lang } from '../../user/lang/types.js';
import { ES_ANSWER } from './es.js';
import type { AnswerGrammar } from './grammar.js';

export const ANSWERS: Readonly<Record<Lang, AnswerGrammar>> = { es: ES_ANSWER } as Record<Lang, AnswerGrammar>;
