/**
 * The UI shell: the page layout, the home page per role and the key-figure portal home,
 * language choice (Dutch by default, English by choice) and friendly error pages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shell")
package nl.sleutelnet.shell;
