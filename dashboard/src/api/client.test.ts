import { describe, expect, it, vi } from 'vitest';
import { fakeFetch } from '../testing/fakes';
import { ApiClient } from './client';
import { ApiError } from './problem';

describe('ApiClient', () => {
  it('sends the bearer token and reads JSON', async () => {
    const { fetch, calls } = fakeFetch({ 'GET /api/x': { status: 200, body: { ok: true } } });
    const client = new ApiClient({ token: () => 't0k', onUnauthorized: vi.fn(), fetch });

    expect(await client.get('/api/x')).toEqual({ ok: true });
    expect(calls[0].headers.Authorization).toBe('Bearer t0k');
  });

  it('turns problem+json into a readable error with the field errors', async () => {
    const { fetch } = fakeFetch({
      'GET /api/x': { status: 400, body: { title: 'Bad Request', status: 400, detail: 'Invalid request', errors: { size: 'must be 1 .. 500' } } },
    });
    const client = new ApiClient({ token: () => 't', onUnauthorized: vi.fn(), fetch });

    const error = await client.get('/api/x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toBe('Invalid request: size must be 1 .. 500');
    expect((error as ApiError).status).toBe(400);
  });

  it('reports a 401 to the session only when one was presented', async () => {
    const { fetch } = fakeFetch({ 'GET /api/x': { status: 401, body: { title: 'Unauthorized', status: 401 } } });
    const onUnauthorized = vi.fn();

    await new ApiClient({ token: () => null, onUnauthorized, fetch }).get('/api/x').catch(() => undefined);
    expect(onUnauthorized).not.toHaveBeenCalled();
    await new ApiClient({ token: () => 't', onUnauthorized, fetch }).get('/api/x').catch(() => undefined);
    expect(onUnauthorized).toHaveBeenCalledOnce();
  });

  it('says the platform cannot be reached when the network fails', async () => {
    const client = new ApiClient({
      token: () => 't',
      onUnauthorized: vi.fn(),
      fetch: () => Promise.reject(new TypeError('Failed to fetch')),
    });

    await expect(client.get('/api/x')).rejects.toThrow(/cannot be reached/);
  });
});
