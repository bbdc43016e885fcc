package io.athgrid.registry.registration;

import io.athgrid.events.v1.ContainerRegistered;
import io.athgrid.events.v1.ContainerSpecs;
import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.container.RegistrationRules;
import io.athgrid.protocol.container.Violation;
import io.athgrid.protocol.signature.InvalidSignatureException;
import io.athgrid.registry.RegistryProperties;
import io.athgrid.registry.container.Container;
import io.athgrid.registry.container.ContainerRepository;
import io.athgrid.registry.lifecycle.ContainerStatus;
import io.athgrid.registry.lifecycle.StatusChange;
import io.athgrid.registry.lifecycle.StatusHistory;
import io.athgrid.registry.stake.StakeRequirement;
import io.athgrid.registry.stake.StakeRequirements;
import io.athgrid.registry.web.Violations;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.outbox.Outbox;
import java.math.BigInteger;
import java.util.ArrayList;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;
import org.web3j.utils.Numeric;

/**
 * Registers containers: rules, then both signatures, then the caller, then uniqueness; only then
 * the container, its first history row, its stake requirement and {@link ContainerRegistered} are
 * written, in one transaction.
 */
@Service
public class ContainerRegistrations {

    static final String REGISTERED = "REGISTERED";

    private final ContainerRepository containers;
    private final StatusHistory history;
    private final StakeRequirements requirements;
    private final Outbox outbox;
    private final ApplicationEventPublisher notices;
    private final RegistrationWindow window;
    private final long chainId;
    private final Clock clock;

    public ContainerRegistrations(ContainerRepository containers, StatusHistory history,
            StakeRequirements requirements, Outbox outbox, ApplicationEventPublisher notices,
            RegistryProperties properties, @Value("${athgrid.chain.chain-id:421614}") long chainId, Clock clock) {
        this.containers = containers;
        this.history = history;
        this.requirements = requirements;
        this.outbox = outbox;
        this.notices = notices;
        this.window = new RegistrationWindow(properties.registrationMaxAge(), properties.registrationMaxAhead());
        this.chainId = chainId;
        this.clock = clock;
    }

    @Transactional
    public Container register(Caller caller, RegisterContainerRequest request) {
        Instant now = clock.instant();
        List<Violation> violations = new ArrayList<>(RegistrationRules.check(request));
        if (request != null && request.registration() != null) {
            window.check(request.registration().issuedAt(), now).ifPresent(violations::add);
        }
        Violations.requireNone("The registration is invalid", violations);
        BigInteger nodePublicKey;
        try {
            nodePublicKey = RegistrationSignatures.verifiedNodePublicKey(request, chainId);
        } catch (InvalidSignatureException e) {
            throw new ResponseStatusException(HttpStatus.UNAUTHORIZED, e.getMessage());
        }
        ContainerRegistration r = request.registration();
        String owner = r.owner().toLowerCase(Locale.ROOT);
        if (caller != null) {
            Ownership.requireMayActFor(caller, owner);
        }
        String fingerprint = r.fingerprint().toLowerCase(Locale.ROOT);
        String nodeKey = r.nodeKey().toLowerCase(Locale.ROOT);
        if (containers.existsByFingerprintAndStatusNot(fingerprint, ContainerStatus.RETIRED)) {
            throw DuplicateRegistration.fingerprint();
        }
        if (containers.existsByNodeKeyAndStatusNot(nodeKey, ContainerStatus.RETIRED)) {
            throw DuplicateRegistration.nodeKey();
        }
        ContainerSpecs specs = new ContainerSpecs(r.gpuModel(), r.gpuCount(), r.vramGbPerGpu(), r.cpuCores(),
                r.ramGb(), r.diskGb(), r.bandwidthMbps(), List.copyOf(r.services()));
        Container container = new Container(UUID.randomUUID(), owner, fingerprint, nodeKey,
                Numeric.toHexStringWithPrefixZeroPadded(nodePublicKey, 128), specs, r.region(), r.latitude(),
                r.longitude(), r.endpoint(), r.priceUsdPerGpuHour(), now);
        // Flushed now so a concurrent twin fails here on the unique index, before anything else is written.
        containers.saveAndFlush(container);
        history.record(container.id(), new StatusChange(null, ContainerStatus.CHECKING, null, REGISTERED, null, now));
        StakeRequirement requirement = requirements.currentFor(container);
        outbox.publish(new ContainerRegistered(container.id().toString(), owner, fingerprint, nodeKey, specs,
                r.region(), r.latitude(), r.longitude(), r.endpoint(), r.priceUsdPerGpuHour(),
                requirement.amountWei(), ContainerStatus.CHECKING.name(), now));
        notices.publishEvent(new ContainerEnrolled(container.id(), container.nodePublicKey(), now));
        return container;
    }
}
