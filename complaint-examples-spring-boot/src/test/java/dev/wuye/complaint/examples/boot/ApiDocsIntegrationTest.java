package dev.wuye.complaint.examples.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wuye.complaint.boot.web.CaseCommands;
import dev.wuye.complaint.desk.CaseCommand;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;

/** The host's API describes itself: {@code /v3/api-docs} has a typed operation for intake and every command. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:api-docs-it;DB_CLOSE_DELAY=-1",
        "db-scheduler.enabled=false"})
class ApiDocsIntegrationTest {

    @Value("${local.server.port}")
    int port;

    @Test
    @DisplayName("/v3/api-docs: one operation per command, its body the command record without actor and caseId, with 403 and 409 problems")
    @SuppressWarnings("unchecked")
    void everyCommandIsDescribed() {
        Api.Answer docs = new Api(port).get("/v3/api-docs", null, "en");
        assertThat(docs.status()).isEqualTo(200);
        Map<String, Object> paths = (Map<String, Object>) docs.body().get("paths");
        Map<String, Object> schemas = (Map<String, Object>) ((Map<String, Object>) docs.body().get("components"))
                .get("schemas");
        assertThat(paths).doesNotContainKey("/api/complaints/{id}/{command}");
        assertThat((Map<String, Object>) ((Map<String, Object>) paths.get("/api/complaints")).get("post"))
                .containsEntry("operationId", "ReceiveOpinion");
        for (Map.Entry<String, Class<? extends CaseCommand>> c : CaseCommands.BY_PATH.entrySet()) {
            Map<String, Object> post = (Map<String, Object>) ((Map<String, Object>) paths
                    .get("/api/complaints/{id}/" + c.getKey())).get("post");
            assertThat(post).as(c.getKey()).containsEntry("operationId", c.getValue().getSimpleName());
            assertThat((Map<String, Object>) post.get("responses")).as(c.getKey()).containsKeys("200", "400", "403", "409");
            Map<String, Object> body = (Map<String, Object>) schemas.get(c.getValue().getSimpleName() + "Body");
            assertThat(body).as(c.getKey()).isNotNull();
            assertThat((Map<String, Object>) body.getOrDefault("properties", Map.of())).as(c.getKey())
                    .doesNotContainKeys("actor", "caseId");
        }
        Map<String, Object> intake = (Map<String, Object>) ((Map<String, Object>) schemas.get("ReceiveOpinionBody"))
                .get("properties");
        assertThat(intake).containsKeys("idempotencyKey", "channel", "customer", "routing").doesNotContainKey("recorder");
        // Every operation signs in with HTTP Basic: declared, so that Swagger UI asks for it.
        assertThat((Map<String, Object>) ((Map<String, Object>) docs.body().get("components")).get("securitySchemes"))
                .containsEntry("basic", Map.of("type", "http", "scheme", "basic"));
        assertThat((List<Object>) docs.body().get("security")).containsExactly(Map.of("basic", List.of()));
    }
}
