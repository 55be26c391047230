package dev.wuye.complaint.examples.boot.console;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * The console's language: kept in a cookie ({@value #COOKIE}), switched by {@code ?lang=en} or
 * {@code ?lang=zh-CN} on any console page, Simplified Chinese until switched. Without the cookie the JSON API
 * keeps answering in the request's {@code Accept-Language}.
 */
@Configuration(proxyBeanMethods = false)
public class ConsoleWebConfiguration implements WebMvcConfigurer {

    /** The cookie that keeps the chosen language. */
    public static final String COOKIE = "wuye-lang";

    /** The request parameter that switches the language. */
    public static final String PARAM = "lang";

    /** Creates the configuration (Spring does). */
    public ConsoleWebConfiguration() {
    }

    /**
     * The locale resolver (named {@code localeResolver}, so Spring Boot's own steps aside).
     *
     * @return a cookie resolver, Chinese by default on pages, the Accept-Language on the API
     */
    @Bean
    public LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(ConsoleWebConfiguration::defaultLocale);
        return resolver;
    }

    private static Locale defaultLocale(HttpServletRequest request) {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                && request.getHeader("Accept-Language") != null) {
            return request.getLocale();
        }
        return Locale.SIMPLIFIED_CHINESE;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor change = new LocaleChangeInterceptor();
        change.setParamName(PARAM);
        change.setIgnoreInvalidLocale(true);
        registry.addInterceptor(change).addPathPatterns("/console", "/console/**", "/login");
    }
}
