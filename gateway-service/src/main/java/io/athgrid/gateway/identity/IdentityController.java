package io.athgrid.gateway.identity;

import io.athgrid.support.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Identity")
@RestController
class IdentityController {

    @Operation(summary = "The caller as the gateway sees it, and as the services will")
    @GetMapping("/api/identity/me")
    Mono<Caller> me(@AuthenticationPrincipal Caller caller) {
        return Mono.just(caller);
    }
}
