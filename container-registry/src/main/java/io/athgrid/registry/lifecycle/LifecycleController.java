package io.athgrid.registry.lifecycle;

import io.athgrid.registry.container.ContainerAccess;
import io.athgrid.registry.container.ContainerView;
import io.athgrid.registry.container.ContainerViews;
import io.athgrid.support.identity.Caller;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A container's status history, its retirement by the owner, and operators' transitions. */
@RestController
@RequestMapping("/containers/{id}")
class LifecycleController {

    private final ContainerAccess access;
    private final ContainerTransitions transitions;
    private final StatusHistory history;
    private final ContainerViews views;

    LifecycleController(ContainerAccess access, ContainerTransitions transitions, StatusHistory history,
            ContainerViews views) {
        this.access = access;
        this.transitions = transitions;
        this.history = history;
        this.views = views;
    }

    @GetMapping("/history")
    List<StatusChange> history(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        access.find(caller, id);
        return history.of(id);
    }

    /** Without stake the container retires at once; with stake it dissolves (unbonds) first; never while SERVING. */
    @PostMapping("/retire")
    @Transactional
    ContainerView retire(@AuthenticationPrincipal Caller caller, @PathVariable UUID id) {
        access.find(caller, id);
        return views.of(transitions.apply(id, LifecycleTrigger.RETIRE_REQUESTED, "retired by " + caller.id()));
    }

    @PostMapping("/transitions")
    @PreAuthorize("hasRole('OPERATOR')")
    @Transactional
    ContainerView transition(@AuthenticationPrincipal Caller caller, @PathVariable UUID id,
            @Valid @RequestBody TransitionRequest request) {
        String note = request.reason() == null ? "by operator " + caller.id() : request.reason();
        return views.of(transitions.apply(id, request.trigger(), note));
    }

    record TransitionRequest(@NotNull LifecycleTrigger trigger, @Size(max = 500) String reason) {
    }
}
