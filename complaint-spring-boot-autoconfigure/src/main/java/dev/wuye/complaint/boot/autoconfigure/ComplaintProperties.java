package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.authority.Authority;
import dev.wuye.complaint.sla.OfficeHours;
import dev.wuye.complaint.sla.SlaPolicy;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;

// Over 400 lines: one class per property namespace keeps the generated metadata's groups where the IDE shows
// them; the length is getters and setters, one pair per property.
/**
 * The desk's settings under {@code wuye.complaint.*}. Every default is the procedure's number where it gives
 * one (time limits 3 and 7 working days, follow-up 2 working days, two customer updates a week) and the
 * library's own default otherwise (see {@code docs/rules.md}, Defaults).
 *
 * <p>A JavaBean (not a record) so that {@code spring-boot-configuration-processor} reads each default from its
 * field and each description from its comment, for the IDE's completion.
 */
@ConfigurationProperties(prefix = ComplaintProperties.PREFIX)
public class ComplaintProperties {

    /** The prefix of every property. */
    public static final String PREFIX = "wuye.complaint";

    /** The zone dates, working days and office hours are taken in. */
    private ZoneId zone = ZoneId.of("Asia/Shanghai");

    /** The language of refusals and field messages where a caller names none (zh_CN or en). */
    private Locale locale = Locale.forLanguageTag("zh-CN");

    /** The General Management Department's id. */
    private String gmdDepartment = Authority.DEFAULT_GMD_DEPARTMENT;

    /** Department id to the customer-service staff who owe return visits there. */
    private Map<String, Set<String>> visitRosters = new LinkedHashMap<>();

    /**
     * Department id to the receivers its head has delegated the right to assign handlers to (R-4.3.1c); without
     * an entry a receiver's delegated assignment is refused.
     */
    private Map<String, Set<String>> delegatedAssignment = new LinkedHashMap<>();

    /** Office hours on working days (R-4.2.1b). */
    private final OfficeHoursSettings officeHours = new OfficeHoursSettings();

    /** The SLA clocks and the scan. */
    private final Sla sla = new Sla();

    /** The working-day calendar's data. */
    private final Calendar calendar = new Calendar();

    /** Where the cases are kept. */
    private final Storage storage = new Storage();

    /** How the acting staff member is read from Spring Security's {@code Authentication}. */
    private final ActorSettings actor = new ActorSettings();

    /** The REST API. */
    private final Web web = new Web();

    /** @return the zone */
    public ZoneId getZone() {
        return zone;
    }

    /** @param zone the zone */
    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    /** @return the default language */
    public Locale getLocale() {
        return locale;
    }

    /** @param locale the default language */
    public void setLocale(Locale locale) {
        this.locale = locale;
    }

    /** @return the GMD's department id */
    public String getGmdDepartment() {
        return gmdDepartment;
    }

    /** @param gmdDepartment the GMD's department id */
    public void setGmdDepartment(String gmdDepartment) {
        this.gmdDepartment = gmdDepartment;
    }

    /** @return department to visiting staff */
    public Map<String, Set<String>> getVisitRosters() {
        return visitRosters;
    }

    /** @param visitRosters department to visiting staff */
    public void setVisitRosters(Map<String, Set<String>> visitRosters) {
        this.visitRosters = visitRosters;
    }

    /** @return department to receivers with delegated assignment */
    public Map<String, Set<String>> getDelegatedAssignment() {
        return delegatedAssignment;
    }

    /** @param delegatedAssignment department to receivers with delegated assignment */
    public void setDelegatedAssignment(Map<String, Set<String>> delegatedAssignment) {
        this.delegatedAssignment = delegatedAssignment;
    }

    /** @return the office hours */
    public OfficeHoursSettings getOfficeHours() {
        return officeHours;
    }

    /** @return the SLA settings */
    public Sla getSla() {
        return sla;
    }

    /** @return the calendar settings */
    public Calendar getCalendar() {
        return calendar;
    }

    /** @return the storage settings */
    public Storage getStorage() {
        return storage;
    }

    /** @return how the actor is read */
    public ActorSettings getActor() {
        return actor;
    }

    /** @return the REST API settings */
    public Web getWeb() {
        return web;
    }

    /** The REST API over the desk (servlet web applications). */
    public static class Web {

        /** Whether the starter's REST API is served. */
        private boolean enabled = true;

        /** The API's base path. */
        private String basePath = "/api/complaints";

        /** The largest request body accepted (JSON included); larger ones are answered 413 as problem JSON. */
        private org.springframework.util.unit.DataSize maxRequestSize =
                org.springframework.util.unit.DataSize.ofKilobytes(256);

        /** @return whether the API is served */
        public boolean isEnabled() {
            return enabled;
        }

        /** @param enabled whether the API is served */
        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        /** @return the base path */
        public String getBasePath() {
            return basePath;
        }

        /** @param basePath the base path */
        public void setBasePath(String basePath) {
            this.basePath = basePath;
        }

        /** @return the largest request body accepted */
        public org.springframework.util.unit.DataSize getMaxRequestSize() {
            return maxRequestSize;
        }

        /** @param maxRequestSize the largest request body accepted */
        public void setMaxRequestSize(org.springframework.util.unit.DataSize maxRequestSize) {
            this.maxRequestSize = maxRequestSize;
        }
    }

    /** Office hours on working days, in {@link #getZone() the zone}. */
    public static class OfficeHoursSettings {

        /** When the receiver starts accepting. */
        private LocalTime opens = OfficeHours.DEFAULT_OPENS;

        /** When the receiver stops accepting; afterwards the duty officer registers (R-4.2.1b). */
        private LocalTime closes = OfficeHours.DEFAULT_CLOSES;

        /** @return the opening time */
        public LocalTime getOpens() {
            return opens;
        }

        /** @param opens the opening time */
        public void setOpens(LocalTime opens) {
            this.opens = opens;
        }

        /** @return the closing time */
        public LocalTime getCloses() {
            return closes;
        }

        /** @param closes the closing time */
        public void setCloses(LocalTime closes) {
            this.closes = closes;
        }
    }

    /** The SLA policy: time limits, warning windows, the levels counted as the company, and the scan. */
    public static class Sla {

        /** Time limit of a case accepted by a service centre, working days. */
        private int serviceCentreLimitDays = 3;

        /** Time limit of a case accepted by the company (GMD), working days. */
        private int companyLimitDays = 7;

        /** Whether escalation to one of the company levels moves a centre's case to the company limit. */
        private boolean escalationSwitchesLimit = true;

        /** Escalation levels that count as the company. */
        private Set<String> companyLimitLevels = new LinkedHashSet<>(
                List.of("GMD", "MANAGEMENT_REPRESENTATIVE", "GENERAL_MANAGER"));

        /** Working days after completion the follow-up is due (R-4.4.2b, R-4.7.4). */
        private int followUpDays = 2;

        /** Warning window: a day clock is due soon this many working days before its deadline (0: on the day). */
        private int dueSoonWorkingDays = 1;

        /** Warning window of the handover before office hours open. */
        private Duration handoverDueSoon = Duration.ofMinutes(30);

        /** Customer updates a long-running complaint needs each calendar week (R-4.4.1b). */
        private int customerUpdatesPerWeek = 2;

        /** Opinion types the weekly customer updates apply to. */
        private Set<String> customerUpdateTypes = new LinkedHashSet<>(List.of("COMPLAINT"));

        /** The weekly review of a week is due by its Sunday plus this many working days (R-4.4.2d7). */
        private int weeklyReviewGraceWorkingDays;

        /** Whether the starter scans the SLA clocks itself (turn off when the application schedules its own scan). */
        private boolean scanEnabled = true;

        /** How often the SLA clocks are scanned. */
        private Duration scanInterval = Duration.ofMinutes(5);

        /**
         * The policy these settings describe.
         *
         * @return the SLA policy
         */
        public SlaPolicy toPolicy() {
            return SlaPolicy.builder().serviceCentreLimitDays(serviceCentreLimitDays).companyLimitDays(companyLimitDays)
                    .escalationSwitchesLimit(escalationSwitchesLimit).companyLimitLevels(Set.copyOf(companyLimitLevels))
                    .followUpDays(followUpDays).dueSoonWorkingDays(dueSoonWorkingDays).handoverDueSoon(handoverDueSoon)
                    .customerUpdatesPerWeek(customerUpdatesPerWeek).customerUpdateTypes(Set.copyOf(customerUpdateTypes))
                    .weeklyReviewGraceWorkingDays(weeklyReviewGraceWorkingDays).build();
        }

        /** @return days */
        public int getServiceCentreLimitDays() {
            return serviceCentreLimitDays;
        }

        /** @param v days */
        public void setServiceCentreLimitDays(int v) {
            this.serviceCentreLimitDays = v;
        }

        /** @return days */
        public int getCompanyLimitDays() {
            return companyLimitDays;
        }

        /** @param v days */
        public void setCompanyLimitDays(int v) {
            this.companyLimitDays = v;
        }

        /** @return whether escalation switches the limit */
        public boolean isEscalationSwitchesLimit() {
            return escalationSwitchesLimit;
        }

        /** @param v whether escalation switches the limit */
        public void setEscalationSwitchesLimit(boolean v) {
            this.escalationSwitchesLimit = v;
        }

        /** @return level codes */
        public Set<String> getCompanyLimitLevels() {
            return companyLimitLevels;
        }

        /** @param v level codes */
        public void setCompanyLimitLevels(Set<String> v) {
            this.companyLimitLevels = v;
        }

        /** @return days */
        public int getFollowUpDays() {
            return followUpDays;
        }

        /** @param v days */
        public void setFollowUpDays(int v) {
            this.followUpDays = v;
        }

        /** @return days */
        public int getDueSoonWorkingDays() {
            return dueSoonWorkingDays;
        }

        /** @param v days */
        public void setDueSoonWorkingDays(int v) {
            this.dueSoonWorkingDays = v;
        }

        /** @return the handover warning */
        public Duration getHandoverDueSoon() {
            return handoverDueSoon;
        }

        /** @param v the handover warning */
        public void setHandoverDueSoon(Duration v) {
            this.handoverDueSoon = v;
        }

        /** @return updates a week */
        public int getCustomerUpdatesPerWeek() {
            return customerUpdatesPerWeek;
        }

        /** @param v updates a week */
        public void setCustomerUpdatesPerWeek(int v) {
            this.customerUpdatesPerWeek = v;
        }

        /** @return type codes */
        public Set<String> getCustomerUpdateTypes() {
            return customerUpdateTypes;
        }

        /** @param v type codes */
        public void setCustomerUpdateTypes(Set<String> v) {
            this.customerUpdateTypes = v;
        }

        /** @return days */
        public int getWeeklyReviewGraceWorkingDays() {
            return weeklyReviewGraceWorkingDays;
        }

        /** @param v days */
        public void setWeeklyReviewGraceWorkingDays(int v) {
            this.weeklyReviewGraceWorkingDays = v;
        }

        /** @return whether the starter scans */
        public boolean isScanEnabled() {
            return scanEnabled;
        }

        /** @param v whether the starter scans */
        public void setScanEnabled(boolean v) {
            this.scanEnabled = v;
        }

        /** @return the scan interval */
        public Duration getScanInterval() {
            return scanInterval;
        }

        /** @param v the scan interval */
        public void setScanInterval(Duration v) {
            this.scanInterval = v;
        }
    }

    /** The working-day calendar's data files. */
    public static class Calendar {

        /**
         * Holiday notices (holiday-cn JSON) loaded over the bundled calendar at start-up: each a file, a directory
         * (every YYYY.json in it), a classpath: resource or a URL. A bad file stops the start-up naming the entry.
         */
        private List<String> data = new ArrayList<>();

        /** @return the locations */
        public List<String> getData() {
            return data;
        }

        /** @param data the locations */
        public void setData(List<String> data) {
            this.data = data;
        }
    }

    /** Where the cases are kept. */
    public static class Storage {

        /**
         * Keep the cases in memory even when the application has a DataSource (they are lost on restart). By
         * default the JDBC store is used on the application's DataSource, and memory only when there is none.
         */
        private boolean memory;

        /** @return whether the cases are kept in memory */
        public boolean isMemory() {
            return memory;
        }

        /** @param memory whether the cases are kept in memory */
        public void setMemory(boolean memory) {
            this.memory = memory;
        }
    }

    /** How the default {@code ActorResolver} reads Spring Security's {@code Authentication}. */
    public static class ActorSettings {

        /** The claim or attribute holding the staff id; the authentication's name when absent. */
        private String staffIdAttribute = "staff_id";

        /** The claim or attribute holding the department id. */
        private String departmentAttribute = "department";

        /** The prefix stripped from authorities before they are read as role codes (e.g. ROLE_RECEIVER). */
        private String rolePrefix = "ROLE_";

        /** @return the staff id attribute */
        public String getStaffIdAttribute() {
            return staffIdAttribute;
        }

        /** @param v the staff id attribute */
        public void setStaffIdAttribute(String v) {
            this.staffIdAttribute = v;
        }

        /** @return the department attribute */
        public String getDepartmentAttribute() {
            return departmentAttribute;
        }

        /** @param v the department attribute */
        public void setDepartmentAttribute(String v) {
            this.departmentAttribute = v;
        }

        /** @return the role prefix */
        public String getRolePrefix() {
            return rolePrefix;
        }

        /** @param v the role prefix */
        public void setRolePrefix(String v) {
            this.rolePrefix = v;
        }
    }
}
