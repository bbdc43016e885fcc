package io.athgrid.staking.chain;

import static org.assertj.core.api.Assertions.assertThat;

import io.athgrid.chain.ChainLog;
import io.athgrid.chain.LogPosition;
import io.athgrid.contracts.generated.ContainerBonds;
import io.athgrid.contracts.generated.RewardDistributor;
import io.athgrid.contracts.generated.StakingPools;
import io.athgrid.staking.bond.BondChange;
import io.athgrid.staking.lock.LockChange;
import io.athgrid.staking.lock.Pool;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.web3j.abi.EventEncoder;
import org.web3j.abi.FunctionEncoder;
import org.web3j.abi.TypeEncoder;
import org.web3j.abi.datatypes.Address;
import org.web3j.abi.datatypes.Event;
import org.web3j.abi.datatypes.Type;
import org.web3j.abi.datatypes.generated.Bytes32;
import org.web3j.abi.datatypes.generated.Uint256;
import org.web3j.abi.datatypes.generated.Uint64;
import org.web3j.abi.datatypes.generated.Uint8;
import org.web3j.protocol.core.methods.response.Log;
import org.web3j.utils.Numeric;

class ChainLogDecoderTest {

    private static final String POOLS = "0x5FbDB2315678afecb367f032d93F642f64180aa3";
    private static final String BONDS = "0xe7f1725E7734CE288F8367e1Bb143E90bb3F0512";
    private static final String DISTRIBUTOR = "0x9fE46736679d2D9a65F0992F2272dE9f3c7fa6e0";
    private static final String HOLDER = "0x70997970C51812dc3A010C7d01b50e0d17dc79C8";
    private static final String TX = "0x" + "Ab".repeat(32);
    private static final String BLOCK_HASH = "0x" + "cD".repeat(32);
    private static final Instant MINED = Instant.parse("2026-03-05T10:00:00Z");
    private static final BigInteger ATH = BigInteger.TEN.pow(18);

    private final ChainLogDecoder decoder = new ChainLogDecoder(POOLS, BONDS, DISTRIBUTOR);

    @Test
    void a_stake_locked_log_opens_a_lock_placed_where_it_was_mined() {
        Log entry = log(POOLS, StakingPools.STAKELOCKED_EVENT, List.of(new Address(HOLDER), new Uint8(1)),
                new Uint256(ath(100)), new Uint64(1_772_704_800L), new Uint64(1_775_124_000L));

        ChainLog decoded = decoder.decode(entry, MINED).orElseThrow();

        assertThat(decoded.event()).isEqualTo("StakeLocked");
        assertThat(decoded.position()).isEqualTo(new LogPosition(77, BLOCK_HASH.toLowerCase(), MINED,
                TX.toLowerCase(), 3));
        assertThat(decoded.change()).isEqualTo(new LockChange(HOLDER.toLowerCase(), Pool.GAMING,
                LockChange.Kind.LOCKED, ath(100), ath(100), Instant.ofEpochSecond(1_772_704_800L),
                Instant.ofEpochSecond(1_775_124_000L)));
    }

    @Test
    void an_increase_adds_to_the_lock_and_names_its_new_total() {
        Log entry = log(POOLS, StakingPools.STAKEINCREASED_EVENT, List.of(new Address(HOLDER), new Uint8(0)),
                new Uint256(ath(50)), new Uint256(ath(150)), new Uint64(1_775_124_000L));

        assertThat(decoder.decode(entry, MINED).orElseThrow().change()).isEqualTo(new LockChange(HOLDER.toLowerCase(),
                Pool.AI, LockChange.Kind.INCREASED, ath(50), ath(150), null, Instant.ofEpochSecond(1_775_124_000L)));
    }

    @Test
    void an_extension_adds_nothing_and_moves_the_unlock_time() {
        Log entry = log(POOLS, StakingPools.LOCKEXTENDED_EVENT, List.of(new Address(HOLDER), new Uint8(0)),
                new Uint256(ath(150)), new Uint64(1_780_000_000L));

        LockChange change = (LockChange) decoder.decode(entry, MINED).orElseThrow().change();

        assertThat(change.kind()).isEqualTo(LockChange.Kind.EXTENDED);
        assertThat(change.deltaWei()).isZero();
        assertThat(change.amountWei()).isEqualTo(ath(150));
        assertThat(change.unlockTime()).isEqualTo(Instant.ofEpochSecond(1_780_000_000L));
    }

    @Test
    void a_withdrawal_empties_the_lock() {
        Log entry = log(POOLS, StakingPools.STAKEWITHDRAWN_EVENT, List.of(new Address(HOLDER), new Uint8(0)),
                new Uint256(ath(150)), new Uint64(1_780_000_000L));

        LockChange change = (LockChange) decoder.decode(entry, MINED).orElseThrow().change();

        assertThat(change.kind()).isEqualTo(LockChange.Kind.WITHDRAWN);
        assertThat(change.deltaWei()).isEqualTo(ath(150).negate());
        assertThat(change.amountWei()).isZero();
    }

    @Test
    void a_slash_names_the_registry_container_the_evidence_and_what_remains() {
        String containerId = "7f3a9c1e-0b2d-4e5f-8a6b-1c2d3e4f5a6b";
        byte[] evidence = Numeric.hexStringToByteArray("0x" + "e1".repeat(32));
        Bytes32 id = new Bytes32(ContainerIdBytes.toBytes32(containerId));
        Log entry = log(BONDS, ContainerBonds.BONDSLASHED_EVENT,
                List.of(id, new Address(HOLDER), new Bytes32(evidence)),
                new Uint256(ath(200)), new Uint256(ath(1_300)), new Address("0x" + "1".repeat(40)));

        ChainLog decoded = decoder.decode(entry, MINED).orElseThrow();

        assertThat(decoded.event()).isEqualTo("BondSlashed");
        assertThat(decoded.change()).isEqualTo(new BondChange(containerId, HOLDER.toLowerCase(),
                BondChange.Kind.SLASHED, ath(200).negate(), ath(1_300), null, "0x" + "e1".repeat(32)));
    }

    @Test
    void bond_posting_increase_unbonding_and_withdrawal_map_to_their_changes() {
        Bytes32 id = new Bytes32(ContainerIdBytes.toBytes32("00000000-0000-4000-8000-000000000001"));
        Address owner = new Address(HOLDER);

        assertThat(bond(log(BONDS, ContainerBonds.BONDPOSTED_EVENT, List.of(id, owner), new Uint256(ath(10)))))
                .extracting(BondChange::kind, BondChange::deltaWei, BondChange::amountWei)
                .containsExactly(BondChange.Kind.POSTED, ath(10), ath(10));
        assertThat(bond(log(BONDS, ContainerBonds.BONDINCREASED_EVENT, List.of(id, owner), new Uint256(ath(5)),
                new Uint256(ath(15)))))
                .extracting(BondChange::kind, BondChange::deltaWei, BondChange::amountWei)
                .containsExactly(BondChange.Kind.INCREASED, ath(5), ath(15));
        assertThat(bond(log(BONDS, ContainerBonds.UNBONDINGSTARTED_EVENT, List.of(id, owner), new Uint256(ath(15)),
                new Uint64(1_790_000_000L))))
                .extracting(BondChange::kind, BondChange::amountWei, BondChange::unbondingEnd)
                .containsExactly(BondChange.Kind.UNBONDING_STARTED, ath(15), Instant.ofEpochSecond(1_790_000_000L));
        assertThat(bond(log(BONDS, ContainerBonds.BONDWITHDRAWN_EVENT, List.of(id, owner), new Uint256(ath(15)))))
                .extracting(BondChange::kind, BondChange::deltaWei, BondChange::amountWei)
                .containsExactly(BondChange.Kind.WITHDRAWN, ath(15).negate(), BigInteger.ZERO);
    }

    @Test
    void a_bond_whose_id_is_no_registry_container_is_skipped() {
        byte[] hashLike = new byte[32];
        hashLike[0] = 7;
        Log entry = log(BONDS, ContainerBonds.BONDPOSTED_EVENT, List.of(new Bytes32(hashLike), new Address(HOLDER)),
                new Uint256(ath(10)));

        assertThat(decoder.decode(entry, MINED)).isEmpty();
    }

    @Test
    void claims_and_posted_roots_come_from_the_reward_distributor() {
        Log claimed = log(DISTRIBUTOR, RewardDistributor.REWARDCLAIMED_EVENT, List.of(new Uint256(12),
                new Address(HOLDER)), new Uint256(ath(31)));
        byte[] root = Numeric.hexStringToByteArray("0x" + "5a".repeat(32));
        Log posted = log(DISTRIBUTOR, RewardDistributor.EPOCHROOTPOSTED_EVENT, List.of(new Uint256(12)),
                new Bytes32(root), new Uint256(ath(1_000)));

        assertThat(decoder.decode(claimed, MINED).orElseThrow().change())
                .isEqualTo(new ClaimSeen(12, HOLDER.toLowerCase(), ath(31)));
        assertThat(decoder.decode(posted, MINED).orElseThrow().change())
                .isEqualTo(new RootPosted(12, "0x" + "5a".repeat(32), ath(1_000)));
    }

    @Test
    void an_event_from_another_contract_is_not_ours() {
        Log entry = log(BONDS, StakingPools.STAKELOCKED_EVENT, List.of(new Address(HOLDER), new Uint8(0)),
                new Uint256(ath(1)), new Uint64(1), new Uint64(2));

        assertThat(decoder.decode(entry, MINED)).isEmpty();
    }

    @Test
    void a_pool_the_contract_does_not_have_is_skipped() {
        Log entry = log(POOLS, StakingPools.STAKELOCKED_EVENT, List.of(new Address(HOLDER), new Uint8(2)),
                new Uint256(ath(1)), new Uint64(1), new Uint64(2));

        assertThat(decoder.decode(entry, MINED)).isEmpty();
    }

    @Test
    void the_filter_asks_for_every_followed_event() {
        assertThat(decoder.topics()).hasSize(11)
                .contains(EventEncoder.encode(StakingPools.STAKELOCKED_EVENT),
                        EventEncoder.encode(RewardDistributor.EPOCHROOTPOSTED_EVENT));
    }

    private BondChange bond(Log entry) {
        return (BondChange) decoder.decode(entry, MINED).orElseThrow().change();
    }

    @SuppressWarnings("rawtypes")
    private static Log log(String contract, Event event, List<Type> indexed, Type... data) {
        List<String> topics = new ArrayList<>();
        topics.add(EventEncoder.encode(event));
        indexed.forEach(value -> topics.add("0x" + TypeEncoder.encode(value)));
        String encoded = "0x" + FunctionEncoder.encodeConstructor(Arrays.asList(data));
        return new Log(false, "0x3", "0x0", TX, BLOCK_HASH, "0x4d", contract, encoded, null, topics);
    }

    private static BigInteger ath(long whole) {
        return BigInteger.valueOf(whole).multiply(ATH);
    }
}
