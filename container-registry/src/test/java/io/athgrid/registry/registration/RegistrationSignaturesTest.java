package io.athgrid.registry.registration;

import static io.athgrid.registry.registration.RegistrationFixture.CHAIN_ID;
import static io.athgrid.registry.registration.RegistrationFixture.newFingerprint;
import static io.athgrid.registry.registration.RegistrationFixture.newKey;
import static io.athgrid.registry.registration.RegistrationFixture.registration;
import static io.athgrid.registry.registration.RegistrationFixture.signed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.athgrid.protocol.container.ContainerRegistration;
import io.athgrid.protocol.container.RegisterContainerRequest;
import io.athgrid.protocol.signature.InvalidSignatureException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;

class RegistrationSignaturesTest {

    private static final ECKeyPair OWNER = newKey();
    private static final ECKeyPair NODE = newKey();
    private final ContainerRegistration registration = registration(OWNER, NODE, newFingerprint(), Instant.now());

    @Test
    void both_signatures_verify_and_give_the_node_public_key() {
        assertThat(RegistrationSignatures.verifiedNodePublicKey(signed(registration, OWNER, NODE), CHAIN_ID))
                .isEqualTo(NODE.getPublicKey());
    }

    @Test
    void an_owner_signature_by_another_key_is_refused() {
        RegisterContainerRequest request = signed(registration, newKey(), NODE);

        assertThatThrownBy(() -> RegistrationSignatures.verifiedNodePublicKey(request, CHAIN_ID))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("ownerSignature");
    }

    @Test
    void a_node_signature_by_another_key_is_refused() {
        RegisterContainerRequest request = signed(registration, OWNER, newKey());

        assertThatThrownBy(() -> RegistrationSignatures.verifiedNodePublicKey(request, CHAIN_ID))
                .isInstanceOf(InvalidSignatureException.class).hasMessageContaining("nodeSignature");
    }

    @Test
    void a_signature_for_another_chain_is_refused() {
        assertThatThrownBy(() -> RegistrationSignatures.verifiedNodePublicKey(
                signed(registration, OWNER, NODE), CHAIN_ID + 1))
                .isInstanceOf(InvalidSignatureException.class);
    }
}
