import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ProblemFileError, readProblemFile } from '../../pipeline/code/problem-file.js';
import { tempDir } from '../helpers/cli.js';

function file(text: string): string {
  const path = join(tempDir('problems'), 'p.jsonl');
  writeFileSync(path, text);
  return path;
}

describe('a problems file (code.problems)', () => {
  it('reads questions and answers, numbers as text, units and tolerances, skipping blank lines', () => {
    const { problems, sha256 } = readProblemFile(file('{"question": "What is 2 + 2?", "answer": 4}\n\n{"question": " How far? ", "answer": "12.5", "unit": "km", "tolerance": 0.05}\n'));
    expect(problems).toEqual([
      { question: 'What is 2 + 2?', answer: '4', tolerance: 0 },
      { question: 'How far?', answer: '12.5', unit: 'km', tolerance: 0.05 },
    ]);
    expect(sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  // [file text, what the error says after "line N: "]
  const BAD: [string, string][] = [
    ['{"question": "a", "answer": "1"}\nnot json', 'line 2: not valid JSON'],
    ['[1, 2]', 'line 1: must be a JSON object with "question" and "answer"'],
    ['{"question": "", "answer": "1"}', 'line 1: "question" must be a non-empty string'],
    ['{"question": "a"}', 'line 1: "answer" must be a string or a number (got undefined)'],
    ['{"question": "a", "answer": " "}', 'line 1: "answer" is empty'],
    ['{"question": "a", "answer": "1", "hint": "x"}', 'line 1: unknown key "hint" (the keys are question, answer, unit, tolerance)'],
    ['{"question": "a", "answer": "1", "tolerance": -1}', 'line 1: "tolerance" must be a number >= 0 (got -1)'],
    ['{"question": "a", "answer": "Tuesday", "tolerance": 0.1}', 'line 1: "tolerance" is given but the answer "Tuesday" is not a number'],
    ['\n\n', 'holds no problem'],
  ];
  it.each(BAD)('refuses %j', (text, message) => {
    const path = file(text);
    expect(() => readProblemFile(path)).toThrow(ProblemFileError);
    expect(() => readProblemFile(path)).toThrow(`problems file ${path}`);
    expect(() => readProblemFile(path)).toThrow(message);
  });

  it('names a file it cannot read', () => {
    expect(() => readProblemFile('/nonexistent/p.jsonl')).toThrow(/problems file \/nonexistent\/p.jsonl: cannot read it/);
  });
});
