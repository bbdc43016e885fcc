package io.athgrid.maas.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which scheduler answers fail a replica, end an order, or are asked again. */
class SchedulerAnswersTest {

    @Test
    void an_order_refused_as_asked_fails_the_replica_but_our_token_or_the_schedulers_load_do_not() {
        assertThat(OrderOutcome.refuses(400)).isTrue();
        assertThat(OrderOutcome.refuses(409)).isTrue();
        assertThat(OrderOutcome.refuses(422)).isTrue();
        assertThat(OrderOutcome.refuses(401)).isFalse();
        assertThat(OrderOutcome.refuses(403)).isFalse();
        assertThat(OrderOutcome.refuses(404)).as("not the scheduler's URL").isFalse();
        assertThat(OrderOutcome.refuses(405)).isFalse();
        assertThat(OrderOutcome.refuses(408)).isFalse();
        assertThat(OrderOutcome.refuses(429)).isFalse();
        assertThat(OrderOutcome.refuses(500)).isFalse();
        assertThat(OrderOutcome.refuses(503)).isFalse();
    }

    @Test
    void a_cancelled_order_or_one_whose_job_had_ended_is_done_with() {
        assertThat(CancelOutcome.of(200)).isEqualTo(CancelOutcome.ENDED);
        assertThat(CancelOutcome.of(409)).as("the job had ended").isEqualTo(CancelOutcome.ENDED);
        assertThat(CancelOutcome.of(404)).as("never ended unconfirmed: it could run on, billed")
                .isEqualTo(CancelOutcome.NOT_ENDED);
        assertThat(CancelOutcome.of(401)).isEqualTo(CancelOutcome.NOT_ENDED);
        assertThat(CancelOutcome.of(503)).isEqualTo(CancelOutcome.NOT_ENDED);
    }
}
