package io.athgrid.staking.bond;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.ResourceNotFoundException;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A container's stake bond as mirrored from chain, for its owner wallet and operators. */
@RestController
class BondController {

    private static final Pattern CONTAINER_ID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final Bonds bonds;

    BondController(Bonds bonds) {
        this.bonds = bonds;
    }

    /** 404 when the container has no bond, or it is another wallet's. */
    @GetMapping("/bonds/{containerId}")
    BondView bond(@AuthenticationPrincipal Caller caller, @PathVariable String containerId) {
        if (!CONTAINER_ID.matcher(containerId).matches()) {
            throw new InvalidRequestException("containerId", "must be a container id (a UUID)");
        }
        String id = containerId.toLowerCase(Locale.ROOT);
        return bonds.find(id)
                .filter(bond -> caller.mayActFor(bond.owner()))
                .map(bond -> BondView.of(bond, bonds.changes(id).stream()
                        // A bond withdrawn earlier may have been another wallet's.
                        .filter(change -> caller.mayActFor(change.owner()))
                        .toList()))
                .orElseThrow(() -> new ResourceNotFoundException("No bond for container " + id));
    }
}
