package io.athgrid.checker.slashing;

import static io.athgrid.checker.fixtures.Checkers.CONTAINER;
import static io.athgrid.checker.fixtures.Checkers.CONTAINER_OWNER;
import static io.athgrid.checker.fixtures.Checkers.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.support.identity.Caller;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SlashProposalTest {

    private static final Duration WINDOW = Duration.ofHours(72);
    private static final Instant WINDOW_ENDS = NOW.plus(WINDOW);
    private static final Caller OWNER = Caller.wallet(CONTAINER_OWNER.toUpperCase().replace("0X", "0x"));
    private static final Caller STRANGER = Caller.wallet("0x000000000000000000000000000000000000dead");
    private static final Caller OPERATOR = Caller.operator("0x00000000000000000000000000000000000000aa");

    private final SlashProposal proposed = SlashProposal.propose("slash-1", CONTAINER, CONTAINER_OWNER,
            SlashReason.OFFLINE_WHILE_SERVING, BigInteger.TEN, new Evidence(CONTAINER,
                    SlashReason.OFFLINE_WHILE_SERVING, BigInteger.TEN, List.of()), NOW, WINDOW);

    private static void refused(SlashRefusal refusal, Executable step) {
        assertThatThrownBy(step::execute).isInstanceOfSatisfying(SlashRefusedException.class,
                e -> assertThat(e.refusal()).isEqualTo(refusal));
    }

    @Test
    void a_proposal_opens_a_72_hour_window_and_carries_its_evidence_hash() {
        assertThat(proposed.state()).isEqualTo(SlashState.PROPOSED);
        assertThat(proposed.disputeWindowEnds()).isEqualTo(WINDOW_ENDS);
        assertThat(proposed.evidenceHash()).matches("0x[0-9a-f]{64}");
    }

    @Test
    void an_undisputed_proposal_executes_once_the_window_has_passed() {
        refused(SlashRefusal.WINDOW_OPEN, () -> proposed.execute(WINDOW_ENDS.minusSeconds(1)));
        assertThat(proposed.executableAt(WINDOW_ENDS.minusSeconds(1))).isFalse();

        SlashProposal executed = proposed.execute(WINDOW_ENDS);

        assertThat(executed.state()).isEqualTo(SlashState.EXECUTED);
        assertThat(executed.executedAt()).isEqualTo(WINDOW_ENDS);
        refused(SlashRefusal.NOT_EXECUTABLE, () -> executed.execute(WINDOW_ENDS.plusSeconds(1)));
    }

    @Test
    void only_the_owner_disputes_and_only_within_the_window() {
        refused(SlashRefusal.NOT_THE_OWNER, () -> proposed.dispute(STRANGER, "not me", NOW));
        refused(SlashRefusal.NOT_THE_OWNER, () -> proposed.dispute(OPERATOR, "not me", NOW));
        refused(SlashRefusal.WINDOW_CLOSED, () -> proposed.dispute(OWNER, "too late", WINDOW_ENDS));

        SlashProposal disputed = proposed.dispute(OWNER, "my ISP was down, not my host", NOW.plusSeconds(60));

        assertThat(disputed.state()).isEqualTo(SlashState.DISPUTED);
        assertThat(disputed.dispute().statement()).isEqualTo("my ISP was down, not my host");
        refused(SlashRefusal.NOT_DISPUTABLE, () -> disputed.dispute(OWNER, "again", NOW.plusSeconds(61)));
    }

    @Test
    void an_unresolved_dispute_holds_the_slash() {
        SlashProposal disputed = proposed.dispute(OWNER, "no", NOW);

        refused(SlashRefusal.NOT_EXECUTABLE, () -> disputed.execute(WINDOW_ENDS.plusSeconds(1)));
        assertThat(disputed.executableAt(WINDOW_ENDS.plusSeconds(1))).isFalse();
    }

    @Test
    void only_an_operator_resolves_and_an_upheld_slash_executes_after_the_window() {
        SlashProposal disputed = proposed.dispute(OWNER, "no", NOW);
        refused(SlashRefusal.NOT_AN_OPERATOR, () -> disputed.resolve(OWNER, false, "mine", NOW));
        refused(SlashRefusal.NOT_DISPUTED, () -> proposed.resolve(OPERATOR, true, "early", NOW));

        SlashProposal upheld = disputed.resolve(OPERATOR, true, "three checkers agree", NOW.plusSeconds(3_600));

        assertThat(upheld.state()).isEqualTo(SlashState.UPHELD);
        assertThat(upheld.dispute().resolvedBy()).isEqualTo(OPERATOR.id());
        refused(SlashRefusal.WINDOW_OPEN, () -> upheld.execute(NOW.plusSeconds(3_601)));
        assertThat(upheld.execute(WINDOW_ENDS).state()).isEqualTo(SlashState.EXECUTED);
    }

    @Test
    void a_rejected_slash_never_executes() {
        SlashProposal rejected = proposed.dispute(OWNER, "no", NOW).resolve(OPERATOR, false, "probe bug", NOW);

        assertThat(rejected.state()).isEqualTo(SlashState.REJECTED);
        refused(SlashRefusal.NOT_EXECUTABLE, () -> rejected.execute(WINDOW_ENDS));
        refused(SlashRefusal.NOT_DISPUTED, () -> rejected.resolve(OPERATOR, true, "changed my mind", NOW));
    }
}
