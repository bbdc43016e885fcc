package io.athgrid.staking.chain;

import io.athgrid.chain.Addresses;
import io.athgrid.chain.ChainChange;
import io.athgrid.chain.ChainLog;
import io.athgrid.chain.LogDecoder;
import io.athgrid.chain.LogPosition;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.generated.StakingPools;
import io.athgrid.staking.bond.BondChange;
import io.athgrid.staking.lock.LockChange;
import io.athgrid.staking.lock.Pool;
import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.EventValues;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.tx.Contract;
import org.web3j.utils.Numeric;

/**
 * Turns logs of StakingPools, ContainerBonds and RewardDistributor into the changes the mirror
 * applies, with the generated bindings' event definitions. Logs of other contracts or events, and
 * bonds whose id is not a registry container id, decode to nothing.
 */
public final class ChainLogDecoder implements LogDecoder {

    private static final Logger log = LoggerFactory.getLogger(ChainLogDecoder.class);

    private static final Map<String, Event> POOL_EVENTS = bySignature(StakingPools.STAKELOCKED_EVENT,
            StakingPools.STAKEINCREASED_EVENT, StakingPools.LOCKEXTENDED_EVENT, StakingPools.STAKEWITHDRAWN_EVENT);
    private static final Map<String, Event> BOND_EVENTS = bySignature(ContainerBonds.BONDPOSTED_EVENT,
            ContainerBonds.BONDINCREASED_EVENT, ContainerBonds.BONDSLASHED_EVENT,
            ContainerBonds.UNBONDINGSTARTED_EVENT, ContainerBonds.BONDWITHDRAWN_EVENT);
    private static final Map<String, Event> DISTRIBUTOR_EVENTS = bySignature(RewardDistributor.REWARDCLAIMED_EVENT,
            RewardDistributor.EPOCHROOTPOSTED_EVENT);

    private final String stakingPools;
    private final String containerBonds;
    private final String rewardDistributor;

    public ChainLogDecoder(String stakingPools, String containerBonds, String rewardDistributor) {
        this.stakingPools = Addresses.lower(stakingPools);
        this.containerBonds = Addresses.lower(containerBonds);
        this.rewardDistributor = Addresses.lower(rewardDistributor);
    }

    /** topic0 of every followed event: the eth_getLogs filter, so other events never arrive. */
    @Override
    public List<String> topics() {
        return Stream.of(POOL_EVENTS, BOND_EVENTS, DISTRIBUTOR_EVENTS)
                .flatMap(events -> events.keySet().stream())
                .sorted()
                .toList();
    }

    /** The log as a change of the mirror, placed in its block (mined at {@code blockTime}). */
    @Override
    public Optional<ChainLog> decode(Log entry, Instant blockTime) {
        return change(entry).map(change -> new ChainLog(position(entry, blockTime), eventName(entry), change));
    }

    private static LogPosition position(Log entry, Instant blockTime) {
        return new LogPosition(entry.getBlockNumber().longValueExact(), entry.getBlockHash().toLowerCase(Locale.ROOT),
                blockTime, entry.getTransactionHash().toLowerCase(Locale.ROOT), entry.getLogIndex().intValueExact());
    }

    private static String eventName(Log entry) {
        String topic = entry.getTopics().get(0).toLowerCase(Locale.ROOT);
        return Stream.of(POOL_EVENTS, BOND_EVENTS, DISTRIBUTOR_EVENTS)
                .map(events -> events.get(topic))
                .filter(Objects::nonNull)
                .findFirst()
                .map(Event::getName)
                .orElse("unknown");
    }

    private Optional<ChainChange> change(Log entry) {
        if (entry.getTopics() == null || entry.getTopics().isEmpty() || entry.getAddress() == null) {
            return Optional.empty();
        }
        String contract = entry.getAddress().toLowerCase(Locale.ROOT);
        String topic = entry.getTopics().get(0).toLowerCase(Locale.ROOT);
        try {
            if (contract.equals(stakingPools) && POOL_EVENTS.containsKey(topic)) {
                return Optional.of(lockChange(POOL_EVENTS.get(topic), entry));
            }
            if (contract.equals(containerBonds) && BOND_EVENTS.containsKey(topic)) {
                return bondChange(BOND_EVENTS.get(topic), entry);
            }
            if (contract.equals(rewardDistributor) && DISTRIBUTOR_EVENTS.containsKey(topic)) {
                return Optional.of(distributorChange(DISTRIBUTOR_EVENTS.get(topic), entry));
            }
        } catch (RuntimeException e) {
            // A log our contracts cannot emit (a pool past GAMING, an epoch beyond a long, topics
            // missing): mirror nothing, and say so.
            log.warn("skipped undecodable log {} #{} in block {}: {}", entry.getTransactionHash(),
                    entry.getLogIndexRaw(), entry.getBlockNumberRaw(), e.toString());
        }
        return Optional.empty();
    }

    private static LockChange lockChange(Event event, Log entry) {
        EventValues values = Contract.staticExtractEventParameters(event, entry);
        String holder = address(values.getIndexedValues().get(0));
        Pool pool = Pool.ofIndex(integer(values.getIndexedValues().get(1)).intValueExact());
        List<Type> data = values.getNonIndexedValues();
        BigInteger amount = integer(data.get(0));
        switch (event.getName()) {
            case "StakeLocked":
                return new LockChange(holder, pool, LockChange.Kind.LOCKED, amount, amount,
                        seconds(data.get(1)), seconds(data.get(2)));
            case "StakeIncreased":
                return new LockChange(holder, pool, LockChange.Kind.INCREASED, amount, integer(data.get(1)), null,
                        seconds(data.get(2)));
            case "LockExtended":
                return new LockChange(holder, pool, LockChange.Kind.EXTENDED, BigInteger.ZERO, amount, null,
                        seconds(data.get(1)));
            default:
                return new LockChange(holder, pool, LockChange.Kind.WITHDRAWN, amount.negate(), BigInteger.ZERO,
                        null, seconds(data.get(1)));
        }
    }

    private static Optional<ChainChange> bondChange(Event event, Log entry) {
        EventValues values = Contract.staticExtractEventParameters(event, entry);
        byte[] id = (byte[]) values.getIndexedValues().get(0).getValue();
        String containerId = ContainerIdBytes.fromBytes32(id);
        if (containerId == null) {
            log.info("ignored {} of bond {}: not a registry container id (tx {})", event.getName(),
                    Numeric.toHexString(id), entry.getTransactionHash());
            return Optional.empty();
        }
        String owner = address(values.getIndexedValues().get(1));
        List<Type> data = values.getNonIndexedValues();
        BigInteger amount = integer(data.get(0));
        switch (event.getName()) {
            case "BondPosted":
                return Optional.of(new BondChange(containerId, owner, BondChange.Kind.POSTED, amount, amount, null,
                        null));
            case "BondIncreased":
                return Optional.of(new BondChange(containerId, owner, BondChange.Kind.INCREASED, amount,
                        integer(data.get(1)), null, null));
            case "BondSlashed":
                String evidence = Numeric.toHexString((byte[]) values.getIndexedValues().get(2).getValue());
                return Optional.of(new BondChange(containerId, owner, BondChange.Kind.SLASHED, amount.negate(),
                        integer(data.get(1)), null, evidence));
            case "UnbondingStarted":
                return Optional.of(new BondChange(containerId, owner, BondChange.Kind.UNBONDING_STARTED,
                        BigInteger.ZERO, amount, seconds(data.get(1)), null));
            default:
                return Optional.of(new BondChange(containerId, owner, BondChange.Kind.WITHDRAWN, amount.negate(),
                        BigInteger.ZERO, null, null));
        }
    }

    private static ChainChange distributorChange(Event event, Log entry) {
        EventValues values = Contract.staticExtractEventParameters(event, entry);
        long epoch = integer(values.getIndexedValues().get(0)).longValueExact();
        List<Type> data = values.getNonIndexedValues();
        if (event.getName().equals("RewardClaimed")) {
            return new ClaimSeen(epoch, address(values.getIndexedValues().get(1)), integer(data.get(0)));
        }
        return new RootPosted(epoch, Numeric.toHexString((byte[]) data.get(0).getValue()), integer(data.get(1)));
    }

    private static Map<String, Event> bySignature(Event... events) {
        return Arrays.stream(events).collect(Collectors.toUnmodifiableMap(
                event -> EventEncoder.encode(event).toLowerCase(Locale.ROOT), event -> event));
    }

    private static String address(Type<?> value) {
        return Addresses.lower((String) value.getValue());
    }

    private static BigInteger integer(Type<?> value) {
        return (BigInteger) value.getValue();
    }

    private static Instant seconds(Type<?> value) {
        return Instant.ofEpochSecond(integer(value).longValueExact());
    }
}
