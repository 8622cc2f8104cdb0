package nl.sleutelnet.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.AbstractResourceBasedMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: every {@code i18n/<module>/messages_nl.properties} on the class path
 * is added to the message source that Spring Boot builds from {@code spring.messages.*} (encoding,
 * no fallback to the system locale), after the basename configured there. A new module brings its
 * own bundle and needs no edit here, in {@code application.properties} or in a shared file.
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessageBundles {

    static final String PATTERN = "classpath*:i18n/*/messages_nl.properties";

    @Bean
    static BeanPostProcessor moduleMessageBundlesPostProcessor() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof AbstractResourceBasedMessageSource source && "messageSource".equals(beanName)) {
                    source.addBasenames(basenames().toArray(String[]::new));
                }
                return bean;
            }
        };
    }

    /** The basenames ({@code i18n/<module>/messages}) of every module bundle, sorted. */
    static List<String> basenames() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(PATTERN);
            return java.util.Arrays.stream(found).map(ModuleMessageBundles::basename).distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String basename(Resource resource) {
        try {
            String url = resource.getURL().toString();
            String path = url.substring(url.lastIndexOf("/i18n/") + 1);
            return path.substring(0, path.length() - "_nl.properties".length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
