import type { EvidenceReport, EvidenceVerdict, SlashDetail } from './slashTypes';

/** checker-service's bounds for a dispute statement (`@NotBlank @Size(max = 2000)`). */
export const STATEMENT_MAX = 2000;

/** Why a dispute statement would be refused, or null when the server will take it. */
export function statementError(statement: string): string | null {
  if (statement.trim().length === 0) {
    return 'Say why the slash is wrong (at least one character).';
  }
  if (statement.length > STATEMENT_MAX) {
    return `At most ${STATEMENT_MAX.toLocaleString('en-US')} characters (now ${statement.length.toLocaleString('en-US')}).`;
  }
  return null;
}

/** Whether the owner may still dispute: only a proposed slash, only before its window ends. */
export function disputable(slash: SlashDetail, now: Date): boolean {
  return slash.state === 'PROPOSED' && now.getTime() < new Date(slash.disputeWindowEnds).getTime();
}

/**
 * What is left of the dispute window, in words: "2 d 03 h 04 min 05 s left", or "closed" at the deadline.
 * Whole seconds, rounded down, so the figure never promises time that is not there.
 */
export function timeLeft(deadline: string, now: Date): string {
  const ms = new Date(deadline).getTime() - now.getTime();
  if (Number.isNaN(ms) || ms <= 0) {
    return 'closed';
  }
  const total = Math.floor(ms / 1000);
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  const two = (n: number) => String(n).padStart(2, '0');
  const head = days > 0 ? `${days} d ${two(hours)} h` : `${hours} h`;
  return `${head} ${two(minutes)} min ${two(seconds)} s left`;
}

/** A report with whether its signed result is the one the majority reached. */
export interface ReadableReport extends EvidenceReport {
  agreesWithMajority: boolean;
}

/** The reports of a verdict, each told against the majority's result hash. */
export function readableReports(verdict: EvidenceVerdict): ReadableReport[] {
  const majority = verdict.majorityResultHash?.toLowerCase() ?? null;
  return verdict.reports.map((report) => ({
    ...report,
    agreesWithMajority: majority !== null && report.resultHash.toLowerCase() === majority,
  }));
}

/** A long hex value cut to its ends for reading ("0x1234…cdef"); the full value stays copyable. */
export function shortHex(hex: string, keep = 6): string {
  return hex.length > 2 + keep * 2 + 1 ? `${hex.slice(0, 2 + keep)}…${hex.slice(-keep)}` : hex;
}

/** The canonical result "athgrid-check/1;kind=LIVENESS;reachable=false;..." as its name=value pairs. */
export function resultPairs(canonical: string): Array<[string, string]> {
  return canonical
    .split(';')
    .slice(1)
    .map((pair) => {
      const at = pair.indexOf('=');
      return at < 0 ? ([pair, ''] as [string, string]) : ([pair.slice(0, at), pair.slice(at + 1)] as [string, string]);
    });
}
