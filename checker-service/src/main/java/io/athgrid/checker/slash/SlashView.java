package io.athgrid.checker.slash;

import io.athgrid.checker.slashing.Dispute;
import io.athgrid.checker.slashing.SlashProposal;
import java.time.Instant;
import tools.jackson.databind.JsonNode;

/**
 * A slash proposal as its owner and operators see it, wei as a decimal string, with its evidence:
 * {@code evidence} for reading, {@code evidenceCanonical} for checking ({@code evidenceHash} is the
 * keccak256 of its UTF-8 bytes).
 */
public record SlashView(String slashId, String containerId, String owner, String reason, String amountWei,
        String evidenceHash, Instant affectedFrom, Instant affectedTo, Instant proposedAt, Instant disputeWindowEnds,
        String state, DisputeView dispute, Instant executedAt, JsonNode evidence, String evidenceCanonical) {

    static SlashView of(StoredSlash stored, JsonNode evidence) {
        SlashProposal proposal = stored.proposal();
        Dispute dispute = proposal.dispute();
        return new SlashView(proposal.slashId(), proposal.containerId(), proposal.owner(), proposal.reason().name(),
                proposal.amountWei().toString(), proposal.evidenceHash(), stored.affectedFrom(), stored.affectedTo(),
                proposal.proposedAt(), proposal.disputeWindowEnds(), proposal.state().name(),
                dispute == null ? null : new DisputeView(dispute.by(), dispute.at(), dispute.statement(),
                        dispute.resolvedBy(), dispute.resolvedAt(), dispute.resolution()),
                proposal.executedAt(), evidence, stored.evidenceCanonical());
    }

    public record DisputeView(String by, Instant at, String statement, String resolvedBy, Instant resolvedAt,
            String resolution) {
    }
}
