package dev.wuye.complaint.examples.boot.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The pages keep to the host's Content-Security-Policy ({@code script-src 'self'; style-src 'self'}): no inline
 * script, no {@code style} element or attribute, no {@code on…} event handler in any template; scripts and
 * styles come from the application (the WebJar and {@code /console/assets/}), never from another host.
 */
class ConsoleTemplatesTest {

    static final Path TEMPLATES = Path.of("src/main/resources/templates");

    static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ELEMENT = Pattern.compile("<style\\b", Pattern.CASE_INSENSITIVE);
    static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\s(th:)?style\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern HANDLER = Pattern.compile("\\s(th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern REMOTE = Pattern.compile("(src|href)\\s*=\\s*\"(https?:)?//", Pattern.CASE_INSENSITIVE);

    @Test
    @DisplayName("no template has inline script, inline style, an event handler or a remote asset")
    void templatesKeepToThePolicy() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates = files.filter(p -> p.toString().endsWith(".html")).toList();
        }
        assertThat(templates).as("the console's templates").isNotEmpty()
                .anyMatch(p -> p.endsWith("console/layout.html"));
        List<String> findings = new ArrayList<>();
        for (Path t : templates) {
            String html = Files.readString(t);
            Matcher scripts = SCRIPT.matcher(html);
            while (scripts.find()) {
                if (!scripts.group(1).contains("src=")) {
                    findings.add(t + ": inline <script>");
                }
            }
            if (STYLE_ELEMENT.matcher(html).find()) {
                findings.add(t + ": <style> element");
            }
            if (STYLE_ATTRIBUTE.matcher(html).find()) {
                findings.add(t + ": style attribute");
            }
            if (HANDLER.matcher(html).find()) {
                findings.add(t + ": on… event handler");
            }
            if (REMOTE.matcher(html).find()) {
                findings.add(t + ": asset from another host");
            }
        }
        assertThat(findings).isEmpty();
    }

    @Test
    @DisplayName("the layout loads htmx from its WebJar and the console's own script and style sheet")
    void layoutLoadsLocalAssets() throws IOException {
        String layout = Files.readString(TEMPLATES.resolve("console/layout.html"));
        assertThat(layout).contains("@{/webjars/htmx.org/dist/htmx.min.js}")
                .contains("@{/console/assets/console.js}").contains("@{/console/assets/console.css}")
                .contains("name=\"viewport\"").contains("name=\"_csrf\"").contains("name=\"_csrf_header\"");
    }
}
