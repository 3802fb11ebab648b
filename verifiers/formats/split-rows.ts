/** The rows of a dataset file's text: JSONL, or one JSON array. */
export function splitRows(text: string): { line: number; value?: unknown; problem?: string }[] {
  const t = text.trimStart();
  if (t.startsWith('[')) {
    try {
      const all = JSON.parse(t) as unknown[];
      return all.map((value, i) => ({ line: i + 1, value }));
    } catch {
      // Not one array: read it as JSONL below.
    }
  }
  const out: { line: number; value?: unknown; problem?: string }[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i].trim();
    if (l === '') continue;
    try {
      out.push({ line: i + 1, value: JSON.parse(l) as unknown });
    } catch (err) {
      out.push({ line: i + 1, problem: `not valid JSON: ${err instanceof Error ? err.message : String(err)}` });
    }
  }
  return out;
}
