package io.athgrid.agent.enrolment;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.enrolment.StateDirectory.PendingRegistration;
import io.athgrid.agent.inventory.HostInventory;
import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegistrationRules;
import io.athgrid.protocol.container.Violation;
import java.time.Instant;
import java.util.List;

/** The first step of enrolment: the registration a host proposes, checked and kept until the owner signs it. */
public final class Enrolment {

    private Enrolment() {
    }

    public static PendingRegistration prepare(StateDirectory state, HostInventory host, Offer offer, String owner,
            long chainId, Instant now) {
        String nodeKey = io.athgrid.agent.key.KeyFile.address(state.nodeKey());
        ContainerRegistration registration = Registrations.of(host, offer, owner, nodeKey, now);
        // The registry's own rules, so a typo shows here and not as a 400 after the owner has signed.
        List<Violation> violations = RegistrationRules.check(registration);
        if (!violations.isEmpty()) {
            throw new AgentException("the registration would be refused: " + String.join("; ",
                    violations.stream().map(violation -> violation.field() + ": " + violation.message()).toList()));
        }
        PendingRegistration pending = new PendingRegistration(chainId, registration);
        state.savePending(pending);
        return pending;
    }
}
