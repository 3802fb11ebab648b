"""
Render chat templates with Python Jinja2 the way transformers' apply_chat_template does
(transformers/utils/chat_template_utils.py: an ImmutableSandboxedEnvironment with trim_blocks,
lstrip_blocks and loopcontrols, its own `tojson`, `raise_exception` and `strftime_now`), so the
JavaScript check can be compared with what a trainer renders.

Usage: python3 jinja2-render.py TEMPLATE_FILE < contexts.jsonl > results.jsonl
   or: python3 jinja2-render.py < {"template": ..., "context": ...} lines > results.jsonl
One JSON object per input line: {"text": ...} or {"error": ...}. strftime_now answers for a
fixed moment, so both sides render the same date.
"""
import json
import sys
from datetime import datetime

import jinja2
import jinja2.ext
from jinja2.sandbox import ImmutableSandboxedEnvironment

FIXED_NOW = datetime(2024, 7, 26, 12, 0, 0)


def raise_exception(message):
    raise jinja2.exceptions.TemplateError(message)


def tojson(x, ensure_ascii=False, indent=None, separators=None, sort_keys=False):
    return json.dumps(x, ensure_ascii=ensure_ascii, indent=indent, separators=separators, sort_keys=sort_keys)


def strftime_now(fmt):
    return FIXED_NOW.strftime(fmt)


def main():
    env = ImmutableSandboxedEnvironment(trim_blocks=True, lstrip_blocks=True, extensions=[jinja2.ext.loopcontrols])
    env.filters["tojson"] = tojson
    env.globals["raise_exception"] = raise_exception
    env.globals["strftime_now"] = strftime_now
    template = None
    if len(sys.argv) > 1:
        with open(sys.argv[1], encoding="utf-8") as f:
            template = env.from_string(f.read())
    out = sys.stdout
    for line in sys.stdin:
        if not line.strip():
            continue
        item = json.loads(line)
        try:
            if template is None:
                result = {"text": env.from_string(item["template"]).render(**item["context"])}
            else:
                result = {"text": template.render(**item)}
        except Exception as err:  # the message is what the comparison reports
            result = {"error": f"{type(err).__name__}: {err}"}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
