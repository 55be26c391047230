package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.boot.web.CommandOperations;
import dev.wuye.complaint.boot.web.ComplaintApiController;
import dev.wuye.complaint.desk.ComplaintDesk;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The case REST API ({@link ComplaintApiController}) in a servlet web application, under
 * {@code wuye.complaint.web.base-path}; off with {@code wuye.complaint.web.enabled=false}. With springdoc on the
 * class path its OpenAPI document describes one operation per command ({@link CommandOperations}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
@ConditionalOnProperty(prefix = "wuye.complaint.web", name = "enabled", havingValue = "true", matchIfMissing = true)
class WebConfiguration {

    /**
     * The API; without any {@link ActorResolver} nobody acts (every command is invalid for want of an actor).
     *
     * @param desk   the desk
     * @param actors who acts
     * @param props  the settings
     * @return the controller
     */
    @Bean
    @ConditionalOnMissingBean
    ComplaintApiController complaintApiController(ComplaintDesk desk, ObjectProvider<ActorResolver> actors,
                                                  ComplaintProperties props) {
        return new ComplaintApiController(desk, actors.getIfAvailable(() -> Optional::empty), props.getLocale());
    }

    /** The OpenAPI description, with springdoc. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = "org.springdoc.core.customizers.OpenApiCustomizer")
    static class OpenApi {

        @Bean
        @ConditionalOnMissingBean
        CommandOperations complaintCommandOperations(ComplaintProperties props) {
            return new CommandOperations(props.getWeb().getBasePath());
        }
    }
}
