package nl.sleutelnet.shared;

import java.time.temporal.Temporal;
import java.util.Locale;
import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #times} in every template: {@link Times} in the reader's language. Templates use it
 * instead of {@code #temporals}, which shows an instant in the server's zone.
 */
@Component
class TimesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private static final String NAME = "times";

    TimesDialect() {
        super("Sleutelnet times");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? new Formatter(context.getLocale()) : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }

    /** The expression object: formats in Amsterdam time and the page's language. */
    public static final class Formatter {

        private final Locale locale;

        Formatter(Locale locale) {
            this.locale = locale;
        }

        public String format(Temporal value, String pattern) {
            return Times.format(value, pattern, locale);
        }

        public String date(Temporal value) {
            return Times.date(value, locale);
        }

        public String dateTime(Temporal value) {
            return Times.dateTime(value, locale);
        }
    }
}
