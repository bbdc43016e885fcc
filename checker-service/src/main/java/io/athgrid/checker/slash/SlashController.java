package io.athgrid.checker.slash;

import io.athgrid.checker.slashing.SlashState;
import io.athgrid.support.identity.Caller;
import io.athgrid.support.web.InvalidRequestException;
import io.athgrid.support.web.ResourceNotFoundException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.List;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.ObjectMapper;

/**
 * Slash proposals with their evidence. Owners see their containers' slashes and dispute them;
 * operators see all (the queue of disputes: {@code ?state=DISPUTED}) and resolve disputes.
 */
@RestController
@RequestMapping("/slashes")
class SlashController {

    private static final int LIMIT = 200;

    private final SlashStore slashes;
    private final SlashDecisions decisions;
    private final ObjectMapper json;

    SlashController(SlashStore slashes, SlashDecisions decisions, ObjectMapper json) {
        this.slashes = slashes;
        this.decisions = decisions;
        this.json = json;
    }

    /** The caller's slashes (an operator's: everyone's), newest first, at most 200. */
    @GetMapping
    @Transactional(readOnly = true)
    List<SlashView> list(@AuthenticationPrincipal Caller caller, @RequestParam(required = false) String containerId,
            @RequestParam(required = false) String state) {
        String owner = caller.isOperator() ? null : caller.id();
        return slashes.search(owner, containerId, state(state), LIMIT).stream().map(this::view).toList();
    }

    @GetMapping("/{slashId}")
    @Transactional(readOnly = true)
    SlashView get(@AuthenticationPrincipal Caller caller, @PathVariable String slashId) {
        return slashes.find(slashId)
                .filter(slash -> caller.mayActFor(slash.proposal().owner()))
                .map(this::view)
                .orElseThrow(() -> new ResourceNotFoundException("No slash " + slashId));
    }

    /** The container's owner objects, within the dispute window; the slash waits for an operator. */
    @PostMapping("/{slashId}/dispute")
    SlashView dispute(@AuthenticationPrincipal Caller caller, @PathVariable String slashId,
            @Valid @RequestBody DisputeRequest request) {
        return view(decisions.dispute(caller, slashId, request.statement()));
    }

    /** An operator upholds the disputed slash (it executes after the window) or rejects it (it never does). */
    @PostMapping("/{slashId}/resolution")
    SlashView resolve(@AuthenticationPrincipal Caller caller, @PathVariable String slashId,
            @Valid @RequestBody ResolutionRequest request) {
        return view(decisions.resolve(caller, slashId, "UPHELD".equals(request.resolution()), request.note()));
    }

    private SlashView view(StoredSlash slash) {
        return SlashView.of(slash, json.readTree(slash.evidenceJson()));
    }

    private static SlashState state(String state) {
        if (state == null) {
            return null;
        }
        return Arrays.stream(SlashState.values()).filter(candidate -> candidate.name().equals(state)).findFirst()
                .orElseThrow(() -> new InvalidRequestException("state", "unknown state " + state));
    }

    record DisputeRequest(@NotBlank @Size(max = 2000) String statement) {
    }

    record ResolutionRequest(
            @NotNull @Pattern(regexp = "UPHELD|REJECTED", message = "must be UPHELD or REJECTED") String resolution,
            @Size(max = 2000) String note) {
    }
}
