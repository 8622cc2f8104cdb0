package nl.sleutelnet.shell;

import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import nl.sleutelnet.shared.TypedIds;

/** Controllers take typed ids ({@code @PathVariable KeyFigureId id}); a malformed one is a 404. */
@Configuration(proxyBeanMethods = false)
class TypedIdConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(new TypedIds());
    }
}
