package io.athgrid.registry.lifecycle;

/** A trigger that the container's current state does not allow. */
public class IllegalTransitionException extends RuntimeException {

    private final ContainerStatus status;
    private final LifecycleTrigger trigger;

    public IllegalTransitionException(ContainerStatus status, LifecycleTrigger trigger) {
        super(trigger + " is not allowed while the container is " + status);
        this.status = status;
        this.trigger = trigger;
    }

    public ContainerStatus status() {
        return status;
    }

    public LifecycleTrigger trigger() {
        return trigger;
    }
}
