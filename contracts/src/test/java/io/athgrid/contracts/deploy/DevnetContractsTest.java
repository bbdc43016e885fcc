package io.athgrid.contracts.deploy;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;

class DevnetContractsTest {

    @Test
    void refusesToDeployTheDevnetTokenToArbitrumOne() {
        // Nothing listens here: the guard must fire before any RPC call is made.
        Web3j unreachable = Web3j.build(new HttpService("http://127.0.0.1:9"));
        Credentials deployer = Credentials.create("0x" + "11".repeat(32));
        try {
            assertThatThrownBy(() -> DevnetContracts.deploy(unreachable, deployer, 42161L))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("Arbitrum One");
        } finally {
            unreachable.shutdown();
        }
    }
}
