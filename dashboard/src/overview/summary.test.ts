import { describe, expect, it } from 'vitest';
import type { DayUptime, Slash } from '../api/types';
import { container } from '../testing/fakes';
import { countByStatus, monthsOfLast30Days, openSlashes, thirtyDayUptimePercent } from './summary';

function day(date: string, offlineMinutes: number): DayUptime {
  return { day: date, offlineMinutes, dailySloMet: offlineMinutes < 30, monthToDateUptimePercent: 0, monthlySloMet: true };
}

describe('countByStatus', () => {
  it('counts every state in lifecycle order, zeros included', () => {
    const counts = countByStatus([
      container({ status: 'SERVING' }),
      container({ status: 'SERVING' }),
      container({ status: 'OFFLINE' }),
    ]);

    expect(counts.map((c) => c.status)[0]).toBe('CHECKING');
    expect(counts).toHaveLength(8);
    expect(counts.find((c) => c.status === 'SERVING')?.count).toBe(2);
    expect(counts.find((c) => c.status === 'OFFLINE')?.count).toBe(1);
    expect(counts.find((c) => c.status === 'STANDBY')?.count).toBe(0);
  });
});

describe('openSlashes', () => {
  it('keeps proposed, disputed and upheld slashes; executed and rejected ones are settled', () => {
    const slash = (state: Slash['state']) => ({ slashId: state, state }) as Slash;
    const open = openSlashes(['PROPOSED', 'DISPUTED', 'UPHELD', 'REJECTED', 'EXECUTED'].map((s) => slash(s as Slash['state'])));

    expect(open.map((s) => s.state)).toEqual(['PROPOSED', 'DISPUTED', 'UPHELD']);
  });
});

describe('thirtyDayUptimePercent', () => {
  const now = new Date('2026-05-10T12:00:00Z');

  it('weighs full past days and today so far, rounding down to 3 decimals', () => {
    // 9 full days (12,960 min) and today's 720 min: 13,680 min, 144 of them offline.
    const days = [...Array.from({ length: 9 }, (_, i) => day(`2026-05-0${i + 1}`, i === 0 ? 144 : 0)), day('2026-05-10', 0)];

    expect(thirtyDayUptimePercent(days, now)).toBe('98.947');
  });

  it('ignores days older than 30 days and reads across the month boundary', () => {
    const days = [day('2026-04-10', 1440), day('2026-04-11', 0), day('2026-05-10', 0)];

    expect(thirtyDayUptimePercent(days, now)).toBe('100.000');
  });

  it('has no figure before any day is counted', () => {
    expect(thirtyDayUptimePercent([], now)).toBeNull();
  });

  it('asks for both months the 30 days touch', () => {
    expect(monthsOfLast30Days(now)).toEqual(['2026-04', '2026-05']);
    expect(monthsOfLast30Days(new Date('2026-05-31T00:00:00Z'))).toEqual(['2026-05']);
  });
});
