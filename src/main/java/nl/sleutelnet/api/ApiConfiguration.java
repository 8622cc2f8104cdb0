package nl.sleutelnet.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** The published API description and the headers every API response carries. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    static final String BASE = "/api/v1";
    static final String VERSION = "1.0.0";
    private static final String PROBLEM = "application/problem+json";
    private static final String SESSION = "sessie";
    /** Machine access (ADR 0028): {@code Authorization: Bearer <client-id>.<secret>} of an API client. */
    private static final String API_CLIENT = "apiClient";
    /** The session cookie of the identity module (SecurityConfiguration.SESSION_COOKIE). */
    private static final String SESSION_COOKIE = "__Host-SESSION";

    @Bean
    OpenAPI sleutelnetOpenApi() {
        return new OpenAPI()
                .info(new Info().title("Sleutelnet API").version(VERSION)
                        .description("API van Sleutelnet: samenwerking tussen gemeenten en sleutelfiguren. "
                                + "Elke gebruiker ziet alleen gegevens van de eigen gemeente.")
                        .contact(new Contact().name("Sleutelnet").email("api@sleutelnet.example.org")
                                .url("https://sleutelnet.example.org"))
                        .license(new License().name("EUPL-1.2").url("https://eupl.eu/1.2/nl/")))
                .servers(List.of(new Server().url(BASE).description("Deze omgeving")))
                .components(new Components().addSecuritySchemes(SESSION, new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY).in(SecurityScheme.In.COOKIE).name(SESSION_COOKIE)
                        .description("De sessie van een in de browser ingelogde gebruiker (inloggen op /inloggen, "
                                + "met tweede factor). Schrijvende verzoeken vragen dan ook een CSRF-token."))
                        .addSecuritySchemes(API_CLIENT, new SecurityScheme()
                                .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("client-id.geheim")
                                .description("Een API-koppeling die de beheerder van de gemeente maakte "
                                        + "(/beheer/api-koppelingen): Authorization: Bearer <client-id>.<geheim>. "
                                        + "Geen sessie en geen CSRF-token. Welke scope een bewerking vraagt, staat bij "
                                        + "de bewerking; een onbekende, ingetrokken of verlopen sleutel geeft 401, te "
                                        + "veel verzoeken per minuut 429 met Retry-After.")))
                .addSecurityItem(new SecurityRequirement().addList(SESSION))
                .addSecurityItem(new SecurityRequirement().addList(API_CLIENT));
    }

    /** Shapes the generated document to the API Design Rules (see docs/api.md). */
    @Bean
    OpenApiCustomizer designRules() {
        return openApi -> {
            Paths relative = new Paths();
            openApi.getPaths().forEach((path, item) -> relative.addPathItem(
                    path.startsWith(BASE) ? path.substring(BASE.length()) : path, item));
            openApi.setPaths(relative);
            Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
            components.addSchemas("Probleem", problemSchema());
            openApi.setComponents(components);
            relative.forEach((path, item) -> item.readOperations().forEach(op -> shape(op, path.contains("{"))));
            if (components.getSchemas() != null) {
                components.getSchemas().values().forEach(ApiConfiguration::nullInNullableEnums);
            }
        };
    }

    /**
     * A nullable property with an enum must list {@code null} among its values, or a strict
     * validator rejects the {@code null} the server sends (OpenAPI 3.0.3, "nullable").
     */
    @SuppressWarnings({ "rawtypes", "unchecked" })
    private static void nullInNullableEnums(Schema schema) {
        if (schema.getProperties() == null) {
            return;
        }
        for (Object value : schema.getProperties().values()) {
            Schema property = (Schema) value;
            if (Boolean.TRUE.equals(property.getNullable()) && property.getEnum() != null
                    && !property.getEnum().contains(null)) {
                List<Object> values = new java.util.ArrayList<>(property.getEnum());
                values.add(null);
                property.setEnum(values);
            }
        }
    }

    private static void shape(Operation operation, boolean addressesOneRecord) {
        // Controllers take the body as optional to answer its absence with a Dutch problem; for a
        // client it is required all the same.
        if (operation.getRequestBody() != null) {
            operation.getRequestBody().setRequired(true);
        }
        operation.getResponses().forEach((code, response) -> {
            if (code.startsWith("2") || code.startsWith("3")) {
                response.addHeaderObject("API-Version", new Header().description("Versie van de API")
                        .schema(new StringSchema().example(VERSION)));
            }
        });
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Ongeldige invoer");
        problems.put("401", "Niet ingelogd, of geen geldige API-sleutel");
        problems.put("403", "Geen toegang");
        if (addressesOneRecord) {
            problems.put("404", "Niet gevonden (ook voor een id van een andere gemeente)");
        }
        problems.put("406", "Het gevraagde formaat (Accept) wordt niet geleverd; vraag application/json");
        if (operation.getRequestBody() != null) {
            problems.put("415", "Het formaat van de gegevens (Content-Type) wordt niet ondersteund; stuur "
                    + "application/json");
        }
        problems.put("429", "Te veel verzoeken van deze API-koppeling (zie Retry-After)");
        problems.put("500", "Onverwachte fout");
        problems.forEach((code, description) -> operation.getResponses().addApiResponse(code, new ApiResponse()
                .description(description)
                .addHeaderObject("API-Version", new Header().description("Versie van de API")
                        .schema(new StringSchema().example(VERSION)))
                .content(new Content().addMediaType(PROBLEM,
                        new MediaType().schema(new Schema<>().$ref("#/components/schemas/Probleem"))))));
        operation.getResponses().get("401").addHeaderObject("WWW-Authenticate", new Header()
                .description("Het schema waarmee een API-koppeling zich meldt").schema(new StringSchema()
                        .example("Bearer realm=\"sleutelnet\"")));
        operation.getResponses().get("429").addHeaderObject("Retry-After", new Header()
                .description("Na hoeveel seconden de koppeling het opnieuw kan proberen")
                .schema(new IntegerSchema().example(12)));
    }

    @SuppressWarnings("rawtypes")
    private static Schema problemSchema() {
        return new ObjectSchema().description("Foutmelding volgens RFC 9457")
                .addProperty("type", new StringSchema().description("Soort fout (URI)").example("about:blank"))
                .addProperty("title", new StringSchema().description("Korte omschrijving").example("Not Found"))
                .addProperty("status", new IntegerSchema().description("HTTP-statuscode").example(404))
                .addProperty("detail", new StringSchema().description("Uitleg voor de gebruiker")
                        .example("De gevraagde bron bestaat niet."))
                .addProperty("instance", new StringSchema().description("Het verzoek waarop de fout betrekking heeft"))
                .addProperty("invalidParams", new io.swagger.v3.oas.models.media.ArraySchema()
                        .description("Bij ongeldige invoer: welke velden en waarom")
                        .items(new ObjectSchema().addProperty("name", new StringSchema().description("Het veld")
                                .example("titel")).addProperty("reason", new StringSchema()
                                        .description("Waarom, in het Nederlands").example("Vul een titel in."))
                                .required(List.of("name", "reason"))))
                .required(List.of("status", "title", "detail"));
    }

    /** Every API response, including refusals by the security filters, names the API version. */
    @Bean
    FilterRegistrationBean<OncePerRequestFilter> apiVersionHeader() {
        var filter = new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                if (request.getRequestURI().startsWith(BASE + "/") || request.getRequestURI().equals(BASE)) {
                    response.setHeader("API-Version", VERSION);
                }
                chain.doFilter(request, response);
            }
        };
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(filter);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        registration.addUrlPatterns("/api/*");
        return registration;
    }
}
