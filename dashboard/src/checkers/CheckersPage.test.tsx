import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeFetch, OWNER, storeSession } from '../testing/fakes';
import { renderApp } from '../testing/renderApp';

const owner = OWNER.toLowerCase();
const burner = '0x70997970c51812dc3a010c7d01b50e0d17dc79c8';
const otherOwner = '0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc';
const hour = 3_600_000;

function license(licenseId: string, overrides: Record<string, unknown> = {}) {
  return {
    licenseId,
    owner,
    user: null,
    userExpires: null,
    signer: owner,
    active: true,
    region: 'eu-west',
    online: true,
    lastPolledAt: new Date(Date.now() - 60_000).toISOString(),
    bannedUntil: null,
    banned: false,
    ...overrides,
  };
}

const rewards = {
  status: 200,
  body: {
    account: owner,
    epochs: [
      { epoch: 3, totalWei: '0', kinds: [{ kind: 'CHECKER', amountWei: '0', sources: [{ source: '7', amountWei: '1500000000000000000000' }] }] },
      { epoch: 2, totalWei: '0', kinds: [{ kind: 'CHECKER', amountWei: '0', sources: [{ source: '7', amountWei: '250000000000000000000' }] }] },
    ],
  },
};

describe('CheckersPage', () => {
  it('shows delegation, online state, bans and rewards per license', async () => {
    storeSession();
    const banEnd = new Date(Date.now() + 20 * 24 * hour).toISOString();
    const pastBan = new Date(Date.now() - 2 * 24 * hour).toISOString();
    const { fetch } = fakeFetch({
      'GET /api/checker/licenses': {
        status: 200,
        body: [
          license('12', { owner: otherOwner, user: owner, signer: owner, userExpires: '2026-12-31T00:00:00Z', region: 'us-east' }),
          license('7', {
            user: burner,
            signer: burner,
            userExpires: '2026-09-30T00:00:00Z',
            bannedUntil: pastBan,
            results: { correct: 12, incorrect: 1, missing: 0, incorrectLast7Days: 1 },
          }),
          license('9', {
            online: false,
            bannedUntil: banEnd,
            banned: true,
            results: { correct: 1040, incorrect: 4, missing: 3, incorrectLast7Days: 2 },
          }),
        ],
      },
      'GET /api/staking/rewards': rewards,
    });
    renderApp(fetch, '#/checkers');

    const rows = (await screen.findAllByRole('row')).slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual([
      '#7 you own it',
      '#9 you own and run it',
      '#12 you run it',
    ]);

    const [seven, nine, twelve] = rows;
    const [delegation, signer] = within(seven).getAllByRole('cell');
    expect(delegation).toHaveTextContent(
      `0xf39f…2266 → 0x7099…79c8until ${new Date('2026-09-30T00:00:00Z').toLocaleString()}`,
    );
    expect(signer).toHaveTextContent('0x7099…79c8');
    expect(within(seven).getByText('online')).toBeInTheDocument();
    expect(screen.getByTestId('ban-7')).toHaveTextContent(/none \(last ban ended/);
    expect(within(seven).getByText('1,750.00 ATH')).toBeInTheDocument();
    expect(screen.getByTestId('results-7')).toHaveTextContent('12 correct · 1 incorrect · 0 missing');
    expect(screen.getByTestId('incorrect7d-7')).toHaveTextContent('1 · one more: 30-day ban');
    expect(within(screen.getByTestId('incorrect7d-7')).getByText(/one more/).closest('.warn-text')).not.toBeNull();

    expect(within(nine).getByText(/runs it, no delegate/)).toBeInTheDocument();
    expect(within(nine).getByText('offline')).toBeInTheDocument();
    expect(screen.getByTestId('ban-9')).toHaveTextContent(`banned until ${new Date(banEnd).toLocaleString()}`);
    expect(within(nine).getByText('0.00 ATH')).toBeInTheDocument();
    expect(screen.getByTestId('results-9')).toHaveTextContent('1040 correct · 4 incorrect · 3 missing');
    expect(screen.getByTestId('incorrect7d-9')).toHaveTextContent(/^2$/);

    expect(within(twelve).getByText('us-east')).toBeInTheDocument();
    expect(within(twelve).getByText('paid to the owner')).toBeInTheDocument();
    expect(screen.getByTestId('ban-12')).toHaveTextContent('none');
    // A checker-service that does not count results yet.
    expect(screen.getByTestId('results-12')).toHaveTextContent('not counted');
    expect(screen.getByTestId('incorrect7d-12')).toHaveTextContent('—');

    expect(screen.getByText(/A second incorrect result within 7 days bans the license for 30 days/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Checkers' })).toHaveAttribute('aria-current', 'page');
    expect(screen.queryByText('Checkers soon')).not.toBeInTheDocument();
  });

  it('shows the licenses when the rewards cannot be read', async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/checker/licenses': { status: 200, body: [license('3', { active: false, online: false })] },
      'GET /api/staking/rewards': { status: 503, body: { title: 'Service Unavailable', status: 503 } },
    });
    renderApp(fetch, '#/checkers');

    const row = (await screen.findAllByRole('row'))[1];
    expect(within(row).getByText('burnt')).toBeInTheDocument();
    expect(within(row).getByText('unavailable')).toBeInTheDocument();
    expect(screen.getByText(/rewards could not be read/)).toBeInTheDocument();
  });

  it('says when the wallet holds no license', async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/checker/licenses': { status: 200, body: [] },
      'GET /api/staking/rewards': { status: 200, body: { account: owner, epochs: [] } },
    });
    renderApp(fetch, '#/checkers');

    expect(await screen.findByText(/neither owns nor runs a checker license/)).toBeInTheDocument();
  });

  it("shows checker-service's problem when the licenses cannot be read", async () => {
    storeSession();
    const { fetch } = fakeFetch({
      'GET /api/checker/licenses': { status: 503, body: { title: 'Service Unavailable', status: 503, detail: 'checker-service is not answering' } },
      'GET /api/staking/rewards': rewards,
    });
    renderApp(fetch, '#/checkers');

    expect(await screen.findByRole('alert')).toHaveTextContent('checker-service is not answering');
  });
});
