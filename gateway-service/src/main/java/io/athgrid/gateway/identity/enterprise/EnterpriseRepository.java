package io.athgrid.gateway.identity.enterprise;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EnterpriseRepository extends JpaRepository<Enterprise, UUID> {

    boolean existsByName(String name);

    List<Enterprise> findAllByOrderByNameAsc();
}
