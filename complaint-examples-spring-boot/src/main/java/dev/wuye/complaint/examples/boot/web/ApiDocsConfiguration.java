package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.boot.web.CommandOperations;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document of this host's case API ({@code /v3/api-docs}, Swagger UI at
 * {@code /swagger-ui/index.html}): its commands take the same bodies as the starter's API, so the starter's
 * {@link CommandOperations} describes them one operation per command. Every operation signs in with HTTP Basic
 * (docs/security.md), which the document declares, so that Swagger UI asks for it.
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

    /**
     * HTTP Basic, required by every operation.
     *
     * @return the customizer
     */
    @Bean
    public OpenApiCustomizer basicSignIn() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addSecuritySchemes("basic",
                    new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            api.addSecurityItem(new SecurityRequirement().addList("basic"));
        };
    }
}
