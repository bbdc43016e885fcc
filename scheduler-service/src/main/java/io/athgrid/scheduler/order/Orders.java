package io.athgrid.scheduler.order;

import io.athgrid.events.v1.JobSubmitted;
import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.job.JobStatus;
import io.athgrid.scheduler.job.JobStore;
import io.athgrid.scheduler.job.JobTransitions;
import io.athgrid.scheduler.matching.Matching;
import io.athgrid.support.pricing.AthUsdRate;
import io.athgrid.scheduler.pricing.PriceFeed;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.web.IdempotencyKey;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Accepts orders from enterprises and answers for them. An order is judged before anything is
 * written; an accepted one is stored with its job, its idempotency key if it has one, and
 * {@code JobSubmitted} in one transaction, and a job due now is matched right away, in the same
 * request. A repeat under a key already used answers the order that key created.
 */
public class Orders {

    private final OrderRules rules;
    private final PriceFeed prices;
    private final OrderStore orders;
    private final OrderKeyStore keys;
    private final JobStore jobs;
    private final JobTransitions transitions;
    private final Matching matching;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Orders(OrderRules rules, PriceFeed prices, OrderStore orders, OrderKeyStore keys, JobStore jobs,
            JobTransitions transitions, Matching matching, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.rules = rules;
        this.prices = prices;
        this.orders = orders;
        this.keys = keys;
        this.jobs = jobs;
        this.transitions = transitions;
        this.matching = matching;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Places the order, or, under a key this enterprise used before, answers the order that key
     * created (409 when that was a different order). A repeat is answered before the order is judged:
     * it stands even if the market has changed since.
     *
     * @param key null when the request carries none
     */
    public Submission submit(Caller caller, OrderRequest request, IdempotencyKey key) {
        if (caller.kind() != CallerKind.ENTERPRISE) {
            throw new AccessDeniedException("Orders are placed by enterprises, with an API key");
        }
        String fingerprint = key == null ? null : OrderFingerprint.of(request);
        if (key != null) {
            Optional<OrderKeyStore.KeyedOrder> earlier = keys.find(caller.id(), key);
            if (earlier.isPresent()) {
                return repeat(caller, earlier.get(), fingerprint);
            }
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        ValidOrder valid = rules.validate(request, now);
        AthUsdRate rate = prices.current();
        Order order = new Order(UUID.randomUUID(), caller.id(), valid.kind(), valid.gpuModel().name(),
                valid.gpusPerNode(), valid.nodes(), valid.minVramGbPerGpu(), valid.minBandwidthMbps(),
                valid.region().code(), valid.maxLatencyMs(), valid.service(), valid.maxPriceUsdPerGpuHour(),
                valid.policy(), valid.startsAt(), valid.duration() == null ? null : valid.duration().toSeconds(), rate,
                now);
        Job job = Job.submitted(UUID.randomUUID(), order.id(), now, order.startsAt(), order.reservedEnd(),
                now.plus(matching.claim()));
        boolean created = Boolean.TRUE.equals(transaction.execute(status -> {
            orders.insert(order);
            jobs.insert(job);
            if (key != null && !keys.remember(caller.id(), key, order.id(), fingerprint, now)) {
                // A concurrent request with the same key committed first: its order is the one.
                status.setRollbackOnly();
                return false;
            }
            outbox.publish(new JobSubmitted(job.id().toString(), order.id().toString(), order.enterpriseId(),
                    order.kind().name(), order.gpuModel(), order.gpusPerNode(), order.nodes(), order.region(),
                    order.service(), order.maxPriceUsdPerGpuHour(), rate.usdPerAth(),
                    order.kind() == OrderKind.RESERVED ? order.startsAt() : null, order.durationSeconds(), now));
            return true;
        }));
        if (!created) {
            return repeat(caller, keys.find(caller.id(), key).orElseThrow(), fingerprint);
        }
        Job after = job.status() == JobStatus.MATCHING ? matching.attempt(job, order).orElse(job) : job;
        return new Submission(new Placed(order, after), false);
    }

    private Submission repeat(Caller caller, OrderKeyStore.KeyedOrder earlier, String fingerprint) {
        if (!earlier.requestSha256().equals(fingerprint)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "The Idempotency-Key was used for a different order: use a new key for a new order");
        }
        return new Submission(find(caller, earlier.orderId()), true);
    }

    /** An order with its job, if the caller may see it; 404 otherwise, also for another tenant's order. */
    public Placed find(Caller caller, UUID orderId) {
        Order order = orders.find(orderId)
                .filter(found -> caller.mayActFor(found.enterpriseId()))
                .orElseThrow(() -> new ResourceNotFoundException("No order " + orderId));
        return new Placed(order, jobs.byOrder(orderId).orElseThrow());
    }

    public List<Placed> list(Caller caller, int page, int size) {
        return orders.list(caller.isOperator() ? null : caller.id(), page, size).stream()
                .map(order -> new Placed(order, jobs.byOrder(order.id()).orElseThrow()))
                .toList();
    }

    /** Cancels the order's job; 409 when it has already ended. */
    public Placed cancel(Caller caller, UUID orderId) {
        Placed placed = find(caller, orderId);
        if (placed.job().status().terminal()) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "The job has already ended: " + placed.job().status());
        }
        Job job = transitions.cancelled(placed.job().id()).orElseThrow();
        return new Placed(placed.order(), job);
    }

    /** An order and its job as they are now. */
    public record Placed(Order order, Job job) {
    }

    /** The answer to a submission: {@code replayed} when an earlier request with the same key placed it. */
    public record Submission(Placed placed, boolean replayed) {
    }
}
