import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Sandbox } from '../../pipeline/code/sandbox.js';

let sandbox: Sandbox;
beforeAll(async () => {
  sandbox = new Sandbox({ workers: 1, limits: { timeoutMs: 1500, outputChars: 2000, memoryMb: 192 } });
  await sandbox.ready();
}, 60_000);
afterAll(() => sandbox.close());

describe('the Python sandbox runs programs', () => {
  it('prints, gives the final expression as the result, and reports errors with their line', async () => {
    expect(await sandbox.run('import math\nprint(math.comb(10, 3))\n2**70')).toEqual({ stdout: '120\n', result: '1180591620717411303424', error: null });
    const bad = await sandbox.run('x = 1\ny = x / 0');
    expect(bad.error).toBe('Traceback (most recent call last):\n  File "<python>", line 2, in <module>\n    y = x / 0\nZeroDivisionError: division by zero');
    expect((await sandbox.run('print(1')).error).toMatch(/SyntaxError/);
  });

  it('gives every program a fresh namespace and the same random numbers', async () => {
    await sandbox.run('leak = 41');
    expect((await sandbox.run('print(leak)')).error).toMatch(/NameError: name 'leak' is not defined/);
    const a = await sandbox.run('import random\nprint(random.random())');
    const b = await sandbox.run('import random\nprint(random.random())');
    expect(a).toEqual(b);
  });

  it('has the standard library computing modules', async () => {
    const r = await sandbox.run(
      'import math, fractions, decimal, statistics, itertools, datetime, collections, re\n' +
        'print(fractions.Fraction(1, 3) + fractions.Fraction(1, 6), decimal.Decimal("0.1") + decimal.Decimal("0.2"), statistics.median([3, 1, 2]), (datetime.date(2024, 3, 1) - datetime.date(2024, 2, 1)).days)',
    );
    expect(r).toEqual({ stdout: '1/2 0.3 2 29\n', result: null, error: null });
  });
});

describe('what the sandbox forbids: each fails cleanly, and the next program runs', () => {
  // One row per forbidden action: the program, and the error it must end with.
  const FORBIDDEN: [string, string, RegExp][] = [
    ['network (socket)', 'import socket\ns = socket.socket()\ns.connect(("example.com", 80))', /ImportError: module 'socket' is not available in this sandbox/],
    ['network (urllib)', 'import urllib.request\nurllib.request.urlopen("http://example.com")', /ImportError: module 'urllib.request' is not available/],
    ['network (pyodide http)', 'from pyodide.http import pyfetch', /ImportError: module 'pyodide.http' is not available/],
    ['JavaScript (js module)', 'import js\njs.process.exit(1)', /ImportError: module 'js' is not available/],
    ['a host file', 'print(open("/etc/passwd").read())', /PermissionError: file access is not available in this sandbox/],
    ['a host file through os', 'import os\nprint(os.listdir("/"))', /ImportError: module 'os' is not available/],
    ['a host file through pathlib', 'import pathlib\nprint(pathlib.Path("/etc/hostname").read_text())', /ImportError: module 'pathlib' is not available/],
    ['a subprocess', 'import subprocess\nsubprocess.run(["ls"])', /ImportError: module 'subprocess' is not available/],
    ['the interpreter (sys)', 'import sys\nsys.exit(0)', /ImportError: module 'sys' is not available/],
    ['native code (ctypes)', 'import ctypes', /ImportError: module 'ctypes' is not available/],
    ['reading input', 'x = input()', /NameError: name 'input' is not defined/],
    ['a huge output', 'while True:\n    print("spam" * 100)', /OutputLimitError: the program printed more than 2000 characters and was stopped/],
    ['a huge output it tries to catch', 'for i in range(10**6):\n    try:\n        print("x" * 100)\n    except Exception:\n        pass', /OutputLimitError/],
    ['a huge result', '"y" * 10**6', /^$/],
    ['a memory bomb at once', 'x = [0] * 10**9', /MemoryError/],
    ['a deep recursion', 'def f(n):\n    return f(n + 1)\nf(0)', /RecursionError: maximum recursion depth exceeded/],
  ];

  it.each(FORBIDDEN)('%s', async (_name, code, error) => {
    const r = await sandbox.run(code);
    if (error.source === '^$') {
      expect(r.error).toBeNull();
      expect(r.result!.length).toBeLessThanOrEqual(2003);
    } else {
      expect(r.error).toMatch(error);
      expect(r.stdout.length).toBeLessThanOrEqual(2000);
    }
    expect(await sandbox.run('print(6 * 7)')).toEqual({ stdout: '42\n', result: null, error: null });
  });

  it('stops a memory bomb that grows the heap, and replaces the worker', async () => {
    // A sandbox of its own with a time limit no loaded machine reaches: this test is about memory.
    const roomy = new Sandbox({ workers: 1, limits: { timeoutMs: 60_000, outputChars: 2000, memoryMb: 192 } });
    try {
      await roomy.ready();
      const r = await roomy.run('blocks = [bytearray(8 * 1024 * 1024) for _ in range(40)]\nprint(len(blocks))');
      expect(r.error).toBe('MemoryError: the program used more than 192 MB');
      expect(roomy.replaced).toBe(1);
      expect(await roomy.run('print(sum(range(10)))')).toEqual({ stdout: '45\n', result: null, error: null });
    } finally {
      await roomy.close();
    }
  });

  it('stops `while True: pass` within the limit, replaces the worker and goes on', async () => {
    // Start the clock on a ready worker (an earlier test may have replaced it): the limit counts
    // from when the program starts, not from when a fresh interpreter has loaded.
    expect(await sandbox.run('print("ready")')).toEqual({ stdout: 'ready\n', result: null, error: null });
    const before = sandbox.replaced;
    const started = Date.now();
    const queued = [sandbox.run('while True: pass'), sandbox.run('print("after")')];
    const stuck = await queued[0];
    const elapsed = Date.now() - started;
    expect(stuck.error).toBe('TimeoutError: the program ran longer than 1500 ms and was stopped');
    expect(elapsed).toBeGreaterThanOrEqual(1500);
    // Stopped by the limit, not by the test's timeout (the upper bound leaves room for a loaded machine).
    expect(elapsed).toBeLessThan(1500 + 10_000);
    expect(sandbox.replaced).toBe(before + 1);
    expect(await queued[1]).toEqual({ stdout: 'after\n', result: null, error: null });
  });

  it('stops a C-level loop that never checks for signals', async () => {
    const r = await sandbox.run('x = 7 ** (10 ** 9)');
    expect(r.error).toMatch(/TimeoutError|MemoryError/);
    expect(await sandbox.run('print("still here")')).toEqual({ stdout: 'still here\n', result: null, error: null });
  });
});
