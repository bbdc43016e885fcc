package io.athgrid.agent.simulation.checker;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.agent.key.KeyFile;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.CheckerLicense;
import io.athgrid.testsupport.anvil.AnvilNode;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.crypto.Keys;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.protocol.http.HttpService;

/** Simulated checkers' licenses on a real anvil: minted by the minter to development owners, delegated to the burners. */
class CheckerLicenseSetupIT {

    private static final AnvilNode anvil = AnvilNode.shared();
    private static final Web3j web3j = Web3j.build(new HttpService(anvil.rpcUrl()));
    private static final Credentials minter = Credentials.create(anvil.devPrivateKeys().get(0));

    @AfterAll
    static void shutdown() {
        web3j.shutdown();
    }

    @Test
    void each_burner_runs_its_own_license_owned_by_a_development_owner() throws Exception {
        DevnetContracts contracts = DevnetContracts.deploy(web3j, minter, anvil.chainId());
        List<ECKeyPair> owners = CheckerOwnerKeys.derive(42, 2);
        List<String> burners = List.of(burner(), burner(), burner());

        List<DelegatedLicense> licenses = new CheckerLicenseSetup(web3j, anvil.chainId(), minter, contracts.checkerLicense())
                .delegate(owners, burners, Duration.ofDays(30));

        CheckerLicense license = CheckerLicense.load(contracts.checkerLicense(), web3j,
                DevnetTransactions.transactionManager(web3j, minter, anvil.chainId()), DevnetTransactions.gasProvider(web3j));
        assertThat(licenses).extracting(DelegatedLicense::licenseId).containsExactly(1L, 2L, 3L);
        assertThat(licenses).extracting(DelegatedLicense::user).containsExactlyElementsOf(burners);
        assertThat(licenses).extracting(DelegatedLicense::owner)
                .containsExactly(KeyFile.address(owners.get(0)), KeyFile.address(owners.get(1)), KeyFile.address(owners.get(0)));
        for (DelegatedLicense delegated : licenses) {
            BigInteger tokenId = BigInteger.valueOf(delegated.licenseId());
            assertThat(license.userOf(tokenId).send()).isEqualToIgnoringCase(delegated.user());
            assertThat(license.ownerOf(tokenId).send()).isEqualToIgnoringCase(delegated.owner());
            assertThat(delegated.expires()).isAfter(Instant.now().plus(Duration.ofDays(29)));
        }
        List<String> devAccounts = anvil.devAddresses().stream().map(address -> address.toLowerCase(Locale.ROOT)).toList();
        assertThat(licenses).extracting(DelegatedLicense::owner).doesNotContainAnyElementsOf(devAccounts);
    }

    @Test
    void owners_are_funded_once_for_their_delegations() throws Exception {
        DevnetContracts contracts = DevnetContracts.deploy(web3j, minter, anvil.chainId());
        List<ECKeyPair> owners = CheckerOwnerKeys.derive(7, 1);
        CheckerLicenseSetup setup = new CheckerLicenseSetup(web3j, anvil.chainId(), minter, contracts.checkerLicense());

        setup.delegate(owners, List.of(burner()), Duration.ofDays(1));
        BigInteger funded = balance(KeyFile.address(owners.get(0)));
        List<DelegatedLicense> more = setup.delegate(owners, List.of(burner()), Duration.ofDays(1));

        assertThat(more).extracting(DelegatedLicense::licenseId).containsExactly(2L);
        assertThat(balance(KeyFile.address(owners.get(0)))).as("paid only gas since").isLessThan(funded)
                .isGreaterThan(funded.shiftRight(1));
    }

    private static BigInteger balance(String address) throws Exception {
        return web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
    }

    private static String burner() throws Exception {
        return KeyFile.address(Keys.createEcKeyPair());
    }
}
