package nl.sleutelnet.concern.api;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import nl.sleutelnet.concern.AgeBand;
import nl.sleutelnet.concern.Concern;
import nl.sleutelnet.concern.ConcernDashboard;
import nl.sleutelnet.concern.ConcernEvent;
import nl.sleutelnet.concern.ConcernFigures;
import nl.sleutelnet.concern.ConcernFile;
import nl.sleutelnet.concern.ConcernFilter;
import nl.sleutelnet.concern.ConcernId;
import nl.sleutelnet.concern.ConcernKind;
import nl.sleutelnet.concern.ConcernMessage;
import nl.sleutelnet.concern.ConcernHandling;
import nl.sleutelnet.concern.HandlerStep;
import nl.sleutelnet.concern.StepInput;
import nl.sleutelnet.concern.ConcernStatus;
import nl.sleutelnet.concern.ConcernSummary;
import nl.sleutelnet.concern.Decision;
import nl.sleutelnet.concern.FeedbackChannel;
import nl.sleutelnet.concern.LegalBasis;
import nl.sleutelnet.concern.MessageKind;
import nl.sleutelnet.concern.Outcome;
import nl.sleutelnet.concern.Receiver;
import nl.sleutelnet.concern.Satisfaction;
import nl.sleutelnet.concern.SourceKind;
import nl.sleutelnet.shared.FieldProblem;
import nl.sleutelnet.shared.InvalidInputException;
import nl.sleutelnet.shared.Page;
import nl.sleutelnet.shared.PageRequest;

/** The handler's work on concerns of the caller's municipality, and the municipality's figures. */
@RestController
@RequestMapping(path = "/api/v1/zorgmeldingen", produces = "application/json")
@Tag(name = "Zorgmeldingen", description = "Zorgmeldingen en adviesvragen van sleutelfiguren, voor behandelaars")
class ConcernApi {

    private static final Map<String, ConcernFilter.View> VIEWS = Map.of("open", ConcernFilter.View.OPEN,
            "telaat", ConcernFilter.View.OVERDUE, "binnenkort", ConcernFilter.View.DUE,
            "goedkeuring", ConcernFilter.View.APPROVAL, "mijn", ConcernFilter.View.MINE,
            "afgesloten", ConcernFilter.View.CLOSED, "alle", ConcernFilter.View.ALL);

    private final ConcernHandling concerns;
    private final ConcernDashboard dashboard;
    private final Clock clock;

    ConcernApi(ConcernHandling concerns, ConcernDashboard dashboard, Clock clock) {
        this.concerns = concerns;
        this.dashboard = dashboard;
        this.clock = clock;
    }

    @Schema(name = "ZorgmeldingSamenvatting", description = "Eén regel van de werklijst: zonder verhaal en zonder "
            + "iets over de betrokkene")
    record ZorgmeldingSamenvatting(
            @Schema(description = "Id", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Kenmerk (het pseudoniem van de betrokkene)", example = "ZM-2026-0042",
                    requiredMode = REQUIRED) String kenmerk,
            @Schema(description = "Soort", requiredMode = REQUIRED) ConcernKind soort,
            @Schema(description = "Status", requiredMode = REQUIRED) ConcernStatus status,
            @Schema(description = "Moment van ontvangst", requiredMode = REQUIRED) Instant ontvangenOp,
            @Schema(description = "De melder hoort uiterlijk op deze dag van de gemeente (leeg: niets te doen)",
                    format = "date", nullable = true) LocalDate terugkoppelingUiterlijk,
            @Schema(description = "Of de terugkoppeling te laat is", requiredMode = REQUIRED) boolean teLaat,
            @Schema(description = "Id van de behandelaar", nullable = true) UUID behandelaarId,
            @Schema(description = "Aantal keer heropend", example = "0", requiredMode = REQUIRED) int keerHeropend) {

        static ZorgmeldingSamenvatting of(ConcernSummary s, LocalDate today) {
            return new ZorgmeldingSamenvatting(s.id().value(), s.reference(), s.kind(), s.status(), s.receivedAt(),
                    s.feedbackDueOn(), s.overdueOn(today), s.handler(), s.reopenedCount());
        }
    }

    @Schema(name = "ZorgmeldingenPagina", description = "Eén pagina zorgmeldingen, de dringendste terugkoppeling eerst")
    record ZorgmeldingenPagina(
            @ArraySchema(arraySchema = @Schema(description = "De zorgmeldingen op deze pagina",
                    requiredMode = REQUIRED)) List<ZorgmeldingSamenvatting> items,
            @Schema(description = "Paginanummer, vanaf 1", example = "1", requiredMode = REQUIRED) int pagina,
            @Schema(description = "Aantal per pagina", example = "25", requiredMode = REQUIRED) int paginaGrootte,
            @Schema(description = "Aantal gevonden zorgmeldingen op alle pagina's samen", example = "14",
                    requiredMode = REQUIRED) long totaal,
            @Schema(description = "Aantal pagina's (minstens 1)", example = "1", requiredMode = REQUIRED)
            int totaalPaginas) {
    }

    @Schema(name = "ZorgmeldingOverdracht", description = "De metadata van een overdracht; de casus zelf ligt bij "
            + "de ontvanger")
    record ZorgmeldingOverdracht(
            @Schema(description = "Ontvanger", requiredMode = REQUIRED) Receiver ontvanger,
            @Schema(description = "Grondslag", requiredMode = REQUIRED) LegalBasis grondslag,
            @Schema(description = "Datum van overdracht", format = "date", requiredMode = REQUIRED) LocalDate datum,
            @Schema(description = "Kenmerk bij de ontvanger", example = "WP-2026-17", nullable = true) String kenmerk) {
    }

    @Schema(name = "ZorgmeldingBericht", description = "Een bericht tussen behandelaar en melder")
    record ZorgmeldingBericht(
            @Schema(description = "Soort bericht", requiredMode = REQUIRED) MessageKind soort,
            @Schema(description = "De status die de melder zag", requiredMode = REQUIRED) ConcernStatus getoondeStatus,
            @Schema(description = "De standaardtekst zoals verstuurd", nullable = true) String standaardtekst,
            @Schema(description = "Eigen regel, vraag, antwoord of reden", nullable = true) String eigenTekst,
            @Schema(description = "Van de melder", requiredMode = REQUIRED) boolean vanMelder,
            @Schema(description = "Moment van versturen", requiredMode = REQUIRED) Instant verstuurdOp,
            @Schema(description = "De termijn die dit bericht beantwoordde", format = "date", nullable = true)
            LocalDate termijn,
            @Schema(description = "Of het op tijd was", nullable = true) Boolean opTijd) {

        static ZorgmeldingBericht of(ConcernMessage m) {
            return new ZorgmeldingBericht(m.kind(), m.shownStatus(), m.standardText(), m.personalText(),
                    m.fromReporter(), m.createdAt(), m.dueOn(), m.onTime());
        }
    }

    @Schema(name = "ZorgmeldingGebeurtenis", description = "Een stap in de behandeling (alleen voor behandelaars)")
    record ZorgmeldingGebeurtenis(
            @Schema(description = "Stap", example = "ACKNOWLEDGED", requiredMode = REQUIRED) String actie,
            @Schema(description = "Status ervoor", nullable = true) ConcernStatus vanStatus,
            @Schema(description = "Status erna", requiredMode = REQUIRED) ConcernStatus naarStatus,
            @Schema(description = "Id van wie de stap zette", nullable = true) UUID doorId,
            @Schema(description = "Moment", requiredMode = REQUIRED) Instant op,
            @Schema(description = "Toelichting of reden", nullable = true) String toelichting) {

        static ZorgmeldingGebeurtenis of(ConcernEvent e) {
            return new ZorgmeldingGebeurtenis(e.action(), e.fromStatus(), e.toStatus(), e.actor(), e.occurredAt(),
                    e.note());
        }
    }

    @Schema(name = "Zorgmelding", description = "Een zorgmelding zoals een behandelaar haar ziet; elk opvragen "
            + "staat in het auditlogboek")
    record Zorgmelding(
            @Schema(description = "Id", requiredMode = REQUIRED) UUID id,
            @Schema(description = "Kenmerk (het pseudoniem van de betrokkene)", example = "ZM-2026-0042",
                    requiredMode = REQUIRED) String kenmerk,
            @Schema(description = "Soort", requiredMode = REQUIRED) ConcernKind soort,
            @Schema(description = "Status", requiredMode = REQUIRED) ConcernStatus status,
            @Schema(description = "Id van de sleutelfiguur die meldde", nullable = true) UUID sleutelfiguurId,
            @Schema(description = "Door een behandelaar vastgelegd namens de sleutelfiguur", requiredMode = REQUIRED)
            boolean doorBehandelaarVastgelegd,
            @Schema(description = "Hoe de melder op de hoogte wil blijven", requiredMode = REQUIRED)
            FeedbackChannel terugkoppeling,
            @Schema(description = "Leeftijdsgroep van de betrokkene", nullable = true) AgeBand leeftijdsgroep,
            @Schema(description = "Gebied (CBS-code)", example = "WK990101", nullable = true) String gebied,
            @Schema(description = "Waargenomen feiten (leeg na het wissen van het verhaal)", nullable = true)
            String feiten,
            @Schema(description = "Interpretatie van de melder", nullable = true) String interpretatie,
            @Schema(description = "Bron", nullable = true) SourceKind bron,
            @Schema(description = "Naam van de bron (alleen met toestemming)", nullable = true) String bronNaam,
            @Schema(description = "Signalen die de andere kant op wijzen", nullable = true) String tegenindicaties,
            @Schema(description = "Uitkomst", nullable = true) Outcome uitkomst,
            @Schema(description = "Onderbouwing van de uitkomst", nullable = true) String onderbouwing,
            @Schema(description = "Id van wie de uitkomst voorstelde", nullable = true) UUID uitkomstDoor,
            @Schema(description = "Id van de tweede behandelaar die goedkeurde", nullable = true) UUID goedgekeurdDoor,
            @Schema(description = "Id van de behandelaar", nullable = true) UUID behandelaarId,
            @Schema(description = "Moment van ontvangst", requiredMode = REQUIRED) Instant ontvangenOp,
            @Schema(description = "Ontvangst bevestigen uiterlijk", format = "date", requiredMode = REQUIRED)
            LocalDate bevestigenUiterlijk,
            @Schema(description = "Moment van bevestigen", nullable = true) Instant bevestigdOp,
            @Schema(description = "Moment van de eerste status na de bevestiging", nullable = true)
            Instant eersteStatusOp,
            @Schema(description = "De melder hoort uiterlijk op deze dag van de gemeente", format = "date",
                    nullable = true) LocalDate terugkoppelingUiterlijk,
            @Schema(description = "Moment van afsluiten", nullable = true) Instant afgeslotenOp,
            @Schema(description = "Moment waarop de bewaartermijn het verhaal wiste", nullable = true)
            Instant verhaalGewistOp,
            @Schema(description = "Antwoord van de melder op de tevredenheidsvraag", nullable = true)
            Satisfaction tevredenheid,
            @Schema(description = "Aantal keer heropend", example = "0", requiredMode = REQUIRED) int keerHeropend,
            @Schema(description = "Overdracht (alleen metadata)", nullable = true) ZorgmeldingOverdracht overdracht,
            @ArraySchema(arraySchema = @Schema(description = "Berichten met de melder, oudste eerst",
                    requiredMode = REQUIRED)) List<ZorgmeldingBericht> berichten,
            @ArraySchema(arraySchema = @Schema(description = "Stappen in de behandeling, oudste eerst",
                    requiredMode = REQUIRED)) List<ZorgmeldingGebeurtenis> stappen,
            @Schema(description = "Versie, voor het gelijktijdig wijzigen", example = "3", requiredMode = REQUIRED)
            int versie) {

        static Zorgmelding of(ConcernFile file) {
            Concern c = file.concern();
            ZorgmeldingOverdracht handover = c.handover() == null ? null
                    : new ZorgmeldingOverdracht(c.handover().receiver(), c.handover().legalBasis(),
                            c.handover().handedOverOn(), c.handover().externalReference());
            return new Zorgmelding(c.id().value(), c.reference(), c.kind(), c.status(),
                    c.keyFigure() == null ? null : c.keyFigure().value(), c.raisedByHandler(), c.feedbackChannel(),
                    c.ageBand(), c.areaCode(), c.facts(), c.interpretation(), c.sourceKind(), c.sourceNamed(),
                    c.counterSigns(), c.outcome(), c.outcomeRationale(), c.outcomeBy(), c.approvedBy(), c.handler(),
                    c.receivedAt(), c.acknowledgeDueOn(), c.acknowledgedAt(), c.firstStatusAt(), c.feedbackDueOn(),
                    c.closedAt(), c.narrativeClearedAt(), c.satisfaction(), c.reopenedCount(), handover,
                    file.messages().stream().map(ZorgmeldingBericht::of).toList(),
                    file.events().stream().map(ZorgmeldingGebeurtenis::of).toList(), c.version());
        }
    }

    @Schema(name = "ZorgmeldingStap", description = "Een stap van de behandelaar. Welke velden nodig zijn hangt af "
            + "van de stap: VRAAG_STELLEN vraagt een vraag; UITKOMST een uitkomst en onderbouwing (bij HANDED_OVER ook "
            + "ontvanger en grondslag); AFWIJZEN een toelichting; de andere stappen een optioneel bericht aan de melder")
    record ZorgmeldingStap(
            @Schema(description = "De stap", implementation = HandlerStep.class, requiredMode = REQUIRED) String stap,
            @Schema(description = "De versie die de behandelaar zag", example = "3", requiredMode = REQUIRED)
            Integer versie,
            @Schema(description = "Eigen regel aan de melder bij de standaardtekst, hoogstens 1000 tekens",
                    maxLength = 1000) String bericht,
            @Schema(description = "De vraag aan de melder (VRAAG_STELLEN), hoogstens 1000 tekens", maxLength = 1000)
            String vraag,
            @Schema(description = "De uitkomst (UITKOMST)", implementation = Outcome.class) String uitkomst,
            @Schema(description = "Onderbouwing van de uitkomst (UITKOMST), hoogstens 4000 tekens", maxLength = 4000)
            String onderbouwing,
            @Schema(description = "Ontvanger bij een overdracht", implementation = Receiver.class) String ontvanger,
            @Schema(description = "Grondslag bij een overdracht", implementation = LegalBasis.class) String grondslag,
            @Schema(description = "Datum van overdracht (standaard vandaag)", format = "date")
            String overdrachtsdatum,
            @Schema(description = "Kenmerk bij de ontvanger, hoogstens 40 letters, cijfers en . / _ -",
                    example = "WP-2026-17", maxLength = 40) String kenmerk,
            @Schema(description = "Toelichting bij GOEDKEUREN (optioneel) of AFWIJZEN (verplicht), hoogstens 1000 "
                    + "tekens", maxLength = 1000) String toelichting) {
    }

    @Schema(name = "ZorgmeldingMaand", description = "Ontvangen zorgmeldingen en adviesvragen in één maand")
    record ZorgmeldingMaand(
            @Schema(description = "Maand", example = "2026-03", requiredMode = REQUIRED) String maand,
            @Schema(description = "Zorgen over iemand", example = "12", requiredMode = REQUIRED) long zorgen,
            @Schema(description = "Adviesvragen", example = "3", requiredMode = REQUIRED) long adviesvragen) {
    }

    @Schema(name = "ZorgmeldingMediaan", description = "Een mediaan in werkdagen, met het aantal meldingen waarop "
            + "hij berust")
    record ZorgmeldingMediaan(
            @Schema(description = "Mediaan in werkdagen (leeg zonder meldingen)", example = "1.5", nullable = true)
            Double werkdagen,
            @Schema(description = "Aantal meldingen", example = "40", requiredMode = REQUIRED) long aantal) {

        static ZorgmeldingMediaan of(ConcernFigures.Median m) {
            return new ZorgmeldingMediaan(m.days(), m.basis());
        }
    }

    @Schema(name = "ZorgmeldingenPerStatus", description = "Aantal open zorgmeldingen in één status")
    record ZorgmeldingenPerStatus(
            @Schema(description = "Status", requiredMode = REQUIRED) ConcernStatus status,
            @Schema(description = "Aantal", example = "4", requiredMode = REQUIRED) long aantal) {
    }

    @Schema(name = "Zorgmeldingcijfers", description = "Cijfers van de eigen gemeente over de laatste twaalf maanden; "
            + "alleen aantallen, nooit een melding")
    record Zorgmeldingcijfers(
            @ArraySchema(arraySchema = @Schema(description = "Per maand, oudste eerst", requiredMode = REQUIRED))
            List<ZorgmeldingMaand> maanden,
            @Schema(description = "Werkdagen van ontvangst tot bevestiging", requiredMode = REQUIRED)
            ZorgmeldingMediaan totBevestiging,
            @Schema(description = "Werkdagen van ontvangst tot de eerste status", requiredMode = REQUIRED)
            ZorgmeldingMediaan totEersteStatus,
            @Schema(description = "Terugkoppelingen op tijd", example = "120", requiredMode = REQUIRED)
            long terugkoppelingOpTijd,
            @Schema(description = "Terugkoppelingen te laat", example = "6", requiredMode = REQUIRED)
            long terugkoppelingTeLaat,
            @Schema(description = "Open meldingen waarvan de terugkoppeling nu te laat is (tellen als te laat)",
                    example = "2", requiredMode = REQUIRED) long nuTeLaat,
            @Schema(description = "Percentage terugkoppeling op tijd (leeg zonder terugkoppeling)", example = "93.75",
                    nullable = true) Double percentageOpTijd,
            @Schema(description = "Tevreden melders", example = "20", requiredMode = REQUIRED) long tevreden,
            @Schema(description = "Een beetje tevreden melders", example = "5", requiredMode = REQUIRED)
            long eenBeetjeTevreden,
            @Schema(description = "Niet tevreden melders", example = "1", requiredMode = REQUIRED) long nietTevreden,
            @ArraySchema(arraySchema = @Schema(description = "Open meldingen per status, vandaag",
                    requiredMode = REQUIRED)) List<ZorgmeldingenPerStatus> openPerStatus) {

        static Zorgmeldingcijfers of(ConcernFigures f) {
            List<ZorgmeldingenPerStatus> open = new ArrayList<>();
            f.openByStatus().forEach((status, n) -> open.add(new ZorgmeldingenPerStatus(status, n)));
            return new Zorgmeldingcijfers(f.months().stream()
                    .map(m -> new ZorgmeldingMaand(m.month().toString(), m.concerns(), m.advice())).toList(),
                    ZorgmeldingMediaan.of(f.toAcknowledgement()), ZorgmeldingMediaan.of(f.toFirstStatus()),
                    f.feedbackOnTime(), f.feedbackLate(), f.overdueNow(), f.onTimePercentage(),
                    f.satisfaction().get(Satisfaction.SATISFIED), f.satisfaction().get(Satisfaction.PARTLY),
                    f.satisfaction().get(Satisfaction.NOT_SATISFIED), open);
        }
    }

    @GetMapping
    @Operation(operationId = "zoekZorgmeldingen", summary = "Werklijst van zorgmeldingen",
            description = "Zorgmeldingen van de eigen gemeente, zonder verhaal, per pagina; de dringendste "
                    + "terugkoppeling eerst (afgesloten: laatst afgesloten eerst).")
    ZorgmeldingenPagina list(
            @Parameter(description = "Welke meldingen: open, te laat, binnenkort te doen, wachtend op mijn "
                    + "goedkeuring, mijn open meldingen, afgesloten of alle", schema = @Schema(type = "string",
                    defaultValue = "open", allowableValues = { "open", "telaat", "binnenkort", "goedkeuring", "mijn",
                            "afgesloten", "alle" }))
            @RequestParam(name = "weergave", required = false) String weergave,
            @Parameter(description = "Alleen deze status", schema = @Schema(implementation = ConcernStatus.class))
            @RequestParam(name = "status", required = false) String status,
            @Parameter(description = "Paginanummer, vanaf 1",
                    schema = @Schema(type = "integer", format = "int32", minimum = "1", defaultValue = "1"))
            @RequestParam(name = "pagina", defaultValue = "1") int pagina,
            @Parameter(description = "Aantal per pagina, 1 tot en met 100", schema = @Schema(type = "integer",
                    format = "int32", minimum = "1", maximum = "100", defaultValue = "25"))
            @RequestParam(name = "paginaGrootte", defaultValue = "25") int paginaGrootte) {
        List<FieldProblem> problems = new ArrayList<>();
        ConcernFilter.View view = weergave == null || weergave.isBlank() ? ConcernFilter.View.OPEN
                : VIEWS.get(weergave.strip().toLowerCase(Locale.ROOT));
        if (view == null) {
            problems.add(new FieldProblem("weergave", "concern.api.error.view"));
        }
        ConcernStatus only = null;
        if (status != null && !status.isBlank()) {
            try {
                only = ConcernStatus.valueOf(status.strip());
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("status", "concern.api.error.status"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Page<ConcernSummary> page = concerns.list(new ConcernFilter(view, only, null),
                new PageRequest(pagina, paginaGrootte));
        LocalDate today = LocalDate.now(clock);
        return new ZorgmeldingenPagina(page.items().stream().map(s -> ZorgmeldingSamenvatting.of(s, today)).toList(),
                page.page(), page.size(), page.total(), page.totalPages());
    }

    @GetMapping("/cijfers")
    @Operation(operationId = "haalZorgmeldingcijfersOp", summary = "Cijfers van de eigen gemeente",
            description = "Aantallen per maand, doorlooptijden in werkdagen, terugkoppeling op tijd, tevredenheid "
                    + "en open meldingen per status; nooit een melding zelf.")
    Zorgmeldingcijfers figures() {
        return Zorgmeldingcijfers.of(dashboard.own());
    }

    @GetMapping("/{id}")
    @Operation(operationId = "haalZorgmeldingOp", summary = "Eén zorgmelding",
            description = "Een zorgmelding van de eigen gemeente met berichten en stappen; het opvragen staat in het "
                    + "auditlogboek. Een id van een andere gemeente geeft 404.")
    Zorgmelding get(@Parameter(description = "Id van de zorgmelding (een onbekend of ongeldig id geeft 404)",
            schema = @Schema(type = "string", format = "uuid")) @PathVariable ConcernId id) {
        return Zorgmelding.of(concerns.open(id));
    }

    @PostMapping(path = "/{id}/stappen", consumes = "application/json")
    @Operation(operationId = "zetStapZorgmelding", summary = "Een stap in de behandeling zetten",
            description = "Bevestigen, beoordelen, een vraag stellen, hervatten, een statusbericht sturen, een "
                    + "uitkomst vastleggen, goedkeuren of afwijzen (vier ogen: niet door wie de uitkomst voorstelde) "
                    + "of afsluiten. Antwoordt met de zorgmelding; een verouderde versie geeft 409, een stap die nu "
                    + "niet kan 400.")
    Zorgmelding step(@Parameter(description = "Id van de zorgmelding", schema = @Schema(type = "string",
            format = "uuid")) @PathVariable("id") ConcernId concern, @RequestBody(required = false) ZorgmeldingStap body) {
        concerns.summary(concern);
        List<FieldProblem> problems = new ArrayList<>();
        HandlerStep step = null;
        if (body == null) {
            problems.add(new FieldProblem("body", "concern.api.error.body"));
        } else {
            step = HandlerStep.of(body.stap());
            if (step == null) {
                problems.add(new FieldProblem("stap", "concern.api.error.step"));
            }
            if (body.versie() == null) {
                problems.add(new FieldProblem("versie", "concern.api.error.version"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        concerns.take(concern, step, body.versie(), new StepInput(body.bericht(), body.vraag(),
                new Decision(body.uitkomst(), body.onderbouwing(), body.ontvanger(), body.grondslag(),
                        body.overdrachtsdatum(), body.kenmerk()), body.toelichting()));
        return Zorgmelding.of(concerns.open(concern));
    }
}
