package io.athgrid.checker.slashing;

import io.athgrid.support.identity.Caller;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * A proposed slash of a container, with the hash of its {@link Evidence}. It opens a dispute window
 * (72 h by default): within it the container's owner, and only the owner, may dispute; an operator
 * resolves a dispute, upholding the slash or rejecting it. Once the window has passed, an undisputed
 * or upheld proposal executes; a dispute nobody resolved holds it. Each step returns the next state
 * or throws {@link SlashRefusedException}; a proposal never changes in place.
 */
public record SlashProposal(String slashId, String containerId, String owner, SlashReason reason, BigInteger amountWei,
        String evidenceHash, Instant proposedAt, Instant disputeWindowEnds, SlashState state, Dispute dispute,
        Instant executedAt) {

    /** The design's dispute window. */
    public static final Duration DEFAULT_DISPUTE_WINDOW = Duration.ofHours(72);

    public SlashProposal {
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(state, "state");
        owner = owner.toLowerCase(Locale.ROOT);
        if (amountWei.signum() <= 0) {
            throw new IllegalArgumentException("a slash takes a positive amount");
        }
    }

    public static SlashProposal propose(String slashId, String containerId, String owner, SlashReason reason,
            BigInteger amountWei, Evidence evidence, Instant now, Duration disputeWindow) {
        return new SlashProposal(slashId, containerId, owner, reason, amountWei, evidence.hash(), now,
                now.plus(disputeWindow), SlashState.PROPOSED, null, null);
    }

    public SlashProposal dispute(Caller caller, String statement, Instant now) {
        if (!caller.id().equalsIgnoreCase(owner)) {
            throw new SlashRefusedException(SlashRefusal.NOT_THE_OWNER);
        }
        if (state != SlashState.PROPOSED) {
            throw new SlashRefusedException(SlashRefusal.NOT_DISPUTABLE);
        }
        if (!now.isBefore(disputeWindowEnds)) {
            throw new SlashRefusedException(SlashRefusal.WINDOW_CLOSED);
        }
        return with(SlashState.DISPUTED, new Dispute(owner, now, statement, null, null, null), null);
    }

    /** @param uphold true: the slash stands; false: the dispute is right and the slash is dropped */
    public SlashProposal resolve(Caller caller, boolean uphold, String note, Instant now) {
        if (!caller.isOperator()) {
            throw new SlashRefusedException(SlashRefusal.NOT_AN_OPERATOR);
        }
        if (state != SlashState.DISPUTED) {
            throw new SlashRefusedException(SlashRefusal.NOT_DISPUTED);
        }
        return with(uphold ? SlashState.UPHELD : SlashState.REJECTED, dispute.resolved(caller.id(), now, note), null);
    }

    /** Whether {@link #execute} would succeed at {@code now}. */
    public boolean executableAt(Instant now) {
        return (state == SlashState.PROPOSED || state == SlashState.UPHELD) && !now.isBefore(disputeWindowEnds);
    }

    public SlashProposal execute(Instant now) {
        if (state != SlashState.PROPOSED && state != SlashState.UPHELD) {
            throw new SlashRefusedException(SlashRefusal.NOT_EXECUTABLE);
        }
        if (now.isBefore(disputeWindowEnds)) {
            throw new SlashRefusedException(SlashRefusal.WINDOW_OPEN);
        }
        return with(SlashState.EXECUTED, dispute, now);
    }

    private SlashProposal with(SlashState next, Dispute nextDispute, Instant executed) {
        return new SlashProposal(slashId, containerId, owner, reason, amountWei, evidenceHash, proposedAt,
                disputeWindowEnds, next, nextDispute, executed);
    }
}
