// The provider dashboard in Debian's Chromium against a running local platform: sign in with a wallet
// injected into the page, the overview, the containers, one container, dispute one of the wallet's
// slashes, earnings, missed demand, checkers, the keyboard, a phone's width, sign out; a full-page
// screenshot of each. Prints one
// JSON summary line last; exits 1 on the first failed step.
//
//   node dashboard.e2e.mjs <gatewayUrl> <screenshotDir> <walletPrivateKey> <slashIdToDispute>
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { injectWallet } from './testWallet.mjs';

// The local run's anvil, which the gateway accepts as Arbitrum Sepolia.
const CHAIN_ID = 421614;
const CHROMIUM = '/usr/bin/chromium';
// A loaded machine runs the whole platform beside the browser: waits are generous, never sleeps.
const STEP_TIMEOUT_MS = 30_000;

// The wallet is one of anvil's public development keys that owns containers of the simulated fleet.
const [gatewayUrl, screenshotDir, walletKey, disputedSlashId] = process.argv.slice(2);
if (!gatewayUrl || !screenshotDir || !walletKey || !disputedSlashId) {
  console.error('usage: node dashboard.e2e.mjs <gatewayUrl> <screenshotDir> <walletPrivateKey> <slashIdToDispute>');
  process.exit(2);
}
// What the provider tells the operator; the test finds it in checker-service afterwards.
const STATEMENT = `The benchmark ran while the host was rebooting (e2e ${new Date().toISOString()}).`;

const summary = { gatewayUrl, steps: [], screenshots: [], pageErrors: [], consoleErrors: [], failedResponses: [] };
let browser;
let page;
try {
  await mkdir(screenshotDir, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // playwright-core refuses --user-data-dir here; it makes its own temporary profile.
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  summary.browser = browser.version();
  page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('pageerror', (error) => summary.pageErrors.push(error.message));
  page.on('console', (message) => message.type() === 'error' && summary.consoleErrors.push(message.text()));
  // Chromium's console names no URL for a failed load; these name the page's own (not the favicon's).
  page.on('response', (response) => response.status() >= 400
    && summary.failedResponses.push(`${response.status()} ${response.request().method()} ${response.url()}`));
  const wallet = await injectWallet(page, { privateKey: walletKey, chainId: CHAIN_ID });
  summary.wallet = wallet.address;

  const screenshot = async (name) => {
    const path = join(screenshotDir, `${name}.png`);
    await page.screenshot({ path, fullPage: true });
    summary.screenshots.push(path);
  };
  const step = async (name, body) => {
    summary.failedStep = name;
    await body();
    summary.steps.push(name);
    delete summary.failedStep;
  };

  await step('sign-in page', async () => {
    await page.goto(new URL('/dashboard/', gatewayUrl).href);
    await page.getByRole('button', { name: 'Sign in with your wallet' }).waitFor();
    await screenshot('sign-in');
  });

  await step('signed in: overview', async () => {
    await page.getByRole('button', { name: 'Sign in with your wallet' }).click();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const byState = page.getByRole('list', { name: 'Containers by state' });
    await byState.waitFor();
    summary.signedMessages = wallet.signed.length;
    summary.overview = {};
    for (const tile of await byState.locator('[data-testid^="count-"]').all()) {
      const state = (await tile.getAttribute('data-testid')).replace(/^count-/, '');
      summary.overview[state] = Number(await tile.textContent());
    }
    const total = Object.values(summary.overview).reduce((sum, count) => sum + count, 0);
    if (total === 0) {
      throw new Error(`the overview counts no container: ${JSON.stringify(summary.overview)}`);
    }
    const earnings = page.getByRole('region', { name: 'Earnings' });
    await earnings.getByTestId('today-fees').waitFor();
    await earnings.getByTestId('epoch-capacity').waitFor();
    summary.todayFees = (await earnings.getByTestId('today-fees').textContent()).trim();
    summary.epochCapacity = (await earnings.getByTestId('epoch-capacity').textContent()).trim();
    await screenshot('overview');
  });

  await step('containers', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' }).click();
    await page.getByRole('heading', { level: 1, name: 'Containers' }).waitFor();
    const rows = page.locator('table tbody tr');
    await rows.first().waitFor();
    summary.containerRows = await rows.count();
    await screenshot('containers');
  });

  await step('container detail', async () => {
    const first = page.locator('table tbody tr').first().getByRole('link');
    summary.containerId = decodeURIComponent((await first.getAttribute('href')).replace(/^#\/containers\//, ''));
    await first.click();
    await page.waitForURL((url) => url.hash === `#/containers/${encodeURIComponent(summary.containerId)}`);
    await page.getByRole('heading', { level: 2, name: 'Specs' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'State history' }).waitFor();
    summary.containerTitle = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    for (const section of ['QoS', 'Current leases', 'Recent checks', 'Earnings']) {
      await page.getByRole('region', { name: section }).getByRole('heading', { level: 2, name: section }).waitFor();
    }
    await page.waitForLoadState('networkidle');
    // The checkers verified this container into standby, so its capacity check's verdict is listed.
    const checks = page.getByRole('region', { name: 'Recent checks' }).locator('table tbody tr');
    await checks.first().waitFor();
    summary.recentChecks = await checks.count();
    await screenshot('container');
  });

  // The slash is disputed before its window closes; the test gives it to this script as soon as it is proposed.
  await step('slashes', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Slashes' }).click();
    await page.getByRole('heading', { level: 1, name: 'Slashes' }).waitFor();
    const link = page.locator(`a[href="#/slashes/${encodeURIComponent(disputedSlashId)}"]`);
    await link.first().waitFor();
    summary.slashLinks = await page.locator('a[href^="#/slashes/"]').count();
    await screenshot('slashes');
    await link.first().click();
    await page.getByRole('heading', { level: 2, name: 'Evidence' }).waitFor();
    summary.slashTitle = (await page.getByRole('heading', { level: 1 }).textContent()).trim();
    await screenshot('slash');
  });

  await step('dispute', async () => {
    const form = page.getByRole('form', { name: 'Dispute this slash' });
    await form.getByLabel('Why is this slash wrong?').fill(STATEMENT);
    await form.getByRole('button', { name: 'Dispute' }).click();
    await page.getByRole('heading', { level: 2, name: 'Your dispute' }).waitFor();
    await page.getByTestId('slash-state').filter({ hasText: /disputed/i }).waitFor();
    summary.disputedSlash = disputedSlashId;
    summary.statement = STATEMENT;
    await screenshot('slash-disputed');
  });

  await step('earnings', async () => {
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Earnings' }).click();
    await page.getByRole('heading', { level: 1, name: 'Earnings' }).waitFor();
    await page.getByRole('list', { name: 'Balance' }).waitFor();
    await page.getByRole('region', { name: 'vATH per day' }).getByRole('heading', { level: 2, name: 'vATH per day' })
      .waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot('earnings');
  });

  for (const [name, shot] of [['Missed demand', 'missed-demand'], ['Checkers', 'checkers']]) {
    await step(shot, async () => {
      await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 1, name }).waitFor();
      await page.waitForLoadState('networkidle');
      await screenshot(shot);
    });
  }

  // By keyboard alone: a page moves focus to its content, so the main navigation is some Shift+Tabs back;
  // Enter follows the link.
  await step('keyboard', async () => {
    await page.goto(new URL('/dashboard/#/', gatewayUrl).href);
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    const containers = page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Containers' });
    const focused = () => containers.evaluate((link) => link === document.activeElement);
    for (summary.keyboardPresses = 0; summary.keyboardPresses < 20 && !(await focused()); summary.keyboardPresses++) {
      await page.keyboard.press('Shift+Tab');
    }
    if (!(await focused())) {
      throw new Error('the Containers link is not reachable by keyboard');
    }
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Containers' }).waitFor();
  });

  // A phone's width: the same pages stack into one column.
  await step('phone', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Overview' }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot('overview-phone');
    summary.phoneOverflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    await page.goto(new URL(`/dashboard/#/containers/${encodeURIComponent(summary.containerId)}`, gatewayUrl).href);
    await page.getByRole('heading', { level: 2, name: 'Specs' }).waitFor();
    await page.getByRole('heading', { level: 2, name: 'Recent checks' }).waitFor();
    await page.waitForLoadState('networkidle');
    await screenshot('container-phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  await step('sign out', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Sign in with your wallet' }).waitFor();
  });

  if (summary.pageErrors.length > 0) {
    throw new Error(`uncaught errors in the page: ${summary.pageErrors.join('; ')}`);
  }
  summary.ok = true;
} catch (error) {
  summary.ok = false;
  // playwright colours its call log for terminals; the summary is read in test reports.
  summary.error = (error instanceof Error ? error.message : String(error)).replace(/\u001b\[\d+m/g, '');
  if (page) {
    const path = join(screenshotDir, 'failure.png');
    await page.screenshot({ path, fullPage: true }).then(() => (summary.failureScreenshot = path), () => {});
  }
} finally {
  await browser?.close();
}
console.log(JSON.stringify(summary));
process.exit(summary.ok ? 0 : 1);
