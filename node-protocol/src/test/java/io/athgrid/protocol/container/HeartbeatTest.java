package io.athgrid.protocol.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.signature.EthSignature;
import io.athgrid.protocol.signature.PublicKeyVerifier;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;

class HeartbeatTest {

    @Test
    void a_signed_heartbeat_verifies_with_the_node_key_and_only_for_its_own_fields() throws Exception {
        ECKeyPair node = Keys.createEcKeyPair();
        PublicKeyVerifier verifier = new PublicKeyVerifier(node.getPublicKey());
        HeartbeatRequest request = HeartbeatRequest.signed(new Heartbeat("c-1", 7, 1_764_000_000L), node);
        EthSignature signature = EthSignature.parse(request.signature());

        assertThat(verifier.verifies(request.heartbeat("c-1").hash(), signature)).isTrue();
        assertThat(verifier.verifies(request.heartbeat("c-2").hash(), signature)).isFalse();
        assertThat(verifier.verifies(new Heartbeat("c-1", 8, 1_764_000_000L).hash(), signature)).isFalse();
        assertThat(verifier.verifies(new Heartbeat("c-1", 7, 1_764_000_001L).hash(), signature)).isFalse();
    }

    @Test
    void the_signed_text_is_readable() {
        assertThat(new Heartbeat("c-1", 7, 1_764_000_000L).text())
                .isEqualTo("athgrid heartbeat\ncontainer: c-1\nsequence: 7\nsent-at: 1764000000");
    }
}
