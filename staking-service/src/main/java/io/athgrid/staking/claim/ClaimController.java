package io.athgrid.staking.claim;

import io.athgrid.support.identity.WalletAccess;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.IdempotencyKey;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.InvalidRequestException.FieldError;
import java.math.BigInteger;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A wallet claims its available vATH and follows its claims; one wallet never sees another's claims. */
@RestController
class ClaimController {

    private static final Pattern WEI = Pattern.compile("[0-9]{1,78}");
    private static final String REPLAYED = "Idempotent-Replayed";

    private final Claims claims;
    private final Clock clock;

    ClaimController(Claims claims, Clock clock) {
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * 201 with the claim; 400 problem+json for a malformed, too small or uncovered amount, an unknown
     * option or a malformed {@code Idempotency-Key}. A repeat under the same key answers the same claim,
     * as it is now, marked replayed; 409 when the key was used for a different claim.
     */
    @PostMapping("/claims")
    ResponseEntity<ClaimView> claim(@AuthenticationPrincipal Caller caller,
            @RequestHeader(name = IdempotencyKey.HEADER, required = false) String idempotencyKey,
            @RequestBody ClaimRequest request) {
        String wallet = WalletAccess.ownWallet(caller);
        List<FieldError> errors = new ArrayList<>();
        IdempotencyKey key = null;
        try {
            key = IdempotencyKey.fromHeader(idempotencyKey);
        } catch (InvalidRequestException malformed) {
            errors.addAll(malformed.errors());
        }
        BigInteger amount = null;
        if (request.amountWei() == null || !WEI.matcher(request.amountWei()).matches()) {
            errors.add(new FieldError("amountWei", "required: whole wei as a decimal string"));
        } else {
            amount = new BigInteger(request.amountWei());
        }
        ClaimOption option = option(request.option());
        if (option == null) {
            errors.add(new FieldError("option", "required: one of " + Arrays.toString(ClaimOption.values())));
        }
        if (!errors.isEmpty()) {
            throw new InvalidRequestException("The claim is invalid", errors);
        }
        Claims.Submission submission = claims.submit(wallet, amount, option, key);
        Claim claim = submission.claim();
        ResponseEntity.BodyBuilder created = ResponseEntity.created(URI.create("claims/" + claim.id()));
        if (submission.replayed()) {
            created.header(REPLAYED, "true");
        }
        return created.body(ClaimView.of(claim, clock.instant()));
    }

    @GetMapping("/claims")
    List<ClaimView> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String account) {
        String wallet = WalletAccess.accountFor(caller, account, "account");
        return claims.of(wallet).stream().map(claim -> ClaimView.of(claim, clock.instant())).toList();
    }

    private static ClaimOption option(String name) {
        return Arrays.stream(ClaimOption.values()).filter(option -> option.name().equals(name)).findFirst()
                .orElse(null);
    }
}
