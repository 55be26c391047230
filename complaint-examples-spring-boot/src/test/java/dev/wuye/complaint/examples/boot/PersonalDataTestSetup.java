package dev.wuye.complaint.examples.boot;

import dev.wuye.complaint.desk.ComplaintDesk;
import dev.wuye.complaint.spi.CaseQuery;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Page;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the personal-data tests share (one application context for them): a clock set by hand, and a
 * test-only endpoint that answers with lists of cases, as a list or a board would.
 */
@TestConfiguration(proxyBeanMethods = false)
class PersonalDataTestSetup {

    /** Monday 10 March 2025, 10:00 in Shanghai: office hours on a working day. */
    static final LocalDateTime MONDAY_10_AM = LocalDateTime.of(2025, 3, 10, 10, 0);

    @Bean
    @Primary
    MutableClock testClock() {
        return new MutableClock(MONDAY_10_AM);
    }

    /**
     * Lists every case, as a list and as a page: what an endpoint that lists cases answers with (registered as
     * a member of this configuration).
     */
    @RestController
    static class CaseListing {
        private final ComplaintDesk desk;

        CaseListing(ComplaintDesk desk) {
            this.desk = desk;
        }

        @GetMapping("/api/test-only/cases")
        List<CaseSnapshot> list() {
            return desk.storage().cases().find(CaseQuery.all(), null, 500).items();
        }

        @GetMapping("/api/test-only/cases/page")
        Page<CaseSnapshot> page() {
            return desk.storage().cases().find(CaseQuery.all(), null, 500);
        }
    }
}
