import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';
import { CONTAINER_ID, SIGNATURE, SLASH_ID, slash } from './slashFixtures';
import type { SlashDetail } from './slashTypes';

const DETAIL = `/api/checker/slashes/${SLASH_ID}`;

describe('SlashesPage', () => {
  it('lists the slashes with exact amounts, states and the time left to dispute', async () => {
    storeSession();
    const executed = slash({ slashId: 'a0000000-0000-4000-8000-000000000001', reason: 'OFFLINE', amountWei: '333333333333333333333', state: 'EXECUTED', executedAt: '2026-04-04T00:00:00Z' });
    renderApp(fakeFetch({ 'GET /api/checker/slashes': { status: 200, body: [slash(), executed] } }).fetch, '#/slashes');

    const rows = await screen.findAllByRole('row');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByText('Capacity fraud')).toBeInTheDocument();
    expect(within(rows[1]).getByText('8,000.000000000000000001 ATH')).toBeInTheDocument();
    expect(within(rows[1]).getByText(/^2 d 0[01] h \d\d min \d\d s left$/)).toBeInTheDocument();
    expect(within(rows[1]).getAllByRole('link')[0]).toHaveAttribute('href', `#/slashes/${SLASH_ID}`);
    expect(within(rows[2]).getByText('333.333333333333333333 ATH')).toBeInTheDocument();
    expect(within(rows[2]).getByText('executed')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Slashes' })).toHaveAttribute('aria-current', 'page');
  });

  it('says when there is none', async () => {
    storeSession();
    renderApp(fakeFetch({ 'GET /api/checker/slashes': { status: 200, body: [] } }).fetch, '#/slashes');

    expect(await screen.findByText(/no slash was ever proposed/i)).toBeInTheDocument();
  });
});

describe('SlashDetailPage', () => {
  it('shows the amount exactly, the countdown and the signed reports readably', async () => {
    storeSession();
    renderApp(fakeFetch({ [`GET ${DETAIL}`]: { status: 200, body: slash() } }).fetch, `#/slashes/${SLASH_ID}`);

    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Capacity fraud slash');
    expect(screen.getByTestId('slash-amount')).toHaveTextContent('8,000.000000000000000001 ATH');
    expect(screen.getByTestId('countdown')).toHaveTextContent(/2 d 0[01] h \d\d min \d\d s left/);
    expect(screen.getByRole('link', { name: CONTAINER_ID })).toHaveAttribute('href', `#/containers/${CONTAINER_ID}`);

    const verdict = screen.getByRole('region', { name: 'Verdict of job job-1' });
    expect(verdict).toHaveTextContent('3 of 3 checkers reported. Majority result: qualified false, gpuModel RTX_4090');
    const reports = within(verdict).getAllByRole('row').slice(1);
    expect(reports).toHaveLength(3);
    expect(reports[0]).toHaveTextContent('License 11');
    expect(reports[0]).toHaveTextContent("the majority's (failed)");
    // Signed unix seconds, not milliseconds: the report's own moment.
    expect(within(reports[0]).getByText(new Date('2026-05-09T10:00:30Z').toLocaleString()).closest('time')).toHaveAttribute(
      'datetime',
      '2026-05-09T10:00:30.000Z',
    );
    expect(reports[2]).toHaveTextContent('a different result');
    expect(within(reports[0]).getByTitle(SIGNATURE)).toHaveTextContent('0x5c5c5c…5c5c1b');
    expect(within(reports[0]).getByRole('button', { name: 'Copy signature of license 11' })).toBeInTheDocument();
  });

  it('checks the statement before sending it', async () => {
    storeSession();
    const { fetch, calls } = fakeFetch({ [`GET ${DETAIL}`]: { status: 200, body: slash() } });
    renderApp(fetch, `#/slashes/${SLASH_ID}`);

    const field = await screen.findByLabelText(/why is this slash wrong/i);
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));
    expect(await screen.findByText(/at least one character/i)).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(field, { target: { value: 'x'.repeat(2001) } });
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));
    expect(await screen.findByText('At most 2,000 characters (now 2,001).')).toBeInTheDocument();
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0);
  });

  it('sends the dispute and shows the slash DISPUTED', async () => {
    storeSession();
    let current: SlashDetail = slash();
    const { fetch, calls } = fakeFetch({
      [`GET ${DETAIL}`]: () => ({ status: 200, body: current }),
      [`POST ${DETAIL}/dispute`]: (call) => {
        const statement = (call.body as { statement: string }).statement;
        current = slash({
          state: 'DISPUTED',
          dispute: { by: current.owner, at: '2026-05-09T12:00:00Z', statement, resolvedBy: null, resolvedAt: null, resolution: null },
        });
        return { status: 200, body: current };
      },
    });
    renderApp(fetch, `#/slashes/${SLASH_ID}`);

    fireEvent.change(await screen.findByLabelText(/why is this slash wrong/i), {
      target: { value: 'The checkers probed the wrong port; the GPUs are the registered H100s.' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));

    await waitFor(() => expect(screen.getByTestId('slash-state')).toHaveTextContent('Disputed'));
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toEqual({ statement: 'The checkers probed the wrong port; the GPUs are the registered H100s.' });
    expect(post?.headers.Authorization).toBe('Bearer session-token');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('disputed');
    expect(screen.getByText(/probed the wrong port/)).toBeInTheDocument();
    expect(screen.getByText(/waiting for an operator/i)).toBeInTheDocument();
    expect(screen.queryByRole('form', { name: 'Dispute this slash' })).not.toBeInTheDocument();
    expect(screen.queryByTestId('countdown')).not.toBeInTheDocument();
  });

  it("shows checker-service's refusal readably", async () => {
    storeSession();
    const { fetch } = fakeFetch({
      [`GET ${DETAIL}`]: { status: 200, body: slash() },
      [`POST ${DETAIL}/dispute`]: {
        status: 409,
        body: { type: 'about:blank', title: 'Conflict', status: 409, detail: 'The dispute window has closed.', refusal: 'WINDOW_CLOSED' },
      },
    });
    renderApp(fetch, `#/slashes/${SLASH_ID}`);

    fireEvent.change(await screen.findByLabelText(/why is this slash wrong/i), { target: { value: 'Too late?' } });
    fireEvent.click(screen.getByRole('button', { name: 'Dispute' }));

    expect(await screen.findByRole('alert')).toHaveTextContent('The dispute was refused: The dispute window has closed.');
    expect(screen.getByTestId('slash-state')).toHaveTextContent('Proposed');
  });
});
