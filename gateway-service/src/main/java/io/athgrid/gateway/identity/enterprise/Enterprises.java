package io.athgrid.gateway.identity.enterprise;

import io.athgrid.events.v1.EnterpriseRegistered;
import io.athgrid.gateway.identity.IdentityAccess;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.outbox.Outbox;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/** Registering and finding enterprise customers. Blocking (JPA): call it through {@code Blocking}. */
@Service
public class Enterprises {

    private static final Logger log = LoggerFactory.getLogger(Enterprises.class);

    private final EnterpriseRepository repository;
    private final Outbox outbox;
    private final Clock clock;

    Enterprises(EnterpriseRepository repository, Outbox outbox, Clock clock) {
        this.repository = repository;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    public Enterprise register(Caller caller, String name) {
        IdentityAccess.requireOperator(caller);
        if (repository.existsByName(name)) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "An enterprise named '" + name + "' exists");
        }
        Enterprise enterprise = new Enterprise(UUID.randomUUID(), name, clock.instant());
        try {
            repository.saveAndFlush(enterprise);
        } catch (DataIntegrityViolationException raced) {
            throw new ResponseStatusException(HttpStatus.CONFLICT, "An enterprise named '" + name + "' exists");
        }
        outbox.publish(new EnterpriseRegistered(enterprise.getId().toString(), name, enterprise.createdAt()));
        log.info("Enterprise {} '{}' registered by {}", enterprise.getId(), name, caller.id());
        return enterprise;
    }

    @Transactional(readOnly = true)
    public List<Enterprise> list(Caller caller) {
        IdentityAccess.requireOperator(caller);
        return repository.findAllByOrderByNameAsc();
    }

    /** The enterprise, if the caller may manage it; 403 before 404 so ids of others stay unconfirmed. */
    @Transactional(readOnly = true)
    public Enterprise find(Caller caller, UUID id) {
        IdentityAccess.requireMayManage(caller, id);
        return repository.findById(id)
                .orElseThrow(() -> new ResourceNotFoundException("No enterprise " + id));
    }
}
