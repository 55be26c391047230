package dev.wuye.complaint.examples.boot.web;

import dev.wuye.complaint.boot.web.StrictJson;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The host reads command bodies with Spring's object mapper; made strict as the starter's own API reads them
 * ({@link StrictJson}): no coercion of scalars, duplicate keys and unknown fields refused, instants only as
 * ISO-8601 text. Such a body is answered 400 naming the field.
 */
@Configuration(proxyBeanMethods = false)
public class StrictJsonConfiguration {

    /**
     * Applies {@link StrictJson} to the mapper Spring Boot builds.
     *
     * @return the customizer
     */
    @Bean
    public Jackson2ObjectMapperBuilderCustomizer strictJson() {
        return builder -> builder.postConfigurer(StrictJson::apply);
    }
}
