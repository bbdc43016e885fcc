package io.athgrid.registry.container;

import io.athgrid.registry.lifecycle.ContainerStatus;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface ContainerRepository extends JpaRepository<Container, UUID> {

    /** Loads the container locked for the rest of the transaction: transitions on it run one at a time. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select c from Container c where c.id = ?1")
    Optional<Container> findForUpdate(UUID id);

    @Query("""
            select c from Container c
            where (?1 is null or c.owner = ?1) and (?2 is null or c.status = ?2)
            order by c.registeredAt, c.id""")
    Page<Container> search(String owner, ContainerStatus status, Pageable page);

    List<Container> findByStatusNotAndRegisteredAtBefore(ContainerStatus status, Instant before);

    boolean existsByFingerprintAndStatusNot(String fingerprint, ContainerStatus status);

    boolean existsByNodeKeyAndStatusNot(String nodeKey, ContainerStatus status);
}
