package dev.wuye.complaint.examples.boot.records;

import dev.wuye.complaint.report.Form;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A clause-5 record as its download names it: {@code intake-log}, {@code handling-form}, {@code visit-log},
 * {@code monthly-table}, {@code duty-handover-log}, {@code complaint-follow-up-register} and
 * {@code customer-communication} — the {@link Form} constant in lower case with hyphens.
 */
public final class RecordForm {

    private RecordForm() {
    }

    /**
     * The name of a form in its download's URL.
     *
     * @param form the form
     * @return e.g. {@code intake-log}
     */
    public static String slug(Form form) {
        return form.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The form a URL names.
     *
     * @param slug e.g. {@code intake-log}
     * @return the form, or empty for a name that is none
     */
    public static Optional<Form> of(String slug) {
        return Arrays.stream(Form.values()).filter(f -> slug(f).equals(slug)).findFirst();
    }

    /**
     * The download's path and query, for links from pages.
     *
     * @param form       the form
     * @param department the department
     * @param month      the month
     * @return e.g. {@code /console/records/intake-log.xlsx?department=C01&month=2026-11}
     */
    public static String url(Form form, String department, YearMonth month) {
        return RecordDownloadController.PATH + "/" + slug(form) + ".xlsx?department="
                + URLEncoder.encode(department, StandardCharsets.UTF_8) + "&month=" + month;
    }
}
