package io.athgrid.support.testapp;

import io.athgrid.support.outbox.Outbox;
import java.time.Clock;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class AccountService {

    private final AccountRepository accounts;
    private final Outbox outbox;
    private final Clock clock;

    AccountService(AccountRepository accounts, Outbox outbox, Clock clock) {
        this.accounts = accounts;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Opens an account and announces it; {@code failAfterPublishing} simulates a later failure in the same transaction. */
    @Transactional
    public UUID open(String owner, boolean failAfterPublishing) {
        Account account = accounts.save(new Account(UUID.randomUUID(), owner, clock.instant()));
        outbox.publish(new AccountOpened(account.getId(), owner));
        if (failAfterPublishing) {
            throw new IllegalStateException("simulated failure after the event was recorded");
        }
        return account.getId();
    }
}
