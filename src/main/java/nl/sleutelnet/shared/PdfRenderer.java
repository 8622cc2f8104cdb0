package nl.sleutelnet.shared;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The one way Sleutelnet makes a PDF: a print template (well-formed XHTML) rendered with
 * Thymeleaf, then laid out by openhtmltopdf as a tagged PDF (PDF/UA) with the embedded font
 * {@value #FONT} (regular and bold; templates name it in their CSS). Nothing is fetched from
 * outside: every external resource (image, style sheet, font by URL) is refused before its
 * address is even resolved, so a value in a template can never make the server call out.
 */
@Component
public class PdfRenderer {

    /** The embedded font family; print templates use {@code font-family: 'DejaVu Sans'}. */
    public static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** The PDF of {@code template} (e.g. "agreement/print") with the given variables and locale. */
    public byte[] render(String template, Locale locale, Map<String, Object> variables) {
        String html = templates.process(template, new Context(locale, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.usePdfUaAccessibility(true);
            builder.useFont(font("DejaVuSans.ttf"), FONT, 400, FontStyle.NORMAL, true);
            builder.useFont(font("DejaVuSans-Bold.ttf"), FONT, 700, FontStyle.NORMAL, true);
            builder.useExternalResourceAccessControl((uri, type) -> false,
                    ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> PdfRenderer.class.getResourceAsStream("/pdf/fonts/" + file);
    }
}
