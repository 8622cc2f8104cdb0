package nl.sleutelnet.identity;

import java.util.Optional;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Operation;

/**
 * Names in the OpenAPI document, per operation, the scope an API client needs for it (ADR 0028),
 * taken from the same route table and scope rules that decide requests, so the two cannot differ.
 */
@Configuration(proxyBeanMethods = false)
class ApiClientOpenApi {

    private static final String BASE = "/api/v1";

    @Bean
    OpenApiCustomizer apiClientScopes(RouteTable routeTable) {
        return openApi -> {
            if (openApi.getPaths() == null) {
                return;
            }
            openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
                String full = path.startsWith(BASE + "/") ? path : BASE + path;
                Optional<String> scope = routeTable.routes().stream()
                        .filter(r -> r.pattern().equals(full)
                                && (r.method() == null || r.method().name().equals(method.name())))
                        .findFirst().flatMap(ApiScope::requiredAuthority)
                        .map(a -> a.substring(ApiScope.AUTHORITY_PREFIX.length()));
                describe(operation, scope);
            }));
        };
    }

    private static void describe(Operation operation, Optional<String> scope) {
        String note = scope.map(s -> "API-koppeling: scope " + s + ".")
                .orElse("Niet voor API-koppelingen.");
        String description = operation.getDescription();
        if (description != null && description.endsWith(note)) {
            return;
        }
        operation.setDescription(description == null || description.isBlank() ? note : description + " " + note);
    }

}
