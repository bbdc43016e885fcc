package io.athgrid.staking.settlement;

import static io.athgrid.support.testing.ServiceHttp.bearer;

import io.athgrid.events.EventCatalog;
import io.athgrid.events.EventEnvelope;
import io.athgrid.events.v1.CheckerRewardAccrued;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.staking.epoch.EpochClosing;
import io.athgrid.staking.epoch.EpochCursor;
import io.athgrid.staking.ledger.CheckerRewards;
import io.athgrid.staking.ledger.EpochBook;
import io.athgrid.staking.ledger.EpochPayouts;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.InternalTokenIssuer;
import io.athgrid.support.testing.ServiceHttp;
import java.math.BigInteger;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import org.springframework.context.ApplicationContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

/**
 * The staking-service's real vATH ledger, driven through its own public API the way the platform
 * feeds it: checker rewards booked by the ledger's own {@link CheckerRewards} handler (as if the
 * event had arrived), a wallet's claim over {@code POST /claims}, and epoch closes as the close
 * worker makes them. What the settlement ITs settle is therefore what the ledger pays out.
 */
final class RealLedger {

    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final ApplicationContext service;
    private final ServiceHttp http;
    private final Runnable mineBlock;

    /** @param mineBlock mines one block: an epoch closes once the chain mirror has confirmed blocks after its start */
    RealLedger(ApplicationContext service, int port, Runnable mineBlock) {
        this.service = service;
        this.http = new ServiceHttp(port);
        this.mineBlock = mineBlock;
    }

    /**
     * The epoch the next close closes. On a fresh ledger, once the close worker's first run has
     * moved the cursor to the current epoch (it runs at start, on its own thread).
     */
    long openEpoch() {
        EpochCursor cursor = service.getBean(EpochCursor.class);
        long current = service.getBean(EpochCalendar.class).numberAt(Instant.now());
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        while (cursor.lastClosed() < current - 1) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the close worker never started the ledger at epoch " + current);
            }
            pause();
        }
        return cursor.lastClosed() + 1;
    }

    /** A checker reward of {@code amount} to each wallet, available at once, and a claim of it that vests over 180 days. */
    void rewardAndClaim(Map<String, BigInteger> amounts) {
        amounts.forEach((wallet, amount) -> {
            reward(wallet, amount);
            claim(wallet, amount);
        });
    }

    void reward(String wallet, BigInteger amount) {
        CheckerRewardAccrued accrued = new CheckerRewardAccrued(UUID.randomUUID().toString(), "license-" + wallet,
                wallet, "DAILY", LocalDate.now(ZoneOffset.UTC), 1_440, amount, Instant.now());
        EventEnvelope<CheckerRewardAccrued> event = EventEnvelope.wrap(accrued, Instant.now(), "settlement-it",
                service.getBean(EventCatalog.class));
        new TransactionTemplate(service.getBean(PlatformTransactionManager.class))
                .executeWithoutResult(status -> service.getBean(CheckerRewards.class).handle(event));
    }

    void claim(String wallet, BigInteger amount) {
        HttpResponse<String> response = http.post("/claims", "{\"amountWei\": \"" + amount
                + "\", \"option\": \"VEST_180_DAYS\"}", "Authorization", bearer(token(Caller.wallet(wallet))));
        if (response.statusCode() != 201) {
            throw new AssertionError("claim refused: " + response.statusCode() + " " + response.body());
        }
    }

    /** Closes every epoch up to {@code epoch}, mining blocks until the chain mirror lets the close run. */
    void closeThrough(long epoch) {
        EpochClosing closing = service.getBean(EpochClosing.class);
        Instant due = closing.closesAt(service.getBean(EpochCalendar.class).epoch(epoch));
        long deadline = System.nanoTime() + CLOSE_TIMEOUT.toNanos();
        EpochCursor cursor = service.getBean(EpochCursor.class);
        while (cursor.lastClosed() < epoch) {
            closing.closeDue(due);
            if (cursor.lastClosed() < epoch) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("epoch " + epoch + " did not close: the chain mirror is behind");
                }
                mineBlock.run();
                pause();
            }
        }
    }

    /** What the ledger pays out under the epoch's root. */
    SortedMap<String, BigInteger> payoutsOf(long epoch) {
        return service.getBean(EpochPayouts.class).payoutsOf(epoch).orElseThrow();
    }

    /** The root the ledger booked the epoch as settled with. */
    Optional<String> settledRoot(long epoch) {
        return service.getBean(EpochBook.class).settledRoot(epoch);
    }

    /** The wallet's {@code GET /balance}. */
    JsonNode balance(String wallet) {
        HttpResponse<String> response = http.get("/balance", "Authorization", bearer(token(Caller.wallet(wallet))));
        if (response.statusCode() != 200) {
            throw new AssertionError("balance: " + response.statusCode() + " " + response.body());
        }
        return ServiceHttp.json(response);
    }

    private String token(Caller caller) {
        return service.getBean(InternalTokenIssuer.class).issue(caller, "settlement-it");
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
