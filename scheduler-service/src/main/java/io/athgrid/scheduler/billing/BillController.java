package io.athgrid.scheduler.billing;

import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.scheduler.order.Orders;
import io.athgrid.support.identity.Caller;
import java.time.Clock;
import java.util.UUID;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** An order's GPU usage and its bill, for the enterprise that placed it (and operators). */
@RestController
@RequestMapping("/orders/{id}")
class BillController {

    private final Orders orders;
    private final LeaseStore leases;
    private final LedgerStore ledger;
    private final Clock clock;

    BillController(Orders orders, LeaseStore leases, LedgerStore ledger, Clock clock) {
        this.orders = orders;
        this.leases = leases;
        this.ledger = ledger;
        this.clock = clock;
    }

    @GetMapping("/usage")
    Usage usage(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        Orders.Placed placed = orders.find(caller, id);
        return Usage.of(id, leases.ofJob(placed.job().id()), clock.instant());
    }

    @GetMapping("/bill")
    Bill bill(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        Orders.Placed placed = orders.find(caller, id);
        return Bill.of(id, placed.order().rate().usdPerAth(), ledger.chargesOfOrder(id), ledger.refundsOfOrder(id));
    }
}
