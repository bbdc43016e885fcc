package io.athgrid.gateway.identity.siwe;

import io.athgrid.gateway.requestid.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Sign-In with Ethereum", description = "EIP-4361 sign-in for providers, stakers and checker operators")
@RestController
@RequestMapping("/api/identity/siwe")
class SiweController {

    private final SiweNonces nonces;
    private final SiweLogin login;
    private final List<Long> chainIds;

    SiweController(SiweNonces nonces, SiweLogin login, SiweProperties properties) {
        this.nonces = nonces;
        this.login = login;
        this.chainIds = properties.chainIds().stream().sorted().toList();
    }

    @Operation(summary = "A fresh nonce to put in the sign-in message; it works once, for a few minutes. "
            + "chainIds are the chains a message may name, so a wallet on another one can switch before signing")
    @GetMapping("/nonce")
    Mono<NonceView> nonce() {
        return Blocking.call(nonces::issue).map(issued -> new NonceView(issued.nonce(), issued.expiresAt(), chainIds));
    }

    @Operation(summary = "Exchange a signed EIP-4361 message for a session token (Authorization: Bearer ...)")
    @PostMapping("/login")
    Mono<SessionView> login(@Valid @RequestBody LoginRequest request) {
        return login.login(request.message(), request.signature())
                .map(session -> new SessionView(session.token(), session.expiresAt(), session.caller().id(),
                        sorted(session.caller().roles())));
    }

    private static List<String> sorted(Set<String> roles) {
        return roles.stream().sorted().toList();
    }

    record NonceView(String nonce, Instant expiresAt, List<Long> chainIds) {
    }

    record LoginRequest(
            @NotBlank @Size(max = 4096) String message,
            @NotBlank @Pattern(regexp = "0x[0-9a-fA-F]{130}", message = "must be 0x followed by 130 hex digits")
            String signature) {
    }

    record SessionView(String token, Instant expiresAt, String address, List<String> roles) {
    }
}
