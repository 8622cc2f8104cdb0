/**
 * Identity and access: staff and key-figure accounts, roles, form login with lockout,
 * the TOTP second factor with recovery codes, sessions, and the one route table that says
 * which roles may use which route (deny by default), joined from every module's
 * {@link nl.sleutelnet.identity.RouteContribution} together with the navigation entries.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package nl.sleutelnet.identity;
