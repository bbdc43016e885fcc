package io.athgrid.scheduler.order;

import io.athgrid.scheduler.lease.LeaseStore;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.IdempotencyKey;
import io.athgrid.support.web.InvalidRequestException;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/** Enterprises order GPU capacity and follow their orders; operators see every order. */
@RestController
@RequestMapping("/orders")
class OrderController {

    private static final int MAX_PAGE_SIZE = 200;
    private static final String REPLAYED = "Idempotent-Replayed";

    private final Orders orders;
    private final LeaseStore leases;
    private final ObjectMapper json;

    OrderController(Orders orders, LeaseStore leases, ObjectMapper json) {
        this.orders = orders;
        this.leases = leases;
        this.json = json;
    }

    /**
     * 201 with the order; its job is already PROVISIONING when capacity was found at once. A repeat
     * under the same {@code Idempotency-Key} answers the same order, as it is now, marked replayed.
     */
    @PostMapping
    ResponseEntity<OrderView> submit(@AuthenticationPrincipal Caller caller,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody OrderRequest request) {
        Orders.Submission submission = orders.submit(caller, request, IdempotencyKey.fromHeader(idempotencyKey));
        OrderView view = view(submission.placed());
        ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("orders/" + view.orderId()));
        if (submission.replayed()) {
            created.header(REPLAYED, "true");
        }
        return created.body(view);
    }

    @GetMapping
    List<OrderView> list(@AuthenticationPrincipal Caller caller, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "must be 1 .. " + MAX_PAGE_SIZE);
        }
        return orders.list(caller, page, size).stream().map(this::view).toList();
    }

    @GetMapping("/{id}")
    OrderView get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return view(orders.find(caller, id));
    }

    @PostMapping("/{id}/cancel")
    OrderView cancel(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return view(orders.cancel(caller, id));
    }

    private OrderView view(Orders.Placed placed) {
        JsonNode whyNotMatched = placed.job().noMatch() == null ? null : json.readTree(placed.job().noMatch());
        return OrderView.of(placed.order(), placed.job(),
                leases.ofPlacement(placed.job().id(), placed.job().placement()), whyNotMatched);
    }
}
