package dev.wuye.complaint.examples.boot.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.lifecycle.LifecycleTrigger;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The problem texts exist in both languages, for every rule a lifecycle step names. */
class ProblemMessagesTest {

    static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = ProblemMessagesTest.class.getResourceAsStream("/messages/" + name)) {
            assertThat(in).as(name).isNotNull();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    @DisplayName("English and Chinese problem bundles have the same keys")
    void sameKeys() throws IOException {
        assertThat(load("problems_zh.properties").keySet()).isEqualTo(load("problems.properties").keySet());
    }

    @Test
    @DisplayName("Every rule a lifecycle trigger names has a statement in both languages")
    void everyTriggerRuleIsStated() throws IOException {
        Properties en = load("problems.properties");
        Properties zh = load("problems_zh.properties");
        for (LifecycleTrigger t : LifecycleTrigger.values()) {
            assertThat(en.getProperty("rule." + t.ruleId())).as("en %s", t.ruleId()).isNotBlank();
            assertThat(zh.getProperty("rule." + t.ruleId())).as("zh %s", t.ruleId()).containsPattern("\\p{IsHan}");
        }
    }
}
