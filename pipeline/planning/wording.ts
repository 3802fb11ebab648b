/** What the user could say: a value must not be stated where it has to come from a result or a later turn. */
import type { ApiSpec } from '../../api-pool/types.js';
import { TOOL_PHRASES } from '../agents/phrases.js';

/** Whether `text` states `v`: strings case-insensitively, numbers as whole numbers (5 not inside 15). */
export function mentions(text: string, v: unknown): boolean {
  if (typeof v === 'string') return text.toLowerCase().includes(v.toLowerCase());
  if (typeof v === 'number') return new RegExp(`(?<![\\d.])${String(v).replace('.', '\\.')}(?!\\d|\\.\\d)`).test(text);
  return false;
}

/** The words the agents use about a tool: its name, description and phrase fragments. */
export function wordingOf(api: ApiSpec): string {
  const ph = TOOL_PHRASES[api.name];
  return `${api.name} ${api.description} ${ph ? JSON.stringify(ph.asks) : ''}`;
}
