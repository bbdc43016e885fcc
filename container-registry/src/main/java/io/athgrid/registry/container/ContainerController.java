package io.athgrid.registry.container;

import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Owners see and change their containers; operators see everyone's. */
@RestController
@RequestMapping("/containers")
class ContainerController {

    private static final int MAX_PAGE_SIZE = 500;

    private final ContainerRepository containers;
    private final ContainerAccess access;
    private final ContainerOffers offers;
    private final ContainerViews views;

    ContainerController(ContainerRepository containers, ContainerAccess access, ContainerOffers offers,
            ContainerViews views) {
        this.containers = containers;
        this.access = access;
        this.offers = offers;
        this.views = views;
    }

    @GetMapping
    @Transactional
    ContainerPage list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String owner,
            @RequestParam(required = false) String status, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size) {
        if (page < 0) {
            throw new InvalidRequestException("page", "must not be negative");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidRequestException("size", "must be 1 .. " + MAX_PAGE_SIZE);
        }
        String ownerFilter = caller.isOperator()
                ? (owner == null ? null : owner.toLowerCase(Locale.ROOT))
                : caller.id();
        Page<Container> found = containers.search(ownerFilter, status(status), PageRequest.of(page, size));
        return new ContainerPage(found.map(views::of).getContent(), page, size, found.getTotalElements());
    }

    @GetMapping("/{id}")
    @Transactional
    ContainerView get(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        return views.of(access.find(caller, id));
    }

    @PatchMapping("/{id}")
    @Transactional
    ContainerView change(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
            @RequestBody OfferChange change) {
        return views.of(offers.change(caller, id, change));
    }

    private static ContainerStatus status(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(ContainerStatus.values())
                .filter(candidate -> candidate.name().equals(status.toUpperCase(Locale.ROOT)))
                .findFirst()
                .orElseThrow(() -> new InvalidRequestException("status", "unknown status " + status));
    }
}
