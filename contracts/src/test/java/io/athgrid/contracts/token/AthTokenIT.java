package io.athgrid.contracts.token;

import static io.athgrid.contracts.DevnetFixture.ONE_ATH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;

import io.athgrid.contracts.DevnetFixture;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.generated.AthToken;

/** Deploys the devnet ATH to a real anvil node and reads everything back through the bindings. */
class AthTokenIT {

    private static final BigInteger MAX_SUPPLY = BigInteger.valueOf(42_000_000_000L).multiply(ONE_ATH);

    private static final DevnetFixture devnet = DevnetFixture.shared();
    private static final Credentials admin = devnet.admin();
    private static final Credentials alice = devnet.account(1);
    private static final Credentials bob = devnet.account(2);

    private DevnetContracts contracts;

    @BeforeEach
    void deployAFreshToken() {
        contracts = devnet.deploy();
    }

    @Test
    void readsBackTheAethirTokenMetadataAndItsHardCap() throws Exception {
        AthToken token = tokenAs(alice);

        assertThat(token.name().send()).isEqualTo("Aethir Token");
        assertThat(token.symbol().send()).isEqualTo("ATH");
        assertThat(token.decimals().send()).isEqualTo(BigInteger.valueOf(18));
        assertThat(token.cap().send()).isEqualTo(MAX_SUPPLY);
    }

    @Test
    void theDevnetMintsOnlyWhatFundsTheRewardDistributor() throws Exception {
        AthToken token = tokenAs(alice);

        assertThat(token.totalSupply().send()).isEqualTo(DevnetContracts.REWARD_FUNDING);
        assertThat(token.balanceOf(contracts.rewardDistributor()).send()).isEqualTo(DevnetContracts.REWARD_FUNDING);
        assertThat(token.balanceOf(admin.getAddress()).send()).isZero();
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
        assertThat(token.totalSupply().send()).isEqualTo(minted.add(DevnetContracts.REWARD_FUNDING));
    }

    @Test
    void anAccountWithoutTheMinterRoleCannotMint() throws Exception {
        AthToken asBob = tokenAs(bob);
        BigInteger supplyBefore = asBob.totalSupply().send();
        assertThat(asBob.hasRole(asBob.MINTER_ROLE().send(), bob.getAddress()).send()).isFalse();

        assertThatThrownBy(() -> asBob.mint(bob.getAddress(), ONE_ATH).send())
                .satisfies(devnet.revertedWith("AccessControlUnauthorizedAccount(address,bytes32)"));

        assertThat(asBob.balanceOf(bob.getAddress()).send()).isZero();
        assertThat(asBob.totalSupply().send()).isEqualTo(supplyBefore);
    }

    @Test
    void mintingStopsAtTheFortyTwoBillionCap() throws Exception {
        AthToken asAdmin = tokenAs(admin);
        asAdmin.mint(alice.getAddress(), MAX_SUPPLY.subtract(asAdmin.totalSupply().send())).send();

        assertThatThrownBy(() -> asAdmin.mint(alice.getAddress(), BigInteger.ONE).send())
                .satisfies(devnet.revertedWith("ERC20ExceededCap(uint256,uint256)"));

        assertThat(asAdmin.totalSupply().send()).isEqualTo(MAX_SUPPLY);
    }

    private AthToken tokenAs(Credentials sender) {
        return devnet.as(sender, contracts::athToken);
    }
}
