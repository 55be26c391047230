package dev.wuye.complaint.examples.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks the files a new user meets before any code: the two READMEs name the same commands and show the
 * same coordinates, CI runs the README's test command, and the BOM lists every published module at the
 * project's version (examples and benchmarks are not published).
 */
class ReleaseFilesTest {

    private static final Pattern FENCE = Pattern.compile("(?ms)^```(\\w*)\\n(.*?)^```$");

    private static final Path ROOT = repositoryRoot();

    @Test
    @DisplayName("README.md and README.zh-CN.md name the same commands, in the same order")
    void both_readmes_name_the_same_commands() throws IOException {
        List<String> english = commands(read("README.md"));
        List<String> chinese = commands(read("README.zh-CN.md"));

        assertThat(english).contains(
                "./mvnw -q -pl complaint-examples -am compile exec:java",
                "./mvnw verify",
                "./mvnw -DskipTests install");
        assertThat(chinese).as("commands of README.zh-CN.md, against README.md").isEqualTo(english);
    }

    @Test
    @DisplayName("README.md and README.zh-CN.md show the same Maven and Gradle coordinates")
    void both_readmes_show_the_same_coordinates() throws IOException {
        List<String> english = blocks(read("README.md"), "xml", "kotlin", "groovy");
        List<String> chinese = blocks(read("README.zh-CN.md"), "xml", "kotlin", "groovy");

        assertThat(english).anySatisfy(b -> assertThat(b)
                .contains("<artifactId>complaint-bom</artifactId>", "<type>pom</type>", "<scope>import</scope>"));
        assertThat(english).anySatisfy(b -> assertThat(b).contains("platform(\"dev.wuye:complaint-bom:"));
        assertThat(chinese).as("coordinates of README.zh-CN.md, against README.md").isEqualTo(english);
    }

    @Test
    @DisplayName("each README links the other in its first lines")
    void each_readme_links_the_other_at_the_top() throws IOException {
        assertThat(firstLines(read("README.md"), 5)).contains("](README.zh-CN.md)");
        assertThat(firstLines(read("README.zh-CN.md"), 5)).contains("](README.md)");
    }

    @Test
    @DisplayName("CI runs the README's test command (with -B) through the Maven wrapper")
    void ci_runs_the_readme_test_command() throws IOException {
        List<String> readme = commands(read("README.md"));
        assertThat(readme).contains("./mvnw verify");
        String ci = read(".ci/run");

        assertThat(ci.lines().map(String::strip)).contains("./mvnw -B verify");
        assertThat(ci).contains("check-quickstart.sh", "check-reproducible.sh");
        assertThat(ROOT.resolve("mvnw")).isExecutable();
        assertThat(ROOT.resolve("mvnw.cmd")).isRegularFile();
        assertThat(read(".mvn/wrapper/maven-wrapper.properties"))
                .contains("distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.")
                .contains("distributionSha256Sum=");
    }

    @Test
    @DisplayName("the BOM lists every published module at the project's version; examples and benchmarks are not deployed")
    void bom_lists_every_published_module() throws Exception {
        Document root = xml("pom.xml");
        Document bom = xml("complaint-bom/pom.xml");
        String version = text(root.getDocumentElement(), "version");
        assertThat(text(bom.getDocumentElement(), "version")).isEqualTo(version);
        assertThat(child(bom.getDocumentElement(), "parent")).as("the BOM has no parent").isNull();

        Set<String> managed = new LinkedHashSet<>();
        NodeList deps = bom.getElementsByTagName("dependency");
        for (int i = 0; i < deps.getLength(); i++) {
            Element d = (Element) deps.item(i);
            assertThat(text(d, "groupId")).isEqualTo("dev.wuye");
            assertThat(text(d, "version")).isEqualTo("${project.version}");
            managed.add(text(d, "artifactId"));
        }
        assertThat(managed).contains("complaint-persistence-spi", "complaint-persistence-tck", "complaint-core",
                "complaint-store-jdbc", "complaint-spring-boot-autoconfigure", "complaint-spring-boot-starter");

        NodeList modules = root.getElementsByTagName("module");
        for (int i = 0; i < modules.getLength(); i++) {
            String module = modules.item(i).getTextContent().strip();
            if (module.equals("complaint-bom")) {
                continue;
            }
            String pom = read(module + "/pom.xml");
            if (managed.contains(module)) {
                assertThat(pom).as(module + " builds its sources and javadoc jars")
                        .contains("<artifactId>maven-source-plugin</artifactId>",
                                "<artifactId>maven-javadoc-plugin</artifactId>")
                        .doesNotContain("<maven.deploy.skip>true</maven.deploy.skip>");
            } else {
                assertThat(pom).as(module + " is not in the BOM, so it is not deployed")
                        .contains("<maven.deploy.skip>true</maven.deploy.skip>");
            }
        }
    }

    /** The command lines of the shell blocks: comments dropped, continued lines joined. */
    private static List<String> commands(String markdown) {
        List<String> commands = new ArrayList<>();
        for (String block : blocks(markdown, "bash", "sh", "shell")) {
            StringBuilder current = new StringBuilder();
            for (String line : block.split("\n")) {
                String l = line.strip();
                if (current.isEmpty() && (l.isEmpty() || l.startsWith("#"))) {
                    continue;
                }
                int comment = l.indexOf("  #");
                if (comment >= 0) {
                    l = l.substring(0, comment).strip();
                }
                if (l.endsWith("\\")) {
                    current.append(l, 0, l.length() - 1).append(' ');
                    continue;
                }
                current.append(l);
                commands.add(current.toString().replaceAll("\\s+", " ").strip());
                current.setLength(0);
            }
        }
        return commands;
    }

    private static List<String> blocks(String markdown, String... languages) {
        List<String> blocks = new ArrayList<>();
        Matcher m = FENCE.matcher(markdown);
        while (m.find()) {
            if (List.of(languages).contains(m.group(1))) {
                blocks.add(m.group(2));
            }
        }
        return blocks;
    }

    private static String firstLines(String text, int n) {
        return String.join("\n", text.lines().limit(n).toList());
    }

    private static String read(String path) throws IOException {
        return Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8);
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(ROOT.resolve(path).toFile());
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getTagName().equals(name)) {
                return e;
            }
        }
        return null;
    }

    private static String text(Element parent, String name) {
        Element e = child(parent, name);
        return e == null ? null : e.getTextContent().strip();
    }

    private static Path repositoryRoot() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("README.zh-CN.md"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no README.zh-CN.md above " + System.getProperty("user.dir"));
        }
        return dir;
    }
}
