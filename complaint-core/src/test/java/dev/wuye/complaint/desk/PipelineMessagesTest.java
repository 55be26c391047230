package dev.wuye.complaint.desk;

import dev.wuye.complaint.Rejection;
import dev.wuye.complaint.lifecycle.Decision;
import dev.wuye.complaint.lifecycle.chart.LifecycleEngines;
import dev.wuye.complaint.lifecycle.LifecycleState;
import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import dev.wuye.complaint.lifecycle.Route;
import dev.wuye.complaint.lifecycle.TransitionFacts;
import dev.wuye.complaint.lifecycle.internal.ChartGuard;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static dev.wuye.complaint.desk.Staff.*;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The refusals of the command pipeline (desk, lifecycle, periodic actions) are bundle keys with an
 * English and a Chinese pattern, documented in docs/messages.md, and a host renders one result in
 * the caller's language, per call, from one desk.
 */
class PipelineMessagesTest extends DeskScenario {

    /** The areas whose keys this pipeline owns. */
    private static final Pattern KEY = Pattern.compile("\"((?:desk|lifecycle|period|report|visit)\\.[a-z][A-Za-z.]*)\"");
    private static final Pattern TEMPLATE = Pattern.compile("\"\\{(wuye\\.[A-Za-z.]+)}\"");

    private static Properties bundle(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = PipelineMessagesTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    private static Set<String> used(Pattern pattern) throws IOException {
        Set<String> keys = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                Matcher m = pattern.matcher(Files.readString(f));
                while (m.find()) {
                    keys.add(m.group(1));
                }
            }
        }
        return keys;
    }

    private static int arguments(String pattern) {
        return new MessageFormat(pattern, Locale.ROOT).getFormatsByArgumentIndex().length;
    }

    @Test
    @DisplayName("R-3.3 every refusal key of the pipeline has an English and a Chinese pattern with the same arguments, and is documented")
    void everyKeyHasEnglishAndChinese() throws IOException {
        Properties en = bundle("/dev/wuye/complaint/Messages.properties");
        Properties zh = bundle("/dev/wuye/complaint/Messages_zh_CN.properties");
        String doc = Files.readString(Path.of("../docs/messages.md"));
        Set<String> keys = used(KEY);
        for (ChartGuard g : ChartGuard.values()) {
            keys.add(g.messageKey());
        }
        assertThat(keys).contains("lifecycle.noTransition", "period.onlyHeadSignsMonthlyTable", "visit.dateInFuture");
        for (String key : keys) {
            assertThat(en.getProperty(key)).as("English %s", key).isNotBlank();
            assertThat(zh.getProperty(key)).as("Chinese %s", key).isNotBlank().isNotEqualTo(en.getProperty(key));
            assertThat(arguments(zh.getProperty(key))).as("arguments of %s", key).isEqualTo(arguments(en.getProperty(key)));
            assertThat(doc).as("docs/messages.md documents %s", key).contains("`" + key + "`");
        }
    }

    @Test
    @DisplayName("validation: every message key a command uses is in the English and both Chinese validation bundles")
    void everyValidationKeyInEveryBundle() throws IOException {
        Set<String> keys = used(TEMPLATE);
        keys.add("wuye.caseId.unknown");
        keys.add("wuye.category.unknown");
        for (String file : new String[]{"", "_en", "_zh", "_zh_CN"}) {
            Properties p = bundle("/dev/wuye/complaint/desk/ValidationMessages" + file + ".properties");
            assertThat(keys).as("ValidationMessages%s", file).allSatisfy(k -> assertThat(p.getProperty(k)).as(k).isNotBlank());
        }
    }

    @Test
    @DisplayName("R-4.6.3 one desk renders one result in two languages, chosen per call")
    void oneResultTwoLanguages() {
        CommandResult.Rejected r = reject(new SubmitMonthlyTable(RECEIVER, C01, YearMonth.of(2025, 3), "总结"));
        Rejection rejection = r.rejection();
        assertThat(rejection.ruleId()).isEqualTo("R-4.6.3");
        assertThat(rejection.message(Locale.ENGLISH)).isEqualTo("only the department head (部门负责人) of C01 signs its "
                + "monthly table; r-wang is RECEIVER of C01");
        assertThat(rejection.message(Locale.SIMPLIFIED_CHINESE))
                .isEqualTo("只有 C01 的部门负责人签署本部门的月度统计分析表；r-wang 是 C01 的 RECEIVER");
        assertThat(r.message()).isEqualTo(rejection.message(Locale.ENGLISH));

        CommandResult result = desk.submit(new ApproveSolution(HEAD, ""));
        assertThat(result).isInstanceOfSatisfying(CommandResult.Invalid.class, invalid ->
                assertThat(invalid.violations()).singleElement().satisfies(v -> {
                    assertThat(v.message(Locale.ENGLISH)).isEqualTo("case id (caseId) is required");
                    assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("案件编号（caseId）不能为空");
                    assertThat(v.message()).isEqualTo(v.message(Locale.ENGLISH));
                }));
    }

    @Test
    @DisplayName("R-4.3.2c a lifecycle refusal names the trigger and the state in the caller's language")
    void lifecycleRefusalInBothLanguages() {
        Decision d = LifecycleEngines.defaultEngine().decide(LifecycleState.AWAITING_CLASSIFICATION,
                LifecycleTrigger.APPROVE_SOLUTION, TransitionFacts.of(Route.UNCLASSIFIED));
        assertThat(d).isInstanceOfSatisfying(Decision.Reject.class, r -> {
            assertThat(r.rejection().messageKey()).isEqualTo("lifecycle.noTransition");
            assertThat(r.ruleId()).isEqualTo("R-4.3.2c");
            assertThat(r.rejection().message(Locale.ENGLISH)).startsWith("APPROVE_SOLUTION (批准方案) is not possible in state ");
            assertThat(r.rejection().message(Locale.SIMPLIFIED_CHINESE)).contains("不能执行“批准方案”（APPROVE_SOLUTION）");
        });
        Decision archived = LifecycleEngines.defaultEngine().decide(LifecycleState.FILED, LifecycleTrigger.CLASSIFY,
                TransitionFacts.of(Route.UNCLASSIFIED));
        assertThat(archived).isInstanceOfSatisfying(Decision.Reject.class, r -> {
            assertThat(r.rejection().message(Locale.ENGLISH)).isEqualTo("an archived case is final; it was FILED");
            assertThat(r.rejection().message(Locale.SIMPLIFIED_CHINESE)).isEqualTo("已归档的案件不可再变更；其状态为 FILED");
        });
    }
}
