/**
 * The REST API base under {@code /api/v1}: the OpenAPI document at
 * {@code /api/v1/openapi.json} shaped to the Dutch API Design Rules, the {@code API-Version}
 * header, and errors as {@code application/problem+json}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "API")
package nl.sleutelnet.api;
