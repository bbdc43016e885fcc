package io.athgrid.checker.slashing;

/** A step a slash proposal does not allow; {@link #refusal()} says why. */
public class SlashRefusedException extends RuntimeException {

    private final SlashRefusal refusal;

    public SlashRefusedException(SlashRefusal refusal) {
        super(refusal.detail());
        this.refusal = refusal;
    }

    public SlashRefusal refusal() {
        return refusal;
    }
}
