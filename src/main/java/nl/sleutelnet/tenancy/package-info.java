/**
 * Tenancy: regions and their municipalities, the current tenant of a request or job, and
 * the database set-up that enforces tenant isolation a second time with PostgreSQL
 * row-level security (the tenant is bound to every connection handed out).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package nl.sleutelnet.tenancy;
