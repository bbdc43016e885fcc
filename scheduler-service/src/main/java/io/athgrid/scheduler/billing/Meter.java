package io.athgrid.scheduler.billing;

import io.athgrid.events.v1.RefundIssued;
import io.athgrid.events.v1.UsageMetered;
import io.athgrid.scheduler.job.Job;
import io.athgrid.scheduler.lease.Lease;
import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.scheduler.order.Order;
import io.athgrid.scheduler.order.OrderKind;
import io.athgrid.support.outbox.Outbox;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes the ledger: charges for what leases served (each with its {@code UsageMetered} event) and
 * refunds for downtime and slashed periods (each with its {@code RefundIssued} event), in the
 * caller's transaction, which holds the job's row lock: a charge's refunds are computed from what
 * is left of it, so they never overlap.
 */
public class Meter {

    private final LedgerStore ledger;
    private final LeaseStore leases;
    private final Outbox outbox;
    private final ChargeSchedule schedule;
    private final int protocolFeeBasisPoints;

    public Meter(LedgerStore ledger, LeaseStore leases, Outbox outbox, ChargeSchedule schedule,
            int protocolFeeBasisPoints) {
        this.ledger = ledger;
        this.leases = leases;
        this.outbox = outbox;
        this.schedule = schedule;
        this.protocolFeeBasisPoints = protocolFeeBasisPoints;
    }

    /** Charges what is due of a started lease for the time it served up to {@code servedUntil}. */
    public void charge(Order order, Job job, Lease lease, Instant servedUntil, Instant now) {
        if (lease.startedAt() == null || !servedUntil.isAfter(lease.meteredUntil())) {
            return;
        }
        Instant orderEnd = order.kind() == OrderKind.RESERVED ? order.reservedEnd() : job.endsAt();
        List<Interval> due = schedule.due(order.kind(), lease.meteredUntil(), servedUntil, order.startsAt(), orderEnd);
        for (Interval span : due) {
            if (order.kind() == OrderKind.RESERVED
                    && ledger.waived(order.id(), schedule.period(order.startsAt(), span.start()).start())) {
                continue;
            }
            long gpuSeconds = lease.gpus() * span.seconds();
            BigDecimal usd = UsagePrice.usd(gpuSeconds, lease.priceUsdPerGpuHour());
            FeeSplit split = FeeSplit.of(order.rate().toWei(usd), protocolFeeBasisPoints);
            Charge charge = new Charge(UUID.randomUUID(), job.id(), order.id(), order.enterpriseId(), lease.id(),
                    lease.containerId(), lease.owner(), span, gpuSeconds, usd, split, now);
            ledger.insert(charge);
            outbox.publish(new UsageMetered(charge.id().toString(), job.id().toString(), order.id().toString(),
                    order.enterpriseId(), order.kind().name(), lease.containerId(), lease.owner(), span.start(),
                    span.end(), gpuSeconds, usd, split.amountWei(), split.protocolFeeWei(), split.providerFeeWei(),
                    now));
        }
        if (!due.isEmpty()) {
            leases.meteredUntil(lease.id(), due.get(due.size() - 1).end());
        }
    }

    /** Gives back what the design says the customer does not pay for after losing service at {@code affectedFrom}. */
    public void refundDowntime(Order order, List<Lease> lost, Instant affectedFrom, String reason, Instant now) {
        Interval current = schedule.period(order.startsAt(), affectedFrom);
        if (order.kind() == OrderKind.RESERVED) {
            ledger.waive(order.id(), current.start());
        }
        refund(lost, charges -> DowntimeRefunds.of(order.kind(), charges, affectedFrom, current), reason, now);
    }

    /**
     * Gives back what these leases were charged for {@code affected}, a past span in which their
     * container did not deliver (a slash's affected period): on-demand that span, reserved every 24 h
     * period it touches. Parts already refunded, for downtime or an earlier slash, are not refunded again.
     *
     * @return how many refunds were issued
     */
    public int refundAffected(Order order, List<Lease> served, Interval affected, String reason, Instant now) {
        Interval periods = order.kind() == OrderKind.RESERVED
                ? new Interval(schedule.period(order.startsAt(), affected.start()).start(),
                        schedule.period(order.startsAt(), affected.end().minusSeconds(1)).end())
                : affected;
        return refund(served, charges -> DowntimeRefunds.during(order.kind(), charges, affected, periods), reason,
                now);
    }

    private int refund(List<Lease> leasesServed, Function<List<ChargedSpan>, List<RefundPart>> rule, String reason,
            Instant now) {
        Map<UUID, Charge> charges = ledger.chargesOfLeases(leasesServed.stream().map(Lease::id).toList()).stream()
                .collect(Collectors.toMap(Charge::id, charge -> charge, (a, b) -> a, LinkedHashMap::new));
        Map<UUID, List<Interval>> refunded = ledger.refundedSpans(charges.keySet());
        List<ChargedSpan> spans = charges.values().stream()
                .map(charge -> new ChargedSpan(charge.id(), charge.span(), charge.amountUsd(), charge.split(),
                        refunded.getOrDefault(charge.id(), List.of())))
                .toList();
        List<RefundPart> parts = rule.apply(spans);
        for (RefundPart part : parts) {
            Charge charge = charges.get(part.chargeId());
            Refund refund = new Refund(UUID.randomUUID(), charge.id(), charge.jobId(), charge.orderId(),
                    charge.containerId(), charge.owner(), part.span(), part.amountUsd(), part.split(), reason, now);
            ledger.insert(refund);
            outbox.publish(new RefundIssued(refund.id().toString(), charge.id().toString(),
                    charge.jobId().toString(), charge.orderId().toString(), charge.enterpriseId(),
                    charge.containerId(), charge.owner(), part.span().start(), part.span().end(), part.amountUsd(),
                    part.split().amountWei(), part.split().protocolFeeWei(), part.split().providerFeeWei(), reason,
                    now));
        }
        return parts.size();
    }
}
