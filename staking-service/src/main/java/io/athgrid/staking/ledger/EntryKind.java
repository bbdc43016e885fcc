package io.athgrid.staking.ledger;

/** Why a journal entry was booked. */
public enum EntryKind {
    EMISSION,
    CHECKER_REWARD,
    PROVIDER_FEE,
    VESTING_RELEASE,
    CLAIM,
    SLASH,
    SETTLEMENT,
    ONCHAIN_CLAIM
}
