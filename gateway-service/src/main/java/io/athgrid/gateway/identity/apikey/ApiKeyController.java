package io.athgrid.gateway.identity.apikey;

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
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

@Tag(name = "API keys", description = "An enterprise's API keys, managed by an operator or the enterprise itself")
@RestController
@RequestMapping("/api/identity/enterprises/{enterpriseId}/api-keys")
class ApiKeyController {

    private final ApiKeyIssuance issuance;

    ApiKeyController(ApiKeyIssuance issuance) {
        this.issuance = issuance;
    }

    @Operation(summary = "Issue an API key; the key is in this answer and nowhere else, ever")
    @PostMapping
    Mono<ResponseEntity<IssuedKeyView>> issue(@AuthenticationPrincipal Caller caller,
            @PathVariable UUID enterpriseId, @Valid @RequestBody IssueKey request) {
        return Blocking.call(() -> issuance.issue(caller, enterpriseId, request.name().strip()))
                .map(IssuedKeyView::of)
                .map(view -> ResponseEntity
                        .created(URI.create("/api/identity/enterprises/" + enterpriseId + "/api-keys/" + view.id()))
                        .body(view));
    }

    @Operation(summary = "List the enterprise's keys (prefixes only, revoked ones included)")
    @GetMapping
    Mono<List<KeyView>> list(@AuthenticationPrincipal Caller caller, @PathVariable UUID enterpriseId) {
        return Blocking.call(() -> issuance.list(caller, enterpriseId).stream().map(KeyView::of).toList());
    }

    @Operation(summary = "Revoke a key; calls with it are refused from now on")
    @DeleteMapping("/{keyId}")
    Mono<ResponseEntity<Void>> revoke(@AuthenticationPrincipal Caller caller, @PathVariable UUID enterpriseId,
            @PathVariable UUID keyId) {
        return Blocking.run(() -> issuance.revoke(caller, enterpriseId, keyId))
                .thenReturn(ResponseEntity.noContent().build());
    }

    record IssueKey(
            @NotBlank @Size(max = 100) @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not hold control characters")
            String name) {
    }

    record IssuedKeyView(UUID id, String key, String prefix, String name, Instant createdAt) {

        static IssuedKeyView of(ApiKeyIssuance.IssuedApiKey issued) {
            ApiKey key = issued.key();
            return new IssuedKeyView(key.getId(), issued.secret(), key.prefix(), key.name(), key.createdAt());
        }
    }

    record KeyView(UUID id, String prefix, String name, Instant createdAt, Instant revokedAt) {

        static KeyView of(ApiKey key) {
            return new KeyView(key.getId(), key.prefix(), key.name(), key.createdAt(), key.revokedAt().orElse(null));
        }
    }
}
