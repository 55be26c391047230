package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Role;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * In the trusted-gateway mode only: a request carrying {@code X-Staff-Id} counts as authenticated by the gateway,
 * for this request alone (nothing is kept in a session), with the roles of {@code X-Staff-Roles} as
 * {@code ROLE_<ROLE>} authorities (unknown codes are left to {@link HeaderActorResolver}, which answers 400) and the
 * staff id and department as attributes. Never installed in the default mode.
 */
public class TrustedGatewayFilter extends OncePerRequestFilter {

    /** Creates the filter. */
    public TrustedGatewayFilter() {
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String staffId = request.getHeader(HeaderActorResolver.STAFF_ID);
        if (staffId != null && !staffId.isBlank()) {
            List<GrantedAuthority> authorities = new ArrayList<>();
            String roles = request.getHeader(HeaderActorResolver.ROLES);
            if (roles != null) {
                for (String code : roles.split(",")) {
                    for (Role r : Role.values()) {
                        if (r.name().equals(code.trim())) {
                            authorities.add(new SimpleGrantedAuthority("ROLE_" + r.name()));
                        }
                    }
                }
            }
            PreAuthenticatedAuthenticationToken token = new PreAuthenticatedAuthenticationToken(staffId, "N/A", authorities);
            String department = request.getHeader(HeaderActorResolver.DEPARTMENT);
            token.setDetails(department == null ? Map.of(StaffUser.STAFF_ID, staffId)
                    : Map.of(StaffUser.STAFF_ID, staffId, StaffUser.DEPARTMENT, department));
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(token);
            SecurityContextHolder.setContext(context);
        }
        chain.doFilter(request, response);
    }
}
