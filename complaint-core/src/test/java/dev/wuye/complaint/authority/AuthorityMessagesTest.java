package dev.wuye.complaint.authority;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.cases.AcceptingLevel;
import dev.wuye.complaint.cases.Case;
import dev.wuye.complaint.testdata.Cases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * –4.8: every authority denial names its rule with a key of the message bundle; its
 * English message is the text the library has always given, and its Simplified Chinese message
 * names the procedure's role in the procedure's own terms.
 */
class AuthorityMessagesTest {

    private static final Authority A = Authority.withDefaultGmd();
    private static final Actor HANDLER = Actor.of("h-zhao", "C01", Role.HANDLER);
    private static final Actor STRANGER = Actor.of("e-zhou", "C02", Role.EMPLOYEE, Role.RECEIVER);
    private static final Actor HEAD = Actor.of("d-wang", "C01", Role.DEPARTMENT_HEAD);
    private static final Actor RECEIVER = Actor.of("r-li", "C01", Role.RECEIVER);
    /** The receiver of the cases below ({@code Cases.base} records R1 as the receiver). */
    private static final Actor CASE_RECEIVER = Actor.of("R1", "C01", Role.RECEIVER);

    /** A case of C01 with the handler H1 and the co-handling department C03. */
    private static Case at(String escalationLevel, boolean major) {
        return Case.restore(Cases.base("A1", "C01", "COMPLAINT", "VALID", "OTHER", "PHONE", "2025-04-07")
                .escalationLevel(escalationLevel).major(major)
                .cycles(List.of(Cases.cycle(1, "2025-04-07", null)))
                .coHandlingDepartments(List.of("C03")).build());
    }

    private record Row(Supplier<Verdict> denial, String rule, String key, String english, String chineseTerm) {
    }

    private static List<Row> rows() {
        Case handlerLevel = at("HANDLER", false);
        return List.of(
                new Row(() -> A.onlyTheDutyOfficerHandsOver().decide(HANDLER, handlerLevel),
                        "R-4.2.4a", "authority.onlyDutyOfficerHandsOver",
                        "only the duty officer (值班人员) of C01 hands an off-hours registration over; h-zhao is HANDLER of C01",
                        "值班人员"),
                new Row(() -> A.onlyDutyOfficersRecordDutyHandling().decide(HANDLER, handlerLevel),
                        "R-4.3.1g/h", "authority.onlyDutyOfficerRecordsDutyHandling",
                        "only the duty officer (值班人员) of C01 records duty handling; h-zhao is HANDLER of C01",
                        "值班人员"),
                new Row(() -> A.onlyTheDutyOfficerReportsToTheHead().decide(HANDLER, handlerLevel),
                        "R-4.2.1c", "authority.onlyDutyOfficerReportsToHead",
                        "only the duty officer (值班人员) of C01 records a report of an important complaint to the head; h-zhao is HANDLER of C01",
                        "值班人员"),
                new Row(() -> A.onlyTheReceiverClassifies().decide(HANDLER, handlerLevel),
                        "R-4.2.4b", "authority.onlyReceiverClassifies",
                        "only the receiver (受理人) of C01 classifies an opinion; h-zhao is HANDLER of C01",
                        "受理人"),
                new Row(() -> A.onlyTheReceiverTransfersForCoHandling().decide(HANDLER, handlerLevel),
                        "R-4.3.1d", "authority.onlyReceiverTransfersForCoHandling",
                        "only the receiver (受理人) of C01 transfers the form for co-handling; h-zhao is HANDLER of C01",
                        "受理人"),
                new Row(() -> A.onlyTheReceiverUpdatesTheCustomer().decide(HANDLER, handlerLevel),
                        "R-4.4.1b", "authority.onlyReceiverUpdatesTheCustomer",
                        "only the receiver (受理人) of C01 updates the customer; h-zhao is HANDLER of C01",
                        "受理人"),
                new Row(() -> A.onlyTheReceiverFollowsUp().decide(HANDLER, handlerLevel),
                        "R-4.4.2b", "authority.onlyReceiverFollowsUp",
                        "only the receiver (受理人) of C01 does the follow-up; h-zhao is HANDLER of C01",
                        "受理人"),
                new Row(() -> A.onlyTheReceiverOrTheSupervisorDraftsOnlineReplies().decide(HANDLER, handlerLevel),
                        "R-4.4.2d5", "authority.onlyReceiverDraftsOnlineReplies",
                        "only the receiver (受理人) or the customer-service supervisor (客服主管) of C01 drafts an online reply; h-zhao is HANDLER of C01",
                        "受理人或客服主管"),
                new Row(() -> A.companyLevelOpinionsGoToTheGmd(AcceptingLevel.COMPANY, "C01"),
                        "R-3.2", "authority.companyOpinionsGoToTheGmd",
                        "an opinion accepted by the company is handled by the GMD (GMD), not by C01",
                        "综合管理部"),
                new Row(() -> A.companyLevelOpinionsGoToTheGmd(AcceptingLevel.SERVICE_CENTRE, "GMD"),
                        "R-3.2", "authority.gmdIsNoServiceCentre",
                        "the GMD (GMD) accepts at company level, not as a service centre",
                        "综合管理部"),
                new Row(() -> A.onlyTheHeadConfirmsInvalidity().decide(HANDLER, handlerLevel),
                        "R-4.2.4b", "authority.onlyHeadConfirmsInvalidity",
                        "only the head (部门负责人) of C01 confirms and signs an invalid complaint; h-zhao is HANDLER of C01",
                        "部门负责人"),
                new Row(() -> A.shortPathsByReceiverHandlerOrHead().decide(STRANGER, handlerLevel),
                        "R-3.3", "authority.onlyReceiverHandlerOrHeadClosesShortPaths",
                        "only the receiver, a handler or the head of C01 closes an inquiry, suggestion or praise; e-zhou is none of them",
                        "受理人"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("HANDLER", true)),
                        "R-4.3.1c", "authority.majorComplaintAssignedPersonally.head",
                        "a major complaint (重大投诉) is assigned by the head (部门负责人) of C01 personally; h-zhao may not",
                        "部门负责人"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("HANDLER", false)),
                        "R-4.3.1a", "authority.onlyDeciderAssigns.head",
                        "only the head (部门负责人) of C01 assigns handlers (or the receiver under delegation, R-4.3.1c); h-zhao is HANDLER of C01",
                        "部门负责人"),
                new Row(() -> A.onlyTheDecidingHeadApproves().decide(HANDLER, at("HANDLER", false)),
                        "R-4.3.2c", "authority.onlyDeciderApproves.head",
                        "only the head (部门负责人) of C01 approves a solution; h-zhao is HANDLER of C01",
                        "部门负责人"),
                new Row(() -> A.onlyTheDecidingHeadRejects().decide(HANDLER, at("HANDLER", false)),
                        "R-4.3.1e", "authority.onlyDeciderSendsBack.head",
                        "only the head (部门负责人) of C01 sends a solution back; h-zhao is HANDLER of C01",
                        "部门负责人"),
                new Row(() -> A.onlyTheDecidingHeadSignsTheResult().decide(HANDLER, at("HANDLER", false)),
                        "R-4.3.1e", "authority.onlyDeciderSignsTheResult.head",
                        "only the head (部门负责人) of C01 verifies and signs the handling result; a handler proposes, the head signs; h-zhao is HANDLER of C01",
                        "部门负责人"),
                new Row(() -> A.onlyTheHeadOpensCorrectiveAction().decide(HANDLER, at("HANDLER", false)),
                        "R-4.3.1b", "authority.onlyHeadOrDeciderOpensCorrectiveAction.head",
                        "only the head of C01 or the head (部门负责人) of C01 opens corrective and preventive action; h-zhao may not",
                        "部门负责人"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("GMD", true)),
                        "R-4.3.1c", "authority.majorComplaintAssignedPersonally.gmdHead",
                        "a major complaint (重大投诉) is assigned by the head of the GMD (GMD) personally; h-zhao may not",
                        "综合管理部"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("GMD", false)),
                        "R-4.3.1a", "authority.onlyDeciderAssigns.gmdHead",
                        "only the head of the GMD (GMD) assigns handlers (or the receiver under delegation, R-4.3.1c); h-zhao is HANDLER of C01",
                        "综合管理部"),
                new Row(() -> A.onlyTheDecidingHeadApproves().decide(HANDLER, at("GMD", false)),
                        "R-4.3.2c", "authority.onlyDeciderApproves.gmdHead",
                        "only the head of the GMD (GMD) approves a solution; h-zhao is HANDLER of C01",
                        "综合管理部"),
                new Row(() -> A.onlyTheDecidingHeadRejects().decide(HANDLER, at("GMD", false)),
                        "R-4.3.1e", "authority.onlyDeciderSendsBack.gmdHead",
                        "only the head of the GMD (GMD) sends a solution back; h-zhao is HANDLER of C01",
                        "综合管理部"),
                new Row(() -> A.onlyTheDecidingHeadSignsTheResult().decide(HANDLER, at("GMD", false)),
                        "R-4.3.1e", "authority.onlyDeciderSignsTheResult.gmdHead",
                        "only the head of the GMD (GMD) verifies and signs the handling result; a handler proposes, the head signs; h-zhao is HANDLER of C01",
                        "综合管理部"),
                new Row(() -> A.onlyTheHeadOpensCorrectiveAction().decide(HANDLER, at("GMD", false)),
                        "R-4.3.1b", "authority.onlyHeadOrDeciderOpensCorrectiveAction.gmdHead",
                        "only the head of C01 or the head of the GMD (GMD) opens corrective and preventive action; h-zhao may not",
                        "综合管理部"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", true)),
                        "R-4.3.1c", "authority.majorComplaintAssignedPersonally.managementRepresentative",
                        "a major complaint (重大投诉) is assigned by the management representative (管理者代表) personally; h-zhao may not",
                        "管理者代表"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-4.3.1a", "authority.onlyDeciderAssigns.managementRepresentative",
                        "only the management representative (管理者代表) assigns handlers (or the receiver under delegation, R-4.3.1c); h-zhao is HANDLER of C01",
                        "管理者代表"),
                new Row(() -> A.onlyTheDecidingHeadApproves().decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-4.3.2c", "authority.onlyDeciderApproves.managementRepresentative",
                        "only the management representative (管理者代表) approves a solution; h-zhao is HANDLER of C01",
                        "管理者代表"),
                new Row(() -> A.onlyTheDecidingHeadRejects().decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-4.3.1e", "authority.onlyDeciderSendsBack.managementRepresentative",
                        "only the management representative (管理者代表) sends a solution back; h-zhao is HANDLER of C01",
                        "管理者代表"),
                new Row(() -> A.onlyTheDecidingHeadSignsTheResult().decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-4.3.1e", "authority.onlyDeciderSignsTheResult.managementRepresentative",
                        "only the management representative (管理者代表) verifies and signs the handling result; a handler proposes, the head signs; h-zhao is HANDLER of C01",
                        "管理者代表"),
                new Row(() -> A.onlyTheHeadOpensCorrectiveAction().decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-4.3.1b", "authority.onlyHeadOrDeciderOpensCorrectiveAction.managementRepresentative",
                        "only the head of C01 or the management representative (管理者代表) opens corrective and preventive action; h-zhao may not",
                        "管理者代表"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("GENERAL_MANAGER", true)),
                        "R-4.3.1c", "authority.majorComplaintAssignedPersonally.generalManager",
                        "a major complaint (重大投诉) is assigned by the general manager (总经理) personally; h-zhao may not",
                        "总经理"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), false).decide(HANDLER, at("GENERAL_MANAGER", false)),
                        "R-4.3.1a", "authority.onlyDeciderAssigns.generalManager",
                        "only the general manager (总经理) assigns handlers (or the receiver under delegation, R-4.3.1c); h-zhao is HANDLER of C01",
                        "总经理"),
                new Row(() -> A.onlyTheDecidingHeadApproves().decide(HANDLER, at("GENERAL_MANAGER", false)),
                        "R-4.3.2c", "authority.onlyDeciderApproves.generalManager",
                        "only the general manager (总经理) approves a solution; h-zhao is HANDLER of C01",
                        "总经理"),
                new Row(() -> A.onlyTheDecidingHeadRejects().decide(HANDLER, at("GENERAL_MANAGER", false)),
                        "R-4.3.1e", "authority.onlyDeciderSendsBack.generalManager",
                        "only the general manager (总经理) sends a solution back; h-zhao is HANDLER of C01",
                        "总经理"),
                new Row(() -> A.onlyTheDecidingHeadSignsTheResult().decide(HANDLER, at("GENERAL_MANAGER", false)),
                        "R-4.3.1e", "authority.onlyDeciderSignsTheResult.generalManager",
                        "only the general manager (总经理) verifies and signs the handling result; a handler proposes, the head signs; h-zhao is HANDLER of C01",
                        "总经理"),
                new Row(() -> A.onlyTheHeadOpensCorrectiveAction().decide(HANDLER, at("GENERAL_MANAGER", false)),
                        "R-4.3.1b", "authority.onlyHeadOrDeciderOpensCorrectiveAction.generalManager",
                        "only the head of C01 or the general manager (总经理) opens corrective and preventive action; h-zhao may not",
                        "总经理"),
                new Row(() -> A.escalationGoesUpTheChain().decide(STRANGER, at("HANDLER", false)),
                        "R-4.3.1f", "authority.onlyHandlerOrHeadEscalates",
                        "at level HANDLER (处理人) only a handler of the case or the head (部门负责人) of C01 escalates; e-zhou is EMPLOYEE,RECEIVER of C02",
                        "部门负责人"),
                new Row(() -> A.escalationGoesUpTheChain().decide(STRANGER, at("DEPARTMENT_HEAD", false)),
                        "R-4.3.1f", "authority.onlyReceiverEscalatesBeyondTheDepartment",
                        "at level DEPARTMENT_HEAD (部门负责人) only the receiver (受理人) of C01 (beyond the department goes via the receiver to the GMD) escalates; e-zhou is EMPLOYEE,RECEIVER of C02",
                        "受理人"),
                new Row(() -> A.escalationGoesUpTheChain().decide(STRANGER, at("GMD", false)),
                        "R-4.3.1f", "authority.onlyGmdEscalates",
                        "at level GMD (综合管理部) only the GMD escalates; e-zhou is EMPLOYEE,RECEIVER of C02",
                        "综合管理部"),
                new Row(() -> A.escalationGoesUpTheChain().decide(STRANGER, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-4.3.1f", "authority.onlyManagementRepresentativeEscalates",
                        "at level MANAGEMENT_REPRESENTATIVE (管理者代表) only the management representative escalates; e-zhou is EMPLOYEE,RECEIVER of C02",
                        "管理者代表"),
                new Row(() -> A.escalationGoesUpTheChain().decide(STRANGER, at("GENERAL_MANAGER", false)),
                        "R-4.3.1f", "authority.onlyGeneralManagerEscalates",
                        "at level GENERAL_MANAGER (总经理) only the general manager escalates; e-zhou is EMPLOYEE,RECEIVER of C02",
                        "总经理"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao", "h-qian"), false).decide(HEAD, at("HANDLER", true)),
                        "R-4.3.1c", "authority.majorComplaintHandledPersonally",
                        "a major complaint (重大投诉) is handled by the head personally: d-wang must be among the handlers [h-zhao, h-qian]",
                        "部门负责人"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), true).decide(RECEIVER, handlerLevel),
                        "R-4.3.1c", "authority.noAssignmentDelegationOnRecord",
                        "no delegation of assignment from the head of C01 to the receiver r-li is on record",
                        "受理人"),
                new Row(() -> A.onlyTheHeadOrADelegatedReceiverAssigns(List.of("h-zhao"), true).decide(RECEIVER, at("DEPARTMENT_HEAD", false)),
                        "R-4.3.1c", "authority.assignmentDelegatedOnlyAtHandlerLevel",
                        "the head may delegate assignment to the receiver of C01 only at handler level; the case is at DEPARTMENT_HEAD",
                        "处理人"),
                new Row(() -> A.onlyHandlersInvestigate().decide(STRANGER, handlerLevel),
                        "R-4.3.2a", "authority.onlyHandlersInvestigate",
                        "only a handler assigned to the case [H1] records the investigation; e-zhou is not one",
                        "处理人"),
                new Row(() -> A.onlyHandlersProposeSolutions().decide(STRANGER, handlerLevel),
                        "R-4.3.1e", "authority.onlyHandlersProposeSolutions",
                        "only a handler assigned to the case [H1] proposes a solution; e-zhou is not one",
                        "处理人"),
                new Row(() -> A.handlersReportProgress().decide(STRANGER, handlerLevel),
                        "R-4.4.1a", "authority.onlyHandlersOrCoHandlersReportProgress",
                        "only a handler of the case [H1] or a co-handling department [C03] reports progress; e-zhou of C02 is neither",
                        "处理人"),
                new Row(() -> A.onlyTheCentreDirectorApprovesOnlineReplies().decide(HANDLER, handlerLevel),
                        "R-4.4.2d5", "authority.onlyCentreDirectorApprovesOnlineReplies",
                        "only the centre director (中心主任) of C01 approves an online reply before it is posted; h-zhao is HANDLER of C01",
                        "物业服务中心主任"),
                new Row(() -> A.archivedByTheReceiverOrTheGmd().decide(HANDLER, at("GMD", false)),
                        "R-4.8.4", "authority.companyLevelRecordsArchivedByTheGmd",
                        "a record handled at company level (SERVICE_CENTRE, GMD) is archived by the GMD; h-zhao is HANDLER of C01",
                        "综合管理部"),
                new Row(() -> A.archivedByTheReceiverOrTheGmd().decide(HANDLER, handlerLevel),
                        "R-3.3", "authority.onlyReceiverArchives",
                        "only the receiver (受理人) of C01 archives its records; h-zhao is HANDLER of C01",
                        "受理人"),
                new Row(() -> A.onlyTheReceiverFollowsUp().decide(RECEIVER, handlerLevel),
                        "R-4.4.2b", "authority.notTheCaseReceiver",
                        "R1 is the receiver (受理人) of this case; r-li acts as its receiver only after a recorded hand-over of the reception (TransferReception)",
                        "受理人"),
                new Row(() -> A.escalationGoesUpTheChain().decide(CASE_RECEIVER, at("DEPARTMENT_HEAD", false)),
                        "R-4.3.1f", "authority.escalationBeyondTheDepartmentNotDecided",
                        "the head (部门负责人) of C01 has not decided to send this case beyond the department; the receiver R1 carries it to the GMD only once the head has decided so (DecideEscalation)",
                        "部门负责人"),
                new Row(() -> A.onlyTheHeadDecidesEscalationBeyondTheDepartment().decide(RECEIVER, at("DEPARTMENT_HEAD", false)),
                        "R-4.3.1f", "authority.onlyHeadDecidesEscalation",
                        "only the head (部门负责人) of C01 decides that a case goes beyond the department to the GMD; r-li is RECEIVER of C01",
                        "部门负责人"),
                new Row(() -> A.majorImpactGoesToTheGeneralManager().decide(RECEIVER, handlerLevel),
                        "R-3.1", "authority.onlyDeciderRefersMajorImpact.head",
                        "only the head (部门负责人) of C01 or the general manager (总经理) refers an opinion of major impact to the general manager; r-li is RECEIVER of C01",
                        "总经理"),
                new Row(() -> A.majorImpactGoesToTheGeneralManager().decide(HEAD, at("GMD", false)),
                        "R-3.1", "authority.onlyDeciderRefersMajorImpact.gmdHead",
                        "only the head of the GMD (GMD) or the general manager (总经理) refers an opinion of major impact to the general manager; d-wang is DEPARTMENT_HEAD of C01",
                        "综合管理部"),
                new Row(() -> A.majorImpactGoesToTheGeneralManager().decide(HEAD, at("MANAGEMENT_REPRESENTATIVE", false)),
                        "R-3.1", "authority.onlyDeciderRefersMajorImpact.managementRepresentative",
                        "only the management representative (管理者代表) or the general manager (总经理) refers an opinion of major impact to the general manager; d-wang is DEPARTMENT_HEAD of C01",
                        "管理者代表"),
                new Row(() -> A.majorImpactGoesToTheGeneralManager().decide(HEAD, at("GENERAL_MANAGER", false)),
                        "R-3.1", "authority.onlyDeciderRefersMajorImpact.generalManager",
                        "only the general manager (总经理) takes an opinion of major impact; d-wang is DEPARTMENT_HEAD of C01",
                        "总经理"),
                new Row(() -> A.onlyTheCaseReceiverOrTheHeadTransfersReception().decide(RECEIVER, handlerLevel),
                        "R-3.3", "authority.onlyCaseReceiverOrHeadTransfersReception",
                        "only the case's receiver R1 or the head (部门负责人) of C01 hands the reception over to another receiver; r-li is RECEIVER of C01",
                        "受理人"));
    }

    @TestFactory
    Stream<DynamicTest> each_denial_speaks_english_as_before_and_chinese_in_the_procedures_terms() {
        return rows().stream().map(row -> DynamicTest.dynamicTest(row.key(), () -> {
            Verdict verdict = row.denial().get();
            assertThat(verdict).isInstanceOf(Verdict.Denied.class);
            Rejection rejection = ((Verdict.Denied) verdict).rejection();
            assertThat(rejection.ruleId()).isEqualTo(row.rule());
            assertThat(rejection.messageKey()).isEqualTo(row.key());
            assertThat(rejection.message()).isEqualTo(row.english());
            assertThat(rejection.message(Locale.ENGLISH)).isEqualTo(row.english());
            String chinese = rejection.message(Locale.SIMPLIFIED_CHINESE);
            assertThat(chinese).isNotEqualTo(row.english()).contains(row.chineseTerm())
                    .doesNotContain("{").doesNotContain("authority.")
                    // roles and levels by their Chinese names, not their codes
                    .doesNotContainPattern("HANDLER|EMPLOYEE|RECEIVER|_");
        }));
    }

    @Test
    void the_chinese_message_names_the_decider_and_the_actor_by_the_procedures_roles() {
        Verdict approve = A.onlyTheDecidingHeadApproves().decide(STRANGER, at("GMD", false));
        assertThat(((Verdict.Denied) approve).rejection().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("只有综合管理部（GMD）负责人可审批处理方案；e-zhou是C02的员工、受理人");
        Verdict archive = A.archivedByTheReceiverOrTheGmd().decide(HANDLER, at("MANAGEMENT_REPRESENTATIVE", false));
        assertThat(((Verdict.Denied) archive).rejection().message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("在公司层级处理的记录（服务中心受理，管理者代表层级）由综合管理部归档；h-zhao是C01的处理人");
    }

    @Test
    void every_key_of_the_authority_policies_is_exercised_above() throws IOException {
        Set<String> exercised = rows().stream().map(Row::key).collect(Collectors.toCollection(TreeSet::new));
        assertThat(exercised).isEqualTo(keys(bundle(""), "authority."));
    }

    @Test
    void every_authority_and_role_key_exists_in_english_and_chinese() throws IOException {
        Properties english = bundle("");
        Properties chinese = bundle("_zh_CN");
        for (String prefix : List.of("authority.", "role.")) {
            assertThat(keys(chinese, prefix)).as(prefix).isEqualTo(keys(english, prefix));
        }
        assertThat(keys(english, "authority.")).hasSize(rows().size());
        for (String key : keys(english, "authority.")) {
            assertThat(chinese.getProperty(key)).as(key).isNotEqualTo(english.getProperty(key));
        }
    }

    /** The bundle file of exactly one locale, without its parent. */
    private static Properties bundle(String suffix) throws IOException {
        String name = "/" + Rejection.BUNDLE.replace('.', '/') + suffix + ".properties";
        Properties properties = new Properties();
        try (InputStream in = AuthorityMessagesTest.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keys(Properties bundle, String prefix) {
        return bundle.stringPropertyNames().stream().filter(k -> k.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
