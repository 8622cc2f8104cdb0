/**
 * Role agreements with key figures (recommendation R5): the municipality's versioned template
 * text, an immutable, versioned agreement per key figure (roles, expectations both ways, what
 * happens with shared information, the fixed clause that a key figure is a partner and never
 * asked to gather information about people, the contact rhythm with a fixed contact person and
 * a backup, a review date), acceptance by the key figure in the portal, a PDF copy, and the
 * coordinator's work list of reviews and acceptances that are due.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Agreement")
package nl.sleutelnet.agreement;
