package dev.wuye.complaint.examples.boot.records;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.examples.boot.security.CaseScope;
import dev.wuye.complaint.examples.boot.security.PersonalData;
import dev.wuye.complaint.examples.boot.web.DepartmentNotFoundException;
import dev.wuye.complaint.examples.boot.web.InvalidParameterException;
import dev.wuye.complaint.report.Form;
import dev.wuye.complaint.report.ReportTable;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The records of clause 5 as XLSX downloads: {@code GET /console/records/{form}.xlsx?department=C01&month=2026-11}
 * ({@link RecordForm} names the forms). {@code department} defaults to the person's own, {@code month} to the
 * current one. A department out of the person's reach ({@link CaseScope#departments}), an unknown form or
 * nobody signed in answers 404; a month that is not {@code yyyy-MM} answers 400. Phone numbers and addresses
 * are in full only for the department's receivers and duty officers ({@link PersonalData#export}); the file is
 * sent {@code no-store}, so no cache keeps personal data. Titles and headers in the request's language
 * (Chinese unless English is asked for).
 */
@Controller
public class RecordDownloadController {

    /** Where the downloads live. */
    public static final String PATH = "/console/records";

    private final ClauseFiveRecords records;
    private final CaseScope scope;
    private final PersonalData personalData;
    private final ActorResolver actors;
    private final Clock clock;

    /**
     * @param records      builds the records
     * @param scope        which departments a person reaches
     * @param personalData who sees personal data in full
     * @param actors       who is signed in
     * @param clock        the current month
     */
    public RecordDownloadController(ClauseFiveRecords records, CaseScope scope, PersonalData personalData,
                                    ActorResolver actors, Clock clock) {
        this.records = records;
        this.scope = scope;
        this.personalData = personalData;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * One record of a department's month.
     *
     * @param form       the form's name, e.g. {@code intake-log}
     * @param department the department; default the person's own
     * @param month      {@code yyyy-MM}; default the current month
     * @return the XLSX file
     */
    @GetMapping(PATH + "/{form}.xlsx")
    public ResponseEntity<byte[]> download(@PathVariable String form,
                                           @RequestParam(required = false) String department,
                                           @RequestParam(required = false) String month) {
        Actor actor = actors.currentActor().orElseThrow(RecordDownloadController::notFound);
        Form f = RecordForm.of(form).orElseThrow(RecordDownloadController::notFound);
        String dept = department == null || department.isBlank() ? actor.department() : department;
        Optional<Set<String>> reach = scope.departments(actor);
        if (dept == null || reach.isPresent() && !reach.get().contains(dept)) {
            throw new DepartmentNotFoundException(dept == null ? "" : dept);
        }
        YearMonth ym = month(month);
        ReportTable table = personalData.export(actor, dept, records.table(f, dept, ym));
        Locale locale = "en".equals(LocaleContextHolder.getLocale().getLanguage()) ? Locale.ENGLISH
                : Locale.SIMPLIFIED_CHINESE;
        String file = RecordForm.slug(f) + "-" + dept + "-" + ym + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(XlsxWorkbook.MEDIA_TYPE))
                .cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file, StandardCharsets.UTF_8).build().toString())
                .body(XlsxWorkbook.write(table, locale));
    }

    private YearMonth month(String month) {
        if (month == null || month.isBlank()) {
            return YearMonth.now(clock);
        }
        try {
            YearMonth ym = YearMonth.parse(month);
            if (ym.getYear() < 1970 || ym.getYear() > 9999) {
                throw new InvalidParameterException("month", month);
            }
            return ym;
        } catch (DateTimeParseException e) {
            throw new InvalidParameterException("month", month);
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
