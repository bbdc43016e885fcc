package io.athgrid.contracts.checker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.core.methods.response.TransactionReceipt;
import org.web3j.utils.Numeric;

import io.athgrid.contracts.DevnetFixture;
import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.generated.CheckerLicense;

/** The checker license NFT on a real anvil: minting, ERC-4907 delegation, expiry, transfer un-delegates. */
class CheckerLicenseIT {

    private static final String NO_USER = "0x0000000000000000000000000000000000000000";

    private static final DevnetFixture devnet = DevnetFixture.shared();
    private static final Credentials admin = devnet.admin();
    private static final Credentials alice = devnet.account(1);
    private static final Credentials bob = devnet.account(2);
    private static final Credentials burner = devnet.account(3);

    private DevnetContracts contracts;
    private CheckerLicense asAlice;
    private BigInteger license;

    @BeforeEach
    void aliceOwnsALicense() throws Exception {
        contracts = devnet.deploy();
        CheckerLicense asMinter = devnet.as(admin, contracts::checkerLicense);
        TransactionReceipt minted = asMinter.mint(alice.getAddress()).send();
        license = asMinter.getTransferEvents(minted).get(0).tokenId;
        asAlice = devnet.as(alice, contracts::checkerLicense);
    }

    @Test
    void theMinterMintsNumberedLicensesAndNobodyElseCan() throws Exception {
        assertThat(license).isEqualTo(BigInteger.ONE);
        assertThat(asAlice.ownerOf(license).send()).isEqualToIgnoringCase(alice.getAddress());
        assertThat(asAlice.totalMinted().send()).isEqualTo(BigInteger.ONE);

        assertThatThrownBy(() -> asAlice.mint(alice.getAddress()).send())
                .satisfies(devnet.revertedWith("AccessControlUnauthorizedAccount(address,bytes32)"));
        assertThat(asAlice.balanceOf(alice.getAddress()).send()).isEqualTo(BigInteger.ONE);
    }

    @Test
    void theOwnerDelegatesToABurnerWallet() throws Exception {
        BigInteger expires = devnet.latestBlockTime().add(BigInteger.valueOf(Duration.ofDays(30).toSeconds()));

        TransactionReceipt delegated = asAlice.setUser(license, burner.getAddress(), expires).send();

        var event = asAlice.getUpdateUserEvents(delegated).get(0);
        assertThat(event.tokenId).isEqualTo(license);
        assertThat(event.user).isEqualToIgnoringCase(burner.getAddress());
        assertThat(event.expires).isEqualTo(expires);
        assertThat(asAlice.userOf(license).send()).isEqualToIgnoringCase(burner.getAddress());
        assertThat(asAlice.userExpires(license).send()).isEqualTo(expires);
        assertThat(asAlice.ownerOf(license).send()).isEqualToIgnoringCase(alice.getAddress());
    }

    @Test
    void onlyTheOwnerOrAnApprovedAddressSetsTheUser() throws Exception {
        BigInteger expires = devnet.latestBlockTime().add(BigInteger.valueOf(Duration.ofDays(1).toSeconds()));
        CheckerLicense asBob = devnet.as(bob, contracts::checkerLicense);

        assertThatThrownBy(() -> asBob.setUser(license, bob.getAddress(), expires).send())
                .satisfies(devnet.revertedWith("ERC721InsufficientApproval(address,uint256)"));
        assertThatThrownBy(() -> asAlice.setUser(BigInteger.TWO, burner.getAddress(), expires).send())
                .satisfies(devnet.revertedWith("ERC721NonexistentToken(uint256)"));
        assertThat(asAlice.userOf(license).send()).isEqualTo(NO_USER);

        asAlice.approve(bob.getAddress(), license).send();
        asBob.setUser(license, burner.getAddress(), expires).send();
        assertThat(asAlice.userOf(license).send()).isEqualToIgnoringCase(burner.getAddress());
    }

    @Test
    void theUserLapsesAfterItsExpiry() throws Exception {
        BigInteger expires = devnet.latestBlockTime().add(BigInteger.valueOf(Duration.ofHours(1).toSeconds()));
        asAlice.setUser(license, burner.getAddress(), expires).send();

        devnet.advanceTime(Duration.ofMinutes(30));
        assertThat(asAlice.userOf(license).send()).isEqualToIgnoringCase(burner.getAddress());

        devnet.advanceTime(Duration.ofHours(1));
        assertThat(asAlice.userOf(license).send()).isEqualTo(NO_USER);
        assertThat(asAlice.userExpires(license).send()).isEqualTo(expires);
    }

    @Test
    void aTransferUndelegates() throws Exception {
        BigInteger expires = devnet.latestBlockTime().add(BigInteger.valueOf(Duration.ofDays(30).toSeconds()));
        asAlice.setUser(license, burner.getAddress(), expires).send();

        TransactionReceipt transferred = asAlice.transferFrom(alice.getAddress(), bob.getAddress(), license).send();

        var event = asAlice.getUpdateUserEvents(transferred).get(0);
        assertThat(event.tokenId).isEqualTo(license);
        assertThat(event.user).isEqualTo(NO_USER);
        assertThat(event.expires).isZero();
        assertThat(asAlice.ownerOf(license).send()).isEqualToIgnoringCase(bob.getAddress());
        assertThat(asAlice.userOf(license).send()).isEqualTo(NO_USER);
        assertThat(asAlice.userExpires(license).send()).isZero();
    }

    @Test
    void advertisesErc4907Erc721AndAccessControl() throws Exception {
        assertThat(supports("0xad092b5c")).as("ERC-4907").isTrue();
        assertThat(supports("0x80ac58cd")).as("ERC-721").isTrue();
        assertThat(supports("0x5b5e139f")).as("ERC-721 metadata").isTrue();
        assertThat(supports("0x7965db0b")).as("AccessControl").isTrue();
        assertThat(supports("0x01ffc9a7")).as("ERC-165").isTrue();
        assertThat(supports("0xffffffff")).as("the invalid id").isFalse();
    }

    private boolean supports(String interfaceId) throws Exception {
        return asAlice.supportsInterface(Numeric.hexStringToByteArray(interfaceId)).send();
    }
}
