/**
 * The Python side of the sandbox: loaded once into each worker's interpreter, it runs one
 * program at a time in a fresh namespace and answers `(stdout, result, error)` as JSON.
 *
 * What a program may do is decided here and in the worker (sandbox-worker.ts):
 * - imports: only the modules of SANDBOX_MODULES (the standard library's computing modules);
 *   any other import (os, sys, subprocess, socket, urllib, ctypes, js, pyodide...) raises
 *   ImportError naming the module;
 * - files: `open` raises PermissionError; there is no os, io or pathlib to reach a file either;
 * - input(), breakpoint(), help(), exit() and quit() are not there (NameError);
 * - stdout and stderr are captured together up to `outputChars`; past that the program is
 *   stopped (an exception it cannot catch with `except Exception`) and the error says so;
 * - `random` is seeded 0 before every program, string hashing is fixed (PYTHONHASHSEED=0):
 *   a program's output depends on its text alone.
 */

/** The modules a program may import: the standard library's computing modules, nothing with I/O. */
export const SANDBOX_MODULES = [
  'math',
  'cmath',
  'fractions',
  'decimal',
  'statistics',
  'itertools',
  'functools',
  'operator',
  'datetime',
  'calendar',
  'collections',
  're',
  'string',
  'random',
  'heapq',
  'bisect',
  'numbers',
  'textwrap',
  'unicodedata',
  'json',
  'copy',
  'dataclasses',
  'enum',
  'typing',
  // Imported by the modules above from C (datetime's strftime imports time): allowed, they read nothing outside.
  'time',
  '_strptime',
  'locale',
] as const;

export const DRIVER_SOURCE = String.raw`
import ast as _ast, builtins as _builtins, json as _json, random as _random, sys as _sys, traceback as _traceback

_ALLOWED = frozenset(__SANDBOX_MODULES__)
_real_import = _builtins.__import__

def _guarded_import(name, globals=None, locals=None, fromlist=(), level=0):
    root = name.partition('.')[0]
    if level != 0 or root not in _ALLOWED:
        raise ImportError(f"module {name!r} is not available in this sandbox (standard library computing modules only)", name=name)
    return _real_import(name, globals, locals, fromlist, level)

def _no_open(*args, **kwargs):
    raise PermissionError("file access is not available in this sandbox")

_SAFE = dict(_builtins.__dict__)
for _name in ('input', 'breakpoint', 'help', 'exit', 'quit', 'copyright', 'credits', 'license'):
    _SAFE.pop(_name, None)
_SAFE['__import__'] = _guarded_import
_SAFE['open'] = _no_open

class OutputLimitError(BaseException):
    pass

class _Capture:
    def __init__(self, limit):
        self.parts = []
        self.size = 0
        self.limit = limit
        self.over = False
    def write(self, text):
        if not isinstance(text, str):
            raise TypeError(f"write() argument must be str, not {type(text).__name__}")
        if self.over:
            raise OutputLimitError()
        room = self.limit - self.size
        if len(text) > room:
            self.parts.append(text[:room])
            self.size = self.limit
            self.over = True
            raise OutputLimitError()
        self.parts.append(text)
        self.size += len(text)
        return len(text)
    def flush(self):
        pass
    def text(self):
        return ''.join(self.parts)

def _cut(text, limit):
    return text if len(text) <= limit else text[:limit] + '...'

def _error_text(err, code):
    lines = code.splitlines()
    frames = [f for f in _traceback.extract_tb(err.__traceback__) if f.filename == '<python>']
    out = []
    if frames:
        out.append('Traceback (most recent call last):')
        for f in frames:
            out.append(f'  File "<python>", line {f.lineno}, in {f.name}')
            if f.lineno and 0 < f.lineno <= len(lines) and lines[f.lineno - 1].strip():
                out.append('    ' + lines[f.lineno - 1].strip())
    out.extend(''.join(_traceback.format_exception_only(type(err), err)).rstrip().splitlines())
    return '\n'.join(out)

def _run(code, limit):
    cap = _Capture(limit)
    ns = {'__builtins__': _SAFE, '__name__': '__main__'}
    result = None
    error = None
    saved = (_sys.stdout, _sys.stderr)
    _sys.stdout = _sys.stderr = cap
    _random.seed(0)
    try:
        tree = _ast.parse(code, '<python>', 'exec')
        last = None
        # As in a notebook cell: the value of a final expression is the result.
        if tree.body and isinstance(tree.body[-1], _ast.Expr):
            last = _ast.Expression(tree.body.pop().value)
        exec(compile(tree, '<python>', 'exec'), ns)
        if last is not None:
            value = eval(compile(last, '<python>', 'eval'), ns)
            if value is not None:
                result = _cut(repr(value), limit)
    except OutputLimitError:
        error = f'OutputLimitError: the program printed more than {limit} characters and was stopped'
    except MemoryError:
        error = 'MemoryError: the program ran out of memory'
    except RecursionError as err:
        error = _error_text(err, code).splitlines()[-1]
    except BaseException as err:
        error = _error_text(err, code)
    finally:
        _sys.stdout, _sys.stderr = saved
    if cap.over and error is None:
        error = f'OutputLimitError: the program printed more than {limit} characters and was stopped'
    ns.clear()
    return _json.dumps({'stdout': cap.text(), 'result': result, 'error': error})
`.replace('__SANDBOX_MODULES__', JSON.stringify([...SANDBOX_MODULES]));
