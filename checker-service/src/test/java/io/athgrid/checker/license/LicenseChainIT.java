package io.athgrid.checker.license;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.checker.fixtures.CheckerScenarioBase;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.CheckerLicense;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.testing.ServiceHttp;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.core.methods.request.EthFilter;
import org.web3j.protocol.core.methods.response.BaseEventResponse;
import org.web3j.protocol.core.methods.response.EthLog;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.gas.ContractGasProvider;
import tools.jackson.databind.JsonNode;

/**
 * Licenses follow the real CheckerLicense contract on anvil: its logs, read with eth_getLogs as a
 * chain follower reads them or taken from the binding's receipts, are applied once each; a
 * delegation makes the burner the signer, a transfer makes the buyer the owner and ends it.
 */
class LicenseChainIT extends CheckerScenarioBase {

    @Test
    void mints_delegations_and_transfers_on_chain_change_the_licenses_once_each() throws Exception {
        AnvilNode anvil = AnvilNode.shared();
        Web3j web3j = Web3j.build(new HttpService(anvil.rpcUrl()));
        Credentials admin = Credentials.create(anvil.devPrivateKeys().get(0));
        Credentials owner = Credentials.create(anvil.devPrivateKeys().get(5));
        Credentials buyer = Credentials.create(anvil.devPrivateKeys().get(6));
        Credentials burner = wallet();
        DevnetContracts contracts = DevnetContracts.deploy(web3j, admin, anvil.chainId());
        ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
        CheckerLicense asAdmin = contracts.checkerLicense(web3j,
                DevnetTransactions.transactionManager(web3j, admin, anvil.chainId()), gas);
        CheckerLicense asOwner = contracts.checkerLicense(web3j,
                DevnetTransactions.transactionManager(web3j, owner, anvil.chainId()), gas);

        BigInteger tokenId = asAdmin.getTransferEvents(asAdmin.mint(owner.getAddress()).send()).get(0).tokenId;
        asOwner.setUser(tokenId, burner.getAddress(),
                BigInteger.valueOf(Instant.now().plus(Duration.ofDays(1)).getEpochSecond())).send();
        List<Log> logs = logs(web3j, contracts.checkerLicense());

        assertThat(licenseChanges.applyLogs(logs)).isEqualTo(2);
        assertThat(licenseChanges.applyLogs(logs)).as("the same logs again").isZero();
        JsonNode delegated = ServiceHttp.json(get(Caller.wallet(burner.getAddress()), "/licenses"));
        assertThat(delegated).hasSize(1);
        assertThat(delegated.get(0).get("licenseId").asString()).isEqualTo(tokenId.toString());
        assertThat(delegated.get(0).get("owner").asString()).isEqualTo(owner.getAddress().toLowerCase());
        assertThat(delegated.get(0).get("signer").asString()).isEqualTo(burner.getAddress().toLowerCase());

        TransactionReceipt sold = asOwner.transferFrom(owner.getAddress(), buyer.getAddress(), tokenId).send();
        List<BaseEventResponse> events = new ArrayList<>(asOwner.getTransferEvents(sold));
        events.addAll(asOwner.getUpdateUserEvents(sold));
        events.sort(Comparator.comparing(event -> event.log.getLogIndex()));

        assertThat(licenseChanges.apply(events)).isEqualTo(2);
        assertThat(licenseChanges.applyLogs(logs(web3j, contracts.checkerLicense()))).as("read again by a follower")
                .isZero();
        JsonNode bought = ServiceHttp.json(get(Caller.wallet(buyer.getAddress()), "/licenses"));
        assertThat(bought).hasSize(1);
        assertThat(bought.get(0).get("owner").asString()).isEqualTo(buyer.getAddress().toLowerCase());
        assertThat(bought.get(0).get("user").isNull()).isTrue();
        assertThat(bought.get(0).get("signer").asString()).isEqualTo(buyer.getAddress().toLowerCase());
        assertThat(ServiceHttp.json(get(Caller.wallet(burner.getAddress()), "/licenses"))).isEmpty();
        assertThat(asOwner.userOf(tokenId).send()).isEqualTo("0x0000000000000000000000000000000000000000");
        ledger.burn(tokenId.longValueExact(), buyer.getAddress());
    }

    private static List<Log> logs(Web3j web3j, String contract) throws Exception {
        EthLog found = web3j.ethGetLogs(new EthFilter(DefaultBlockParameterName.EARLIEST,
                DefaultBlockParameterName.LATEST, contract)).send();
        return found.getLogs().stream().map(result -> (Log) ((EthLog.LogObject) result).get()).toList();
    }
}
