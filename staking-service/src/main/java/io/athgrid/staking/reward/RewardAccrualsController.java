package io.athgrid.staking.reward;

import io.athgrid.staking.ledger.AccrualStore;
import io.athgrid.support.identity.WalletAccess;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A wallet's accruals per epoch and kind; operators may ask for any account. */
@RestController
class RewardAccrualsController {

    private final AccrualStore accruals;

    RewardAccrualsController(AccrualStore accruals) {
        this.accruals = accruals;
    }

    /** The caller's accruals in {@code epoch}, or in every epoch (newest first) without it. */
    @GetMapping("/rewards")
    RewardsView rewards(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) Long epoch,
            @RequestParam(required = false) String account) {
        if (epoch != null && epoch < 0) {
            throw new InvalidRequestException("epoch", "epochs are numbered from 0");
        }
        String wallet = WalletAccess.accountFor(caller, account, "account");
        return RewardsView.of(wallet, accruals.ofOwner(wallet, epoch));
    }
}
