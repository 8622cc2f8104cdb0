package nl.sleutelnet.portal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Renders a print template (well-formed XHTML) to PDF with openhtmltopdf. */
@Component
class PdfDocument {

    private final ITemplateEngine templates;

    PdfDocument(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(String template, Locale locale, Map<String, Object> variables) {
        String html = templates.process(template, new Context(locale, variables));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new PdfRendererBuilder().useFastMode().withHtmlContent(html, null).toStream(out).run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
