package io.athgrid.support.testapp;

import io.athgrid.events.EventEnvelope;
import io.athgrid.support.inbox.EventHandler;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records each AccountOpened it applies. Owners named "flaky-N" make it fail the first N
 * attempts, to show that a failed event is retried rather than lost.
 */
@Component
public class AccountOpenedRecorder implements EventHandler<AccountOpened> {

    private final JdbcClient jdbc;
    private final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();

    AccountOpenedRecorder(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Class<AccountOpened> eventType() {
        return AccountOpened.class;
    }

    @Override
    public void handle(EventEnvelope<AccountOpened> event) {
        jdbc.sql("insert into account_opened_seen (account_id) values (?)")
                .param(event.payload().accountId())
                .update();
        String owner = event.payload().owner();
        if (owner.startsWith("flaky-")) {
            int failures = Integer.parseInt(owner.substring("flaky-".length()));
            if (attempts.computeIfAbsent(owner, o -> new AtomicInteger()).incrementAndGet() <= failures) {
                throw new IllegalStateException("simulated handler failure for " + owner);
            }
        }
    }

    public int attempts(String owner) {
        return attempts.getOrDefault(owner, new AtomicInteger()).get();
    }
}
