package io.athgrid.staking.epoch;

import io.athgrid.events.v1.EpochClosed;
import io.athgrid.events.v1.RewardsAccrued;
import io.athgrid.staking.ledger.Accrual;
import io.athgrid.staking.ledger.EmissionResult;
import io.athgrid.staking.ledger.EpochBook;
import io.athgrid.staking.ledger.EpochBookkeeping;
import io.athgrid.staking.reward.EpochEmissions;
import io.athgrid.support.outbox.Outbox;
import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Closes epochs once each, in order, after their end plus a grace period (for verdicts and charges
 * still on their way). One transaction per epoch: the staker and container pools split and booked,
 * vesting released up to the epoch's end, {@code RewardsAccrued} per account, kind and source, and
 * {@code EpochClosed}. A close that fails leaves nothing behind and is tried again.
 */
public class EpochClosing {

    private static final Logger log = LoggerFactory.getLogger(EpochClosing.class);

    private final EpochCalendar calendar;
    private final Duration grace;
    private final EpochCursor cursor;
    private final EpochEmissions emissions;
    private final EpochBookkeeping bookkeeping;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public EpochClosing(EpochCalendar calendar, Duration grace, EpochCursor cursor, EpochEmissions emissions,
            EpochBookkeeping bookkeeping, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.calendar = calendar;
        this.grace = grace;
        this.cursor = cursor;
        this.emissions = emissions;
        this.bookkeeping = bookkeeping;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** Closes every epoch whose end plus the grace period lies at or before {@code now}; the epochs closed. */
    public List<Long> closeDue(Instant now) {
        List<Long> closed = new ArrayList<>();
        Long epoch;
        while ((epoch = transaction.execute(status -> closeNextIfDue(now))) != null) {
            closed.add(epoch);
        }
        return closed;
    }

    /** When {@code epoch} is due to close: its end plus the grace period. */
    public Instant closesAt(Epoch epoch) {
        return epoch.endsAt().plus(grace);
    }

    private Long closeNextIfDue(Instant now) {
        long next = cursor.lockExclusive() + 1;
        Epoch epoch = calendar.epoch(next);
        if (closesAt(epoch).isAfter(now)) {
            return null;
        }
        if (!emissions.ready(epoch)) {
            log.info("epoch {} is due to close but the chain mirror has not confirmed its start yet; waiting", next);
            return null;
        }
        List<EmissionResult> results = emissions.of(epoch);
        results.forEach(bookkeeping::record);
        bookkeeping.release(next, epoch.endsAt());

        Instant closedAt = clock.instant();
        List<Accrual> accruals = bookkeeping.accrualsOf(next);
        accruals.forEach(accrual -> outbox.publish(new RewardsAccrued(next, accrual.owner(), accrual.kind().name(),
                accrual.source(), accrual.amountWei(), closedAt)));
        BigInteger emitted = results.stream().map(EmissionResult::accruedWei).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger returned = results.stream().map(EmissionResult::returnedWei).reduce(BigInteger.ZERO, BigInteger::add);
        BigInteger accrued = bookkeeping.emissionAccruedIn(next);
        if (!emitted.equals(accrued)) {
            throw new IllegalStateException("epoch " + next + " emitted " + emitted + " wei but accrued " + accrued);
        }
        int accounts = (int) accruals.stream().map(Accrual::owner).distinct().count();
        bookkeeping.recordClosed(new EpochBook.ClosedEpoch(next, epoch.startsAt(), epoch.endsAt(), emitted, accrued,
                returned, accounts, closedAt));
        outbox.publish(new EpochClosed(next, epoch.startsAt(), epoch.displayedEnd(), emitted, accrued, accounts,
                closedAt));
        cursor.advance(next);
        log.info("Epoch {} closed: {} wei emitted to {} accounts, {} wei returned", next, emitted, accounts, returned);
        return next;
    }
}
