package io.athgrid.checker.slash;

import io.athgrid.checker.slashing.SlashProposal;
import java.time.Instant;

/**
 * A slash proposal with what it rests on: the canonical evidence text (its keccak256 is the
 * proposal's evidence hash), the evidence as JSON for readers, and the period the container was at
 * fault (refunded to its customers).
 */
public record StoredSlash(SlashProposal proposal, String evidenceCanonical, String evidenceJson, Instant affectedFrom,
        Instant affectedTo) {
}
