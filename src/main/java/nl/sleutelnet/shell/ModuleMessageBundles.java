package nl.sleutelnet.shell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Stream;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.env.Environment;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * One message bundle per module: every {@code i18n/<module>/messages_nl.properties} on the class path
 * is read, after the basename of {@code spring.messages.basename}, with the encoding and locale
 * fallback of {@code spring.messages.*}. A new module brings its own bundle and needs no edit here,
 * in {@code application.properties} or in a shared file.
 * <p>
 * Per locale the bundles are joined into one, so that looking up a text is one map access rather
 * than one per module (a page looks up a few hundred; bench/README, issue 14).
 */
@Configuration(proxyBeanMethods = false)
class ModuleMessageBundles {

    static final String PATTERN = "classpath*:i18n/*/messages_nl.properties";

    @Bean
    MessageSource messageSource(Environment environment) {
        List<String> bundles = Stream.concat(
                Stream.of(environment.getProperty("spring.messages.basename", "messages").split("\\s*,\\s*")),
                basenames().stream()).toList();
        JoinedMessageSource source = new JoinedMessageSource(bundles);
        source.setDefaultEncoding(environment.getProperty("spring.messages.encoding", "UTF-8"));
        source.setFallbackToSystemLocale(
                environment.getProperty("spring.messages.fallback-to-system-locale", Boolean.class, true));
        return source;
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

    /**
     * A {@link ResourceBundleMessageSource} with one basename whose bundle, per locale, holds the
     * keys of every listed bundle for that locale (the first bundle wins; {@code MessageBundlesTests}
     * keeps keys unique). Bundles, message formats and the locale rules stay Spring's.
     */
    static final class JoinedMessageSource extends ResourceBundleMessageSource {

        private static final String JOINED = "sleutelnet-messages";
        private final List<String> bundles;

        JoinedMessageSource(List<String> bundles) {
            this.bundles = List.copyOf(bundles);
            setBasenames(JOINED);
        }

        @Override
        protected ResourceBundle doGetBundle(String basename, Locale locale) {
            if (!JOINED.equals(basename)) {
                return super.doGetBundle(basename, locale);
            }
            Map<String, Object> texts = new HashMap<>();
            boolean found = false;
            for (String bundle : bundles) {
                ResourceBundle one;
                try {
                    one = super.doGetBundle(bundle, locale);
                } catch (MissingResourceException none) {
                    continue;
                }
                found = true;
                for (String key : one.keySet()) {
                    texts.putIfAbsent(key, one.getObject(key));
                }
            }
            if (!found) {
                throw new MissingResourceException("no message bundle for " + locale, getClass().getName(), "");
            }
            return new ResourceBundle() {
                @Override
                protected Object handleGetObject(String key) {
                    return texts.get(key);
                }

                @Override
                public Enumeration<String> getKeys() {
                    return Collections.enumeration(texts.keySet());
                }

                @Override
                public Locale getLocale() {
                    return locale;
                }
            };
        }
    }
}
