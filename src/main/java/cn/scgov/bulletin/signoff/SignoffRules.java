package cn.scgov.bulletin.signoff;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * What a bulletin's administrator allows in sign-off: at most {@code maxAddedSigners} signers added to
 * one issue (0: adding is off), whether only leaders may be added as the last step, and after how many
 * hours an open sign-off step is overdue (0: never; the editor may urge an overdue step).
 */
public record SignoffRules(
        @Min(value = 0, message = "加签人数不能为负") @Max(value = 10, message = "加签人数不超过 10") int maxAddedSigners,
        boolean leadersOnlyLastStep,
        @Min(value = 0, message = "办理时限不能为负") @Max(value = 720, message = "办理时限不超过 720 小时") int stepDueHours,
        int version) {

    /** The rules of a bulletin whose administrator has not set any. */
    public static final SignoffRules DEFAULTS = new SignoffRules(3, true, 24, 0);
}
