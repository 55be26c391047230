package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.boot.web.CommandOperations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of this host's case API ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui/index.html}): its commands take the same bodies as the starter's API, so the starter's
 * {@link CommandOperations} describes them one operation per command.
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocsConfiguration {

    /** Creates the configuration. */
    public ApiDocsConfiguration() {
    }

    /**
     * One typed operation per command under {@code /api/complaints}.
     *
     * @return the customizer
     */
    @Bean
    public CommandOperations commandOperations() {
        return new CommandOperations("/api/complaints");
    }
}
