package io.athgrid.staking.lock;

import io.athgrid.chain.Addresses;
import io.athgrid.staking.epoch.EpochCalendar;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.CallerKind;
import io.athgrid.support.identity.Ownership;
import io.athgrid.support.web.InvalidRequestException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A wallet's locks in both pools as mirrored from chain; operators may look at any holder's. */
@RestController
class LockController {

    private final MirroredLocks locks;
    private final EpochCalendar epochs;
    private final Clock clock;

    LockController(MirroredLocks locks, EpochCalendar epochs, Clock clock) {
        this.locks = locks;
        this.epochs = epochs;
        this.clock = clock;
    }

    @GetMapping("/locks")
    LockView locks(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String holder) {
        String wallet = holderFor(caller, holder);
        Instant now = clock.instant();
        return new LockView(wallet, locks.ofHolder(wallet).stream()
                .map(lock -> new LockView.PoolLock(lock.pool(), lock.amountWei().toString(), lock.lockStart(),
                        lock.unlockTime(), epochs.epochsLockedInNext(now, lock.unlockTime()),
                        !lock.unlockTime().isAfter(now)))
                .toList());
    }

    private static String holderFor(Caller caller, String holder) {
        if (holder == null) {
            if (caller.kind() != CallerKind.WALLET) {
                throw new InvalidRequestException("holder", "required: the caller signed in without a wallet");
            }
            return caller.id();
        }
        if (!Addresses.isAddress(holder)) {
            throw new InvalidRequestException("holder", "must be a 0x address of 40 hex digits");
        }
        String wallet = Addresses.lower(holder);
        Ownership.requireMayActFor(caller, wallet);
        return wallet;
    }
}
