import { ApiError, type Problem } from './problem';

export type Fetch = typeof fetch;

export interface ApiClientOptions {
  /** The session token, read on every call so a new sign-in is used at once. */
  token: () => string | null;
  /** Called once a call comes back 401: the session is over and the user must sign in again. */
  onUnauthorized: () => void;
  fetch?: Fetch;
}

/** Calls the gateway on this page's origin with the session's bearer token; failures become {@link ApiError}s. */
export class ApiClient {
  private readonly options: ApiClientOptions;

  constructor(options: ApiClientOptions) {
    this.options = options;
  }

  get<T>(path: string, signal?: AbortSignal): Promise<T> {
    return this.request<T>('GET', path, undefined, signal);
  }

  post<T>(path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    return this.request<T>('POST', path, body, signal);
  }

  private async request<T>(method: string, path: string, body: unknown, signal?: AbortSignal): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json, application/problem+json' };
    const token = this.options.token();
    if (token) {
      headers.Authorization = `Bearer ${token}`;
    }
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    const doFetch = this.options.fetch ?? globalThis.fetch.bind(globalThis);
    let response: Response;
    try {
      response = await doFetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal,
      });
    } catch (e) {
      if (e instanceof DOMException && e.name === 'AbortError') {
        throw e;
      }
      throw new ApiError(0, null, 'The platform cannot be reached. Check your connection and try again.');
    }
    if (response.status === 401 && token) {
      this.options.onUnauthorized();
    }
    if (!response.ok) {
      throw new ApiError(response.status, await problemOf(response), fallbackMessage(response.status));
    }
    if (response.status === 204) {
      return undefined as T;
    }
    return (await response.json()) as T;
  }
}

async function problemOf(response: Response): Promise<Problem | null> {
  const type = response.headers.get('Content-Type') ?? '';
  if (!type.includes('json')) {
    return null;
  }
  try {
    return (await response.json()) as Problem;
  } catch {
    return null;
  }
}

function fallbackMessage(status: number): string {
  if (status === 401) {
    return 'You are not signed in.';
  }
  if (status === 403) {
    return 'Your wallet may not see this.';
  }
  if (status === 404) {
    return 'Not found.';
  }
  if (status >= 500) {
    return `The platform answered with an error (${status}). Try again shortly.`;
  }
  return `The request failed (${status}).`;
}
