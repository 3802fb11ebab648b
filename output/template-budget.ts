/**
 * The work one rendering of a chat template may do. A template is code from a user's file:
 * `{% for i in range(10**8) %}` or a string doubled forty times must end as one clear error,
 * not minutes of work or an out-of-memory death. Rendering is synchronous, so the meter is
 * the one of the rendering in progress, charged by the functions the rewritten template calls
 * (jinja-python.ts): loops by their length before they run, printed and built text by its size.
 */

export interface TemplateBudget {
  /** Wall-clock time of one rendering, ms. Default 2000 (a record renders in well under 10 ms). */
  readonly maxMs: number;
  /** Loop iterations and printed values of one rendering. Default 1,000,000. */
  readonly maxSteps: number;
  /** Characters printed or built by `+`/`~` in one rendering. Default 16,000,000. */
  readonly maxChars: number;
}

export const TEMPLATE_BUDGET: TemplateBudget = { maxMs: 2000, maxSteps: 1_000_000, maxChars: 16_000_000 };

/** A rendering went over its budget: the template, not the record, is at fault; the check stops. */
export class TemplateBudgetError extends Error {}

class Meter {
  #steps = 0;
  #chars = 0;
  readonly #deadline: number;
  constructor(readonly budget: TemplateBudget) {
    this.#deadline = performance.now() + budget.maxMs;
  }

  spend(steps: number, chars: number): void {
    const b = this.budget;
    if ((this.#steps += steps) > b.maxSteps) throw new TemplateBudgetError(`more than ${b.maxSteps} loop iterations and printed values in one rendering (limit: template steps)`);
    if ((this.#chars += chars) > b.maxChars) throw new TemplateBudgetError(`more than ${b.maxChars} characters printed or built in one rendering (limit: template output)`);
    if (performance.now() > this.#deadline) throw new TemplateBudgetError(`one rendering took longer than ${b.maxMs} ms (limit: template time)`);
  }
}

let current: Meter | undefined;

/** Run one rendering under `budget`. */
export function withBudget<T>(budget: TemplateBudget, render: () => T): T {
  const outer = current;
  current = new Meter(budget);
  try {
    return render();
  } finally {
    current = outer;
  }
}

/** Charge the rendering in progress (no-op outside one). */
export function spend(steps: number, chars = 0): void {
  current?.spend(steps, chars);
}
