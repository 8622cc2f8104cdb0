package nl.sleutelnet.concern.web;

import java.time.ZoneId;
import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.sleutelnet.concern.ConcernDashboard;
import nl.sleutelnet.concern.ConcernFigures;
import nl.sleutelnet.concern.RegionFigures;
import nl.sleutelnet.identity.SleutelnetUser;
import nl.sleutelnet.shared.NotFoundException;

/**
 * Dashboard figures of concerns: the own municipality for handlers and coordinators, the
 * municipalities of the own region for analysts (small numbers suppressed). Counts only.
 */
@Controller
class ConcernFiguresController {

    private static final ZoneId ZONE = nl.sleutelnet.shared.Times.ZONE;

    private final ConcernDashboard dashboard;

    ConcernFiguresController(ConcernDashboard dashboard) {
        this.dashboard = dashboard;
    }

    @GetMapping("/zorgmeldingen/cijfers")
    String own(Model model, Locale locale) {
        ConcernFigures figures = dashboard.own();
        model.addAttribute("figures", figures);
        model.addAttribute("cells", new FigureCells(false, locale));
        model.addAttribute("barMax", Math.max(1, figures.months().stream()
                .mapToLong(ConcernFigures.Month::total).max().orElse(1)));
        return "concern/figures";
    }

    @GetMapping("/regio/zorgmeldingen/cijfers")
    String region(@AuthenticationPrincipal SleutelnetUser user, Model model, Locale locale) {
        RegionFigures region = dashboard.region(user.region().orElseThrow(() -> new NotFoundException("region")));
        model.addAttribute("region", region);
        model.addAttribute("asOf", region.asOf().atZone(ZONE).toLocalTime());
        model.addAttribute("cells", new FigureCells(true, locale));
        return "concern/region-figures";
    }
}
