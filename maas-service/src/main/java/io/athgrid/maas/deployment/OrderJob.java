package io.athgrid.maas.deployment;

import java.util.List;
import java.util.Objects;

/**
 * The job of a replica's order as the scheduler answers {@code GET /orders/{id}} ({@code job} of its
 * {@code OrderView}): its status ({@code SUBMITTED}, {@code MATCHING}, {@code PROVISIONING}, {@code RUNNING},
 * {@code COMPLETED}, {@code FAILED}, {@code CANCELLED}), the reason it gives, and the containers of its
 * current placement whose lease has not ended, in the scheduler's order (as its {@code JobStarted} names them).
 */
public record OrderJob(String status, String reason, List<String> containerIds) {

    public OrderJob {
        Objects.requireNonNull(status, "status");
        containerIds = List.copyOf(containerIds);
    }
}
