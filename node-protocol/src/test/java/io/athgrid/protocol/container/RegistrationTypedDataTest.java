package io.athgrid.protocol.container;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.protocol.signature.EthSignature;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Keys;
import org.web3j.crypto.StructuredDataEncoder;

class RegistrationTypedDataTest {

    private static final Credentials OWNER =
            Credentials.create("0xac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80");
    private static final long CHAIN = 421614;

    static ContainerRegistration registration(String nodeKey, BigDecimal price) {
        return new ContainerRegistration(OWNER.getAddress(),
                "0x" + "ab".repeat(32), nodeKey, "H100_SXM", 8, 80, 96, 1024, 8000, 10000,
                List.of("vllm", "game-streaming"), "eu-west", new BigDecimal("52.3676"), new BigDecimal("4.9041"),
                "https://node-1.example.net:8443", price, 1_764_000_000L);
    }

    @Test
    void owner_and_node_key_signatures_recover_their_addresses() throws Exception {
        Credentials node = Credentials.create(Keys.createEcKeyPair());
        ContainerRegistration registration = registration(node.getAddress(), new BigDecimal("2.45"));
        byte[] digest = RegistrationTypedData.digest(registration, CHAIN);

        assertThat(RegistrationTypedData.sign(registration, CHAIN, OWNER.getEcKeyPair()).recoverAddress(digest))
                .isEqualTo(OWNER.getAddress());
        assertThat(EthSignature.parse(RegistrationTypedData.sign(registration, CHAIN, node.getEcKeyPair()).toHex())
                .recoverAddress(digest)).isEqualTo(node.getAddress());
    }

    @Test
    void every_field_and_the_chain_change_the_digest_but_trailing_zeros_do_not() {
        String node = "0x70997970c51812dc3a010c7d01b50e0d17dc79c8";
        byte[] digest = RegistrationTypedData.digest(registration(node, new BigDecimal("2.45")), CHAIN);

        assertThat(RegistrationTypedData.digest(registration(node, new BigDecimal("2.450")), CHAIN)).isEqualTo(digest);
        assertThat(RegistrationTypedData.digest(registration(node, new BigDecimal("2.46")), CHAIN)).isNotEqualTo(digest);
        assertThat(RegistrationTypedData.digest(registration(node, new BigDecimal("2.45")), 42161)).isNotEqualTo(digest);
        assertThat(RegistrationTypedData.digest(registration("0x3c44cdddb6a900fa2b585dd299e03d12fa4293bc",
                new BigDecimal("2.45")), CHAIN)).isNotEqualTo(digest);
    }

    @Test
    void the_digest_is_the_one_wallets_compute_from_the_typed_data() throws Exception {
        ContainerRegistration registration =
                registration("0x70997970c51812dc3a010c7d01b50e0d17dc79c8", new BigDecimal("2.450"));

        // web3j's encoder, which follows eth_signTypedData_v4, is the reference.
        assertThat(RegistrationTypedData.digest(registration, CHAIN)).isEqualTo(
                new StructuredDataEncoder(RegistrationTypedData.json(registration, CHAIN)).hashStructuredData());
    }

    @Test
    void typed_data_names_the_domain_and_primary_type_for_wallets() {
        String json = RegistrationTypedData.json(registration("0x70997970c51812dc3a010c7d01b50e0d17dc79c8",
                new BigDecimal("2.45")), CHAIN);

        assertThat(json).contains("\"primaryType\":\"ContainerRegistration\"", "\"chainId\":421614",
                "\"services\":\"vllm,game-streaming\"", "\"priceUsdPerGpuHour\":\"2.45\"");
    }
}
