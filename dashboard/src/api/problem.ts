/** An RFC 9457 problem as the platform's services answer it; every member is optional on the wire. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: Record<string, string> | Array<{ field?: string; message?: string }>;
}

/** A failed API call, carrying the problem body when the server sent one, so the page can say what went wrong. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | null;

  constructor(status: number, problem: Problem | null, fallback: string) {
    super(describeProblem(problem) ?? fallback);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

/** One readable sentence from a problem: its detail (or title), then any per-field errors. */
export function describeProblem(problem: Problem | null): string | null {
  if (!problem) {
    return null;
  }
  const head = problem.detail ?? problem.title ?? null;
  const fields = fieldErrors(problem.errors);
  if (fields.length === 0) {
    return head;
  }
  return [head, fields.join('; ')].filter(Boolean).join(': ');
}

function fieldErrors(errors: Problem['errors']): string[] {
  if (!errors) {
    return [];
  }
  if (Array.isArray(errors)) {
    return errors.map((e) => [e.field, e.message].filter(Boolean).join(' '));
  }
  return Object.entries(errors).map(([field, message]) => `${field} ${message}`);
}
