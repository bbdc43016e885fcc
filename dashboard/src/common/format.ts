const WEI_PER_ATH = 10n ** 18n;

/** A wei amount (a decimal string) as its sign and magnitude; null when it is not an integer. */
function parseWei(wei: string): { sign: string; abs: bigint } | null {
  try {
    const value = BigInt(wei);
    return value < 0n ? { sign: '-', abs: -value } : { sign: '', abs: value };
  } catch {
    return null;
  }
}

/**
 * Wei (a decimal string) as ATH (or {@code unit}, e.g. vATH) with {@code decimals} places, the rest cut off:
 * BigInt, never floating point.
 */
export function formatAth(wei: string, decimals = 2, unit = 'ATH'): string {
  const parsed = parseWei(wei);
  if (!parsed) {
    return '—';
  }
  const { sign, abs } = parsed;
  const whole = abs / WEI_PER_ATH;
  const scale = 10n ** BigInt(18 - decimals);
  const fraction = (abs % WEI_PER_ATH) / scale;
  const wholeText = whole.toLocaleString('en-US');
  const fractionText = decimals > 0 ? `.${fraction.toString().padStart(decimals, '0')}` : '';
  return `${sign}${wholeText}${fractionText} ${unit}`;
}

/**
 * Wei as a whole token amount with every significant decimal of its 18 (trailing zeros dropped, at least 2
 * kept): the amount exactly as it is on the ledger or chain. {@code unit} is ATH or vATH.
 */
export function formatTokenExact(wei: string, unit = 'ATH'): string {
  const parsed = parseWei(wei);
  if (!parsed) {
    return '—';
  }
  const { sign, abs } = parsed;
  const fraction = (abs % WEI_PER_ATH).toString().padStart(18, '0').replace(/0+$/, '').padEnd(2, '0');
  return `${sign}${(abs / WEI_PER_ATH).toLocaleString('en-US')}.${fraction} ${unit}`;
}

/** Compares two non-negative or negative decimal numbers given as text, exactly. */
export function compareDecimal(a: number | string, b: number | string): number {
  const [ai, af] = splitDecimal(String(a));
  const [bi, bf] = splitDecimal(String(b));
  const width = Math.max(af.length, bf.length);
  const left = BigInt(ai + af.padEnd(width, '0'));
  const right = BigInt(bi + bf.padEnd(width, '0'));
  return left < right ? -1 : left > right ? 1 : 0;
}

function splitDecimal(text: string): [string, string] {
  const trimmed = text.trim();
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) {
    return ['0', ''];
  }
  const [integer, fraction = ''] = trimmed.split('.');
  return [integer, fraction];
}

export function formatUsd(value: number | string): string {
  return `$${String(value)}`;
}

export function formatDateTime(iso: string | null): string {
  if (!iso) {
    return '—';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toLocaleString();
}

const DAY_MS = 86_400_000;

/** The UTC day (YYYY-MM-DD) an instant falls on. */
export function utcDay(now: Date): string {
  return now.toISOString().slice(0, 10);
}

/** The UTC day {@code days} before the one {@code now} falls on. */
export function utcDayBefore(now: Date, days: number): string {
  return utcDay(new Date(now.getTime() - days * DAY_MS));
}

/** The ISO instant of a unix-seconds timestamp (signed payloads carry seconds). */
export function unixSecondsIso(seconds: number): string {
  return new Date(seconds * 1000).toISOString();
}

export function shortAddress(address: string): string {
  return address.length > 12 ? `${address.slice(0, 6)}…${address.slice(-4)}` : address;
}

export function shortId(id: string): string {
  return id.length > 8 ? id.slice(0, 8) : id;
}

/** CHECKING -> "Checking", WAITING_FOR_STAKE -> "Waiting for stake". */
export function humanize(constant: string): string {
  const words = constant.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** Basis points (0-10,000) as a percent with two decimals, from integers: 4285 -> "42.85 %". */
export function formatBasisPoints(basisPoints: number): string {
  const bp = Math.max(0, Math.trunc(basisPoints));
  return `${Math.floor(bp / 100)}.${String(bp % 100).padStart(2, '0')} %`;
}

/** The time from one instant to another in whole seconds, minutes or hours: "60 s", "5 min", "6 h". */
export function formatDuration(fromIso: string, toIso: string): string {
  const seconds = Math.round((new Date(toIso).getTime() - new Date(fromIso).getTime()) / 1000);
  if (!Number.isFinite(seconds) || seconds < 0) {
    return '—';
  }
  if (seconds < 120) {
    return `${seconds} s`;
  }
  const minutes = Math.round(seconds / 60);
  return minutes < 120 ? `${minutes} min` : `${Math.round(minutes / 60)} h`;
}
