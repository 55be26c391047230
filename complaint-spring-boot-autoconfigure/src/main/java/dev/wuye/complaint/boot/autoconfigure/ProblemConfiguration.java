package dev.wuye.complaint.boot.autoconfigure;

import dev.wuye.complaint.boot.web.ProblemExceptionHandler;
import dev.wuye.complaint.boot.web.RequestSizeLimitFilter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Problem JSON for every error of a servlet host and a limit on the size of request bodies
 * ({@code wuye.complaint.web.max-request-size}, 256KB by default), whether or not the starter's own case API
 * is served. A host's own {@link ResponseEntityExceptionHandler} replaces the starter's
 * {@link ProblemExceptionHandler} (extend it to keep its answers).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass(name = "org.springframework.web.servlet.DispatcherServlet")
class ProblemConfiguration {

    /**
     * Problem JSON for the exceptions of Spring MVC and of the desk.
     *
     * @return the advice
     */
    @Bean
    @ConditionalOnMissingBean(ResponseEntityExceptionHandler.class)
    ProblemExceptionHandler complaintProblemExceptionHandler() {
        return new ProblemExceptionHandler();
    }

    /**
     * The request size limit.
     *
     * @param props the settings
     * @return the filter
     */
    @Bean
    @ConditionalOnMissingBean
    RequestSizeLimitFilter complaintRequestSizeLimitFilter(ComplaintProperties props) {
        return new RequestSizeLimitFilter(props.getWeb().getMaxRequestSize().toBytes());
    }
}
