package io.athgrid.staking.ledger;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.WalletAccess;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A wallet's vATH balance; operators may ask for any account. */
@RestController
class VathBalanceController {

    private final LedgerStore ledger;

    VathBalanceController(LedgerStore ledger) {
        this.ledger = ledger;
    }

    @GetMapping("/balance")
    BalanceView balance(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String account) {
        String wallet = WalletAccess.accountFor(caller, account, "account");
        return BalanceView.of(wallet, ledger.balancesOf(wallet));
    }
}
