package nl.sleutelnet.agreement;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Service;

import nl.sleutelnet.network.KeyFigure;
import nl.sleutelnet.shared.PdfRenderer;
import nl.sleutelnet.tenancy.CurrentTenant;
import nl.sleutelnet.tenancy.Municipalities;
import nl.sleutelnet.tenancy.Municipality;

/**
 * An agreement as a tagged PDF (PDF/UA) with an embedded font, made by the one
 * {@link PdfRenderer} from the print template.
 */
@Service
public class AgreementPdf {

    private final PdfRenderer pdf;
    private final AgreementService agreements;
    private final Municipalities municipalities;

    AgreementPdf(PdfRenderer pdf, AgreementService agreements, Municipalities municipalities) {
        this.pdf = pdf;
        this.agreements = agreements;
        this.municipalities = municipalities;
    }

    /** The PDF of one version, with headings in the given locale; the download is audited. */
    public byte[] render(Agreement agreement, KeyFigure keyFigure, Locale locale) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("agreement", agreement);
        variables.put("keyFigure", keyFigure);
        variables.put("staffNames", agreements.staffNames());
        variables.put("noChanges", List.of());
        variables.put("municipality", municipalities.find(CurrentTenant.require()).map(Municipality::name).orElse(""));
        byte[] document = pdf.render("agreement/print", locale, variables);
        agreements.downloaded(agreement);
        return document;
    }
}
