package io.athgrid.staking.chain;

import io.athgrid.chain.ChainChange;
import io.athgrid.chain.ChainLog;
import io.athgrid.chain.LogMirror;
import io.athgrid.staking.bond.BondChange;
import io.athgrid.staking.bond.BondMirror;
import io.athgrid.staking.lock.LockChange;
import io.athgrid.staking.lock.LockMirror;

/**
 * Applies decoded logs to the mirror tables, each to the table of its kind, and takes back
 * everything after a block when a reorg orphaned it. Runs in the follower's transaction.
 */
public class ChainMirror implements LogMirror {

    private final LockMirror locks;
    private final BondMirror bonds;
    private final ChainClaims claims;
    private final PostedRoots roots;

    public ChainMirror(LockMirror locks, BondMirror bonds, ChainClaims claims, PostedRoots roots) {
        this.locks = locks;
        this.bonds = bonds;
        this.claims = claims;
        this.roots = roots;
    }

    @Override
    public boolean apply(ChainLog entry) {
        ChainChange change = entry.change();
        if (change instanceof LockChange lock) {
            return locks.apply(entry.position(), lock);
        }
        if (change instanceof BondChange bond) {
            return bonds.apply(entry.position(), bond);
        }
        if (change instanceof ClaimSeen claim) {
            return claims.record(entry.position(), claim);
        }
        if (change instanceof RootPosted root) {
            return roots.record(entry.position(), root);
        }
        throw new IllegalArgumentException("no mirror for " + change);
    }

    @Override
    public void rollbackAfter(long blockNumber) {
        locks.rollbackAfter(blockNumber);
        bonds.rollbackAfter(blockNumber);
        claims.rollbackAfter(blockNumber);
        roots.rollbackAfter(blockNumber);
    }
}
