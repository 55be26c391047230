package dev.wuye.complaint.examples.boot.security;

import dev.wuye.complaint.authority.Actor;
import dev.wuye.complaint.boot.actor.ActorResolver;
import dev.wuye.complaint.spi.CaseSnapshot;
import dev.wuye.complaint.spi.Page;
import java.util.Collection;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.lang.NonNull;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;

/**
 * Every case the JSON API answers with passes through here on its way out, so no endpoint can forget
 * {@link PersonalData}: a single case — {@code GET /api/complaints/{id}}, the case an intake or a command
 * answers with — is shown as the signed-in person may see it on the case page ({@link
 * PersonalData#caseView}: in full for the case's receiver and handlers, masked for everyone else); a list or
 * a page of cases is always masked ({@link PersonalData#listed}). Controllers may also call {@link #of} and
 * {@link #list} themselves; a case passed twice stays as the first call made it, since masking is idempotent.
 */
@ControllerAdvice
public class CaseViews implements ResponseBodyAdvice<Object> {

    private final PersonalData personalData;
    private final ActorResolver actors;

    /**
     * @param personalData the policy
     * @param actors       who is signed in
     */
    public CaseViews(PersonalData personalData, ActorResolver actors) {
        this.personalData = personalData;
        this.actors = actors;
    }

    /**
     * A case as the signed-in person may see it on the case page.
     *
     * @param c the case as stored
     * @return the case to answer with
     */
    public CaseSnapshot of(CaseSnapshot c) {
        Actor actor = actors.currentActor().orElse(null);
        return personalData.caseView(actor, c);
    }

    /**
     * Cases as a list shows them: every customer masked.
     *
     * @param cases the cases as stored
     * @return the cases to answer with
     */
    public static List<CaseSnapshot> list(Collection<CaseSnapshot> cases) {
        return cases.stream().map(PersonalData::listed).toList();
    }

    @Override
    public boolean supports(@NonNull MethodParameter returnType,
                            @NonNull Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object beforeBodyWrite(Object body, @NonNull MethodParameter returnType,
                                  @NonNull MediaType selectedContentType,
                                  @NonNull Class<? extends HttpMessageConverter<?>> selectedConverterType,
                                  @NonNull ServerHttpRequest request, @NonNull ServerHttpResponse response) {
        if (body instanceof CaseSnapshot c) {
            return of(c);
        }
        if (body instanceof Collection<?> items && !items.isEmpty()
                && items.stream().anyMatch(CaseSnapshot.class::isInstance)) {
            return items.stream().map(i -> i instanceof CaseSnapshot c ? PersonalData.listed(c) : i).toList();
        }
        if (body instanceof Page<?> page && page.items().stream().anyMatch(CaseSnapshot.class::isInstance)) {
            return new Page<>(page.items().stream().map(i -> i instanceof CaseSnapshot c ? PersonalData.listed(c) : i)
                    .toList(), page.nextCursor());
        }
        return body;
    }
}
