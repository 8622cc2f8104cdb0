/**
 * Sign-in through a municipality's own OpenID Connect provider (ADR 0029): the client
 * registrations discovered from each provider's issuer, and where a sign-in in progress is kept.
 * Part of the identity module.
 */
package nl.sleutelnet.identity.web.oidc;
