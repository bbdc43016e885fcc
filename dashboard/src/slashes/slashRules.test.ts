import { describe, expect, it } from 'vitest';
import { disputable, readableReports, resultPairs, shortHex, statementError, timeLeft } from './slashRules';
import type { EvidenceVerdict, SlashDetail } from './slashTypes';

describe('statementError', () => {
  it('takes 1 to 2000 characters that are not all blank', () => {
    expect(statementError('')).toMatch(/at least one character/);
    expect(statementError('   \n')).toMatch(/at least one character/);
    expect(statementError('x')).toBeNull();
    expect(statementError('x'.repeat(2000))).toBeNull();
    expect(statementError('x'.repeat(2001))).toBe('At most 2,000 characters (now 2,001).');
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-05-10T12:00:00Z');

  it('counts down in days, hours, minutes and whole seconds', () => {
    expect(timeLeft('2026-05-12T15:04:05.900Z', now)).toBe('2 d 03 h 04 min 05 s left');
    expect(timeLeft('2026-05-10T12:00:59Z', now)).toBe('0 h 00 min 59 s left');
  });

  it('is closed at and after the deadline', () => {
    expect(timeLeft('2026-05-10T12:00:00Z', now)).toBe('closed');
    expect(timeLeft('2026-05-01T00:00:00Z', now)).toBe('closed');
  });
});

describe('disputable', () => {
  const slash = (state: SlashDetail['state'], disputeWindowEnds: string) => ({ state, disputeWindowEnds }) as SlashDetail;
  const now = new Date('2026-05-10T12:00:00Z');

  it('only a proposed slash inside its window', () => {
    expect(disputable(slash('PROPOSED', '2026-05-11T00:00:00Z'), now)).toBe(true);
    expect(disputable(slash('PROPOSED', '2026-05-10T12:00:00Z'), now)).toBe(false);
    expect(disputable(slash('DISPUTED', '2026-05-11T00:00:00Z'), now)).toBe(false);
  });
});

describe('evidence reading', () => {
  it('tells each report against the majority and splits the canonical result', () => {
    const verdict = {
      majorityResultHash: '0xAA',
      majorityResult: 'athgrid-check/1;kind=LIVENESS;reachable=false;loss=100',
      reports: [
        { licenseId: '1', signer: '0x1', resultHash: '0xaa', submittedAt: 0, signature: '0x' },
        { licenseId: '2', signer: '0x2', resultHash: '0xbb', submittedAt: 0, signature: '0x' },
      ],
    } as EvidenceVerdict;

    expect(readableReports(verdict).map((r) => r.agreesWithMajority)).toEqual([true, false]);
    expect(resultPairs(verdict.majorityResult!)).toEqual([
      ['kind', 'LIVENESS'],
      ['reachable', 'false'],
      ['loss', '100'],
    ]);
    expect(shortHex(`0x${'ab'.repeat(65)}`)).toBe('0xababab…ababab');
    expect(shortHex('0x1234')).toBe('0x1234');
  });
});
