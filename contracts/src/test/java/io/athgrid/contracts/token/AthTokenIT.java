package io.athgrid.contracts.token;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.assertj.core.api.ThrowingConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.Hash;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.exceptions.TransactionException;
import org.web3j.protocol.http.HttpService;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.testsupport.anvil.AnvilNode;

/** Deploys the devnet ATH to a real anvil node and reads everything back through the bindings. */
class AthTokenIT {

    private static final BigInteger ONE_ATH = BigInteger.TEN.pow(18);
    private static final BigInteger MAX_SUPPLY = BigInteger.valueOf(42_000_000_000L).multiply(ONE_ATH);

    private static AnvilNode anvil;
    private static Web3j web3j;
    private static Credentials admin;
    private static Credentials alice;
    private static Credentials bob;

    private DevnetContracts contracts;

    @BeforeAll
    static void connect() {
        anvil = AnvilNode.shared();
        web3j = Web3j.build(new HttpService(anvil.rpcUrl()));
        admin = Credentials.create(anvil.devPrivateKeys().get(0));
        alice = Credentials.create(anvil.devPrivateKeys().get(1));
        bob = Credentials.create(anvil.devPrivateKeys().get(2));
    }

    @AfterAll
    static void disconnect() {
        if (web3j != null) {
            web3j.shutdown();
        }
    }

    @BeforeEach
    void deployAFreshToken() {
        contracts = DevnetContracts.deploy(web3j, admin, anvil.chainId());
    }

    @Test
    void readsBackTheAethirTokenMetadataAndItsHardCap() throws Exception {
        AthToken token = tokenAs(alice);

        assertThat(token.name().send()).isEqualTo("Aethir Token");
        assertThat(token.symbol().send()).isEqualTo("ATH");
        assertThat(token.decimals().send()).isEqualTo(BigInteger.valueOf(18));
        assertThat(token.cap().send()).isEqualTo(MAX_SUPPLY);
        assertThat(token.totalSupply().send()).isZero();
    }

    @Test
    void theDeployerIsAdminAndMinter() throws Exception {
        AthToken token = tokenAs(alice);

        assertThat(token.hasRole(token.DEFAULT_ADMIN_ROLE().send(), admin.getAddress()).send()).isTrue();
        assertThat(token.hasRole(token.MINTER_ROLE().send(), admin.getAddress()).send()).isTrue();
        assertThat(token.hasRole(token.MINTER_ROLE().send(), alice.getAddress()).send()).isFalse();
    }

    @Test
    void theAdminMintsAndHoldersTransferExactWeiAmounts() throws Exception {
        BigInteger minted = ONE_ATH.multiply(BigInteger.valueOf(1_000));
        BigInteger sent = new BigInteger("250500000000000000001"); // 250.5 ATH and one wei

        tokenAs(admin).mint(alice.getAddress(), minted).send();
        tokenAs(alice).transfer(bob.getAddress(), sent).send();

        AthToken token = tokenAs(bob);
        assertThat(token.balanceOf(alice.getAddress()).send()).isEqualTo(minted.subtract(sent));
        assertThat(token.balanceOf(bob.getAddress()).send()).isEqualTo(sent);
        assertThat(token.totalSupply().send()).isEqualTo(minted);
    }

    @Test
    void anAccountWithoutTheMinterRoleCannotMint() throws Exception {
        AthToken asBob = tokenAs(bob);
        assertThat(asBob.hasRole(asBob.MINTER_ROLE().send(), bob.getAddress()).send()).isFalse();

        assertThatThrownBy(() -> asBob.mint(bob.getAddress(), ONE_ATH).send())
                .satisfies(revertedWith("AccessControlUnauthorizedAccount(address,bytes32)"));

        assertThat(asBob.balanceOf(bob.getAddress()).send()).isZero();
        assertThat(asBob.totalSupply().send()).isZero();
    }

    @Test
    void mintingStopsAtTheFortyTwoBillionCap() throws Exception {
        AthToken asAdmin = tokenAs(admin);
        asAdmin.mint(alice.getAddress(), MAX_SUPPLY).send();

        assertThatThrownBy(() -> asAdmin.mint(alice.getAddress(), BigInteger.ONE).send())
                .satisfies(revertedWith("ERC20ExceededCap(uint256,uint256)"));

        assertThat(asAdmin.totalSupply().send()).isEqualTo(MAX_SUPPLY);
    }

    /** The transaction was mined, failed, and the node reports this custom error's selector. */
    private static ThrowingConsumer<Throwable> revertedWith(String errorSignature) {
        String selector = Hash.sha3String(errorSignature).substring(0, 10);
        return thrown -> {
            assertThat(thrown).isInstanceOf(TransactionException.class).hasMessageContaining(selector);
            assertThat(((TransactionException) thrown).getTransactionReceipt())
                    .hasValueSatisfying(receipt -> assertThat(receipt.isStatusOK()).isFalse());
        };
    }

    private AthToken tokenAs(Credentials sender) {
        return contracts.athToken(
                web3j,
                DevnetTransactions.transactionManager(web3j, sender, anvil.chainId()),
                DevnetTransactions.gasProvider(web3j));
    }
}
