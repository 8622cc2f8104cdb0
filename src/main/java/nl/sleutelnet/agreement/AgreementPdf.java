package nl.sleutelnet.agreement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.extend.FSSupplier;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;

/**
 * An agreement as a tagged PDF (PDF/UA): the print template rendered with Thymeleaf, then laid
 * out by openhtmltopdf with an embedded font (DejaVu Sans). Nothing is fetched from outside.
 */
@Service
public class AgreementPdf {

    private static final String FONT = "DejaVu Sans";

    private final ITemplateEngine templates;
    private final AgreementService agreements;
    private final Municipalities municipalities;

    AgreementPdf(ITemplateEngine templates, AgreementService agreements, Municipalities municipalities) {
        this.templates = templates;
        this.agreements = agreements;
        this.municipalities = municipalities;
    }

    /** The PDF of one version, with headings in the given locale; the download is audited. */
    public byte[] render(Agreement agreement, KeyFigure keyFigure, Locale locale) {
        Context context = new Context(locale);
        context.setVariable("agreement", agreement);
        context.setVariable("keyFigure", keyFigure);
        context.setVariable("staffNames", agreements.staffNames());
        context.setVariable("noChanges", java.util.List.of());
        context.setVariable("municipality", municipalities.find(CurrentTenant.require()).map(Municipality::name)
                .orElse(""));
        String html = templates.process("agreement/print", context);
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
        agreements.downloaded(agreement);
        return out.toByteArray();
    }

    private static FSSupplier<InputStream> font(String file) {
        return () -> AgreementPdf.class.getResourceAsStream("/agreement/fonts/" + file);
    }
}
