package io.athgrid.testsupport.anvil;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.web3j.crypto.Credentials;
import tools.jackson.databind.JsonNode;

class AnvilNodeIT {

    private static final BigInteger TEN_THOUSAND_ETH = BigInteger.TEN.pow(22);
    private static final String SOME_ADDRESS = "0x00000000000000000000000000000000000a7e11";

    @Test
    void sharedNodeIsArbitrumSepoliaShapedWithFundedDevAccounts() {
        AnvilNode anvil = AnvilNode.shared();
        AnvilRpc rpc = rpc(anvil);

        assertThat(rpc.call("eth_chainId").asString()).isEqualTo("0x66eee");
        assertThat(anvil.chainId()).isEqualTo(421_614L);
        assertThat(balance(rpc, anvil.devAddresses().get(0))).isEqualTo(TEN_THOUSAND_ETH);
        assertThat(AnvilNode.shared()).isSameAs(anvil);
    }

    @Test
    void devPrivateKeysControlTheAccountsAnvilFunds() {
        AnvilNode anvil = AnvilNode.shared();
        List<String> derived = anvil.devPrivateKeys().stream()
                .map(key -> Credentials.create(key).getAddress())
                .toList();
        List<String> served = rpc(anvil).call("eth_accounts").valueStream().map(JsonNode::asString).toList();

        assertThat(anvil.devPrivateKeys()).hasSize(10).allMatch(key -> key.matches("0x[0-9a-f]{64}"));
        assertThat(derived).isEqualTo(lowerCase(served)).isEqualTo(lowerCase(anvil.devAddresses()));
    }

    @Test
    void restartKeepsPortAndChainState() {
        try (AnvilNode anvil = AnvilNode.start(0)) {
            AnvilRpc rpc = rpc(anvil);
            rpc.call("evm_mine");
            rpc.call("anvil_setBalance", SOME_ADDRESS, "0x1234");

            anvil.stop();
            assertThat(anvil.isRunning()).isFalse();
            assertThatThrownBy(() -> rpc.call("eth_chainId")).isInstanceOf(IllegalStateException.class);

            anvil.restart();

            assertThat(anvil.isRunning()).isTrue();
            assertThat(blockNumber(rpc)).isEqualTo(1);
            assertThat(balance(rpc, SOME_ADDRESS)).isEqualTo(BigInteger.valueOf(0x1234));
        }
    }

    @Test
    void aNodeWithAStateDirectoryResumesTheChainAfterClose(@TempDir Path stateDirectory) {
        int port;
        try (AnvilNode first = AnvilNode.start(0, stateDirectory)) {
            port = first.port();
            rpc(first).call("anvil_mine", "0x3");
        }

        try (AnvilNode second = AnvilNode.start(port, stateDirectory)) {
            assertThat(second.rpcUrl()).isEqualTo("http://127.0.0.1:" + port);
            assertThat(blockNumber(rpc(second))).isEqualTo(3);
        }
    }

    @Test
    void aClosedNodeRemovesItsTemporaryState() {
        AnvilNode anvil = AnvilNode.start(0);
        AnvilRpc rpc = rpc(anvil);

        anvil.close();

        assertThat(anvil.isRunning()).isFalse();
        assertThatThrownBy(() -> rpc.call("eth_chainId")).isInstanceOf(IllegalStateException.class);
    }

    private static AnvilRpc rpc(AnvilNode anvil) {
        return new AnvilRpc(java.net.URI.create(anvil.rpcUrl()));
    }

    private static BigInteger balance(AnvilRpc rpc, String address) {
        return new BigInteger(rpc.call("eth_getBalance", address, "latest").asString().substring(2), 16);
    }

    private static long blockNumber(AnvilRpc rpc) {
        return Long.decode(rpc.call("eth_blockNumber").asString());
    }

    private static List<String> lowerCase(List<String> addresses) {
        return addresses.stream().map(address -> address.toLowerCase(Locale.ROOT)).toList();
    }
}
