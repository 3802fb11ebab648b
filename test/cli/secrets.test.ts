/**
 * Secrets and terminal safety: a config error never echoes a key (a key-like field, or a value
 * that looks like one), credentials in an endpoint URL are refused before anything is stored,
 * and control characters of input files reach the terminal escaped.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { escapeControls, looksLikeSecret } from '../../core/secrets.js';
import { runCli, tempDir } from '../helpers/cli.js';

const KEY = 'sk-proj-Q3vX9mLk2Pw8Rt5Yb7Nc4Hd6Jf1Gs0aZ';
const HF = 'hf_AbCdEfGhIjKlMnOpQrStUvWx12345678';
const RANDOM = 'Zk3vQ9xLm2Pw8Rt5Yb7Nc4Hd6Jf1Gs0a';

describe('a config error never shows a key', () => {
  const cases: [string, string, string, RegExp][] = [
    ['a key pasted as apiKey', `endpoints:\n  - name: a\n    baseURL: http://127.0.0.1:9/v1\n    apiKey: ${KEY}\n`, KEY, /\/endpoints\/0\/apiKey.*apiKeyEnv/],
    ['a key given as apiKeyEnv', `endpoints:\n  - name: a\n    baseURL: http://127.0.0.1:9/v1\n    apiKeyEnv: ${KEY}\n`, KEY, /\/endpoints\/0\/apiKeyEnv.*NAME of an environment variable/],
    ['a token that passes as a variable name', `endpoints:\n  - name: a\n    baseURL: http://127.0.0.1:9/v1\n    apiKeyEnv: ${HF}\n`, HF, /looks like a key itself/],
    ['a key in the URL', `endpoints:\n  - name: a\n    baseURL: http://user:${KEY}@127.0.0.1:9/v1\n`, KEY, /\/endpoints\/0\/baseURL.*user name or password.*apiKeyEnv/],
    ['a key as a URL parameter', `endpoints:\n  - name: a\n    baseURL: http://127.0.0.1:9/v1?api_key=${KEY}\n`, KEY, /key parameter \(api_key\)/],
    ['a random key in a wrong field', `name: ${RANDOM}\n`, RANDOM, /\/name .*not shown/],
    ['a token inside a mapping value', `mix: { single: 1, note: ${HF} }\n`, HF, /\/mix\/note/],
  ];
  it.each(cases)('%s: exit 2, the field named, the key nowhere, nothing stored', async (_name, yaml, secret, message) => {
    const base = tempDir('secret');
    writeFileSync(join(base, 'job.yaml'), yaml);
    const r = await runCli(['run', '--out', join(base, 'job'), '--config', join(base, 'job.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr + r.stdout).not.toContain(secret.slice(4, 20));
    expect(existsSync(join(base, 'job'))).toBe(false);
  });
});

describe('what looks like a key', () => {
  it.each([KEY, HF, RANDOM, 'ghp_16C7e42F292c6912E7710c838347Ae178B4a'])('%s does', (v) => expect(looksLikeSecret(v)).toBe(true));
  it.each(['OPENAI_API_KEY', 'gpt-4o-mini-2024-07-18', 'http://127.0.0.1:8000/v1', 'meta-llama/Llama-3.1-8B-Instruct', 'toolforge', 'hf_token', 'the quick brown fox jumps over'])(
    '%s does not',
    (v) => expect(looksLikeSecret(v)).toBe(false),
  );
});

describe('control characters of input files reach the terminal escaped', () => {
  const hostile = '\u001b]0;pwned\u0007\u001b[2J\u009b31m\u202e';
  const raw = /[\u001b\u0007\u009b\u202e]/;

  it('escapes them in text and keeps JSON valid', () => {
    expect(escapeControls(`a${hostile}\tb\n`)).toBe('a\\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202e\tb\n');
    expect(JSON.parse(escapeControls(JSON.stringify({ s: hostile })))).toEqual({ s: hostile });
  });

  it('verify and pool stats echo malformed lines without a raw control character', async () => {
    const base = tempDir('escape');
    writeFileSync(join(base, 'set.jsonl'), `not json ${hostile}\n{"messages": "${hostile}"}\n`);
    writeFileSync(join(base, 'pool.jsonl'), `bad ${hostile}\n{"name": 1}\n`);
    for (const args of [['verify', join(base, 'set.jsonl')], ['verify', join(base, 'set.jsonl'), '--json'], ['pool', 'stats', join(base, 'pool.jsonl')], ['pool', 'stats', join(base, 'pool.jsonl'), '--json']]) {
      const r = await runCli(args);
      expect(r.stdout + r.stderr, args.join(' ')).toMatch(/\\u001b/);
      expect(r.stdout + r.stderr, args.join(' ')).not.toMatch(raw);
    }
  });
});
