/** Export formats, each derived from the canonical record (output/record.ts). */
import type { Format } from './common.js';
import { messagesFormat } from './messages.js';
import { openaiFormat } from './openai.js';
import { hermesFormat, sharegptFormat } from './sharegpt.js';
import { xlamFormat } from './xlam.js';
import { rlFormat } from './rl.js';

export const FORMATS: Readonly<Record<string, Format>> = {
  openai: openaiFormat,
  sharegpt: sharegptFormat,
  hermes: hermesFormat,
  xlam: xlamFormat,
  messages: messagesFormat,
  rl: rlFormat,
};

export const FORMAT_NAMES = Object.keys(FORMATS);

export { DEFAULT_RATIONALE, RATIONALE_MODES, RecordFormatError, shortCallIds, type Converted, type Format, type FormatOptions, type RationaleMode } from './common.js';
export { toChatMessages, type ChatView } from './messages.js';
export { validateOpenAiRow } from './openai.js';
