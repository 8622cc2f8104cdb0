/**
 * Small value types used by every module: paging, not-found signalling, typed ids from a path
 * segment ({@link nl.sleutelnet.shared.TypedIds}); and the one PDF
 * renderer ({@link nl.sleutelnet.shared.PdfRenderer}). Nothing here
 * knows about tenants, users or the web.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package nl.sleutelnet.shared;
