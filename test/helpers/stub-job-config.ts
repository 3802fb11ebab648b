/**
 * A job config for a CLI test against the loopback stub: the job's own lines, one endpoint on the
 * stub, the assistant and the teacher on it, then any extra lines. Written to `dir/name`.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface StubJobConfig {
  /** The job's lines before `endpoints:` (seed, count, mix, backend, concurrency...). */
  readonly job: readonly string[];
  /** The stub endpoint's options after its name and URL, e.g. "maxRetries: 0". */
  readonly endpoint: string;
  readonly extra?: readonly string[];
  readonly name?: string;
}

export function writeStubJobConfig(dir: string, stubUrl: string, c: StubJobConfig): string {
  const path = join(dir, c.name ?? 'job.yaml');
  const lines = [
    ...c.job,
    'endpoints:',
    `  - { name: stub, baseURL: ${stubUrl}, ${c.endpoint} }`,
    'roles:',
    '  assistant: { endpoint: stub, model: stub-assistant, temperature: 0 }',
    '  teacher: { endpoint: stub, model: stub-teacher }',
    ...(c.extra ?? []),
  ];
  writeFileSync(path, lines.join('\n'));
  return path;
}
