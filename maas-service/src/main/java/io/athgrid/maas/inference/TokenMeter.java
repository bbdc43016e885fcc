package io.athgrid.maas.inference;

import io.athgrid.events.v1.TokensMetered;
import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.Replica;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/** Bills a successful call's tokens: one {@code TokensMetered} through the outbox, at the catalog's prices. */
public class TokenMeter {

    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public TokenMeter(Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    public void record(Deployment deployment, Replica replica, CatalogModel model, TokenUsage usage) {
        transaction.executeWithoutResult(status -> outbox.publish(new TokensMetered(UUID.randomUUID().toString(),
                deployment.tenant(), deployment.deploymentId(), model.id().value(), replica.replicaId(),
                replica.containerId(), usage.promptTokens(), usage.completionTokens(), usage.costUsd(model.price()),
                clock.instant())));
    }
}
