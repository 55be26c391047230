package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.examples.boot.web.Problems;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.savedrequest.NullRequestCache;

/**
 * Sign-in for the host, two filter chains:
 *
 * <ol>
 *   <li>the JSON API ({@code /api/**}), its description ({@code /v3/api-docs/**}) and the error page: HTTP Basic,
 *       stateless, no CSRF token (see {@link #api}); refusals as problem JSON ({@link ProblemSecurityAnswers});</li>
 *   <li>everything else — the staff console under {@code /console/**}: form login at {@code /login} (the page is
 *       the console's; Spring Security processes its POST), logout by POST {@code /logout}, CSRF tokens kept in the
 *       session; public: {@code /webjars/**}, {@code /console/assets/**}, {@code /actuator/health}, the login page,
 *       Swagger UI.</li>
 * </ol>
 *
 * <p>Both send the security headers ({@link #CONTENT_SECURITY_POLICY}, no framing, no MIME sniffing, same-origin
 * referrers). The users come from {@code wuye.host.users} ({@link ConfiguredUsers}) unless the application declares
 * its own {@link UserDetailsService} (its user table, LDAP: docs/security.md). The {@code X-Staff-*} headers count
 * only in the trusted-gateway mode ({@code wuye.host.security.trusted-gateway=true}, {@link TrustedGatewayFilter},
 * {@link HeaderActorResolver}); otherwise they are ignored. Without a web server (a job-only start) there are no
 * chains, only the users.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(HostSecurityProperties.class)
public class SecurityConfiguration {

    /**
     * The pages' Content-Security-Policy: every script, style and image from the application itself (WebJars and
     * {@code /console/assets}), no inline script or style, no plug-ins, never framed, forms posted only here.
     */
    public static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; style-src 'self'; "
            + "script-src 'self'; object-src 'none'; frame-ancestors 'none'; form-action 'self'; base-uri 'self'";

    /** Creates the configuration. */
    public SecurityConfiguration() {
    }

    /**
     * The JSON API: every request signs in with HTTP Basic (or comes through the trusted gateway); nothing is kept
     * between requests.
     *
     * @param http     Spring Security's builder
     * @param answers  the problem answers for 401 and 403
     * @param settings the sign-in mode
     * @return the chain
     * @throws Exception as Spring Security's builder declares
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain api(HttpSecurity http, ProblemSecurityAnswers answers, HostSecurityProperties settings)
            throws Exception {
        http.securityMatcher("/api/**", "/v3/api-docs", "/v3/api-docs/**", "/error")
                .authorizeHttpRequests(a -> a
                        // The error page answers problem JSON for errors raised before or outside Spring MVC; it
                        // changes nothing and shows no data.
                        .requestMatchers("/error").permitAll()
                        // The API's description is public: it is the published contract, holds no case data, and a
                        // client generator must read it before it can sign in.
                        .requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**").permitAll()
                        // Reloading the working-day calendar is an operator's act: the GMD maintains it.
                        .requestMatchers("/api/admin/**").hasAnyRole("GMD_STAFF", "GENERAL_MANAGER")
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.realmName(ProblemSecurityAnswers.REALM).authenticationEntryPoint(answers))
                .exceptionHandling(e -> e.authenticationEntryPoint(answers).accessDeniedHandler(answers))
                // No session: a client sends its credentials with each request, and no cookie identifies it.
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .requestCache(c -> c.requestCache(new NullRequestCache()))
                // CSRF rides on credentials a browser adds by itself, i.e. cookies; the API has no session cookie,
                // and every command body must be application/json (else 415), which no cross-site form can send
                // without a CORS preflight, which this application never allows. So no token here.
                .csrf(c -> c.disable())
                .formLogin(f -> f.disable())
                .logout(l -> l.disable())
                .headers(SecurityConfiguration::headers);
        if (settings.security().trustedGateway()) {
            http.addFilterBefore(new TrustedGatewayFilter(), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    /**
     * The pages: form login, session, CSRF tokens.
     *
     * @param http     Spring Security's builder
     * @param answers  the problem answer for a refused form (a missing or stale CSRF token)
     * @param settings the sign-in mode
     * @return the chain
     * @throws Exception as Spring Security's builder declares
     */
    @Bean
    @Order(2)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    SecurityFilterChain pages(HttpSecurity http, ProblemSecurityAnswers answers, HostSecurityProperties settings)
            throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/webjars/**", "/console/assets/**", "/actuator/health",
                                "/actuator/health/**", "/favicon.ico", "/error").permitAll()
                        .requestMatchers("/swagger-ui.html", "/swagger-ui/**").permitAll()
                        .anyRequest().authenticated())
                .formLogin(f -> f.loginPage("/login").defaultSuccessUrl("/console").permitAll())
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll())
                .csrf(c -> c.csrfTokenRepository(new HttpSessionCsrfTokenRepository()))
                .exceptionHandling(e -> e.accessDeniedHandler(answers))
                .headers(SecurityConfiguration::headers)
                .httpBasic(b -> b.disable());
        if (settings.security().trustedGateway()) {
            http.addFilterBefore(new TrustedGatewayFilter(), BasicAuthenticationFilter.class);
        }
        return http.build();
    }

    private static void headers(HeadersConfigurer<HttpSecurity> h) {
        h.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::deny)
                .contentTypeOptions(Customizer.withDefaults())
                .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy",
                        "camera=(), microphone=(), geolocation=(), payment=()"));
    }

    /**
     * The 401 and 403 answers as problem JSON.
     *
     * @param problems the problem texts
     * @return the answers
     */
    @Bean
    ProblemSecurityAnswers problemSecurityAnswers(Problems problems) {
        return new ProblemSecurityAnswers(problems);
    }

    /**
     * The users of {@code wuye.host.users}, unless the application declares its own directory.
     *
     * @param settings the configured users
     * @return the user directory
     */
    @Bean
    @ConditionalOnMissingBean(UserDetailsService.class)
    ConfiguredUsers configuredUsers(HostSecurityProperties settings) {
        return new ConfiguredUsers(settings.users());
    }

    /**
     * Passwords as {@code {id}hash}: {@code {bcrypt}} for the example, and whatever a migrated user table holds.
     *
     * @return the delegating encoder
     */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
