package io.athgrid.maas.inference;

import io.athgrid.events.v1.TokensMetered;
import io.athgrid.maas.catalog.CatalogModel;
import io.athgrid.maas.deployment.Deployment;
import io.athgrid.maas.deployment.Replica;
import io.athgrid.maas.usage.TokenCharges;
import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Bills a successful call's tokens at the catalog's prices to the calling enterprise: a {@code token_charge}
 * row and its {@code TokensMetered} through the outbox, in one transaction and under one usage id.
 */
public class TokenMeter {

    private final TokenCharges charges;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public TokenMeter(TokenCharges charges, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.charges = charges;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    public void record(Deployment deployment, Replica replica, CatalogModel model, TokenUsage usage) {
        TokensMetered metered = new TokensMetered(UUID.randomUUID().toString(), deployment.tenant(),
                deployment.deploymentId(), model.id().value(), replica.replicaId(), replica.containerId(),
                usage.promptTokens(), usage.completionTokens(), usage.costUsd(model.price()), clock.instant());
        transaction.executeWithoutResult(status -> {
            charges.record(metered, model.price());
            outbox.publish(metered);
        });
    }
}
