package io.athgrid.maas.deployment;

/**
 * What became of asking the scheduler about an order's job: its answer; another answer (404 for an order
 * id that came from this scheduler means a wrong URL or account, so nothing is concluded from it); or no
 * answer at all (the rest of the round waits for the next).
 */
public sealed interface JobLookup {

    record Found(OrderJob job) implements JobLookup {
    }

    record NotFound(int status) implements JobLookup {
    }

    record Unanswered(String reason) implements JobLookup {
    }
}
