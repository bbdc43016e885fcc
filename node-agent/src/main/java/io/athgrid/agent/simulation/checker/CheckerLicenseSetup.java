package io.athgrid.agent.simulation.checker;

import io.athgrid.agent.AgentException;
import io.athgrid.agent.key.KeyFile;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.CheckerLicense;
import java.lang.System.Logger.Level;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.web3j.crypto.Credentials;
import org.web3j.crypto.ECKeyPair;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.core.DefaultBlockParameterName;
import org.web3j.tx.Transfer;
import org.web3j.tx.gas.ContractGasProvider;
import org.web3j.utils.Convert;

/**
 * Gives SIMULATED checkers their licenses on a devnet, the way real ones get theirs: the minter
 * (MINTER_ROLE; anvil's dev account 0 after {@code DevnetContracts.deploy}) mints one CheckerLicense
 * per checker to an owner wallet, and the owner delegates it with ERC-4907 {@code setUser} to the
 * checker's burner wallet. Owners are funded with a little ETH from the minter for that transaction.
 */
public final class CheckerLicenseSetup {

    private static final System.Logger LOG = System.getLogger(CheckerLicenseSetup.class.getName());

    /** Gas money an owner is sent when it holds less than half of it: plenty for its setUser calls on a devnet. */
    static final BigDecimal OWNER_FUNDING_ETH = BigDecimal.ONE;

    private final Web3j web3j;
    private final long chainId;
    private final Credentials minter;
    private final String licenseContract;
    private final ContractGasProvider gas;

    public CheckerLicenseSetup(Web3j web3j, long chainId, Credentials minter, String licenseContract) {
        this.web3j = web3j;
        this.chainId = chainId;
        this.minter = minter;
        this.licenseContract = licenseContract;
        this.gas = DevnetTransactions.gasProvider(web3j);
    }

    /**
     * Mints a license for each burner, owned round-robin by {@code owners}, and delegates it to the
     * burner until {@code validity} from the chain's current time.
     *
     * @return the licenses in the burners' order
     */
    public List<DelegatedLicense> delegate(List<ECKeyPair> owners, List<String> burners, Duration validity) {
        if (owners.isEmpty()) {
            throw new IllegalArgumentException("licenses need at least one owner");
        }
        try {
            return mintAndDelegate(owners, burners, validity);
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new AgentException("minting and delegating checker licenses at " + licenseContract + " failed (is the "
                    + "minter " + minter.getAddress() + " a MINTER_ROLE holder on chain " + chainId + "?): " + e.getMessage(), e);
        }
    }

    private List<DelegatedLicense> mintAndDelegate(List<ECKeyPair> owners, List<String> burners, Duration validity)
            throws Exception {
        for (ECKeyPair owner : owners) {
            fund(KeyFile.address(owner));
        }
        CheckerLicense asMinter = as(minter);
        List<CheckerLicense> asOwners = owners.stream().map(owner -> as(Credentials.create(owner))).toList();
        BigInteger expires = latestBlockTime().add(BigInteger.valueOf(validity.toSeconds()));
        List<DelegatedLicense> licenses = new ArrayList<>(burners.size());
        for (int i = 0; i < burners.size(); i++) {
            String owner = KeyFile.address(owners.get(i % owners.size()));
            var minted = asMinter.mint(owner).send();
            BigInteger tokenId = asMinter.getTransferEvents(minted).get(0).tokenId;
            asOwners.get(i % owners.size()).setUser(tokenId, burners.get(i), expires).send();
            licenses.add(new DelegatedLicense(tokenId.longValueExact(), owner, burners.get(i).toLowerCase(Locale.ROOT),
                    Instant.ofEpochSecond(expires.longValueExact())));
        }
        LOG.log(Level.INFO, "simulated checkers: {0} checker licenses minted to {1} owners and delegated to their burner "
                + "wallets (CheckerLicense {2})", licenses.size(), owners.size(), licenseContract);
        return licenses;
    }

    private void fund(String address) throws Exception {
        BigInteger balance = web3j.ethGetBalance(address, DefaultBlockParameterName.LATEST).send().getBalance();
        BigInteger half = Convert.toWei(OWNER_FUNDING_ETH, Convert.Unit.ETHER).toBigIntegerExact().shiftRight(1);
        if (balance.compareTo(half) < 0) {
            new Transfer(web3j, DevnetTransactions.transactionManager(web3j, minter, chainId))
                    .sendFunds(address, OWNER_FUNDING_ETH, Convert.Unit.ETHER, gas.getGasPrice(), Transfer.GAS_LIMIT).send();
        }
    }

    private CheckerLicense as(Credentials sender) {
        return CheckerLicense.load(licenseContract, web3j, DevnetTransactions.transactionManager(web3j, sender, chainId), gas);
    }

    private BigInteger latestBlockTime() throws java.io.IOException {
        return web3j.ethGetBlockByNumber(DefaultBlockParameterName.LATEST, false).send().getBlock().getTimestamp();
    }
}
