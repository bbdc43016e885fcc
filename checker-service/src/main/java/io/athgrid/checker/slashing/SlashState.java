package io.athgrid.checker.slashing;

/**
 * Where a slash proposal stands: PROPOSED -> DISPUTED -> UPHELD | REJECTED, and PROPOSED or
 * UPHELD -> EXECUTED once the dispute window has passed.
 */
public enum SlashState {
    PROPOSED,
    DISPUTED,
    UPHELD,
    REJECTED,
    EXECUTED
}
