package io.athgrid.gateway.identity.siwe;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface SiweNonceRepository extends JpaRepository<SiweNonce, String> {

    /**
     * Deletes the nonce if it is still valid and says whether it did. Of two logins racing with the
     * same nonce, the database lets exactly one delete the row: that is the replay protection.
     */
    @Modifying
    @Query("delete from SiweNonce n where n.nonce = :nonce and n.expiresAt > :now")
    int consume(@Param("nonce") String nonce, @Param("now") Instant now);

    @Modifying
    @Query("delete from SiweNonce n where n.expiresAt <= :now")
    int deleteExpired(@Param("now") Instant now);
}
