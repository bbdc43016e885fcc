package io.athgrid.local;

import io.athgrid.contracts.deploy.DevnetContracts;
import io.athgrid.contracts.deploy.DevnetTransactions;
import io.athgrid.contracts.generated.AthToken;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.staking.chain.ContainerIdBytes;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.web3j.crypto.Credentials;
import org.web3j.protocol.Web3j;
import org.web3j.protocol.http.HttpService;
import org.web3j.tx.gas.ContractGasProvider;
import tools.jackson.databind.JsonNode;

/**
 * The simulated providers put up their stake, as real ones do after registering: each owner bonds every
 * container's stake requirement (K x SC, as the registry shows it) in ContainerBonds on anvil. The
 * operator (anvil's dev account 0, ATH's minter) mints the owners the ATH first. staking-service mirrors
 * the bonds and the registry moves a container to STANDBY once its capacity is verified and its bond
 * covers the requirement.
 */
final class LocalBonds {

    private static final int PAGE_SIZE = 500;

    private LocalBonds() {
    }

    /** Bonds every registered container's requirement; how many were bonded. */
    static int post(LocalInfrastructure infrastructure, OperatorCalls calls, int registryPort) {
        Map<String, Map<String, BigInteger>> byOwner = requirementsByOwner(calls, registryPort);
        Map<String, Credentials> owners = new LinkedHashMap<>();
        infrastructure.anvil.devPrivateKeys().stream().skip(1).map(Credentials::create)
                .forEach(owner -> owners.put(owner.getAddress().toLowerCase(Locale.ROOT), owner));
        Web3j web3j = Web3j.build(new HttpService(infrastructure.anvil.rpcUrl()));
        ExecutorService perOwner = Executors.newFixedThreadPool(Math.max(1, byOwner.size()));
        try {
            long chainId = infrastructure.anvil.chainId();
            DevnetContracts contracts = infrastructure.contracts;
            ContractGasProvider gas = DevnetTransactions.gasProvider(web3j);
            Credentials operator = Credentials.create(infrastructure.anvil.devPrivateKeys().get(0));
            AthToken asOperator = contracts.athToken(web3j, DevnetTransactions.transactionManager(web3j, operator, chainId), gas);
            for (var owner : byOwner.entrySet()) {
                asOperator.mint(owner.getKey(), total(owner.getValue())).send();
            }
            List<Future<Integer>> bonded = new ArrayList<>();
            byOwner.forEach((owner, requirements) -> bonded.add(perOwner.submit(() -> {
                Credentials key = owners.get(owner);
                if (key == null) {
                    throw new IllegalStateException("container owner " + owner + " is not one of anvil's dev accounts");
                }
                var transactions = DevnetTransactions.transactionManager(web3j, key, chainId);
                contracts.athToken(web3j, transactions, gas).approve(contracts.containerBonds(), total(requirements)).send();
                ContainerBonds bonds = contracts.containerBonds(web3j, transactions, gas);
                for (var container : requirements.entrySet()) {
                    bonds.bond(ContainerIdBytes.toBytes32(container.getKey()), container.getValue()).send();
                }
                return requirements.size();
            })));
            int count = 0;
            for (Future<Integer> owner : bonded) {
                count += owner.get();
            }
            return count;
        } catch (ExecutionException e) {
            throw new IllegalStateException("bonding the simulated fleet's stake failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new IllegalStateException("bonding the simulated fleet's stake failed: " + e.getMessage(), e);
        } finally {
            perOwner.shutdownNow();
            web3j.shutdown();
        }
    }

    /** Owner (lower case) -> container id -> stake requirement in wei, for every registered container. */
    private static Map<String, Map<String, BigInteger>> requirementsByOwner(OperatorCalls calls, int registryPort) {
        Map<String, Map<String, BigInteger>> byOwner = new LinkedHashMap<>();
        for (int page = 0; ; page++) {
            JsonNode found = calls.get(registryPort, "/containers?size=" + PAGE_SIZE + "&page=" + page);
            for (JsonNode container : found.path("items")) {
                byOwner.computeIfAbsent(container.path("owner").asString().toLowerCase(Locale.ROOT),
                                key -> new LinkedHashMap<>())
                        .put(container.path("containerId").asString(),
                                new BigInteger(container.path("stakeRequirement").path("amountWei").asString()));
            }
            if ((long) (page + 1) * PAGE_SIZE >= found.path("total").asLong()) {
                return byOwner;
            }
        }
    }

    private static BigInteger total(Map<String, BigInteger> requirements) {
        return requirements.values().stream().reduce(BigInteger.ZERO, BigInteger::add);
    }
}
