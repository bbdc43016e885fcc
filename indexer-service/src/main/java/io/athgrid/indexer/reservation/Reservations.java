package io.athgrid.indexer.reservation;

import io.athgrid.indexer.demand.MissedDemandStore;
import io.athgrid.indexer.index.CapacityIndex;
import io.athgrid.indexer.matching.Filter;
import io.athgrid.indexer.matching.HardFilters;
import io.athgrid.indexer.matching.MatchResult;
import io.athgrid.indexer.matching.Matcher;
import io.athgrid.indexer.matching.RankedCandidate;
import io.athgrid.indexer.matching.Removal;
import io.athgrid.indexer.reservation.ReservationOutcome.NoMatch;
import io.athgrid.indexer.reservation.ReservationOutcome.Reserved;
import io.athgrid.support.web.ResourceNotFoundException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.server.ResponseStatusException;

/**
 * Reserves, renews and releases. The match is computed on the in-memory index; the database
 * decides: each container is claimed with a conditional insert, a claim that loses moves on to the
 * next candidate, and the index learns the outcome after the commit.
 */
public class Reservations {

    private static final int DEADLOCK_ATTEMPTS = 3;

    private final CapacityIndex index;
    private final Matcher matcher;
    private final ReservationStore store;
    private final MissedDemandStore missedDemand;
    private final TransactionTemplate transaction;
    private final Clock clock;

    public Reservations(CapacityIndex index, Matcher matcher, ReservationStore store, MissedDemandStore missedDemand,
            TransactionTemplate transaction, Clock clock) {
        this.index = index;
        this.matcher = matcher;
        this.store = store;
        this.missedDemand = missedDemand;
        this.transaction = transaction;
        this.clock = clock;
    }

    /** The job's reservation: the existing one for a known job id, else a new one; 409 when nothing fits. */
    public Reservation reserve(ValidReservation request) {
        var existing = transaction.execute(status -> store.findByJob(request.jobId()));
        if (existing.isPresent()) {
            return existing.get();
        }
        MatchResult match = matcher.match(index, request.match());
        List<Removal> taken = new ArrayList<>();
        ReservationOutcome outcome = attemptRetryingDeadlocks(request, match, taken);
        // Candidates another reservation held are held whatever became of this attempt.
        index.markReserved(taken.stream().map(Removal::containerId).toList(), true);
        if (outcome instanceof Reserved reserved) {
            // A job that raced us may have committed a reservation that is already released or expired.
            if (reserved.reservation().state() == ReservationState.ACTIVE) {
                index.markReserved(reserved.reservation().containerIds(), true);
            }
            return reserved.reservation();
        }
        List<Removal> removals = ((NoMatch) outcome).removals();
        transaction.executeWithoutResult(status ->
                missedDemand.record(request.jobId(), request.match(), removals, clock.instant()));
        throw new NoMatchException(match.candidates(), request.match().nodes(), HardFilters.Filtered.counts(removals));
    }

    public Reservation find(UUID id) {
        return transaction.execute(status -> store.find(id)).orElseThrow(() -> notFound(id));
    }

    /** Extends an active lease from now; 409 when it is released or has expired. */
    public Reservation renew(UUID id, Duration lease) {
        return transaction.execute(status -> {
            store.find(id).orElseThrow(() -> notFound(id));
            Instant now = clock.instant();
            if (!store.renew(id, now, now.plus(lease))) {
                throw new ResponseStatusException(HttpStatus.CONFLICT, "The reservation is no longer active");
            }
            return store.find(id).orElseThrow();
        });
    }

    /** Gives the containers back; releasing a released reservation changes nothing. */
    public Reservation release(UUID id) {
        List<String> released = new ArrayList<>();
        Reservation reservation = transaction.execute(status -> {
            store.find(id).orElseThrow(() -> notFound(id));
            released.addAll(store.release(id, clock.instant()));
            return store.find(id).orElseThrow();
        });
        index.markReserved(released, false);
        return reservation;
    }

    /** Releases expired leases and re-reads which containers are held (other replicas write too). */
    public void sweep() {
        transaction.executeWithoutResult(status -> store.releaseExpired(clock.instant()));
        index.reservedExactly(transaction.execute(status -> store.heldContainers()));
    }

    /**
     * Multi-node requests claim several containers in one transaction; two of them claiming in
     * different orders can deadlock, and PostgreSQL aborts one. That one simply tries again.
     */
    private ReservationOutcome attemptRetryingDeadlocks(ValidReservation request, MatchResult match,
            List<Removal> taken) {
        for (int attempt = 1; ; attempt++) {
            taken.clear();
            try {
                return transaction.execute(status -> {
                    ReservationOutcome outcome = attempt(request, match, taken);
                    if (outcome instanceof NoMatch) {
                        status.setRollbackOnly();
                    }
                    return outcome;
                });
            } catch (PessimisticLockingFailureException e) {
                if (attempt == DEADLOCK_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private ReservationOutcome attempt(ValidReservation request, MatchResult match, List<Removal> taken) {
        UUID id = UUID.randomUUID();
        Instant now = clock.instant();
        if (!store.claimJob(id, request.jobId(), request.lease(), now)) {
            // The same job raced us and committed first: its reservation is the answer.
            return new Reserved(store.findByJob(request.jobId()).orElseThrow());
        }
        int nodes = request.match().nodes();
        int held = 0;
        // The first candidates are ranked already; only claims lost beyond them rank the rest.
        for (RankedCandidate candidate : match.claimOrder()) {
            if (held == nodes) {
                break;
            }
            if (store.claimContainer(id, candidate, request.match().gpusPerNode(), now.plus(request.lease()))) {
                held++;
            } else {
                taken.add(new Removal(candidate.container().containerId(), candidate.container().owner(),
                        Filter.RESERVED));
            }
        }
        if (held < nodes) {
            return new NoMatch(match, List.copyOf(taken));
        }
        return new Reserved(store.find(id).orElseThrow());
    }

    private static ResourceNotFoundException notFound(UUID id) {
        return new ResourceNotFoundException("No reservation " + id);
    }
}
