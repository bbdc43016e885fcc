package io.athgrid.checker.license;

/**
 * How a license's seats were judged in verdicts, all time: correct ones are paid, incorrect ones
 * weigh toward a ban, missing ones (no report by the decision) do neither.
 *
 * @param incorrectLast7Days incorrect judgements within the ban's window (7 days) up to now: what a
 *                           ban weighs, {@code ban.max-incorrect} (2) of them ban the license
 */
public record LicenseResults(long correct, long incorrect, long missing, long incorrectLast7Days) {

    public static LicenseResults none() {
        return new LicenseResults(0, 0, 0, 0);
    }
}
