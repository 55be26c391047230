package dev.wuye.complaint.boot.web;

import dev.wuye.complaint.desk.ReceiveOpinion;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Describes the case API command by command in the OpenAPI document (springdoc): the generic
 * {@code POST {base}/{id}/{command}} is replaced by one operation per command ({@code operationId} the command's
 * name, e.g. {@code Assign}) whose request body is the command record's schema without {@code actor} and
 * {@code caseId}, with an example; intake's body is {@link ReceiveOpinion} without {@code recorder}. Each
 * operation lists its answers: 200/201, 400, 403, 404 and 409 as RFC 9457 problem details.
 */
public final class CommandOperations implements OpenApiCustomizer {

    private static final String PROBLEM = "application/problem+json";

    private final String basePath;

    /**
     * @param basePath the API's base path
     */
    public CommandOperations(String basePath) {
        this.basePath = Objects.requireNonNull(basePath, "basePath");
    }

    @Override
    public void customise(OpenAPI api) {
        Paths paths = api.getPaths() == null ? new Paths() : api.getPaths();
        paths.remove(basePath + "/{id}/{command}");
        PathItem intake = paths.get(basePath) == null ? new PathItem() : paths.get(basePath);
        intake.setPost(operation(api, "ReceiveOpinion", ReceiveOpinion.class, List.of("recorder"),
                "Intake (R-4.2): records an opinion; idempotent by idempotencyKey", false, "201"));
        paths.addPathItem(basePath, intake);
        CaseCommands.BY_PATH.forEach((segment, type) -> paths.addPathItem(basePath + "/{id}/" + segment,
                new PathItem().post(operation(api, type.getSimpleName(), type, List.of("actor", "caseId"),
                        "The " + type.getSimpleName() + " command on a case", true, "200"))));
        api.setPaths(paths);
    }

    private static Operation operation(OpenAPI api, String name, Class<?> type, List<String> dropped, String summary,
                                       boolean onCase, String ok) {
        Schema<?> body = bodySchema(api, type, dropped);
        api.getComponents().addSchemas(name + "Body", body);
        Operation op = new Operation().operationId(name).summary(summary).addTagsItem("commands")
                .requestBody(new RequestBody().required(!onCase || !body.getProperties().isEmpty())
                        .content(new Content().addMediaType("application/json", new MediaType()
                                .schema(new Schema<>().$ref("#/components/schemas/" + name + "Body"))
                                .example(CommandExamples.of(name)))));
        if (onCase) {
            op.addParametersItem(new Parameter().in("path").name("id").required(true).description("the case id")
                    .schema(new Schema<String>().type("string")));
        }
        ApiResponses responses = new ApiResponses()
                .addApiResponse(ok, new ApiResponse().description("the case after the command"))
                .addApiResponse("400", problem("invalid fields, each named"))
                .addApiResponse("403", problem("the procedure reserves this to another role or department (ruleId)"))
                .addApiResponse("404", problem("no such case"))
                .addApiResponse("409", problem("a rule of the procedure says no (ruleId)"));
        return op.responses(responses);
    }

    private static ApiResponse problem(String description) {
        return new ApiResponse().description(description + "; an RFC 9457 problem").content(new Content()
                .addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/ProblemDetail"))));
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static Schema<?> bodySchema(OpenAPI api, Class<?> type, List<String> dropped) {
        ResolvedSchema resolved = ModelConverters.getInstance().resolveAsResolvedSchema(
                new io.swagger.v3.core.converter.AnnotatedType(type).resolveAsRef(false));
        if (resolved.referencedSchemas != null) {
            resolved.referencedSchemas.forEach((n, s) -> {
                if (api.getComponents().getSchemas() == null || !api.getComponents().getSchemas().containsKey(n)) {
                    api.getComponents().addSchemas(n, s);
                }
            });
        }
        Schema<?> schema = resolved.schema;
        Map<String, Schema> props = new LinkedHashMap<>(schema.getProperties() == null ? Map.of() : schema.getProperties());
        dropped.forEach(props::remove);
        Schema copy = new Schema<>().type("object").description("The " + type.getSimpleName()
                + " record's fields but " + String.join(" and ", dropped));
        copy.setProperties(props);
        if (schema.getRequired() != null) {
            copy.setRequired(schema.getRequired().stream().filter(r -> !dropped.contains(r)).toList());
        }
        return copy;
    }
}
