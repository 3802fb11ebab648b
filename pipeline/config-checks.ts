/**
 * Config checks beyond the schema: what a value means together with the others, and what must
 * never be stored (credentials). Each throws a ConfigError naming the fields, never echoing a
 * key.
 */
import { ConfigError } from '../core/errors.js';
import { isSecretField, looksLikeSecret } from '../core/secrets.js';

/** Where a key belongs: said by every error about a key in the wrong place. */
export const KEY_ADVICE = 'keys are never read from the config: put the key in an environment variable and give its NAME as the endpoint\'s apiKeyEnv';

/**
 * An endpoint's apiKeyEnv must name a variable, not be the key, and its baseURL must not carry credentials (`http://user:KEY@host`, `?api_key=...`):
 * the config is stored in the checkpoint and printed in the dataset card.
 */
export function checkEndpoints(
  config: { readonly endpoints: readonly { readonly baseURL: string; readonly apiKeyEnv?: string }[] },
  source: string,
  locate: (pointer: string) => string,
): void {
  const issues = config.endpoints.flatMap((endpoint, i) => {
    // A name that looks like a key is a key pasted in the wrong field: it would be echoed as
    // "variable ... is not set". Variable names are upper case (OPENAI_API_KEY_2), keys are not.
    const env = endpoint.apiKeyEnv;
    if (env !== undefined && env !== env.toUpperCase() && looksLikeSecret(env)) {
      return [{ pointer: `/endpoints/${i}/apiKeyEnv${locate(`/endpoints/${i}/apiKeyEnv`)}`, problem: `must be the NAME of an environment variable, and this looks like a key itself; ${KEY_ADVICE}` }];
    }
    let url: URL;
    try {
      url = new URL(endpoint.baseURL);
    } catch {
      return [{ pointer: `/endpoints/${i}/baseURL${locate(`/endpoints/${i}/baseURL`)}`, problem: 'is not a valid URL' }];
    }
    const keyParams = [...url.searchParams.keys()].filter(isSecretField);
    if (url.username === '' && url.password === '' && keyParams.length === 0) return [];
    const what = url.username !== '' || url.password !== '' ? 'a user name or password (user:KEY@host)' : `a key parameter (${keyParams.join(', ')})`;
    return [{ pointer: `/endpoints/${i}/baseURL${locate(`/endpoints/${i}/baseURL`)}`, problem: `holds ${what}; ${KEY_ADVICE}` }];
  });
  if (issues.length > 0) throw new ConfigError(source, issues);
}

/**
 * The unseen-tool split: test items use only held-out tools, so a test split (itemShare above
 * 0) with no tool held out (toolShare 0) could never be planned; said here, naming both fields,
 * instead of as failed items at run time.
 */
export function checkShares(
  config: { readonly unseen: { readonly toolShare: number; readonly itemShare: number } },
  source: string,
  locate: (pointer: string) => string,
): void {
  const { toolShare, itemShare } = config.unseen;
  if (toolShare > 0 || itemShare === 0) return;
  throw new ConfigError(source, [
    {
      pointer: `/unseen/toolShare${locate('/unseen/toolShare')}`,
      problem: `is 0, so no tool is held out for the test split, yet /unseen/itemShare${locate('/unseen/itemShare')} is ${itemShare}: give toolShare above 0, or itemShare 0 for no test split`,
    },
  ]);
}

export { decodeUtf8 } from '../core/utf8.js';
