package io.athgrid.staking.proof;

import io.athgrid.support.identity.Caller;
import io.athgrid.support.identity.Ownership;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Claim proofs, each epoch's settlement and its leaves. A proof is the account holder's (or an
 * operator's) to read; the settlement and the leaves are public epoch data: anyone may recompute
 * the root from them.
 */
@RestController
@RequestMapping("/epochs/{epoch}")
class EpochProofController {

    private static final int DEFAULT_LEAVES = 1_000;
    private static final int MAX_LEAVES = 10_000;

    private final EpochProofs proofs;

    EpochProofController(EpochProofs proofs) {
        this.proofs = proofs;
    }

    @GetMapping("/proofs/{account}")
    ProofView proof(@AuthenticationPrincipal Caller caller, @PathVariable String epoch, @PathVariable String account) {
        long number = ProofInput.epoch(epoch);
        String wallet = ProofInput.account("account", account);
        Ownership.requireMayActFor(caller, wallet);
        return proofs.proof(number, wallet);
    }

    @GetMapping("/settlement")
    SettlementView settlement(@PathVariable String epoch) {
        return proofs.settlement(ProofInput.epoch(epoch));
    }

    @GetMapping("/leaves")
    LeavesPage leaves(@PathVariable String epoch, @RequestParam(required = false) String after,
            @RequestParam(required = false) String limit) {
        long number = ProofInput.epoch(epoch);
        String from = after == null ? null : ProofInput.account("after", after);
        return proofs.leaves(number, from, ProofInput.limit(limit, DEFAULT_LEAVES, MAX_LEAVES));
    }
}
