package io.athgrid.gateway.identity.apikey;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface ApiKeyRepository extends JpaRepository<ApiKey, UUID> {

    Optional<ApiKey> findByKeyHash(String keyHash);

    Optional<ApiKey> findByIdAndEnterpriseId(UUID id, UUID enterpriseId);

    List<ApiKey> findAllByEnterpriseIdOrderByCreatedAtAsc(UUID enterpriseId);
}
