/**
 * What must never be echoed: values of key-like fields, and strings that look like a key
 * wherever they are (a token pasted into the wrong field). And what must never reach a
 * terminal raw: control characters of input files (escape sequences that set the window
 * title, clear the screen, or reorder text).
 */

/** Field names that hold (or name) credentials: apiKey, apiKeyEnv, token, secret, password, auth... */
const SECRET_FIELD = /key|token|secret|passw|credential|auth/i;

/** Prefixes of common API keys and tokens: OpenAI/Anthropic (sk-), Hugging Face (hf_), GitHub, Slack, AWS, Google. */
const KEY_PREFIX = /^(sk-|sk_|hf_|ghp_|gho_|ghs_|github_pat_|xox[abpr]-|AKIA|AIza|Bearer\s)/;

/** Shannon entropy of `s` in bits per character. */
function entropy(s: string): number {
  const counts = new Map<string, number>();
  for (const ch of s) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits;
}

/** Runs of letters and digits long enough to be a key's random part. */
const LONG_RUN = /[A-Za-z0-9]{20,}/g;

/**
 * A string that looks like a key: a known prefix, or a run of 20+ letters and digits mixed,
 * with high entropy. Words, names, model ids (meta-llama/Llama-3.1-8B-Instruct), paths and
 * URLs have no such run.
 */
export function looksLikeSecret(value: string): boolean {
  const s = value.trim();
  if (KEY_PREFIX.test(s) && s.length >= 20) return true;
  if (/\s/.test(s)) return false;
  for (const run of s.match(LONG_RUN) ?? []) if (/[0-9]/.test(run) && /[A-Za-z]/.test(run) && entropy(run) >= 3.5) return true;
  return false;
}

/** A field whose value is not to be shown, by its name (the last token of a JSON pointer works). */
export function isSecretField(name: string): boolean {
  return SECRET_FIELD.test(name);
}

/** `value` with every string that looks like a key (or sits under a key-like field) replaced by a placeholder. */
export function redactSecrets(value: unknown, field = ''): unknown {
  if (typeof value === 'string') return isSecretField(field) || looksLikeSecret(value) ? '[redacted]' : value;
  if (Array.isArray(value)) return value.map((v) => redactSecrets(v, field));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, redactSecrets(v, k)]));
  }
  return value;
}

// C0 controls but tab and newline, DEL, C1 controls, and the Unicode bidirectional overrides and isolates.
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** `text` with every control character written as \uXXXX (valid inside JSON strings too): nothing reaches the terminal raw. */
export function escapeControls(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
