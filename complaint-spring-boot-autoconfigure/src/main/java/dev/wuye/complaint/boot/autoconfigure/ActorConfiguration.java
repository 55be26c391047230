package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.boot.actor.SecurityActorResolver;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who acts: with Spring Security on the class path, the {@link SecurityActorResolver} over the current
 * {@code Authentication} (settings under {@code wuye.complaint.actor.*}). Without it no resolver is declared:
 * the application declares its own {@link ActorResolver}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(name = "org.springframework.security.core.context.SecurityContextHolder")
class ActorConfiguration {

    /**
     * The actor of Spring Security's current authentication.
     *
     * @param props the settings
     * @return the resolver
     */
    @Bean
    @ConditionalOnMissingBean(ActorResolver.class)
    SecurityActorResolver securityActorResolver(ComplaintProperties props) {
        ComplaintProperties.ActorSettings a = props.getActor();
        return new SecurityActorResolver(a.getStaffIdAttribute(), a.getDepartmentAttribute(), a.getRolePrefix());
    }
}
