package io.athgrid.gateway.identity.enterprise;

import io.athgrid.gateway.requestid.Blocking;
import io.athgrid.support.identity.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "Enterprises", description = "Enterprise customers, registered by operators")
@RestController
@RequestMapping("/api/identity/enterprises")
class EnterpriseController {

    private final Enterprises enterprises;

    EnterpriseController(Enterprises enterprises) {
        this.enterprises = enterprises;
    }

    @Operation(summary = "Register an enterprise (operators only)")
    @PostMapping
    Mono<ResponseEntity<EnterpriseView>> register(@AuthenticationPrincipal Caller caller,
            @Valid @RequestBody RegisterEnterprise request) {
        return Blocking.call(() -> enterprises.register(caller, request.name().strip()))
                .map(EnterpriseView::of)
                .map(view -> ResponseEntity.created(URI.create("/api/identity/enterprises/" + view.id())).body(view));
    }

    @Operation(summary = "List enterprises (operators only)")
    @GetMapping
    Mono<List<EnterpriseView>> list(@AuthenticationPrincipal Caller caller) {
        return Blocking.call(() -> enterprises.list(caller).stream().map(EnterpriseView::of).toList());
    }

    record RegisterEnterprise(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters")
            String name) {
    }

    record EnterpriseView(UUID id, String name, Instant createdAt) {

        static EnterpriseView of(Enterprise enterprise) {
            return new EnterpriseView(enterprise.getId(), enterprise.name(), enterprise.createdAt());
        }
    }
}
