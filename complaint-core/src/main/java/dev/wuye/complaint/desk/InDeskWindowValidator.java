package dev.wuye.complaint.desk;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;

/**
 * Judges {@link InDeskWindow} by the clock, zone and window of the desk validating on this thread
 * ({@link ClockedValidator#judge()}).
 */
public final class InDeskWindowValidator implements ConstraintValidator<InDeskWindow, Object> {

    private InDeskWindow.Latest latest = InDeskWindow.Latest.ONE_YEAR;
    private String tooLate = "{wuye.time.tooLate}";
    private String tooEarly = "{wuye.time.tooEarly}";

    /** Creates the validator (Hibernate Validator instantiates it). */
    public InDeskWindowValidator() {
    }

    @Override
    public void initialize(InDeskWindow constraint) {
        latest = constraint.latest();
        tooLate = constraint.message();
        tooEarly = constraint.tooEarly();
    }

    @Override
    public boolean isValid(Object value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        ClockedValidator.Judge judge = ClockedValidator.judge();
        Instant now = judge.clock().instant();
        Instant end = latest == InDeskWindow.Latest.CLOCK_SKEW ? now.plus(judge.window().clockSkew())
                : now.atZone(judge.zone()).plusYears(1).toInstant();
        LocalDate first = judge.window().earliest();
        LocalDate lastDay = LocalDate.ofInstant(end, judge.zone());
        if (value instanceof Instant instant) {
            return within(context, instant.isBefore(judge.earliest()), instant.isAfter(end),
                    judge.earliest().toString(), end.toString(), judge);
        }
        if (value instanceof LocalDate date) {
            return within(context, date.isBefore(first), date.isAfter(lastDay), first.toString(), lastDay.toString(), judge);
        }
        if (value instanceof YearMonth month) {
            return within(context, month.isBefore(YearMonth.from(first)), month.isAfter(YearMonth.from(lastDay)),
                    YearMonth.from(first).toString(), YearMonth.from(lastDay).toString(), judge);
        }
        if (value instanceof Integer year) {
            return within(context, year < first.getYear(), year > lastDay.getYear(),
                    Integer.toString(first.getYear()), Integer.toString(lastDay.getYear()), judge);
        }
        throw new IllegalArgumentException("@InDeskWindow applies to Instant, LocalDate, YearMonth or an int year, not "
                + value.getClass().getName());
    }

    private boolean within(ConstraintValidatorContext context, boolean early, boolean late, String earliest,
                           String latestShown, ClockedValidator.Judge judge) {
        if (!early && !late) {
            return true;
        }
        ViolationDetail.report(context, early ? tooEarly : tooLate, new ViolationDetail(null, Map.of(
                "earliest", earliest, "latest", latestShown, "skew", judge.window().clockSkew().toString())));
        return false;
    }
}
